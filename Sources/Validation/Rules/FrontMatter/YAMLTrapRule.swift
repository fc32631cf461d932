import Content
import Diagnostics

/// Reports plain values that YAML 1.1 readers turn into something else: booleans, dates, base-60 times, numbers.
///
/// Nothing is coerced: `no` is not taken as false, nor `010` as 8. The value
/// is reported against its key, with the quoted form that says what was meant.
struct YAMLTrapRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            for node in field.expectedScalars {
                if let diagnostic = trap(node, field.spec, document) { diagnostics.append(diagnostic) }
            }
        }
    }

    private func trap(_ node: YAMLNode, _ spec: FieldSpec, _ document: DocumentContext) -> Diagnostic? {
        guard let text = node.scalar else { return nil }
        let name = spec.name
        let isYear = !spec.type.expectsText
        switch PlainScalarMeaning.of(node) {
        case .text, .null:
            return nil
        case .boolean:
            return document.frontMatterDiagnostic(
                "yaml-boolean", at: node.range,
                es: "En «\(name)», «\(text)» sin comillas se lee en YAML como un valor verdadero/falso, no como texto.",
                en: "In `\(name)`, unquoted `\(text)` reads in YAML as a true/false value, not as text.",
                hintES: isYear ? "Escriba el año con cifras, por ejemplo \(name): 2015." : "Si es texto, póngalo entre comillas: \"\(text)\".",
                hintEN: isYear ? "Write the year in digits, e.g. \(name): 2015." : "If it is text, quote it: \"\(text)\".")
        case .date:
            return document.frontMatterDiagnostic(
                "yaml-date", at: node.range,
                es: "En «\(name)», «\(text)» sin comillas se lee en YAML como una fecha, no como \(isYear ? "un año" : "texto").",
                en: "In `\(name)`, unquoted `\(text)` reads in YAML as a date, not as \(isYear ? "a year" : "text").",
                hintES: isYear ? "Escriba solo el año: \(name): \(text.prefix(4))." : "Si es texto, póngalo entre comillas: \"\(text)\".",
                hintEN: isYear ? "Write the year only: \(name): \(text.prefix(4))." : "If it is text, quote it: \"\(text)\".")
        case .sexagesimal:
            return document.frontMatterDiagnostic(
                "yaml-time", at: node.range,
                es: "En «\(name)», «\(text)» sin comillas se lee en YAML 1.1 como un número en base 60 (una hora), no como \(isYear ? "un año" : "texto").",
                en: "In `\(name)`, unquoted `\(text)` reads in YAML 1.1 as a base-60 number (a time), not as \(isYear ? "a year" : "text").",
                hintES: isYear ? "Escriba solo el año, por ejemplo \(name): 2015." : "Póngalo entre comillas: \"\(text)\".",
                hintEN: isYear ? "Write the year only, e.g. \(name): 2015." : "Quote it: \"\(text)\".")
        case .decimal:
            guard !isYear else { return nil }
            return numberAsText(node, text, spec, document)
        case .otherNumber(let form):
            guard isYear else { return numberAsText(node, text, spec, document) }
            let reading: (es: String, en: String) = switch form {
            case .octal: ("un número octal (010 vale 8)", "an octal number (010 is 8)")
            case .hexadecimal: ("un número hexadecimal", "a hexadecimal number")
            case .binary: ("un número binario", "a binary number")
            case .underscored: ("un número con separadores «_»", "a number with `_` separators")
            case .float: ("un número con decimales", "a number with decimals")
            }
            return document.frontMatterDiagnostic(
                "yaml-number", at: node.range,
                es: "En «\(name)», «\(text)» se lee en YAML como \(reading.es), no como un año.",
                en: "In `\(name)`, `\(text)` reads in YAML as \(reading.en), not as a year.",
                hintES: "Escriba el año con sus cuatro cifras, sin ceros delante ni decimales: \(name): 2015.",
                hintEN: "Write the year's four digits, without leading zeros or decimals: \(name): 2015.")
        }
    }

    /// A plain number where a text is expected: an error, as the contract says, since YAML reads it as a number.
    private func numberAsText(_ node: YAMLNode, _ text: String, _ spec: FieldSpec, _ document: DocumentContext) -> Diagnostic {
        document.frontMatterDiagnostic(
            "number-as-text", at: node.range,
            es: "En «\(spec.name)» se espera texto, pero «\(text)» sin comillas se lee en YAML como un número.",
            en: "`\(spec.name)` expects text, but unquoted `\(text)` reads in YAML as a number.",
            hintES: "Si el número es el nombre, póngalo entre comillas: \"\(text)\".",
            hintEN: "If the number is the name, quote it: \"\(text)\".")
    }
}
