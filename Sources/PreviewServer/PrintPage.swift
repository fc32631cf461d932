import Diagnostics
import Rendering

/// The words of the print views, in the server's language.
struct PrintStrings: Sendable {
    let language: Language
    let title: String
    let listTitle: String
    let waiting: String
    let printing: String
    let upToDate: String
    let failed: String
    let unavailable: String
    let chapters: String
    let chaptersNote: String
    let openPDF: String
    let back: String

    init(language: Language, engine: String?) {
        let es = language == .es
        self.language = language
        let by = engine.map { es ? " con \($0)" : " with \($0)" } ?? ""
        title = es ? "Vista de impresión" : "Print view"
        listTitle = es ? "Vistas de impresión" : "Print views"
        waiting = es ? "El contenido cambió: se imprimirá en cuanto deje de cambiar." : "The content changed: it is printed once it stops changing."
        printing = es ? "Imprimiendo el cuadernillo\(by)…" : "Printing the booklet\(by)…"
        upToDate = es ? "Al día: el PDF es el del contenido actual." : "Up to date: the PDF is that of the current content."
        failed = es ? "No se pudo imprimir:" : "Could not print:"
        unavailable = es
            ? "No hay motor de PDF instalado (WeasyPrint o Chromium): instale weasyprint para ver el cuadernillo impreso."
            : "No PDF engine is installed (WeasyPrint or Chromium): install weasyprint to see the printed booklet."
        chapters = es ? "Un capítulo solo" : "One chapter alone"
        chaptersNote = es ? "Imprime solo las páginas de ese capítulo, para una prueba rápida." : "Prints that chapter's pages only, for a quick proof."
        openPDF = es ? "Abrir el PDF" : "Open the PDF"
        back = es ? "Volver al sitio" : "Back to the site"
    }
}

/// The print views' pages: small, with their own styles, filled by the live script's state.
enum PrintPage {
    /// The list of editions with a print view.
    static func list(_ editions: [String], strings: PrintStrings) -> String {
        let items = editions.map { "<li><a href=\"\(escape($0))/\">\(escape($0))</a></li>" }.joined()
        return page(title: strings.listTitle, language: strings.language, body: """
            <h1>\(escape(strings.listTitle))</h1><ul>\(items)</ul><p><a href="/">\(escape(strings.back))</a></p>
            """)
    }

    /// One edition's viewer: the status line, the PDF, and a link per chapter to print it alone.
    static func viewer(edition: String, chapters: [(slug: String, title: String)], strings: PrintStrings) -> String {
        let items = chapters.map { chapter in
            "<li><a href=\"capitulo/\(escape(chapter.slug)).pdf\" target=\"_blank\" rel=\"noopener\">\(escape(chapter.title))</a></li>"
        }.joined()
        let id = escape(edition)
        return page(title: strings.title + " · " + edition, language: strings.language, body: """
            <header><h1>\(escape(strings.title)) · \(id)</h1>
            <p id="rme-estado-impresion" role="status" aria-live="polite" data-edicion="\(id)"></p>
            <p><a id="rme-abrir-pdf" href="booklet.pdf" target="_blank" rel="noopener">\(escape(strings.openPDF))</a> ·
            <a href="/\(id)/">\(escape(strings.back))</a></p></header>
            <iframe id="rme-pdf" title="\(id) PDF" src="about:blank"></iframe>
            <details><summary>\(escape(strings.chapters))</summary><p>\(escape(strings.chaptersNote))</p><ul>\(items)</ul></details>
            <script>
            (() => {
              const status = document.getElementById("rme-estado-impresion");
              const frame = document.getElementById("rme-pdf");
              const link = document.getElementById("rme-abrir-pdf");
              let shown = -1;
              document.addEventListener("rme:estado", (event) => {
                const print = event.detail.prints[status.dataset.edicion];
                if (!print) return;
                status.textContent = print.message;
                status.dataset.estado = print.state;
                if (print.printed > 0 && print.printed !== shown) {
                  shown = print.printed;
                  frame.src = "booklet.pdf?v=" + shown;
                  link.href = "booklet.pdf?v=" + shown;
                }
              });
            })();
            </script>
            """)
    }

    private static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1rem 1.5rem; max-width: 80rem; color: #1b1b1f; }
        h1 { font-size: 1.4rem; margin: .2rem 0; }
        #rme-estado-impresion { padding: .5rem .8rem; border-radius: 6px; background: #eef3fb; }
        #rme-estado-impresion[data-estado="al-dia"] { background: #e7f5ea; }
        #rme-estado-impresion[data-estado="error"], #rme-estado-impresion[data-estado="no-disponible"] { background: #fdecea; white-space: pre-wrap; }
        #rme-pdf { width: 100%; height: 78vh; border: 1px solid #bbb; border-radius: 6px; }
        </style></head>
        <body>
        \(body)
        </body></html>
        """
    }

    /// Text made safe inside HTML, attribute values included: the templates' own escaping.
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
