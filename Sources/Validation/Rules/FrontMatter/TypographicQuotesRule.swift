import Content
import Diagnostics
import Foundation

/// Reports a value wrapped in Word's curly quotes (`provincia: “Iquique”`): YAML keeps them inside the text,
/// so the booklet would print them, and a year or a closed-list value in them is no longer recognised.
struct TypographicQuotesRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            for node in field.expectedScalars {
                guard let text = node.scalar, PlainScalarMeaning.of(node) == .text,
                      let inner = TypographicQuotes.unwrapped(text) else { continue }
                let name = field.spec.name
                let example = field.spec.type == .year ? inner : "\"\(inner)\""
                diagnostics.append(document.frontMatterDiagnostic(
                    "typographic-quotes", at: node.range,
                    es: "El valor de «\(name)» está entre comillas tipográficas, como las pone Word: \(text). YAML las deja dentro del texto.",
                    en: "The value of `\(name)` is wrapped in typographic quotes, as Word writes them: \(text). YAML keeps them inside the text.",
                    hintES: "Escriba \(name): \(example) (comillas rectas, o ninguna). En Word: Archivo › Opciones › Revisión › Autocorrección › «Comillas rectas» por «comillas tipográficas».",
                    hintEN: "Write \(name): \(example) (straight quotes, or none). In Word: File › Options › Proofing › AutoCorrect › «Straight quotes» with «smart quotes»."))
            }
        }
    }
}

/// Word's quotes around a whole value.
public enum TypographicQuotes {
    /// The pairs Word and Spanish typing put around a text.
    public static let pairs: [(Character, Character)] = [("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("”", "”"), ("’", "’")]

    /// The text inside the quotes when the whole value is wrapped in one pair; `nil` otherwise.
    static func unwrapped(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let first = trimmed.first, let last = trimmed.last,
              pairs.contains(where: { $0.0 == first && $0.1 == last }) else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        // «Escriba aquí …» is the skeleton's guide, not a quoted value; a value quoting only part of itself is text.
        guard !inner.contains(last), !inner.isEmpty, !(first == "«" && UnfilledGuide.holdsOpening(trimmed)) else { return nil }
        return String(inner)
    }
}
