#!/usr/bin/env python3
"""Drives `rme recepcion` with a real headless Chromium, as a regional office and the editor would, and
reports each step as JSON.

Usage: scripts/recepcion-browser-check.py RME PROJECT [--capturas CARPETA]
       scripts/recepcion-browser-check.py --tools    (exit 0 when selenium, chromium and chromedriver are installed)

PROJECT is a scratch copy of a project (Content/ with the 2015-2017 edition, Templates/): the service writes
into it. The script starts `RME recepcion PROJECT/Content --edicion 2015-2017 --puerto 0 --sin-pdf`, and:
  start     the service says where it listens
  enter     opens the invitation link made by `rme recepcion invitar tarapaca` and presses «Entrar»
  errors    chooses a file with a <script> and a paragraph where a list goes, presses «Revisar»: the page lists
            the problems with their lines in Spanish, «Enviar» is disabled, and no script ran (no alert)
  clean     uploads the real experience plus one list item: «Sin problemas», the chapter's preview in its frame
            shows the region in the edition's stylesheet
  send      presses «Enviar esta versión a la coordinación»: the version says it was sent
  editor    a second browser enters with `rme recepcion editor`'s link: the dashboard says Tarapacá's version
            was sent, the version page has the diff and «Aceptar esta versión»
  phone     at 390 px the dashboard and the version page have nothing wider than the screen
  accept    presses «Aceptar»: the page confirms, and Content/…/tarapaca.md holds the uploaded bytes
  isolation the region's browser opening the editor's page gets 403
  stop      SIGINT; the service stops cleanly (status 0)
With --capturas, saves PNG screenshots of each page at phone (390 px) and desktop (1280 px) widths.
Prints {"url": ..., "steps": [{"name", "ok", "detail"}]}. Exit status: 0 when every step ran (whatever it
found), 3 when a tool is missing, 1 on any other failure.
"""
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import rme_service  # scripts/rme_service.py
from headless_chromium import browser, capture, missing_tool  # scripts/headless_chromium.py

MISSING = 3
EDITION = "2015-2017"
EXPERIENCE = f"Content/{EDITION}/experiencias/tarapaca.md"


