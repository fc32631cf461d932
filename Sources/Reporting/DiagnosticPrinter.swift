import Diagnostics
import Dispatch
import Foundation

/// Lays out diagnostics for people: where, what, the line with a caret, what to do (the CLI prints the text on
/// standard error; the preview server shows each diagnostic's block over the page).
///
/// ```
/// Content/2015-2017/experiencias/tarapaca.md:3:1: error[front-matter.unknown-key]: …
///   3 | regin: Tarapacá
///     | ^~~~~
///   = ayuda: …
/// ```
/// Diagnostics are printed in the order given (callers sort them with
/// `Diagnostic.sortedForReport`), then one summary line.
public struct DiagnosticPrinter {
    public let language: Language
    private let style: ANSIStyle
    private let sources: SourceCache
    /// Files' bytes given instead of the disk's, handed to the printers of each batch too.
    private let texts: [String: [UInt8]]
    private let known: [String: CheckedText]

    /// A printer speaking `language`, with terminal colours when `usesColor`; `texts` are files' bytes the
    /// printer takes instead of reading the disk (an imported experience not written anywhere yet), `known`
    /// files already read with their digests (a build's: not read and hashed a second time).
    public init(language: Language, usesColor: Bool, texts: [String: [UInt8]] = [:], known: [String: CheckedText] = [:]) {
        self.language = language
        self.style = ANSIStyle(enabled: usesColor)
        self.sources = SourceCache(texts: texts, known: known)
        self.texts = texts
        self.known = known
    }

    /// Every diagnostic and the summary; under `strict` warnings are shown as errors.
    public func report(_ diagnostics: [Diagnostic], fileCount: Int, strict: Bool) -> String {
        let shown = diagnostics.promotingWarnings(strict)
        var text = renderInBatches(shown)
        let errors = shown.filter { $0.severity == .error }.count
        text += summary(errors: errors, warnings: shown.count - errors, fileCount: fileCount) + "\n"
        return text
    }

    /// Every diagnostic rendered and followed by a blank line, in the order given.
    ///
    /// A large edition gives thousands of warnings, and reading each file again and
    /// laying out its excerpts took most of a second on one core after the check; the
    /// diagnostics are cut into batches at file boundaries, rendered in parallel, each
    /// batch by a printer with its own source cache, and joined in their order.
    private func renderInBatches(_ diagnostics: [Diagnostic]) -> String {
        var batches: [Range<Int>] = []
        var start = 0
        for index in diagnostics.indices.dropFirst()
        where index - start >= Self.batchSize && diagnostics[index].file != diagnostics[index - 1].file {
            batches.append(start..<index)
            start = index
        }
        if start < diagnostics.count { batches.append(start..<diagnostics.count) }
        let ranges = batches
        let rendered = RenderedBatches(count: ranges.count)
        let language = self.language, usesColor = style.enabled, texts = self.texts, known = self.known
        DispatchQueue.concurrentPerform(iterations: ranges.count) { batch in
            // A printer of its own: its source cache is not shared between threads.
            let printer = DiagnosticPrinter(language: language, usesColor: usesColor, texts: texts, known: known)
            var text = ""
            for diagnostic in diagnostics[ranges[batch]] {
                text += printer.render(diagnostic) + "\n"
            }
            rendered.set(batch, text)
        }
        return rendered.joined
    }

    /// Diagnostics per batch, at least (a batch ends where a file does): enough to outweigh handing out the work.
    static let batchSize = 256

    /// One diagnostic: header line, a remark under it when given (`= en Word: sección «Objetivo», párrafo 2`),
    /// excerpt with caret when the line is known and readable, hint.
    public func render(_ diagnostic: Diagnostic, remark: (label: LocalizedText, text: LocalizedText)? = nil) -> String {
        var lines = [header(diagnostic)]
        if let remark {
            lines.append("  " + style.apply(.cyan, "= \(remark.label.text(in: language)):") + " "
                         + TerminalText.sanitized(remark.text.text(in: language)))
        }
        if let file = diagnostic.file, let range = diagnostic.range {
            switch sources.lookup(file, digest: diagnostic.sourceDigest) {
            case .text(let source) where range.start.line >= 1 && range.start.line <= source.lineCount:
                lines += excerpt(range, in: source, tone: tone(diagnostic.severity))
            case .changed:
                let label = text("nota", "note")
                lines.append("  " + style.apply(.cyan, "= \(label):") + " " + text(
                    "el archivo cambió después de revisarlo; vuelva a revisarlo para ver la línea",
                    "the file changed after it was checked; check it again to see the line"))
            case .text, .unavailable:
                break
            }
        }
        if let hint = diagnostic.hint {
            let label = text("ayuda", "help")
            lines.append("  " + style.apply(.cyan, "= \(label):") + " " + TerminalText.sanitized(hint.text(in: language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `archivo.md:12:3: error[CODE]: mensaje`, or `archivo.md: …` when the line is unknown.
    private func header(_ diagnostic: Diagnostic) -> String {
        var location = TerminalText.sanitized(diagnostic.file ?? "")
        if let start = diagnostic.range?.start {
            location += location.isEmpty ? "\(start):" : ":\(start):"
        } else if !location.isEmpty {
            location += ":"
        }
        let label = severityWord(diagnostic.severity) + "[\(TerminalText.sanitized(diagnostic.code))]:"
        let message = TerminalText.sanitized(diagnostic.message.text(in: language))
        let prefix = location.isEmpty ? "" : style.apply(.bold, location) + " "
        return prefix + style.apply(tone(diagnostic.severity), label) + " " + style.apply(.bold, message)
    }

    /// The numbered source line and the marker line under it.
    private func excerpt(_ range: SourceRange, in source: SourceText, tone: ANSIStyle.Tone) -> [String] {
        let onOneLine = range.end.line == range.start.line
        let layout = SourceExcerpt(
            line: source.line(range.start.line),
            startColumn: range.start.column,
            endColumn: onOneLine ? range.end.column : nil
        )
        let number = String(range.start.line)
        let gutter = style.apply(.cyan, "  \(number) |")
        let blankGutter = style.apply(.cyan, "  " + String(repeating: " ", count: number.count) + " |")
        let source = layout.text.isEmpty ? gutter : gutter + " " + layout.text
        let marker = blankGutter + " " + String(repeating: " ", count: layout.markerOffset) + style.apply(tone, layout.marker)
        return [source, marker]
    }

    private func summary(errors: Int, warnings: Int, fileCount: Int) -> String {
        let line = DiagnosticSummary.line(errors: errors, warnings: warnings, files: fileCount, language: language)
        return style.apply(errors > 0 ? .red : (warnings > 0 ? .yellow : .bold), line)
    }

    /// Picks the text for the printer's language.
    private func text(_ es: String, _ en: String) -> String {
        language == .es ? es : en
    }

    /// `error` in both languages; `advertencia` or `warning`.
    private func severityWord(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: text("advertencia", "warning")
        }
    }

    private func tone(_ severity: Severity) -> ANSIStyle.Tone {
        severity == .error ? .red : .yellow
    }
}

/// The rendered text of each batch, filled from parallel renders and joined in order.
private final class RenderedBatches: @unchecked Sendable {
    private var texts: [String]
    private let lock = NSLock()

    /// One empty text per batch.
    init(count: Int) { texts = Array(repeating: "", count: count) }

    /// Stores a batch's text.
    func set(_ index: Int, _ text: String) {
        lock.withLock { texts[index] = text }
    }

    /// Every batch's text, in order.
    var joined: String { lock.withLock { texts.joined() } }
}
