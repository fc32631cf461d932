#!/usr/bin/env python3
"""Searches the built site with a real headless Chromium, as a reader would, and reports each step as JSON.

Usage: scripts/search-browser-check.py RME PROJECT [--capturas DIR]
       scripts/search-browser-check.py --tools    (exit 0 when selenium, chromium and chromedriver are installed)

PROJECT is a scratch copy of a project (Content/ with the 2015-2017 edition, Templates/): the script adds a
second edition, 2019 (the same experiences; Aysén's gains a word no other page has and a line of text that
looks like a script), builds it with `RME build`, serves Output/ over HTTP on 127.0.0.1 and:
  build      rme build indexes both editions (the report names the search page and 30 pages)
  word       a word found in one region's chapter only: that region of that edition comes first
  accents    «aysen» and «AYSÉN» both give Aysén first
  edition    a filter by edition narrows «liceo» to that edition's pages only
  region     the region filter alone lists that region in every edition
  hostile    text that looks like markup is shown as text: no element is made of it and nothing runs
  header     the search box in a region page's header leads to the results
  follow     a result's link opens the region page, and its booklet link the chapter in the booklet
  phone      at 390 px nothing on the search page (with results) sticks out sideways
  tables     at 390 px, on every page of the site, nothing sticks out; a table that scrolls sideways shows
             its cue above it and its caption whole (measured from the layout); the characteristics table
             stacks into one card per network
  axe        axe-core finds no violation on the search page with results, without results and with its
             notice, on a region page, the summary with its matrix and the archive, at 390 and 1280 px
  disk       opened as file://, the page says why search cannot work there and what to do
  unindexed  a site built with --sin-busqueda: the page says it has no index
  serve      `RME serve` indexes too: a search finds a word, and a word saved afterwards is found
With --capturas DIR, screenshots at 390 and 1280 px go there: the results (busqueda-*.png), the archive,
a region page and the summary (sitio-*.png).
Prints {"steps": [{"name", "ok", "detail"}]}. Exit status: 0 when every step ran (whatever it found), 3 when
a tool is missing, 1 on any other failure.
"""
import functools
import http.server
import importlib.util
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import threading
import urllib.parse

import rme_service  # scripts/rme_service.py
from headless_chromium import browser, capture, missing_tool, overflowing, wait_for  # scripts/headless_chromium.py

MISSING = 3
SECOND = "2019"
UNIQUE = "chucaochucao"
LATER = "huillinhuillin"
HOSTILE = "`<img src=x onerror=\"window.rmeAtacado=1\"><script>window.rmeAtacado=2</script>` rayadorayado"


def add_second_edition(project):
    """Content/2019: the real edition copied under another id and period, Aysén's chapter marked."""
    content = project / "Content"
    second = content / SECOND
    shutil.copytree(content / "2015-2017", second)
    edition = (second / "edition.yaml").read_text(encoding="utf-8")
    edition = re.sub(r'(?m)^id: .*$', f'id: "{SECOND}"', edition)
    edition = re.sub(r'(?m)^periodo: .*$', 'periodo: "2019"', edition)
    edition = re.sub(r'(?m)^(isbn|registro_propiedad_intelectual): .*\n', "", edition)
    (second / "edition.yaml").write_text(edition, encoding="utf-8")
    aysen = second / "experiencias/aysen.md"
    text = aysen.read_text(encoding="utf-8")
    marker = "## Objetivo\n\n"
    if marker not in text:
        raise SystemExit(f"{aysen}: no «{marker.strip()}» heading to mark")
    text = text.replace(marker, marker + f"El {UNIQUE} canta en el bosque. {HOSTILE}\n\n", 1)
    # Emphasis for every 2019 network, so its summary has the wide matrix that must scroll with a cue.
    for path in (second / "experiencias").glob("*.md"):
        body = text if path == aysen else path.read_text(encoding="utf-8")
        body = re.sub(r"(?m)^(desde: .*)$", r"\1\nenfasis: [compartir prácticas, obtención de recursos]", body, count=1)
        path.write_text(body, encoding="utf-8")


