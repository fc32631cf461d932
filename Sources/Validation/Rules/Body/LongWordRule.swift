import Content
import Diagnostics
import Markup

/// "Words" of the body (runs without breakable spaces) past the schema's `archivo.caracteres_seguidos`.
///
/// Runs are measured on the text a reader sees (a link's address does not count, its text does) in every
/// paragraph, heading and code block of experiences and front pages (`LongWordFindings` says what is a
/// warning and what an error), and reported where they start in the source (`RunLocator`).
struct LongWordRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let tree = document.document.body, let source = document.document.split?.source else { return }
        let limit = settings.schema.unbreakableRun
        guard let floor = limit.warning ?? limit.error else { return }
        for block in tree.allNodes where [.paragraph, .heading, .codeBlock].contains(block.kind) {
            let text = block.visibleText
            let findings = LongWordFindings.of(text, limit: limit)
            guard !findings.isEmpty else { continue }
            var locator = RunLocator(block: block, source: source, floor: floor)
            for finding in findings {
                let wording = LongWordWording(finding, in: text, place: (es: "En el texto", en: "In the text"), floor: floor)
                let location = locator.next(matching: finding.runs[0], in: text)
                diagnostics.append(document.diagnostic(
                    "body.long-word", finding.severity, at: location.map { SourceRange($0) },
                    es: wording.es, en: wording.en, hintES: wording.hintES, hintEN: wording.hintEN))
            }
        }
    }
}

/// Finds, in a block's source lines, where each of its visible runs is written.
///
/// The written form of a visible run is one source run at least as long (escapes, emphasis marks and a
/// link's address only add characters) that holds its letters once backslashes and marks are dropped.
/// Runs are matched in order, so two equal runs point at their own places; one that matches nothing
/// points at the next long source run, or at the block.
struct RunLocator {
    private let candidates: [(location: SourceLocation, length: Int, key: String)]
    private let blockStart: SourceLocation?
    private var next = 0

    /// Characters that the written form has and the visible text may not: escapes, emphasis, link marks.
    static let marks: Set<Character> = ["\\", "*", "_", "[", "]", "(", ")", "<", ">", "`", "!", "~"]

    init(block: MarkupNode, source: SourceText, floor: Int) {
        blockStart = block.range?.start
        var candidates: [(SourceLocation, Int, String)] = []
        if let range = block.range {
            for line in range.start.line...max(range.start.line, range.end.line) {
                let text = source.line(line)
                for run in UnbreakableRuns.runs(in: text, longerThan: floor) {
                    let written = String(text.dropFirst(run.start).prefix(run.length))
                    candidates.append((SourceLocation(line: line, column: run.start + 1), run.length, Self.key(written)))
                }
            }
        }
        self.candidates = candidates
    }

    /// A text without the marks, for comparing a run as written with the run as seen.
    static func key(_ text: String) -> String {
        String(text.filter { !marks.contains($0) })
    }

    /// Where `run` of the visible `text` starts in the file.
    mutating func next(matching run: UnbreakableRuns.Run, in text: String) -> SourceLocation? {
        let seen = Self.key(String(text.dropFirst(run.start).prefix(run.length)))
        let probe = String(seen.prefix(LongWordWording.excerptLength))
        if let index = candidates[next...].firstIndex(where: { $0.length >= run.length && $0.key.contains(probe) }) {
            next = index + 1
            return candidates[index].location
        }
        if let index = candidates[next...].firstIndex(where: { $0.length >= run.length }) {
            next = index + 1
            return candidates[index].location
        }
        return blockStart
    }
}