def link(rme, arguments, environment):
    """The sign-in link `rme recepcion …` prints on its last line."""
    done = subprocess.run([rme, "recepcion", *arguments], capture_output=True, text=True, env=environment, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"rme recepcion {' '.join(arguments)}: {done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def body_text(driver):
    """The page's text; read again when the page was being replaced under the read (Chromium then answers
    «Node with given id does not belong to the document» or a stale element)."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    for attempt in range(20):
        try:
            return driver.find_element("tag name", "body").text
        except (StaleElementReferenceException, WebDriverException):
            if attempt == 19:
                raise
            time.sleep(0.1)


def alert_shown(driver):
    from selenium.common.exceptions import NoAlertPresentException
    try:
        driver.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


def press(driver, label):
    """Clicks the button whose text is `label` and waits for the page it leads to."""
    from selenium.webdriver.support.ui import WebDriverWait
    buttons = driver.find_elements("xpath", f"//button[normalize-space(.)='{label}']")
    if not buttons:
        return False
    old = driver.find_element("tag name", "html")
    buttons[0].click()
    WebDriverWait(driver, 30).until(lambda d: is_stale(old))
    # The new page, whole: reading it while it is still being parsed can meet nodes of the old one.
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return True


def is_stale(element):
    from selenium.common.exceptions import StaleElementReferenceException
    try:
        element.tag_name
        return False
    except StaleElementReferenceException:
        return True


def fits_phone(driver):
    """Whether the page, laid out 390 px wide, has nothing wider than the screen (no sideways scroll)."""
    driver.set_window_size(390, 900)
    try:
        return driver.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        driver.set_window_size(1280, 1024)


def main(arguments):
    if arguments == ["--tools"]:
        missing = missing_tool()
        if missing:
            print(missing, file=sys.stderr)
            return MISSING
        return 0
    captures = None
    if "--capturas" in arguments:
        index = arguments.index("--capturas")
        captures = pathlib.Path(arguments[index + 1])
        captures.mkdir(parents=True, exist_ok=True)
        arguments = arguments[:index] + arguments[index + 2:]
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = missing_tool()
    if missing:
        print(missing, file=sys.stderr)
        return MISSING
    rme, project = arguments[0], pathlib.Path(arguments[1])
    content = str(project / "Content")
    steps = []

    def step(name, ok, detail=""):
        steps.append({"name": name, "ok": bool(ok), "detail": detail})
        return ok

    environment = dict(os.environ, LANG="es_CL.UTF-8", NO_COLOR="1")
    server, url, errors = rme_service.start([rme, "recepcion", content, "--edicion", EDITION, "--puerto", "0", "--sin-pdf"],
                                            environment)
    result = {"url": url, "steps": steps}
    if not step("start", url, "stderr: " + "".join(errors)[-2000:]):
        server.kill()
        print(json.dumps(result, ensure_ascii=False))
        return 0
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="rme-recepcion-browser-"))
    original = (project / EXPERIENCE).read_bytes()
    broken = scratch / "tarapaca-con-errores.md"
    broken.write_bytes(original + b"\n<script>alert('x')</script>\n\nUn p\xc3\xa1rrafo donde va una lista.\n")
    clean = scratch / "tarapaca.md"
    # The real experience plus one more list item at its end (its last section is a list): still clean, and
    # different from the file in Content/, so «accept» shows that the upload's bytes were written.
    clean.write_bytes(original.rstrip(b"\n") + "\n- Un desafío nuevo que la región agregó.\n".encode())
    region = browser()
    editor = None
    try:
        region.get(link(rme, ["invitar", "tarapaca", "--contenido", content], environment))
        capture(region, captures, "1-entrada")
        press(region, "Entrar")
        entered = "Experiencia de Tarapacá" in body_text(region)
        step("enter", entered and region.current_url.endswith("/region"), f"{region.current_url}: {body_text(region)[:200]!r}")
        capture(region, captures, "2-region")

        region.find_element("name", "archivo").send_keys(str(broken))
        press(region, "Revisar")
        text = body_text(region)
        disabled = any(b.text.startswith("Enviar") and not b.is_enabled() for b in region.find_elements("tag name", "button"))
        step("errors", "error" in text and "línea" in text and "<script>" in text and disabled and not alert_shown(region)
             and "/region/versiones/1" in region.current_url,
             f"send disabled: {disabled}; {text[:600]!r}")
        capture(region, captures, "3-version-con-errores")

        region.get(url + "/region")
        region.find_element("name", "archivo").send_keys(str(clean))
        press(region, "Revisar")
        text = body_text(region)
        frame = region.find_element("css selector", "iframe.vista")
        region.switch_to.frame(frame)
        chapter = body_text(region)
        # The edition's stylesheet reached the frame (its font, not the browser's default serif).
        font = region.execute_script("return getComputedStyle(document.body).fontFamily")
        region.switch_to.default_content()
        step("clean", "Sin problemas" in text and "Tarapacá" in chapter and "Sans" in font,
             f"page: {text[:300]!r}; preview font: {font}; preview: {chapter[:200]!r}")
        capture(region, captures, "4-version-lista")

        press(region, "Enviar esta versión a la coordinación")
        text = body_text(region)
        step("send", "nviada" in text, text[:400])

        editor = browser()
        editor.get(link(rme, ["editor", "--contenido", content], environment))
        press(editor, "Entrar")
        dashboard = body_text(editor)
        phone_fits = fits_phone(editor)
        capture(editor, captures, "5-tablero")
        editor.get(url + "/editor/regiones/tarapaca/versiones/2")
        version = body_text(editor)
        version_fits = fits_phone(editor)
        step("editor", "enviada, por revisar" in dashboard and "Aceptar esta versión" in version,
             f"dashboard: {dashboard[:500]!r}; version: {version[:300]!r}")
        step("phone", phone_fits and version_fits,
             f"at 390 px nothing wider than the screen: dashboard {phone_fits}, version page {version_fits}")
        capture(editor, captures, "6-version-coordinacion")

        press(editor, "Aceptar esta versión")
        confirmed = "Versión aceptada" in body_text(editor)
        written = (project / EXPERIENCE).read_bytes() == clean.read_bytes()
        step("accept", confirmed and written, f"confirmed: {confirmed}; file equals the upload: {written}")

        region.get(url + "/editor")
        step("isolation", "Sin acceso" in region.title or "no tiene acceso" in body_text(region),
             f"{region.title}: {body_text(region)[:200]!r}")
    except Exception as error:  # a step that could not run is reported as failed, the service is still stopped
        step("error", False, f"after {steps[-1]['name'] if steps else 'start'}: {str(error).splitlines()[0]}")
    finally:
        region.quit()
        if editor is not None:
            editor.quit()
        shutil.rmtree(scratch, ignore_errors=True)
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
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as error:  # report, never hang the test that runs it
        print(f"recepcion-browser-check: {error}", file=sys.stderr)
        sys.exit(1)
