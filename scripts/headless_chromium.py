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


def wait_for(condition, seconds):
    """Polls `condition` until it returns something true or `seconds` pass; returns its last value (a page
    mid-reload answers with errors: they count as not yet)."""
    import time

    deadline = time.monotonic() + seconds
    value = None
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.1)
    return value


def overflowing(driver):
    """What sticks out of the window sideways, measured from the layout: elements whose right edge passes the
    viewport, outside any box that scrolls sideways on purpose (those must show a cue; the caller checks it)."""
    return driver.execute_script("""
        const width = document.documentElement.clientWidth;
        const found = [];
        for (const element of document.querySelectorAll('body *')) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.right <= width + 1) continue;
          let scroller = element.parentElement, inside = false;
          while (scroller) {
            const style = getComputedStyle(scroller);
            if (['auto', 'scroll'].includes(style.overflowX)) { inside = true; break; }
            scroller = scroller.parentElement;
          }
          if (!inside) found.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '') + ' ' + Math.round(box.right) + 'px');
        }
        return {width: width, scrollWidth: document.documentElement.scrollWidth, elements: found.slice(0, 10)};
    """)


def capture(driver, folder, name):
    """Screenshots of the current page at phone and desktop widths, the whole page's height, into
    `folder/<name>-telefono.png` and `-escritorio.png`; nothing when `folder` is None."""
    if folder is None:
        return
    for label, width in (("telefono", 390), ("escritorio", 1280)):
        driver.set_window_size(width, 900)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(height, 900), 6000))
        driver.save_screenshot(str(folder / f"{name}-{label}.png"))
    driver.set_window_size(1280, 1024)
