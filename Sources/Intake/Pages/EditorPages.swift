import Foundation
import Validation

/// The editor's pages: the edition's dashboard, a region's versions, a version with its diff and the way to
/// accept it, and the audit log.
enum EditorPages {
    /// One row of the dashboard.
    struct Row {
        let region: RegionSpec
        let progress: RegionProgress
    }

    /// The dashboard: every region's state, the latest findings, and whether the edition builds.
    static func dashboard(edition: String, rows: [Row], status: EditionStatus, csrf: String) -> String {
        var counts: [RegionProgress.State: Int] = [:]
        for row in rows { counts[row.progress.state, default: 0] += 1 }
        var body = "<p>"
        body += RegionProgress.State.allCases.compactMap { state in
            counts[state].map { "<span class=\"estado \(state.rawValue)\">\($0) \(PageShell.h(state.spanish))</span>" }
        }.joined(separator: " · ")
        body += "</p>\n"
        var table = PageTable(columns: ["Región", "Estado", "Última versión", "Revisión"])
        for row in rows {
            let slug = row.region.region.slug
            var cells = [
                PageTable.Cell("<a href=\"/editor/regiones/\(slug)\">\(PageShell.h(row.region.region.name))</a>"),
                PageTable.Cell(PageShell.h(row.progress.state.spanish), className: "estado \(row.progress.state.rawValue)"),
            ]
            if let latest = row.progress.latest {
                cells.append(PageTable.Cell(
                    "<a href=\"/editor/regiones/\(slug)/versiones/\(latest.number)\">Versión \(latest.number)</a>, \(PageShell.h(PageShell.date(latest.createdAt)))"))
                cells.append(PageTable.Cell(PageShell.h(RegionPages.result(latest))))
            } else {
                cells += [PageTable.Cell("—"), PageTable.Cell("—")]
            }
            table.add(cells)
        }
        body += table.html
        body += "<h2>La edición en la carpeta de contenido</h2>\n"
        body += statusBlock(status, edition: edition)
        body += "<p><a href=\"/editor/registro\">Ver el registro de accesos, entregas y aceptaciones</a></p>\n"
        return PageShell.page(title: "Tablero", heading: "Edición \(edition): experiencias de las regiones", who: "Coordinación", csrf: csrf, body: body)
    }

    /// Whether `rme build` would build the edition now.
    static func statusBlock(_ status: EditionStatus, edition: String) -> String {
        if status.missing {
            return "<div class=\"aviso error\"><p>No se encuentra la carpeta de la edición «\(PageShell.h(edition))» en el contenido.</p></div>\n"
        }
        var html: String
        if status.builds {
            html = "<div class=\"aviso bien\"><p>La edición se puede construir: \(VersionView.count(status.experiences, "experiencia", "experiencias")) en la carpeta, sin errores"
            html += status.warnings > 0 ? " (\(VersionView.count(status.warnings, "advertencia", "advertencias")))." : "."
            html += " Ejecute <code>rme build</code> para publicarla.</p></div>\n"
        } else {
            html = "<div class=\"aviso error\"><p>La edición todavía no se puede construir: \(VersionView.count(status.errors, "error", "errores")) (\(VersionView.count(status.experiences, "experiencia", "experiencias")) en la carpeta).</p></div>\n"
        }
        if !status.lines.isEmpty { html += "<pre>\(PageShell.h(status.lines.joined(separator: "\n")))</pre>\n" }
        return html
    }

