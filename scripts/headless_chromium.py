"""What the browser checks share: whether selenium, Chromium and its driver are installed, and a headless
Chromium set up as the tests use it (Spanish, no GPU, no sandbox: it runs as root in CI)."""
import importlib.util
import shutil


def missing_tool():
    """What to install when a tool is missing (in Spanish, with the command), or None."""
    if importlib.util.find_spec("selenium") is None:
        return "falta selenium (PyPI): scripts/install-deps.sh accessibility"
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return "faltan chromium y chromium-driver (Debian): scripts/install-deps.sh accessibility"
    return None


def browser(width=1280, height=1024):
    """A headless Chromium of the given window size."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=es"):
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)
