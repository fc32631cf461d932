import Diagnostics
import Foundation
import Engine

/// The one-line progress of `rme build`, redrawn in place on standard error, and only on a terminal.
final class BuildProgressLine: @unchecked Sendable {
    private let context: CLIContext
    private let lock = NSLock()
    private var shown = false

    /// A progress line for the context's standard error and language.
    init(context: CLIContext) {
        self.context = context
    }

    /// Redraws the line for a step; the pipeline calls it from several threads.
    var show: @Sendable (BuildProgress) -> Void {
        { [self] step in
            guard context.stderrIsTerminal else { return }
            let text = describe(step)
            lock.withLock {
                // Carriage return and erase-line: the line is rewritten, never scrolled.
                context.stderr("\r\u{1B}[K" + text)
                shown = true
            }
        }
    }

    /// Erases the line before the result or the diagnostics are printed.
    func clear() {
        lock.withLock {
            if shown { context.stderr("\r\u{1B}[K") }
            shown = false
        }
    }

    /// The words for one step, in the context's language.
    private func describe(_ step: BuildProgress) -> String {
        switch step {
        case .checking(let edition, let index, let total):
            context.text("Revisando \(edition) (\(index)/\(total))…", "Checking \(edition) (\(index)/\(total))…")
        case .rendering(let edition):
            context.text("Generando \(edition)…", "Rendering \(edition)…")
        case .writing(let files):
            context.text("Escribiendo \(files) archivos…", "Writing \(files) files…")
        case .printingPDF(let edition, let engine):
            context.text("Imprimiendo el PDF de \(edition) con \(engine.displayName)…",
                         "Printing the PDF of \(edition) with \(engine.displayName)…")
        case .swapping:
            context.text("Reemplazando la salida…", "Replacing the output…")
        }
    }
}
