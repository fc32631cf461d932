#!/usr/bin/env python3
"""Times cmark's 25 pathological inputs through the system `cmark` and through `rme html`.

Each input is the one of cmark's `test/pathological_tests.py` (newest form: its 24 HTML
cases plus "nested inlines" from its CommonMark-writer set), at the same size. For
`rme html` it is the body of an experience file, after a front matter, as a region would
send it; `cmark` gets the bare body, since it knows no front matter, with the options rme
uses (`--smart --validate-utf8`). Three more inputs sit just under the guard's limits, to
show what a body the guard lets through can still cost. Every run has a wall-clock timeout
so a quadratic case cannot hold the table hostage; a timed-out run shows as `>T s`.

Usage:
  swift build -c release --scratch-path .build-guard
  scripts/bench-pathological.py [--rme PATH] [--cmark PATH] [--timeout S] [--only SUBSTRING]
"""

import argparse
import itertools
import os
import pathlib
import subprocess
import sys
import tempfile
import time

FRONT_MATTER = """---
region: Aysén
provincia: Coyhaique
red: Red de prueba
desde: 2015
dependencia: [municipal]
niveles: [básica]
integrantes: [directores]
establecimientos:
  - Escuela de prueba
---
"""


def reference_collisions():
    """cmark's hash_collisions(): 24,999 definitions whose labels collide in a 16-slot table."""
    refmap_size, count = 16, 25000

    def badhash(ref):
        h = 0
        for c in ref:
            a = (h << 6) & 0xFFFFFFFF
            b = (h << 16) & 0xFFFFFFFF
            h = (ord(c) + a + b - h) & 0xFFFFFFFF
        return h % refmap_size == 0

    keys = ("x%d" % i for i in itertools.count())
    collisions = itertools.islice((k for k in keys if badhash(k)), count)
    bad_key = next(collisions)
    return "".join("[%s]: /url\n\n[%s]\n\n" % (key, bad_key) for key in collisions)


# Name (as in cmark's file) and body, in the file's order.
CASES = [
    ("nested strong emph", lambda: "*a **a " * 32500 + "b" + " a** a*" * 32500),
    ("many emph closers with no openers", lambda: "a_ " * 32500),
    ("many emph openers with no closers", lambda: "_a " * 32500),
    ("many link closers with no openers", lambda: "a]" * 32500),
    ("many link openers with no closers", lambda: "[a" * 32500),
    ("mismatched openers and closers", lambda: "*a_ " * 25000),
    ("issue #389", lambda: "*a " * 20000 + "_a*_ " * 20000),
    ("openers and closers multiple of 3", lambda: "a**b" + "c* " * 25000),
    ("link openers and emph closers", lambda: "[ a_" * 25000),
    ("pattern [ (]( repeated", lambda: "[ (](" * 40000),
    ("pattern ![[]() repeated", lambda: "![[]()" * 160000),
    ("hard link/emph case", lambda: "**x [a*b**c*](d)"),
    ("nested brackets", lambda: "[" * 25000 + "a" + "]" * 25000),
    ("nested block quotes", lambda: "> " * 25000 + "a"),
    ("deeply nested lists", lambda: "".join("  " * x + "* a\n" for x in range(500))),
    ("U+0000 in input", lambda: "abc\u0000de\u0000"),
    ("backticks", lambda: "".join("e" + "`" * x for x in range(1, 2500))),
    ("unclosed links A", lambda: "[a](<b" * 30000),
    ("unclosed links B", lambda: "[a](b" * 30000),
    ("unclosed <!--", lambda: "</" + "<!--" * 300000),
    ("empty lines in deeply nested lists", lambda: "- " * 30000 + "x" + "\n" * 30000),
    ("empty lines in deeply nested lists in blockquote", lambda: "> " + "- " * 30000 + "x\n" + ">\n" * 30000),
    ("emph in deep blockquote", lambda: ">" * 100000 + "a*" * 100000),
    ("reference collisions", reference_collisions),
    ("nested inlines", lambda: "*" * 20000 + "a" + "*" * 20000),
]

