import Foundation

/// A region's own pages: where it hands its experience in, and each version it handed in.
enum RegionPages {
    /// The region's home: the upload form and its versions.
    static func home(region: String, edition: String, versions: [SubmittedVersion], acceptedVersion: Int?, csrf: String, acceptsWord: Bool, maxMegabytes: Int) -> String {
        var body = """
            <p>Suba el archivo de la experiencia de su región. La revisión es inmediata: verá cada problema en palabras simples y \
            el capítulo como se publicará. Puede subirlo las veces que necesite; cada versión se guarda.</p>
            <form method="post" action="/region/versiones" enctype="multipart/form-data">
            <input type="hidden" name="csrf" value="\(PageShell.h(csrf))">
            <fieldset><legend>Subir un archivo</legend>
            <label for="archivo">Archivo \(acceptsWord ? "de Word (.docx), LibreOffice (.odt) o texto (.md)" : "de texto (.md)")</label>
            <input type="file" id="archivo" name="archivo" accept="\(acceptsWord ? ".docx,.odt,.md,.txt" : ".md,.txt")">
            <p class="nota">Hasta \(maxMegabytes) MB.\(acceptsWord ? " Use la plantilla de Word de su región: <a href=\"/region/plantilla.docx\">descargar la plantilla</a>." : "")</p>
            </fieldset>
            <fieldset><legend>O pegar el texto</legend>
            <label for="texto">Texto de la experiencia (formato .md)</label>
            <textarea id="texto" name="texto" spellcheck="false"></textarea>
            </fieldset>
            <button type="submit">Revisar</button>
            </form>
            <h2>Versiones entregadas</h2>

            """
        if versions.isEmpty {
            body += "<p>Todavía no ha subido ninguna versión.</p>\n"
        } else {
            var table = PageTable(columns: ["Versión", "Fecha", "Origen", "Revisión", "Estado"])
            for version in versions {
                table.add([
                    PageTable.Cell("<a href=\"/region/versiones/\(version.number)\">Versión \(version.number)</a>"),
                    PageTable.Cell(PageShell.h(PageShell.date(version.createdAt))),
                    PageTable.Cell("\(PageShell.h(version.sourceKind.spanish)): \(PageShell.h(version.sourceName))"),
                    PageTable.Cell(PageShell.h(result(version))),
                    PageTable.Cell(PageShell.h(state(version, acceptedVersion: acceptedVersion)), className: "estado"),
                ])
            }
            body += table.html
        }
        return PageShell.page(
            title: region, heading: "Experiencia de \(region) · edición \(edition)", who: "Región de \(region)", csrf: csrf, body: body)
    }

    /// One version: what the check found, the way to send it, the preview.
    static func version(_ version: SubmittedVersion, region: String, csrf: String, acceptedVersion: Int?, preview: String) -> String {
        let base = "/region/versiones/\(version.number)"
        var body = "<p><a href=\"/region\">← Volver a las versiones</a></p>\n"
        body += "<p class=\"nota\">Subida el \(PageShell.h(PageShell.date(version.createdAt))) · \(PageShell.h(version.sourceKind.spanish)): \(PageShell.h(version.sourceName)) · <a href=\"\(base)/original\">descargar lo que subió</a></p>\n"
        body += VersionView.findings(version)
        body += "<div class=\"acciones\">"
        if acceptedVersion == version.number {
            body += "<p class=\"aviso bien\">La coordinación aceptó esta versión: es la que se publicará.</p>"
        } else if let sent = version.sentAt {
            body += "<p class=\"aviso bien\">Enviada a la coordinación el \(PageShell.h(PageShell.date(sent))).</p>"
        } else if version.canBeSent {
            body += """
                <form method="post" action="\(base)/enviar"><input type="hidden" name="csrf" value="\(PageShell.h(csrf))">\
                <button type="submit">Enviar esta versión a la coordinación</button></form>
                """
        } else {
            body += "<button type=\"button\" disabled>Enviar (corrija primero los errores)</button>"
        }
        body += "<a class=\"boton\" href=\"/region\">Subir otra versión</a></div>\n"
        body += preview
        return PageShell.page(title: "Versión \(version.number)", heading: "Versión \(version.number) · \(region)", who: "Región de \(region)", csrf: csrf, body: body)
    }

    /// How the check went, in a few words.
    static func result(_ version: SubmittedVersion) -> String {
        if version.markdown == nil { return "no se pudo leer" }
        if version.errors == 0 && version.warnings == 0 { return "sin problemas" }
        return "\(VersionView.count(version.errors, "error", "errores")), \(VersionView.count(version.warnings, "advertencia", "advertencias"))"
    }

    /// Where a version stands, in a few words.
    static func state(_ version: SubmittedVersion, acceptedVersion: Int?) -> String {
        if acceptedVersion == version.number { return "aceptada" }
        if version.sentAt != nil { return "enviada" }
        return version.canBeSent ? "borrador" : "borrador con errores"
    }
}
