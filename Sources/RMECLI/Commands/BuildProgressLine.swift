import Diagnostics
import Foundation
import Engine

/// The progress of `rme build` on standard error: one line redrawn in place on a terminal; through a pipe or
/// into a log, the long step (printing a PDF) as a line of its own. The check's diagnostics are handed to
/// `onChecked` as soon as the check is done, so they are read before the PDF is printed, not after.
final class BuildProgressLine: @unchecked Sendable {
    private let context: CLIContext
    private let onChecked: @Sendable ([Diagnostic], Int, LoadedSources) -> Void
    private let lock = NSLock()
    private var shown = false

    /// A progress line for the context's standard error and language; `onChecked` receives the diagnostics
    /// and the file count of a check that lets the build go on, and the files the build read.
    init(context: CLIContext, onChecked: @escaping @Sendable ([Diagnostic], Int, LoadedSources) -> Void = { _, _, _ in }) {
        self.context = context
        self.onChecked = onChecked
    }

    /// Redraws the line for a step; the pipeline calls it from several threads.
    var show: @Sendable (BuildProgress) -> Void {
        { [self] step in
            if case .checked(let diagnostics, let fileCount, let sources) = step {
                clear()
                onChecked(diagnostics, fileCount, sources)
                return
            }
            guard context.stderrIsTerminal else {
                if case .printingPDF = step { context.stderr(describe(step) + "\n") }
                return
            }
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
        case .checked:
            ""
        case .rendering(let edition):
            context.text("Generando \(edition)…", "Rendering \(edition)…")
        case .writing(let files):
            context.text("Escribiendo \(files) archivos…", "Writing \(files) files…")
        case .printingPDF(let edition, let engine):
            context.text("Imprimiendo el PDF de \(edition) con \(engine.displayName)…",
                         "Printing the PDF of \(edition) with \(engine.displayName)…")
        case .indexingSearch(let pages):
            context.text("Indexando \(pages) páginas para la búsqueda (Pagefind)…", "Indexing \(pages) pages for search (Pagefind)…")
        case .swapping:
            context.text("Reemplazando la salida…", "Replacing the output…")
        }
    }
}
