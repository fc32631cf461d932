import Diagnostics
import Mustache

/// Words for swift-mustache's parser errors, in both languages.
enum TemplateSyntax {
    /// A sentence naming what is wrong and the column where the parser stopped.
    static func describe(_ error: MustacheTemplate.ParserError) -> LocalizedText {
        let what = reason(error.error)
        let column = error.context.columnNumber
        return LocalizedText(
            es: "error de sintaxis Mustache en la columna \(column): \(what.es)",
            en: "Mustache syntax error at column \(column): \(what.en)"
        )
    }

    /// The parser's error case in words.
    private static func reason(_ error: Error) -> LocalizedText {
        guard let error = error as? MustacheTemplate.Error else {
            return LocalizedText(es: "\(error)", en: "\(error)")
        }
        switch error {
        case .sectionCloseNameIncorrect:
            return LocalizedText(es: "el cierre {{/…}} no corresponde a la sección abierta",
                                 en: "the closing {{/…}} does not match the open section")
        case .unfinishedName:
            return LocalizedText(es: "etiqueta sin terminar (falta «}}»)", en: "unfinished tag (missing \"}}\")")
        case .expectedSectionEnd:
            return LocalizedText(es: "falta cerrar una sección con {{/…}}", en: "a section is never closed with {{/…}}")
        case .invalidSetDelimiter:
            return LocalizedText(es: "cambio de delimitadores mal escrito", en: "badly written set-delimiter tag")
        case .transformAppliedToInheritanceSection:
            return LocalizedText(es: "no se puede aplicar una transformación a una sección heredada",
                                 en: "a transform cannot apply to an inherited section")
        case .illegalTokenInsideInheritSection:
            return LocalizedText(es: "etiqueta no permitida dentro de una sección heredada",
                                 en: "tag not allowed inside an inherited section")
        case .textInsideInheritSection:
            return LocalizedText(es: "texto no permitido dentro de una sección heredada",
                                 en: "text not allowed inside an inherited section")
        case .invalidConfigVariableSyntax:
            return LocalizedText(es: "variable de configuración mal escrita", en: "badly written configuration variable")
        case .unrecognisedConfigVariable:
            return LocalizedText(es: "variable de configuración desconocida", en: "unknown configuration variable")
        }
    }
}
