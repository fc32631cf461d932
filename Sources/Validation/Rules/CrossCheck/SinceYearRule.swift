import Content
import Diagnostics

/// The year in "funciona desde 2015" (or "desde el 2015", "desde el año 2015") in `Conformación` against `desde`.
///
/// A warning, like the school count: both are the writer's own statements and
/// the booklet prints both, so the editor decides which one is right.
struct SinceYearRule: DocumentRule {
    /// The front-matter key with the year.
    static let key = "desde"

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let words = document.proseWords,
              let yearNode = document.frontMatter?[Self.key], yearNode.scalarStyle == .plain,
              let declared = yearNode.scalar.flatMap({ Int($0) })
        else { return }
        for (index, word) in words.enumerated() where word.key == "funciona" || word.key == "funcionan" {
            guard let yearWord = year(after: words[(index + 1)...]), let written = Int(yearWord.key), written != declared else { continue }
            let keyLine = document.frontMatterKeyLine(Self.key) ?? yearNode.location.line
            diagnostics.append(document.diagnostic(
                "cross-check.since-year", .warning, at: yearWord.range,
                es: "El texto dice que la red funciona desde \(written), pero '\(Self.key)' (línea \(keyLine)) dice \(declared).",
                en: "The text says the network has worked since \(written), but '\(Self.key)' (line \(keyLine)) says \(declared).",
                hintES: "Corrija el año que no corresponda, en el texto o en '\(Self.key)'.",
                hintEN: "Correct whichever year is wrong, in the text or in '\(Self.key)'."
            ))
        }
    }

    /// The four-digit year in "desde [el] [año] 2015" at the start of the given words.
    private func year(after rest: ArraySlice<ProseWords.Word>) -> ProseWords.Word? {
        var words = rest.prefix(4).makeIterator()
        guard words.next()?.key == "desde" else { return nil }
        while let word = words.next() {
            if word.key == "el" || word.key == "ano" { continue }
            return word.key.count == 4 && word.key.allSatisfy({ $0.isASCII && $0.isNumber }) ? word : nil
        }
        return nil
    }
}
