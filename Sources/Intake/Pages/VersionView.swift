import Diagnostics
import Foundation

/// A version as region and editor see it: its findings in `rme check`'s words, pointing to the line (or the
/// place in Word), and the preview of its chapter as a page and as printed pages.
enum VersionView {
    /// The findings of `version`, errors first, each with its full report.
    static func findings(_ version: SubmittedVersion) -> String {
        guard !version.findings.isEmpty else {
            return "<div class=\"aviso bien\"><p>Sin problemas: la revisión no encontró errores ni advertencias.</p></div>"
        }
        let summary = version.markdown == nil
            ? "No se pudo leer el archivo."
            : "\(count(version.errors, "error", "errores")) y \(count(version.warnings, "advertencia", "advertencias"))."
        var html = "<div class=\"aviso \(version.errors > 0 ? "error" : "atencion")\"><p>\(PageShell.h(summary))"
        if version.errors > 0 {
            html += " Corrija los errores y vuelva a subir el archivo: una versión con errores queda como borrador y no se puede enviar."
        } else {
            html += " Puede enviar esta versión; las advertencias conviene revisarlas."
        }
        html += "</p></div>\n<ol class=\"hallazgos\">\n"
        for finding in version.findings {
            let kind = finding.severity == .error ? "error" : "advertencia"
            var whereText = ""
            if let line = finding.line { whereText = "línea \(line)" + (finding.column.map { ", columna \($0)" } ?? "") }
            if let place = finding.place { whereText += (whereText.isEmpty ? "" : " · ") + "en Word: " + place }
            html += """
                <li><p><span class="hallazgo \(kind)">\(finding.severity == .error ? "Error" : "Advertencia")</span>\
                \(whereText.isEmpty ? "" : " (\(PageShell.h(whereText)))"): \(PageShell.h(finding.message))</p>\
                \(finding.hint.map { "<p>Qué hacer: \(PageShell.h($0))</p>" } ?? "")\
                <details><summary>Como lo muestra rme check</summary><pre>\(PageShell.h(finding.report))</pre></details></li>

                """
        }
        return html + "</ol>\n"
    }

    /// The preview: the chapter's page in a frame, and the way to its printed pages.
    static func preview(base: String, pagePath: String, prints: Bool) -> String {
        """
        <h2>Vista previa del capítulo</h2>
        <p>Así se verá la experiencia en el sitio de la publicación.</p>
        <iframe class="vista" title="Vista previa del capítulo" src="\(base)/vista/\(pagePath)" sandbox="allow-same-origin"></iframe>
        <h2>Páginas impresas</h2>
        """ + (prints
            ? "<p><a href=\"\(base)/impreso.html\">Ver el capítulo como se imprimirá en el cuadernillo</a> (tarda unos segundos la primera vez).</p>\n"
            : "<p class=\"nota\">Este servicio no tiene un programa para imprimir (WeasyPrint o Chromium); la coordinación verá las páginas impresas al publicar.</p>\n")
    }

    /// The printed chapter: each page as an image, and the PDF to download.
    static func printed(base: String, pages: Int) -> String {
        var html = "<p>El capítulo ocupa \(count(pages, "página", "páginas")) del cuadernillo. <a href=\"\(base)/impreso.pdf\">Descargar el PDF del capítulo</a>.</p>\n<div class=\"paginas\">"
        for page in 0..<pages {
            html += "<img src=\"\(base)/impreso-\(page + 1).png\" alt=\"Página \(page + 1) del capítulo impreso\">"
        }
        return html + "</div>\n"
    }

    /// «1 error», «2 errores».
    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 1 ? "1 \(one)" : "\(number) \(many)"
    }
}