def axe_checker():
    """scripts/axe-check.py as a module: its axe.min.js and the call that runs it."""
    spec = importlib.util.spec_from_file_location("axe_check", pathlib.Path(__file__).with_name("axe-check.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve_folder(folder):
    """A plain HTTP server for `folder` on 127.0.0.1 and a free port, in a thread; returns it and its address."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request on standard error."""

    def log_message(self, format, *args):
        pass


def search(driver, base, query="", **filters):
    """Opens the search page for `query` and filters; returns the status line and the results, each as
    {title, facts, href, booklet} once the search has answered."""
    params = {"q": query, **filters}
    driver.get(base + "buscar.html?" + urllib.parse.urlencode({k: v for k, v in params.items() if v}))
    status = wait_for(lambda: (lambda text: text if text and "Buscando" not in text else None)(
        driver.find_element("id", "buscar-estado").text), 30)
    results = driver.execute_script("""
        return [...document.querySelectorAll('#buscar-resultados > li')].map(item => ({
          title: item.querySelector('.search-result-title').textContent,
          facts: (item.querySelector('.search-result-facts') || {}).textContent || '',
          href: item.querySelector('.search-result-title a').href,
          booklet: (item.querySelector('.search-result-booklet a') || {}).href || '',
          excerpt: [...item.querySelectorAll('.search-result-excerpt')].map(e => e.textContent).join(' '),
        }));""")
    return status or "", results


def main(arguments):
    if arguments == ["--tools"]:
        missing = missing_tool()
        if missing:
            print(missing, file=sys.stderr)
            return MISSING
        return 0
    shots = None
    if len(arguments) == 4 and arguments[2] == "--capturas":
        shots = pathlib.Path(arguments[3])
        shots.mkdir(parents=True, exist_ok=True)
        arguments = arguments[:2]
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = missing_tool()
    if missing:
        print(missing, file=sys.stderr)
        return MISSING
    rme, project = arguments[0], pathlib.Path(arguments[1])
    steps = []

    def step(name, ok, detail=""):
        steps.append({"name": name, "ok": bool(ok), "detail": detail})
        return ok

    environment = dict(os.environ, LANG="es_CL.UTF-8", NO_COLOR="1")
    add_second_edition(project)
    built = subprocess.run([rme, "build", "Content"], cwd=project, env=environment, capture_output=True, text=True)
    if not step("build", built.returncode == 0 and "Output/buscar.html (índice de 30 páginas" in built.stdout,
                f"status {built.returncode}; stdout: {built.stdout[-600:]!r}; stderr: {built.stderr[-600:]!r}"):
        print(json.dumps({"steps": steps}, ensure_ascii=False))
        return 0
    site, base = serve_folder(project / "Output")
    driver = browser()
    try:
        status, results = search(driver, base, UNIQUE)
        first = results[0] if results else {}
        page = first.get("href", "").split("#")[0]
        step("word", len(results) == 1 and first.get("title") == "Aysén" and "Edición 2019" in first.get("facts", "")
             and page.endswith(f"/{SECOND}/regiones/aysen.html"), f"{status!r}: {results[:3]}")

        found = {}
        for query in ("aysen", "AYSÉN"):
            status, results = search(driver, base, query)
            found[query] = (status, [(result["title"], result["facts"]) for result in results[:3]])
        step("accents", all(result[1] and result[1][0][0] == "Aysén" for result in found.values()), json.dumps(found, ensure_ascii=False))

        all_status, everywhere = search(driver, base, "liceo")
        one_status, narrowed = search(driver, base, "liceo", edicion="2019")
        chosen = driver.execute_script("return document.getElementById('buscar-edicion').value")
        step("edition", everywhere and narrowed and len(narrowed) < len(everywhere) and chosen == "2019"
             and all("Edición 2019" in result["facts"] for result in narrowed)
             and any("Edición 2015–2017" in result["facts"] for result in everywhere),
             f"all: {all_status!r} ({len(everywhere)}); 2019: {one_status!r} ({len(narrowed)}); select: {chosen!r}")

        status, listed = search(driver, base, region="Aysén")
        step("region", len(listed) == 2 and all(result["title"] == "Aysén" for result in listed),
             f"{status!r}: {[(r['title'], r['facts']) for r in listed]}")

        status, results = search(driver, base, "rayadorayado")
        made = driver.execute_script(
            "return document.querySelectorAll('#buscar-resultados img, #buscar-resultados script').length")
        ran = driver.execute_script("return window.rmeAtacado || null")
        shown = driver.execute_script("return document.getElementById('buscar-resultados').textContent")
        step("hostile", results and made == 0 and ran is None and "<script>" in shown and "onerror" in shown,
             f"elements made: {made}; ran: {ran!r}; excerpt: {shown!r}")

        search(driver, base, "convivencia escolar")
        capture(driver, shots, "busqueda")
        driver.set_window_size(390, 900)
        search(driver, base, "liceo")
        measured = overflowing(driver)
        driver.set_window_size(1280, 1024)
        step("phone", measured["scrollWidth"] <= measured["width"] and not measured["elements"], json.dumps(measured))

        pages = sorted(str(path.relative_to(project / "Output")) for path in (project / "Output").rglob("*.html")
                       if "pagefind" not in path.parts and path.name != "booklet.html")
        problems = {}
        driver.set_window_size(390, 900)
        for page in pages:
            driver.get(base + page)
            measured = overflowing(driver)
            tables = driver.execute_script("""
                const width = document.documentElement.clientWidth, found = [];
                for (const box of document.querySelectorAll('.table-scroll')) {
                  const table = box.querySelector('table'), caption = table.querySelector('caption');
                  if (table.getBoundingClientRect().right <= width + 1) continue;
                  const cue = box.previousElementSibling;
                  const cued = cue && cue.classList.contains('table-scroll-cue') && getComputedStyle(cue).display !== 'none'
                    && cue.getBoundingClientRect().right <= width + 1;
                  const whole = caption && caption.getBoundingClientRect().right <= width + 1;
                  if (!cued || !whole) found.push(table.className + (cued ? '' : ' without its cue') + (whole ? '' : ' with its caption cut'));
                }
                return found;""")
            if measured["elements"] or measured["scrollWidth"] > measured["width"] or tables:
                problems[page] = {"overflow": measured, "tables": tables}
        driver.get(base + "2019/resumen.html")
        scrolls = driver.execute_script(
            "const b = document.querySelector('.emphasis-table').parentElement; return b.scrollWidth > b.clientWidth")
        stacked = driver.execute_script(
            "return getComputedStyle(document.querySelector('.characteristics-table tbody tr')).display")
        driver.set_window_size(1280, 1024)
        step("tables", not problems and scrolls and stacked == "block",
             f"{len(pages)} pages; wide matrix scrolls: {scrolls}; characteristics rows: {stacked}; problems: {json.dumps(problems)[:1500]}")
        for name, page in (("sitio-archivo", "index.html"), ("sitio-region", "2015-2017/regiones/tarapaca.html"),
                           ("sitio-resumen", "2019/resumen.html")):
            driver.get(base + page)
            capture(driver, shots, name)

        driver.get(base + "2015-2017/regiones/tarapaca.html")
        box = driver.find_element("id", "site-search-q")
        box.send_keys("aysen\n")
        arrived = wait_for(lambda: driver.current_url if "buscar.html?q=aysen" in driver.current_url else None, 20)
        titles = wait_for(lambda: [e.text for e in driver.find_elements("css selector", ".search-result-title")], 20)
        step("header", arrived and titles and titles[0] == "Aysén", f"url: {driver.current_url}; titles: {titles}")

        status, results = search(driver, base, UNIQUE)
        opened, chapter = None, None
        if results:
            driver.get(results[0]["href"])
            opened = driver.execute_script("return document.querySelector('h1').textContent")
            driver.get(results[0]["booklet"])
            chapter = driver.execute_script(
                "const target = document.getElementById(location.hash.slice(1)); return target ? target.id : null")
        step("follow", opened == "Aysén" and chapter == "experiencia-aysen"
             and results[0]["booklet"].split("#")[0].endswith(f"/{SECOND}/booklet.html"),
             f"page h1: {opened!r}; booklet target: {chapter!r}; {results[:1]}")

        axe = axe_checker()
        script = axe.axe_script()
        found = {}
        if script is None:
            step("axe", False, "axe.min.js is missing: scripts/install-deps.sh accessibility")
        else:
            driver.set_script_timeout(120)
            checks = [("buscar.html?q=liceo", "#buscar-resultados li"), ("buscar.html?q=zzzzqqq", None),
                      ("2019/regiones/aysen.html", None), ("2019/resumen.html", None), ("index.html", None),
                      ("2019/booklet.html", None)]
            for width in (390, 1280):
                driver.set_window_size(width, 900)
                for page, ready in checks:
                    driver.get(base + page)
                    if "buscar" in page:
                        wait_for(lambda: (lambda t: t and "Buscando" not in t)(driver.find_element("id", "buscar-estado").text), 30)
                    driver.execute_script(script)
                    result = driver.execute_async_script(axe.RUN)
                    if result.get("error") or result.get("violations"):
                        found[f"{page} @ {width}"] = result.get("error") or result["violations"]
            driver.set_window_size(1280, 1024)
            step("axe", not found, json.dumps(found, ensure_ascii=False)[:2500])

        driver.get((project / "Output/buscar.html").resolve().as_uri() + "?q=aysen")
        notice = wait_for(lambda: driver.find_element("id", "buscar-desde-disco").is_displayed(), 10)
        text = driver.find_element("id", "buscar-desde-disco").text
        step("disk", notice and "rme serve" in text and "file://" in text, text)

        bare = project / "SinIndice"
        plain = subprocess.run([rme, "build", "Content", "--out", str(bare), "--sin-busqueda"], cwd=project,
                               env=environment, capture_output=True, text=True)
        other, other_base = serve_folder(bare)
        try:
            driver.get(other_base + "buscar.html?q=aysen")
            notice = wait_for(lambda: driver.find_element("id", "buscar-sin-indice").is_displayed(), 20)
            disabled = driver.execute_script("return document.querySelector('.search-submit').disabled")
            step("unindexed", plain.returncode == 0 and notice and disabled and not (bare / "pagefind").exists(),
                 f"status {plain.returncode}; notice shown: {notice}; button disabled: {disabled}")
        finally:
            other.shutdown()

        server, url, errors = rme_service.start([rme, "serve", str(project / "Content"), "--puerto", "0", "--sin-pdf"], environment)
        try:
            if url is None:
                step("serve", False, "rme serve did not start: " + "".join(errors)[-1500:])
            else:
                before = wait_for(lambda: (lambda r: r[1] if r[1] else None)(search(driver, url, UNIQUE)), 60) or []
                aysen = project / f"Content/{SECOND}/experiencias/aysen.md"
                aysen.write_text(aysen.read_text(encoding="utf-8").replace(UNIQUE, UNIQUE + " " + LATER), encoding="utf-8")
                after = wait_for(lambda: (lambda r: r[1] if r[1] else None)(search(driver, url, LATER)), 60) or []
                step("serve", before and before[0]["title"] == "Aysén" and after and after[0]["title"] == "Aysén",
                     f"before: {[(r['title'], r['facts']) for r in before]}; after saving: {[(r['title'], r['facts']) for r in after]}")
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    finally:
        driver.quit()
        site.shutdown()
    print(json.dumps({"steps": steps}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
