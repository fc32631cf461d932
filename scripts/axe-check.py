#!/usr/bin/env python3
"""Runs axe-core over HTML pages in a real headless Chromium and prints the violations as JSON.

Usage: scripts/axe-check.py PAGE.html...
       scripts/axe-check.py --tools    (exit 0 when everything it needs is installed)

Chromium and its driver are Debian's (chromium, chromium-driver); selenium drives
them (PyPI selenium); axe-core's script comes from a PyPI package that ships
axe.min.js (axe-playwright-python, installed without its dependencies, or
axe-core-python / axe-selenium-python), or from the file named by AXE_CORE_JS.
`scripts/install-deps.sh accessibility` installs all of it.

Prints {"axe": "<version>", "pages": {"<path>": [violation, ...]}}, each violation
with its rule id, impact, help text and the targets of its nodes. Exit status: 0
when every page was checked (whatever it found), 3 when a tool is missing, 1 on
any other failure.
"""
import importlib.util
import json
import os
import pathlib
import shutil
import sys

MISSING = 3
PACKAGES = ("axe_playwright_python", "axe_core_python", "axe_selenium_python")


def axe_script():
    """The text of axe.min.js, or None when no package ships it."""
    named = os.environ.get("AXE_CORE_JS")
    if named:
        return pathlib.Path(named).read_text(encoding="utf-8")
    for package in PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            found = sorted(pathlib.Path(folder).rglob("axe.min.js"))
            if found:
                return found[0].read_text(encoding="utf-8")
    return None


def browser():
    """Headless Chromium through Debian's chromedriver, never a downloaded one."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1024", "--lang=es"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def missing_tool():
    """What is missing, as a sentence naming how to install it; None when nothing is."""
    if importlib.util.find_spec("selenium") is None:
        return "falta selenium (PyPI): scripts/install-deps.sh accessibility"
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return "faltan chromium y chromium-driver (Debian): scripts/install-deps.sh accessibility"
    if axe_script() is None:
        return "falta axe.min.js (PyPI axe-playwright-python): scripts/install-deps.sh accessibility"
    return None


RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]})
  .then(results => done({version: axe.version, violations: results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(n => n.target.join(" ")).slice(0, 10)
  }))}))
  .catch(error => done({error: String(error)}));
"""


def main(pages):
    if not pages:
        print(__doc__, file=sys.stderr)
        return 2
    missing = missing_tool()
    if missing:
        print(missing, file=sys.stderr)
        return MISSING
    if pages == ["--tools"]:
        return 0

    script = axe_script()
    driver = browser()
    driver.set_script_timeout(120)
    report = {"axe": None, "pages": {}}
    try:
        for page in pages:
            driver.get(pathlib.Path(page).resolve().as_uri())
            driver.execute_script(script)
            result = driver.execute_async_script(RUN)
            if "error" in result:
                print(f"{page}: axe-core falló: {result['error']}", file=sys.stderr)
                return 1
            report["axe"] = result["version"]
            report["pages"][page] = result["violations"]
    finally:
        driver.quit()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
