import Content
import Diagnostics

/// Reports a year that is not a year (`dos mil quince`, `2,015`) or falls outside the schema's range.
struct YearRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        for field in document.knownFields(settings.schema) {
            guard case .year = field.spec.type, let text = field.value.scalar else { continue }
            let name = field.spec.name
            let year: Int?
            switch PlainScalarMeaning.of(field.value) {
            case .decimal(let value):
                year = value ?? Int.max
            case .text:
                // Quoted digits ("2015") are accepted: the intent is plain and no reader misreads them.
                guard let plain = settings.index.plainValue(field.value, of: field.spec) else { continue }
                year = plain.count <= 9 && !plain.isEmpty && plain.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(plain) : nil
            default:
                continue // empty values and YAML traps have their own rules
            }
            let minimum = field.spec.minYear ?? 0
            let maximum = settings.currentYear
            guard let year else {
                diagnostics.append(document.frontMatterDiagnostic(
                    "not-a-year", at: field.value.range,
                    es: "«\(name)» debe ser un año escrito con cuatro cifras; «\(text)» no lo es.",
                    en: "`\(name)` must be a year written in four digits; `\(text)` is not.",
                    hintES: "Por ejemplo: \(name): 2015 (sin puntos, comas ni palabras).",
                    hintEN: "For example: \(name): 2015 (no dots, commas or words)."))
                continue
            }
            if year < minimum || year > maximum {
                diagnostics.append(document.frontMatterDiagnostic(
                    "year-out-of-range", at: field.value.range,
                    es: "«\(name)» es \(text), fuera del rango aceptado: de \(minimum) a \(maximum).",
                    en: "`\(name)` is \(text), outside the accepted range: \(minimum) to \(maximum).",
                    hintES: year > maximum ? "Un año futuro no puede ser el de inicio; revise el número." : "Las Redes de Mejoramiento Escolar empezaron en \(minimum); revise el número.",
                    hintEN: year > maximum ? "A future year cannot be the start; check the number." : "School Improvement Networks began in \(minimum); check the number."))
            }
        }
    }
}
