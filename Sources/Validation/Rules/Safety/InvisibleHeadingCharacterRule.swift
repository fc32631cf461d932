import Diagnostics
import Markup

/// Zero-width characters in a heading: invisible, they would make `## Objetivo` a different heading.
///
/// The section is still recognised (matching ignores them), so this is a
/// warning that names the column; the character would otherwise reach the
/// page and the table of contents.
struct InvisibleHeadingCharacterRule: DocumentRule {
    /// Names of the characters, as the Unicode standard gives them.
    static let names: [Unicode.Scalar: String] = [
        "\u{200B}": "ZERO WIDTH SPACE", "\u{200C}": "ZERO WIDTH NON-JOINER", "\u{200D}": "ZERO WIDTH JOINER",
        "\u{2060}": "WORD JOINER", "\u{FEFF}": "ZERO WIDTH NO-BREAK SPACE",
    ]

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body, let source = document.document.split?.source else { return }
        for heading in body.allNodes where heading.kind == .heading {
            guard let range = heading.range, heading.plainText.unicodeScalars.contains(where: InvisibleCharacters.scalars.contains)
            else { continue }
            for line in range.start.line...range.end.line {
                // Joiners attach to the character before them, so the column is that character's.
                for (offset, character) in source.line(line).enumerated() {
                    guard let scalar = character.unicodeScalars.first(where: InvisibleCharacters.scalars.contains) else { continue }
                    let code = String(scalar.value, radix: 16, uppercase: true)
                    let name = "U+\(code) \(Self.names[scalar] ?? "")"
                    diagnostics.append(document.diagnostic(
                        "safety.invisible-character", .warning, at: SourceRange(SourceLocation(line: line, column: offset + 1)),
                        es: "El título «\(InvisibleCharacters.removing(from: heading.plainText))» tiene un carácter invisible (\(name)).",
                        en: "The heading \"\(InvisibleCharacters.removing(from: heading.plainText))\" contains an invisible character (\(name)).",
                        hintES: "Borre y vuelva a escribir el título.",
                        hintEN: "Delete and retype the heading."
                    ))
                }
            }
        }
    }
}
