import Diagnostics

/// A file whose body holds nothing after the front matter: an experience without sections, a front page without text.
///
/// Raw HTML counts as nothing: it is never published.
struct EmptyBodyRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let body = document.document.body,
              body.root.children.allSatisfy({ $0.visibleText.allSatisfy(\.isWhitespace) })
        else { return }
        // The closing fence is the last line that exists before the missing text; without it there is no place to name.
        let place = document.document.split?.frontMatter?.closingLine.map { SourceRange(SourceLocation(line: $0, column: 1)) }
        switch document.kind {
        case .experience:
            diagnostics.append(document.diagnostic(
                "body.empty", .error, at: place,
                es: "La experiencia no tiene texto después de la cabecera (front matter).",
                en: "The experience has no text after the front matter.",
                hintES: "Escriba las secciones con títulos '## ', desde '## \(settings.schema.sections.first?.heading ?? "")' hasta '## \(settings.schema.sections.last?.heading ?? "")'; 'rme new' crea una plantilla.",
                hintEN: "Write the sections under '## ' headings, from '## \(settings.schema.sections.first?.heading ?? "")' to '## \(settings.schema.sections.last?.heading ?? "")'; 'rme new' writes a template."
            ))
        case .frontPage:
            diagnostics.append(document.diagnostic(
                "body.empty", .error, at: place,
                es: "La página no tiene texto después de la cabecera (front matter).",
                en: "The page has no text after the front matter.",
                hintES: "Escriba el texto de la página debajo de la línea '---' que cierra la cabecera.",
                hintEN: "Write the page's text below the '---' line that closes the front matter."
            ))
        }
    }
}
