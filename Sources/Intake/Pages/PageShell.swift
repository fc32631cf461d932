import Foundation
import Rendering

/// The frame of every page of the service: Spanish, one stylesheet, no script, the signed-in holder and the
/// way out in the header.
enum PageShell {
    /// `text` with `& < > " '` escaped, for element text and attribute values alike.
    static func h(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A whole page.
    static func page(title: String, heading: String, who: String? = nil, csrf: String? = nil, body: String) -> String {
        let signOut = csrf.map { token in
            """
            <form method="post" action="/salir" class="salir"><input type="hidden" name="csrf" value="\(h(token))"><button type="submit">Salir</button></form>
            """
        } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title)) · Recepción RME</title>
            <link rel="stylesheet" href="/recepcion.css">
            </head>
            <body>
            <header class="barra"><p class="marca">Recepción de experiencias · Redes de Mejoramiento Escolar</p>\(who.map { "<p class=\"quien\">\(h($0))</p>" } ?? "")\(signOut)</header>
            <main>
            <h1>\(h(heading))</h1>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    /// A date as the pages show it: «3 dic. 2026, 19:04» in Chile's time.
    static func date(_ date: Date) -> String {
        chileanDates.string(date)
    }

    /// One formatter for every page: making a `DateFormatter` costs ~0.5 ms (ICU loads the locale's symbols),
    /// and a region's page with its versions took a third of the service's time making them (perf, under
    /// `scripts/recepcion-carga.py`).
    private static let chileanDates = ChileanDates()

    /// A `DateFormatter` shared across requests, behind a lock (it is not safe to use from two threads).
    private final class ChileanDates: @unchecked Sendable {
        private let lock = NSLock()
        private let formatter: DateFormatter

        init() {
            formatter = DateFormatter()
            formatter.locale = Locale(identifier: "es_CL")
            formatter.timeZone = TimeZone(identifier: "America/Santiago") ?? .current
            formatter.dateFormat = "d MMM yyyy, HH:mm"
        }

        func string(_ date: Date) -> String {
            lock.withLock { formatter.string(from: date) }
        }
    }

    /// The stylesheet: readable on a phone and on a desktop, large targets, visible focus.
    static let stylesheet = """
        :root { --tinta: #1d2533; --suave: #5a6475; --borde: #c9cfd8; --fondo: #f6f7f9; --azul: #0b4f8a; --rojo: #a4161a; --ambar: #7a4d00; --verde: #1f6b3a; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.5 "Open Sans", "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--tinta); background: #fff; }
        .barra { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: .6rem 1.2rem; background: var(--azul); color: #fff; }
        .barra p { margin: 0; } .marca { font-weight: 600; flex: 1 1 auto; } .quien { opacity: .95; }
        .salir button { background: transparent; color: #fff; border: 1px solid #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0; } h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
        a { color: var(--azul); } a:focus, button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
        button, .boton { font: inherit; padding: .55rem 1.1rem; border-radius: .3rem; border: 1px solid var(--azul); background: var(--azul); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        button.secundario { background: #fff; color: var(--azul); }
        button[disabled] { background: #e3e6ea; color: var(--suave); border-color: var(--borde); cursor: not-allowed; }
        fieldset { border: 1px solid var(--borde); border-radius: .4rem; padding: 1rem; margin: 0 0 1rem; }
        legend { font-weight: 600; padding: 0 .3rem; }
        label { display: block; font-weight: 600; margin: .4rem 0; }
        textarea { width: 100%; min-height: 12rem; font: 15px/1.4 "DejaVu Sans Mono", monospace; }
        input[type=file] { font: inherit; max-width: 100%; }
        .nota { color: var(--suave); font-size: .95rem; }
        .aviso { border-left: 5px solid var(--azul); background: var(--fondo); padding: .8rem 1rem; margin: 1rem 0; }
        .aviso.error { border-color: var(--rojo); } .aviso.bien { border-color: var(--verde); } .aviso.atencion { border-color: var(--ambar); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; border-bottom: 1px solid var(--borde); padding: .45rem .5rem; vertical-align: top; }
        th { background: var(--fondo); }
        .estado { font-weight: 600; white-space: nowrap; }
        .estado.sin-invitar, .estado.invitada { color: var(--suave); } .estado.borrador-con-errores { color: var(--rojo); }
        .estado.borrador { color: var(--ambar); } .estado.enviada { color: var(--azul); } .estado.aceptada { color: var(--verde); }
        ol.hallazgos { padding-left: 1.4rem; } ol.hallazgos li { margin: 0 0 1rem; }
        .hallazgo { font-weight: 600; } .hallazgo.error { color: var(--rojo); } .hallazgo.advertencia { color: var(--ambar); }
        pre { background: var(--fondo); border: 1px solid var(--borde); padding: .6rem .8rem; overflow-x: auto; font: 14px/1.4 "DejaVu Sans Mono", monospace; white-space: pre; }
        .vista { width: 100%; height: 70vh; border: 1px solid var(--borde); border-radius: .3rem; background: #fff; }
        .paginas img { max-width: 100%; border: 1px solid var(--borde); box-shadow: 0 1px 4px rgba(0,0,0,.15); margin: 0 1rem 1rem 0; }
        .diferencias { font: 14px/1.4 "DejaVu Sans Mono", monospace; white-space: pre-wrap; border: 1px solid var(--borde); }
        .diferencias span { display: block; padding: 0 .5rem; } .diferencias .mas { background: #e6f4ea; } .diferencias .menos { background: #fbe9e7; text-decoration: line-through; }
        .acciones { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: 1rem 0; }
        .lector { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        code { font: .92em "DejaVu Sans Mono", monospace; background: var(--fondo); padding: 0 .2rem; overflow-wrap: anywhere; }
        @media (max-width: 40rem) {
          body { font-size: 16px; } .vista { height: 60vh; } pre { white-space: pre-wrap; overflow-wrap: anywhere; }
          table.filas thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          table.filas tr { display: block; border-bottom: 1px solid var(--borde); padding: .4rem 0; }
          table.filas td { display: block; border: 0; padding: .15rem .3rem; white-space: normal; }
          table.filas td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--suave); }
        }

        """
}