    /// A region's versions, newest first, with what became of each.
    static func region(_ region: RegionSpec, progress: RegionProgress, versions: [SubmittedVersion], acceptances: [Acceptance], invitations: [Invitation], csrf: String) -> String {
        let slug = region.region.slug
        var body = "<p><a href=\"/editor\">← Volver al tablero</a></p>\n"
        body += "<p>Estado: <span class=\"estado \(progress.state.rawValue)\">\(PageShell.h(progress.state.spanish))</span>.</p>\n"
        let accepted = acceptedNumber(acceptances, versions: versions)
        if versions.isEmpty {
            body += "<p>La región todavía no ha subido ninguna versión.</p>\n"
        } else {
            var table = PageTable(columns: ["Versión", "Fecha", "Origen", "Revisión", "Estado"])
            for version in versions {
                table.add([
                    PageTable.Cell("<a href=\"/editor/regiones/\(slug)/versiones/\(version.number)\">Versión \(version.number)</a>"),
                    PageTable.Cell(PageShell.h(PageShell.date(version.createdAt))),
                    PageTable.Cell("\(PageShell.h(version.sourceKind.spanish)): \(PageShell.h(version.sourceName))"),
                    PageTable.Cell(PageShell.h(RegionPages.result(version))),
                    PageTable.Cell(PageShell.h(RegionPages.state(version, acceptedVersion: accepted)), className: "estado"),
                ])
            }
            body += table.html
        }
        body += "<h2>Aceptaciones</h2>\n"
        if acceptances.isEmpty {
            body += "<p>Ninguna todavía.</p>\n"
        } else {
            body += "<ul>\n"
            for acceptance in acceptances {
                let number = versions.first { $0.id == acceptance.versionID }?.number ?? 0
                body += "<li>Versión \(number), el \(PageShell.h(PageShell.date(acceptance.acceptedAt))) → <code>\(PageShell.h(acceptance.path))</code>"
                body += acceptance.writtenAt == nil ? " (escritura pendiente)" : ""
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>Invitaciones</h2>\n"
        let own = invitations.filter { $0.role == .region && $0.region == slug }
        if own.isEmpty {
            body += "<p>Sin invitar. En el servidor: <code>rme recepcion invitar \(PageShell.h(slug))</code></p>\n"
        } else {
            body += "<ul>\n" + own.map { invitation in
                "<li>Emitida el \(PageShell.h(PageShell.date(invitation.createdAt))): \(PageShell.h(invitation.state(at: Date()).spanish))</li>"
            }.joined(separator: "\n") + "\n</ul>\n"
        }
        return PageShell.page(title: region.region.name, heading: "Región de \(region.region.name)", who: "Coordinación", csrf: csrf, body: body)
    }

    /// A version for the editor: its findings, what changed since the version before, "Aceptar", the preview.
    static func version(_ version: SubmittedVersion, previous: SubmittedVersion?, region: RegionSpec, accepted: Int?, target: String,
                        csrf: String, preview: String?, notice: String?) -> String {
        let slug = region.region.slug
        let base = "/editor/regiones/\(slug)/versiones/\(version.number)"
        var body = "<p><a href=\"/editor/regiones/\(slug)\">← Volver a las versiones de \(PageShell.h(region.region.name))</a></p>\n"
        if let notice { body += notice }
        body += "<p class=\"nota\">Subida el \(PageShell.h(PageShell.date(version.createdAt))) · \(PageShell.h(version.sourceKind.spanish)): \(PageShell.h(version.sourceName)) · <a href=\"\(base)/original\">descargar lo que subió la región</a></p>\n"
        body += VersionView.findings(version)
        body += "<div class=\"acciones\">"
        if accepted == version.number {
            body += "<p class=\"aviso bien\">Esta es la versión aceptada: está en <code>\(PageShell.h(target))</code>.</p>"
        } else if version.sentAt != nil, version.markdown != nil {
            body += """
                <form method="post" action="\(base)/aceptar"><input type="hidden" name="csrf" value="\(PageShell.h(csrf))">\
                <button type="submit">Aceptar esta versión</button></form>\
                <p class="nota">Se escribirá en <code>\(PageShell.h(target))</code>; un archivo distinto que ya estuviera allí se guarda en la carpeta de datos.</p>
                """
        } else {
            body += "<p class=\"nota\">La región no ha enviado esta versión: es un borrador y no se puede aceptar.</p>"
        }
        body += "</div>\n<h2>Cambios respecto de la versión anterior</h2>\n"
        body += diff(from: previous, to: version)
        if let preview { body += preview }
        return PageShell.page(title: "Versión \(version.number) · \(region.region.name)", heading: "Versión \(version.number) · \(region.region.name)",
                              who: "Coordinación", csrf: csrf, body: body)
    }

    /// The line diff between two versions' Markdown.
    static func diff(from previous: SubmittedVersion?, to version: SubmittedVersion) -> String {
        guard let previous else { return "<p>Es la primera versión de la región.</p>\n" }
        guard let old = previous.markdown, let new = version.markdown else {
            return "<p>Una de las dos versiones no se pudo leer; no hay diferencias que mostrar.</p>\n"
        }
        let lines = LineDiff.lines(from: String(decoding: old, as: UTF8.self), to: String(decoding: new, as: UTF8.self))
        guard !lines.isEmpty else { return "<p>El texto es igual al de la versión \(previous.number).</p>\n" }
        var html = "<p>Respecto de la versión \(previous.number): líneas agregadas en verde, quitadas en rojo y tachadas.</p>\n<div class=\"diferencias\">"
        for line in lines {
            switch line {
            case .same(let text)?: html += "<span>\(PageShell.h(text.isEmpty ? " " : text))</span>"
            case .added(let text)?: html += "<span class=\"mas\"><span class=\"lector\">agregada: </span>+ \(PageShell.h(text))</span>"
            case .removed(let text)?: html += "<span class=\"menos\"><span class=\"lector\">quitada: </span>− \(PageShell.h(text))</span>"
            case nil: html += "<span class=\"nota\">⋯</span>"
            }
        }
        return html + "</div>\n"
    }

    /// The audit log, newest first.
    static func auditLog(_ entries: [AuditEntry], csrf: String) -> String {
        var table = PageTable(columns: ["Fecha", "Evento", "Quién", "Dirección", "Detalle"])
        for entry in entries {
            let who = entry.role == IntakeRole.editor.rawValue ? "coordinación" : (entry.region ?? entry.role ?? "—")
            table.add([
                PageTable.Cell(PageShell.h(PageShell.date(entry.at))), PageTable.Cell(PageShell.h(entry.event)),
                PageTable.Cell(PageShell.h(who)), PageTable.Cell(PageShell.h(entry.address ?? "—")), PageTable.Cell(PageShell.h(entry.detail)),
            ])
        }
        let body = "<p><a href=\"/editor\">← Volver al tablero</a></p>\n" + table.html
        return PageShell.page(title: "Registro", heading: "Registro de la recepción", who: "Coordinación", csrf: csrf, body: body)
    }

    /// The number of the version the newest acceptance took.
    static func acceptedNumber(_ acceptances: [Acceptance], versions: [SubmittedVersion]) -> Int? {
        acceptances.first.flatMap { acceptance in versions.first { $0.id == acceptance.versionID }?.number }
    }
}
