/// The script `rme serve` adds to every page it serves (never written by `rme build`): it listens on a
/// WebSocket for new versions, reloads the page when its bytes changed (keeping the scroll position),
/// swaps a changed stylesheet in place, and shows the build's problems over the page.
///
/// Everything it shows is set as text, never as markup: problems quote the content, which is untrusted.
enum LiveScript {
    static let path = "__rme/live.js"
    static let socketPath = "/__rme/live"

    /// The tag added before `</body>`, stamped with the version of the site the page was served from.
    static func tag(version: Int) -> String {
        "<script src=\"/\(path)\" data-rme-version=\"\(version)\"></script>"
    }

    /// Adds the tag to an HTML page: before its last `</body>`, or at its end.
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let tag = Array(tag(version: version).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"), Array(html[index..<index + closing.count]).lowercasedASCII == closing {
                return Array(html[..<index]) + tag + Array(html[index...])
            }
            index -= 1
        }
        return html + tag
    }

    static let source = #"""
    (() => {
      "use strict";
      const script = document.currentScript;
      let version = Number(script ? script.dataset.rmeVersion : NaN);
      const here = (() => {
        let path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
        if (path === "" || path.endsWith("/")) path += "index.html";
        return path;
      })();
      const scrollKey = "rme-scroll:" + here;
      const saved = sessionStorage.getItem(scrollKey);
      if (saved !== null) {
        sessionStorage.removeItem(scrollKey);
        const restore = () => window.scrollTo(0, Number(saved));
        if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
      }

      function reload() {
        sessionStorage.setItem(scrollKey, String(window.scrollY));
        location.reload();
      }

      function sitePath(url) {
        const parsed = new URL(url, location.href);
        if (parsed.origin !== location.origin) return null;
        return decodeURIComponent(parsed.pathname).replace(/^\/+/, "");
      }

      function restyle(changed, stamp) {
        for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
          const path = sitePath(link.href);
          if (path !== null && changed.includes(path)) {
            const url = new URL(link.href, location.href);
            url.searchParams.set("rme", String(stamp));
            link.href = url.href;
          }
        }
      }

      let hidden = false;
      let box = null;
      function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
      }

      function addStyle() {
        if (document.getElementById("rme-estilo")) return;
        const style = element("style");
        style.id = "rme-estilo";
        style.textContent = `
          #rme-problemas { position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: flex-start;
            justify-content: center; padding: 4vh 3vw; background: rgba(20, 20, 28, .55); overflow: auto;
            font: 15px/1.45 system-ui, sans-serif; color: #1b1b1f; }
          #rme-problemas, #rme-problemas * { box-sizing: border-box; }
          #rme-problemas .rme-panel { background: #fff; max-width: 70rem; width: 100%; min-width: 0; border-radius: 10px;
            border-top: 6px solid #c62828; box-shadow: 0 10px 40px rgba(0,0,0,.35); padding: 1.2rem 1.4rem; }
          #rme-problemas.rme-avisos .rme-panel { border-top-color: #b26a00; }
          #rme-problemas h2 { margin: 0 0 .3rem; font-size: 1.25rem; color: #b71c1c; }
          #rme-problemas.rme-avisos h2 { color: #8a5200; }
          #rme-problemas p { margin: 0 0 .8rem; }
          #rme-problemas .rme-problema { margin: 0 0 .7rem; padding: .6rem .9rem; background: #f6f6f8; border-radius: 6px;
            border-left: 4px solid #c62828; }
          #rme-problemas .rme-problema.rme-warning { border-left-color: #e09100; }
          #rme-problemas .rme-problema p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere;
            font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
          #rme-problemas .rme-donde { font-weight: 600 !important; }
          #rme-problemas .rme-ayuda { color: #24456b; }
          #rme-problemas pre { margin: .3rem 0; white-space: pre; overflow-x: auto;
            font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
          #rme-problemas .rme-resumen { font-weight: 600; margin-top: .4rem; }
          #rme-problemas button, #rme-insignia { font: inherit; cursor: pointer; border-radius: 6px;
            border: 1px solid #888; background: #fff; padding: .3rem .8rem; }
          #rme-problemas .rme-cabecera { display: flex; gap: 1rem; justify-content: space-between; align-items: start; }
          #rme-insignia { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647;
            font: 14px system-ui, sans-serif; background: #fff4e0; border-color: #e09100; }
          #rme-insignia.rme-con-errores { background: #fdecea; border-color: #c62828; }
          @media print { #rme-problemas, #rme-insignia { display: none !important; } }`;
        document.head.appendChild(style);
      }

      function clearBox() {
        for (const id of ["rme-problemas", "rme-insignia"]) {
          const node = document.getElementById(id);
          if (node) node.remove();
        }
        box = null;
      }

      // The problems themselves come apart from the state, and only when their version changed.
      let problems = { version: -1, list: [] };
      async function loadProblems(state) {
        if (problems.version === state.problemsVersion) return problems.list;
        const response = await fetch("/__rme/problemas.json", { cache: "no-store" });
        const loaded = await response.json();
        problems = { version: loaded.problemsVersion, list: loaded.problems };
        return problems.list;
      }

      async function showProblems(state) {
        if (!state.summary) { clearBox(); return; }
        const errors = state.errors > 0;
        if (hidden || !errors) {
          clearBox();
          addStyle();
          const strings = state.strings;
          const badge = element("button", errors ? "rme-con-errores" : "", errors ? strings.show : state.summary);
          badge.id = "rme-insignia";
          badge.type = "button";
          badge.addEventListener("click", async () => { hidden = false; openBox(state, await loadProblems(state)); });
          document.body.appendChild(badge);
          return;
        }
        const list = await loadProblems(state);
        if (window.rmeEstado !== state) return;  // a newer state arrived meanwhile
        openBox(state, list);
      }

      function openBox(state, list) {
        clearBox();
        addStyle();
        const strings = state.strings;
        const errors = state.errors > 0;
        box = element("div", errors ? "" : "rme-avisos");
        box.id = "rme-problemas";
        box.setAttribute("role", "alertdialog");
        box.setAttribute("aria-labelledby", "rme-problemas-titulo");
        const panel = element("div", "rme-panel");
        const head = element("div", "rme-cabecera");
        const titles = element("div");
        const title = element("h2", "", errors ? strings.errorsTitle : strings.warningsTitle);
        title.id = "rme-problemas-titulo";
        titles.appendChild(title);
        titles.appendChild(element("p", "", errors ? (state.hasSite ? strings.errorsNote : strings.noSite) : ""));
        head.appendChild(titles);
        const close = element("button", "", strings.hide);
        close.type = "button";
        close.addEventListener("click", () => { hidden = true; showProblems(state); });
        head.appendChild(close);
        panel.appendChild(head);
        for (const problem of list) {
          // The block as rme check prints it: the header and the hints wrap; the excerpt and its caret
          // keep their columns (and scroll sideways on a narrow screen).
          const item = element("section", "rme-problema rme-" + problem.severity);
          const lines = problem.text.split("\n");
          item.appendChild(element("p", "rme-donde", lines[0]));
          const excerpt = lines.slice(1).filter((line) => !line.startsWith("  = "));
          if (excerpt.length) item.appendChild(element("pre", "", excerpt.join("\n")));
          for (const line of lines.slice(1).filter((line) => line.startsWith("  = "))) {
            item.appendChild(element("p", "rme-ayuda", line.slice(4)));
          }
          panel.appendChild(item);
        }
        if (state.summary) panel.appendChild(element("p", "rme-resumen", state.summary));
        box.appendChild(panel);
        document.body.appendChild(box);
      }

      function apply(state) {
        if (Number.isFinite(version) && state.version !== version) {
          const missed = state.version > version + 1;
          if (state.changed.includes(here) || (missed && state.hasSite)) { reload(); return; }
          restyle(state.changed, state.version);
        }
        version = state.version;
        window.rmeEstado = state;
        document.dispatchEvent(new CustomEvent("rme:estado", { detail: state }));
        // A print view's news leaves the problems as they were: the list is not laid out again (it would
        // lose its scroll position).
        const shown = JSON.stringify([state.problemsVersion, state.summary, state.hasSite, state.errors]);
        if (shown !== shownProblems) {
          shownProblems = shown;
          showProblems(state);
        }
      }
      let shownProblems = null;

      let retry = 250;
      function connect() {
        const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__rme/live");
        socket.onopen = () => { retry = 250; };
        socket.onmessage = (event) => apply(JSON.parse(event.data));
        socket.onclose = () => {
          retry = Math.min(retry * 2, 4000);
          setTimeout(connect, retry);
        };
      }
      connect();
    })();
    """#
}

extension Array where Element == UInt8 {
    /// The bytes with ASCII capitals made small.
    var lowercasedASCII: [UInt8] {
        map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
