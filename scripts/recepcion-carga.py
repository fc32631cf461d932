#!/usr/bin/env python3
"""Load test of `rme recepcion` on loopback: many regional offices uploading at once, bounded in clients and time.

Usage: scripts/recepcion-carga.py RME [--clientes N] [--segundos S] [--editores E] [--json]

RME is the `rme` binary to measure (a release build: `swift build -c release --product rme`). The script makes a
scratch copy of the project (Content/ and Templates/ of this repository), starts
`RME recepcion COPY/Content --edicion 2015-2017 --puerto 0 --sin-pdf --limite-peticiones 1000000` (the per-session
limit raised, since here one session carries many clients), signs in each of the edition's regions with the
link `rme recepcion invitar` prints, and runs N client threads (default 30, at most 64) for S seconds (default 60,
at most 300). Client i acts for region i mod 15 and loops:
  page      GET /region (the region's page with its form)
  upload    POST /region/versiones, multipart: the region's real experience plus one list item naming the client
            and its round, so every version differs (the service checks and renders it before answering 303)
  version   GET the version's page: it can be sent (no errors), and links no other region's page
  preview   GET the chapter's preview page
E editor threads (default 1) GET the dashboard in a loop. Afterwards the SQLite file is read directly: every
region's versions must be numbered 1..n with no gap or repeat, and n must equal the uploads answered 303.

Prints, per kind of request: count, median, p90, p99 and max latency in ms; requests per second; errors; the
server's peak RSS (VmHWM) and CPU seconds. Exit status 0 when every request was answered as expected and the
store is consistent, 1 otherwise. Not part of CI (it runs for a minute and measures); see README «Rendimiento».
"""
import argparse
import http.client
import json
import os
import pathlib
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import rme_service  # scripts/rme_service.py

EDITION = "2015-2017"
ROOT = pathlib.Path(__file__).resolve().parent.parent


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return None
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


