#!/usr/bin/env python3
"""Drives `rme serve` with a real headless Chromium, as an editor would, and reports each step as JSON.

Usage: scripts/serve-browser-check.py RME PROJECT
       scripts/serve-browser-check.py --tools    (exit 0 when selenium, chromium and chromedriver are installed)

PROJECT is a scratch copy of a project (Content/ with the 2015-2017 edition, Templates/): the script edits
its files. It starts `RME serve PROJECT/Content --puerto 0 --sin-pdf`, opens the Tarapacá region page, and:
  edit      appends a paragraph to the experience; the page shows it with no manual reload, scrolled where it was
  break     misspells the front matter's `region:` key; the overlay lists the file, line and column, the line
            itself and the Spanish message, over the last good page
  hide      «Ocultar» folds the overlay into a «Ver problemas» button, which opens it again
  fix       restores the key; the overlay goes away
  restyle   changes site.css; the page restyles without reloading
  traversal requests `/../`, encoded and absolute paths over a raw socket; every one is 404
  stop      SIGINT; the server stops cleanly (status 0, «Servidor detenido»)
Prints {"url": ..., "steps": [{"name", "ok", "detail"}]}. Exit status: 0 when every step ran (whatever it
found), 3 when a tool is missing, 1 on any other failure. Chromium and its driver are Debian's, selenium
PyPI's: `scripts/install-deps.sh accessibility` installs them.
"""
import http.client
import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import rme_service  # scripts/rme_service.py
from headless_chromium import browser, missing_tool, wait_for  # scripts/headless_chromium.py

MISSING = 3
PAGE = "2015-2017/regiones/tarapaca.html"
EXPERIENCE = "Content/2015-2017/experiencias/tarapaca.md"
NEW_TEXT = "Párrafo nuevo escrito durante la vista previa 4711."


def save(path, text):
    """Writes as editors' programs do: a temporary file, then a rename over the original."""
    temporary = path.with_name("." + path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def raw_status(host, port, target):
    """The status of a GET for `target` sent exactly as written (no normalisation)."""
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.putrequest("GET", target, skip_host=False, skip_accept_encoding=True)
    connection.endheaders()
    status = connection.getresponse().status
    connection.close()
    return status


def main(arguments):
    if arguments == ["--tools"]:
        missing = missing_tool()
        if missing:
            print(missing, file=sys.stderr)
            return MISSING
        return 0
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
    server, url, errors = rme_service.start([rme, "serve", str(project / "Content"), "--puerto", "0", "--sin-pdf"], environment)
    result = {"url": url, "steps": steps}
    if not step("start", url, "stderr: " + "".join(errors)[-2000:]):
        server.kill()
        print(json.dumps(result, ensure_ascii=False))
        return 0
    host, port = url[len("http://"):].rstrip("/").split(":")
    driver = browser()
    experience = project / EXPERIENCE
    original = experience.read_text(encoding="utf-8")
    try:
        driver.get(url + PAGE)
        connected = wait_for(lambda: driver.execute_script("return window.rmeEstado && window.rmeEstado.version"), 90)
        step("open", connected, driver.title)

        driver.execute_script("window.scrollTo(0, 600); window.rmeSinRecargar = true;")
        edited = original.replace("## Conformación\n", "## Conformación\n\n" + NEW_TEXT + "\n", 1)
        save(experience, edited)
        shown = wait_for(lambda: NEW_TEXT in driver.find_element("tag name", "body").text, 90)
        reloaded = driver.execute_script("return window.rmeSinRecargar === undefined")
        scroll = driver.execute_script("return window.scrollY")
        step("edit", shown and reloaded and abs(scroll - 600) <= 60,
             f"text shown: {bool(shown)}, reloaded: {reloaded}, scrollY after reload: {scroll}")

        broken = edited.replace("\nregion: Tarapacá\n", "\nregin: Tarapacá\n", 1)
        save(experience, broken)
        overlay = wait_for(lambda: driver.execute_script(
            "const box = document.getElementById('rme-problemas'); return box ? box.innerText : null"), 90)
        expected = "tarapaca.md:2:1"
        underneath = NEW_TEXT in driver.execute_script("return document.querySelector('main').innerText")
        step("break", overlay and expected in overlay and "regin: Tarapacá" in overlay and "error[" in overlay
             and "El contenido tiene errores" in overlay and underneath,
             f"overlay: {(overlay or '')[:1500]!r}; last good page underneath: {underneath}")

        driver.execute_script("document.querySelector('#rme-problemas button').click()")
        badge = wait_for(lambda: driver.execute_script(
            "const b = document.getElementById('rme-insignia'); return !document.getElementById('rme-problemas') && b ? b.textContent : null"), 90)
        driver.execute_script("document.getElementById('rme-insignia').click()")
        reopened = wait_for(lambda: driver.execute_script("return document.getElementById('rme-problemas') !== null"), 90)
        step("hide", badge == "Ver problemas" and reopened, f"badge: {badge!r}, reopened: {bool(reopened)}")

        save(experience, edited)
        gone = wait_for(lambda: driver.execute_script("return document.getElementById('rme-problemas') === null"), 90)
        step("fix", gone, "the overlay is gone" if gone else "the overlay stayed")

        driver.execute_script("window.rmeSinRecargar = true;")
        stylesheet = project / "Templates/css/site.css"
        save(stylesheet, stylesheet.read_text(encoding="utf-8") + "\nbody { outline: 7px solid rgb(1, 2, 3); }\n")
        restyled = wait_for(lambda: driver.execute_script(
            "return getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)", 90)
        kept = driver.execute_script("return window.rmeSinRecargar === true")
        step("restyle", restyled and kept, f"restyled: {bool(restyled)}, without a reload: {kept}")

        targets = ["/../etc/passwd", "/2015-2017/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                   "/2015-2017/%2E%2E/%2E%2E/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%252e%252e/etc/passwd",
                   "//etc/passwd", "/etc/passwd", "/2015-2017/..%5c..%5cindex.html", "/2015-2017/./index.html",
                   "/2015-2017/../index.html", f"http://{host}:{port}/../etc/passwd", "/regiones%00.html"]
        statuses = {target: raw_status(host, int(port), target) for target in targets}
        good = raw_status(host, int(port), "/" + PAGE)
        step("traversal", good == 200 and all(status == 404 for status in statuses.values()),
             f"page: {good}; " + json.dumps(statuses))
    finally:
        driver.quit()
        experience.write_text(original, encoding="utf-8")
        server.send_signal(signal.SIGINT)
        try:
            status = server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            status = None
        time.sleep(0.2)
        said = "".join(errors)
        step("stop", status == 0 and "Servidor detenido" in said, f"status {status}; stderr end: {said[-300:]!r}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
