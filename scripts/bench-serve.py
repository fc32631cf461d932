#!/usr/bin/env python3
"""Save-to-screen latency of `rme serve` against `hugo server`, the same probe for both, in the same run.

Usage: scripts/bench-serve.py [--edits 20] [--sizes real,1000] [--print-edits 3] [--rme PATH]

For each corpus (the real edition, and N experiences of ../shared/bench/gen-corpus.py), each server is
started on loopback, a headless Chromium (selenium, Debian's chromium-driver) opens the page that shows
one experience (rme: its region page; Hugo: the experience's page of ../shared/bench/hugo-site), and each
edit writes a new marker sentence into that experience's file; the probe is the time from just before
the write to the marker being in the page's text (polled every 5 ms in the browser's own script, reloads
included). Hugo runs as `hugo server` with its defaults (fast render, livereload). Then, for rme on the
real edition, the time from an edit to the print view's PDF being up to date (WeasyPrint, or Chromium).
Prints a Markdown table of medians (and the 90th percentile); raw figures go to $WORK (default
/tmp/rme-bench-serve). Not part of `make test`: the machines are noisy and no test measures time.
Needs hugo (`scripts/install-deps.sh bench`) and selenium with chromium (`scripts/install-deps.sh accessibility`).
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("RME_SHARED", ROOT.parent / "shared"))
WORK = pathlib.Path(os.environ.get("WORK", "/tmp/rme-bench-serve"))
sys.path.insert(0, str(ROOT / "scripts"))


def browser():
    import importlib.util
    spec = importlib.util.spec_from_file_location("check", ROOT / "scripts/serve-browser-check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.browser()


def make_rme_site(site, corpus):
    """A project like scripts/bench.sh makes: the corpus as one edition, the schema's limits relaxed."""
    shutil.rmtree(site, ignore_errors=True)
    (site / "Content/bench").mkdir(parents=True)
    shutil.copytree(corpus, site / "Content/bench/experiencias")
    shutil.copytree(ROOT / "Templates", site / "Templates")
    schema = (ROOT / "Content/schema.yaml").read_text(encoding="utf-8")
    schema = schema.replace("una_por_region: true", "una_por_region: false")
    schema = re.sub(r"(palabras: \{ aviso: [0-9]+, error: )[0-9]+", r"\g<1>100000", schema)
    (site / "Content/schema.yaml").write_text(schema, encoding="utf-8")
    edition = (ROOT / "Content/2015-2017/edition.yaml").read_text(encoding="utf-8")
    (site / "Content/bench/edition.yaml").write_text(re.sub(r"(?m)^id: .*$", 'id: "bench"', edition), encoding="utf-8")


def make_hugo_site(site, corpus):
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(SHARED / "bench/hugo-site", site)
    subprocess.run(["chmod", "-R", "u+w", str(site)], check=True)
    (site / "content").mkdir(exist_ok=True)
    shutil.copytree(corpus, site / "content/experiencias")


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, seconds=300):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return True
        except Exception:
            time.sleep(0.2)
    return False


PROBE = """
const marker = arguments[0], done = arguments[arguments.length - 1];
const started = performance.now();
(function look() {
  if (document.body && document.body.innerText.includes(marker)) { done(true); return; }
  if (performance.now() - started > 60000) { done(false); return; }
  setTimeout(look, 5);
})();
"""