class Client:
    """One HTTP/1.1 connection with its cookies; reconnects when the server closes it."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in sorted(self.cookies.items()))
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                data = response.read()
                for line in response.msg.get_all("Set-Cookie") or []:
                    name, _, rest = line.partition("=")
                    value = rest.split(";", 1)[0]
                    if value and "Max-Age=0" not in line:
                        self.cookies[name.strip()] = value
                    else:
                        self.cookies.pop(name.strip(), None)
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, response.getheader("Location"), data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError, http.client.CannotSendRequest):
                self.close()
                if attempt == 2:
                    raise

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def field(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else None


def sign_in(port, link):
    """Opens an invitation link and presses «Entrar»; returns the session's cookies and a form token."""
    path = link[link.index("/entrar"):]
    client = Client(port)
    status, _, page = client.request("GET", path)
    csrf = field(page.decode(), "csrf")
    code = path.split("codigo=", 1)[1]
    status, location, _ = client.request("POST", "/entrar", body=f"codigo={code}&csrf={csrf}",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    if status != 303 or "rme_sesion" not in client.cookies:
        raise RuntimeError(f"signing in answered {status}")
    for _ in range(3):  # «/» sends a region to /region and the editor to /editor
        status, location, page = client.request("GET", location)
        if status != 303:
            break
    token = field(page.decode(), "csrf")
    client.close()
    return client.cookies, token


def multipart(fields, file_name, data):
    boundary = "----rmeCarga" + os.urandom(8).hex()
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="archivo"; filename="{file_name}"\r\n'
                 'Content-Type: text/markdown\r\n\r\n'.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def server_usage(pid):
    """Peak resident memory (KiB) and CPU seconds of the server so far."""
    peak = None
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return peak, (int(fields[11]) + int(fields[12])) / ticks


def main():
    parser = argparse.ArgumentParser(description="Load test of rme recepcion on loopback.")
    parser.add_argument("rme")
    parser.add_argument("--clientes", type=int, default=30)
    parser.add_argument("--segundos", type=float, default=60)
    parser.add_argument("--editores", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    clients = max(1, min(options.clientes, 64))
    seconds = max(1.0, min(options.segundos, 300.0))
    editors = max(0, min(options.editores, 8))

    scratch = pathlib.Path(tempfile.mkdtemp(prefix="rme-recepcion-carga-"))
    server = None
    try:
        for name in ("Content", "Templates"):
            shutil.copytree(ROOT / name, scratch / name)
        content = scratch / "Content"
        experiences = sorted((content / EDITION / "experiencias").glob("*.md"))
        regions = [path.stem for path in experiences]
        texts = {path.stem: path.read_bytes().rstrip(b"\n") for path in experiences}
        environment = dict(os.environ, LANG="es_CL.UTF-8", NO_COLOR="1")
        server, url, _ = rme_service.start(
            [options.rme, "recepcion", str(content), "--edicion", EDITION, "--puerto", "0", "--sin-pdf",
             "--limite-peticiones", "1000000"], environment)
        if url is None:
            print("recepcion-carga: the service never said where it listens", file=sys.stderr)
            return 1
        port = int(url.rsplit(":", 1)[1].strip("/"))

        def link(arguments):
            done = subprocess.run([options.rme, "recepcion", *arguments, "--contenido", str(content)],
                                  capture_output=True, text=True, env=environment, timeout=60)
            if done.returncode != 0:
                raise RuntimeError(done.stderr)
            return done.stdout.strip().splitlines()[-1]

        sessions = {region: sign_in(port, link(["invitar", region])) for region in regions}
        editor_session = sign_in(port, link(["editor"]))

        samples = {"page": [], "upload": [], "version": [], "preview": [], "dashboard": []}
        failures = []
        accepted = {region: 0 for region in regions}
        lock = threading.Lock()
        stop_at = time.monotonic() + seconds

        def timed(kind, client, *arguments, **keywords):
            started = time.perf_counter()
            answer = client.request(*arguments, **keywords)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                samples[kind].append(elapsed)
            return answer

        def region_loop(index):
            region = regions[index % len(regions)]
            cookies, csrf = sessions[region]
            client = Client(port, cookies)
            names = {other: re.compile(rf"/regiones/{other}\.html") for other in regions if other != region}
            round_number = 0
            try:
                while time.monotonic() < stop_at:
                    round_number += 1
                    status, _, _ = timed("page", client, "GET", "/region")
                    if status != 200:
                        raise RuntimeError(f"{region}: GET /region answered {status}")
                    extra = f"\n- Versión de carga {index}.{round_number}, sin más.\n".encode()
                    body, kind = multipart({"csrf": csrf}, f"{region}.md", texts[region] + extra)
                    status, location, _ = timed("upload", client, "POST", "/region/versiones", body=body,
                                                   headers={"Content-Type": kind})
                    if status != 303 or not location:
                        raise RuntimeError(f"{region}: upload answered {status}")
                    with lock:
                        accepted[region] += 1
                    status, _, page = timed("version", client, "GET", location)
                    text = page.decode()
                    if status != 200 or "Enviar esta versión a la coordinación" not in text:
                        raise RuntimeError(f"{region}: {location} answered {status} without «Enviar esta versión»: the file has errors")
                    leaked = [other for other, pattern in names.items() if pattern.search(text)]
                    if leaked:
                        raise RuntimeError(f"{region}: {location} links another region's page: {leaked}")
                    status, _, page = timed("preview", client, "GET", f"{location}/vista/regiones/{region}.html")
                    if status != 200 or f"Versión de carga {index}.{round_number}".encode() not in page:
                        raise RuntimeError(f"{region}: the preview of {location} answered {status} or shows another text")
            except Exception as error:
                with lock:
                    failures.append(str(error))
            finally:
                client.close()

        def editor_loop():
            client = Client(port, editor_session[0])
            try:
                while time.monotonic() < stop_at:
                    status, _, _ = timed("dashboard", client, "GET", "/editor")
                    if status != 200:
                        raise RuntimeError(f"GET /editor answered {status}")
            except Exception as error:
                with lock:
                    failures.append(str(error))
            finally:
                client.close()

        _, cpu_before = server_usage(server.pid)
        started = time.monotonic()
        threads = [threading.Thread(target=region_loop, args=(i,)) for i in range(clients)]
        threads += [threading.Thread(target=editor_loop) for _ in range(editors)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 180)
        elapsed = time.monotonic() - started
        hung = sum(thread.is_alive() for thread in threads)
        if hung:
            failures.append(f"{hung} clients still waiting {seconds + 180:.0f} s after the end")
        peak_kib, cpu_after = server_usage(server.pid)

        database = scratch / ".rme-recepcion" / "recepcion.sqlite"  # the default data folder, beside Content/
        database = database if database.exists() else None
        consistency = []
        if database is None:
            consistency.append("no recepcion.sqlite in the data folder")
        else:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as store:
                for region in regions:
                    numbers = [row[0] for row in store.execute(
                        "SELECT number FROM version WHERE region = ? ORDER BY number", (region,))]
                    if numbers != list(range(1, len(numbers) + 1)):
                        consistency.append(f"{region}: version numbers {numbers[:5]}… are not 1..n")
                    if len(numbers) != accepted[region]:
                        consistency.append(f"{region}: {len(numbers)} versions stored, {accepted[region]} uploads answered 303")

        report = {
            "clients": clients, "editors": editors, "seconds": round(elapsed, 1),
            "requests": sum(len(values) for values in samples.values()),
            "requests_per_second": round(sum(len(values) for values in samples.values()) / elapsed, 1),
            "uploads_per_second": round(len(samples["upload"]) / elapsed, 2),
            "latency_ms": {
                kind: {"count": len(values),
                       "median": round(statistics.median(values), 1) if values else None,
                       "p90": round(percentile(values, 0.90), 1) if values else None,
                       "p99": round(percentile(values, 0.99), 1) if values else None,
                       "max": round(max(values), 1) if values else None}
                for kind, values in samples.items()
            },
            "server_peak_rss_mib": round(peak_kib / 1024, 1) if peak_kib else None,
            "server_cpu_seconds": round(cpu_after - cpu_before, 1),
            "failures": failures[:20],
            "consistency": consistency,
        }
        if options.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            print(f"{clients} clientes de región y {editors} de coordinación durante {elapsed:.0f} s: "
                  f"{report['requests']} solicitudes ({report['requests_per_second']}/s), "
                  f"{len(samples['upload'])} versiones subidas ({report['uploads_per_second']}/s)")
            print(f"{'tipo':<10} {'n':>6} {'mediana':>9} {'p90':>8} {'p99':>8} {'máx':>8}   (ms)")
            for kind, row in report["latency_ms"].items():
                if row["count"]:
                    print(f"{kind:<10} {row['count']:>6} {row['median']:>9} {row['p90']:>8} {row['p99']:>8} {row['max']:>8}")
            print(f"servidor: RSS máxima {report['server_peak_rss_mib']} MiB, CPU {report['server_cpu_seconds']} s")
            for line in failures[:20] + consistency:
                print(f"FALLA: {line}")
            if not failures and not consistency:
                print("sin fallas: cada versión numerada 1..n por región, cada respuesta la esperada")
        return 0 if not failures and not consistency else 1
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