# Just under the guard's limits (10,000,000 steps each; see Sources/Markup/PathologicalInputGuard.swift).
UNDER_LIMITS = [
    ("limit: blank lines in 50 nested lists", lambda: "- " * 50 + "x" + "\n" * 99999),
    ("limit: emphasis in 1,000 block quotes", lambda: ">" * 1000 + "a*" * 10000),
    ("limit: ![[]() repeated 4,471 times", lambda: "![[]()" * 4471),
]


def timed(command, path, timeout):
    """Runs `command path`; returns (seconds or None on timeout, exit status, first stderr line)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(command + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, ""
    elapsed = time.perf_counter() - start
    first = done.stderr.decode("utf-8", "replace").strip().splitlines()
    return elapsed, done.returncode, first[0] if first else ""


def shown(seconds, timeout):
    return f">{timeout:.0f} s" if seconds is None else f"{seconds:.3f} s"


def outcome(status, message):
    if status is None:
        return "timeout"
    if status == 0:
        return "processed"
    where = message.split(": error", 1)[0].rsplit("/", 1)[-1] if ": error" in message else ""
    return f"refused at {where}" if where else f"exit {status}"


def run(name, body, folder, number, args):
    bare = os.path.join(folder, f"{number:02}.md")
    experience = os.path.join(folder, f"{number:02}-experiencia.md")
    pathlib.Path(bare).write_text(body, encoding="utf-8")
    pathlib.Path(experience).write_text(FRONT_MATTER + body, encoding="utf-8")
    cmark_time, _, _ = timed([args.cmark, "--smart", "--validate-utf8"], bare, args.timeout)
    rme_time, status, message = timed([args.rme, "html"], experience, args.timeout)
    print(f"  {name}: cmark {shown(cmark_time, args.timeout)}, rme {shown(rme_time, args.timeout)}", file=sys.stderr)
    return (name, len(body.encode("utf-8")), cmark_time, rme_time, outcome(status, message))


def table(rows, timeout):
    print("| case | body bytes | cmark 0.30.2 | rme html | rme outcome |")
    print("|---|---:|---:|---:|---|")
    for name, size, cmark_time, rme_time, result in rows:
        print(f"| {name} | {size:,} | {shown(cmark_time, timeout)} | {shown(rme_time, timeout)} | {result} |")


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmark", default="/usr/bin/cmark")
    parser.add_argument("--rme", default=str(root / ".build-guard/release/rme"))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--only", default=None, help="run only the cases whose name contains this")
    args = parser.parse_args()
    if not os.access(args.rme, os.X_OK):
        sys.exit(f"no rme at {args.rme}: swift build -c release --scratch-path .build-guard")

    def chosen(cases):
        return [(n, make) for n, make in cases if args.only is None or args.only in n]

    with tempfile.TemporaryDirectory(prefix="rme-pathological-") as folder:
        rows = [run(n, make(), folder, i, args) for i, (n, make) in enumerate(chosen(CASES), 1)]
        limits = [run(n, make(), folder, 90 + i, args) for i, (n, make) in enumerate(chosen(UNDER_LIMITS), 1)]

    if rows:
        table(rows, args.timeout)
    if limits:
        print()
        table(limits, args.timeout)
    if not rows:
        return

    def slowest(index):
        return sorted(rows, key=lambda r: float("inf") if r[index] is None else r[index], reverse=True)[:3]

    print()
    print("Slowest three in cmark 0.30.2 (before): " + "; ".join(f"{r[0]} {shown(r[2], args.timeout)}" for r in slowest(2)))
    print("The same three through rme html (after): " + "; ".join(f"{r[0]} {shown(r[3], args.timeout)}, {r[4]}" for r in slowest(2)))
    print("Slowest three through rme html (after): " + "; ".join(f"{r[0]} {shown(r[3], args.timeout)}, {r[4]}" for r in slowest(3)))


if __name__ == "__main__":
    main()