def probe(driver, path, marker, seconds=60):
    """Waits until `marker` is on screen, across reloads; returns the time it showed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if driver.execute_async_script(PROBE, marker):
                return time.monotonic()
        except Exception:
            time.sleep(0.005)  # the page was reloading under the script: look again
    return None


def edits(driver, page_url, file, count, label):
    """`count` edits of `file`, each a new sentence; the save-to-screen latency of each, in seconds."""
    driver.set_script_timeout(70)
    driver.get(page_url)
    time.sleep(1.5)
    original = file.read_text(encoding="utf-8")
    latencies = []
    try:
        for index in range(count):
            marker = f"Marca de medición {label} {index} {int(time.time() * 1000) % 100000}."
            text = re.sub(r"(\n## [^\n]+\n\n)", r"\g<1>" + marker + " ", original, count=1)
            started = time.monotonic()
            file.write_text(text, encoding="utf-8")
            shown = probe(driver, page_url, marker)
            latencies.append(None if shown is None else shown - started)
            time.sleep(0.4)
    finally:
        file.write_text(original, encoding="utf-8")
    return latencies


def summary(values):
    good = sorted(v for v in values if v is not None)
    if not good:
        return "—", "—", len(values)
    median = statistics.median(good)
    p90 = good[min(len(good) - 1, int(round(0.9 * (len(good) - 1))))]
    return f"{median * 1000:.0f} ms", f"{p90 * 1000:.0f} ms", len(values) - len(good)


def start(command, cwd, environment=None):
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=environment or os.environ, start_new_session=True)


def stop(process):
    try:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=15)
    except Exception:
        os.killpg(process.pid, signal.SIGKILL)


def rme_address(process):
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            return None
        if "http://" in line:
            return line[line.index("http://"):].split()[0]
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--sizes", default="real,1000")
    parser.add_argument("--print-edits", type=int, default=3)
    parser.add_argument("--rme", default=None)
    options = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    rme = options.rme
    if rme is None:
        subprocess.run(["swift", "build", "-c", "release", "--package-path", str(ROOT), "--scratch-path", str(ROOT / ".build-bench")],
                       check=True, stdout=subprocess.DEVNULL)
        rme = str(ROOT / ".build-bench/release/rme")
    driver = browser()
    rows, raw = [], {}
    try:
        for size in options.sizes.split(","):
            if size == "real":
                site = WORK / "rme-real"
                shutil.rmtree(site, ignore_errors=True)
                site.mkdir(parents=True)
                shutil.copytree(ROOT / "Content", site / "Content")
                shutil.copytree(ROOT / "Templates", site / "Templates")
                corpus = ROOT / "Content/2015-2017/experiencias"
                rme_file, rme_page = site / "Content/2015-2017/experiencias/tarapaca.md", "2015-2017/regiones/tarapaca.html"
            else:
                corpus = WORK / f"corpus-{size}"
                subprocess.run([sys.executable, str(SHARED / "bench/gen-corpus.py"), size, str(corpus)], check=True, stdout=subprocess.DEVNULL)
                site = WORK / f"rme-{size}"
                make_rme_site(site, corpus)
                name = sorted(p.name for p in corpus.glob("tarapaca-*.md"))[0]
                rme_file, rme_page = site / "Content/bench/experiencias" / name, "bench/regiones/tarapaca.html"
            server = start([rme, "serve", str(site / "Content"), "--puerto", "0", "--sin-pdf"], cwd=site)
            address = rme_address(server)
            try:
                times = edits(driver, address + rme_page, rme_file, options.edits, "rme")
            finally:
                stop(server)
            raw[f"rme-{size}"] = times
            rows.append((f"rme serve, {size}", *summary(times)))

            # Hugo on the same corpus: the experience's own page.
            hugo_site = WORK / f"hugo-{size}"
            make_hugo_site(hugo_site, corpus)
            port = free_port()
            server = start(["hugo", "server", "--port", str(port), "--bind", "127.0.0.1", "--baseURL", f"http://127.0.0.1:{port}/"], cwd=hugo_site)
            slug = rme_file.stem
            page = f"http://127.0.0.1:{port}/experiencias/{slug}/"
            try:
                if not wait_http(page):
                    raise RuntimeError("hugo server did not answer " + page)
                times = edits(driver, page, hugo_site / "content/experiencias" / rme_file.name, options.edits, "hugo")
            finally:
                stop(server)
            raw[f"hugo-{size}"] = times
            rows.append((f"hugo server, {size}", *summary(times)))

        if options.print_edits > 0:
            site = WORK / "rme-real"
            server = start([rme, "serve", str(site / "Content"), "--puerto", "0"], cwd=site)
            address = rme_address(server)
            file = site / "Content/2015-2017/experiencias/tarapaca.md"
            original = file.read_text(encoding="utf-8")

            def state():
                with urllib.request.urlopen(address + "__rme/estado.json", timeout=10) as response:
                    return json.load(response)["prints"].get("2015-2017", {})

            times = []
            try:
                deadline = time.monotonic() + 600
                while state().get("state") != "al-dia" and time.monotonic() < deadline:
                    time.sleep(0.2)
                for index in range(options.print_edits):
                    before = state().get("printed", 0)
                    started = time.monotonic()
                    file.write_text(original.replace("## Conformación\n\n", f"## Conformación\n\nPrueba de impresión {index}. ", 1), encoding="utf-8")
                    finished = None
                    while time.monotonic() - started < 600:
                        now = state()
                        if now.get("state") == "al-dia" and now.get("printed", 0) > before:
                            finished = time.monotonic()
                            break
                        time.sleep(0.1)
                    times.append(None if finished is None else finished - started)
            finally:
                file.write_text(original, encoding="utf-8")
                stop(server)
            raw["print-real"] = times
            rows.append(("print view up to date, real", *summary(times)))
    finally:
        driver.quit()
    (WORK / "results.json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    print("| probe | median | p90 | misses |")
    print("|---|---|---|---|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} | {row[3]} |")


if __name__ == "__main__":
    main()
