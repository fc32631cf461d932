#!/usr/bin/env python3
"""Times WeasyPrint on one chapter of the real booklet with a long "word" (a run without spaces) inserted.

It measures what `archivo.caracteres_seguidos` in Content/schema.yaml guards against: the PDF
engine's time for a run of N characters with no space, by the character it is made of and the
place it sits in (a paragraph of the wide column, an item of the two-column boxes, the network
name in the chapter header). The input is the booklet `rme build` wrote, cut down to its cover
and its first chapter so one run takes a second or two, with the run put in as the HTML the
renderer would write (the checker would refuse it before). Each case is the median of --runs
runs, each with a timeout: a run over it shows as `>T s`.

Usage:
  .build/debug/rme build        # writes Output/<edition>/booklet.html
  scripts/bench-long-words.py [--booklet PATH] [--sizes 500,1000,2000] [--chars '\\,a-'] [--places paragraph,card,name]
                              [--count 1] [--runs 3] [--timeout 120] [--weasyprint PATH]
"""

import argparse
import glob
import html
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PLACES = {
    # (what to find in the first chapter, how to put the run in)
    "paragraph": (r'(<section class="chapter-section section-necesidades">\s*<h2[^>]*>[^<]*</h2>\s*<p>)', r"\1{run} "),
    "card": (r'(<section class="chapter-box box-aprendizajes">\s*<h2[^>]*>[^<]*</h2>\s*<ul>\s*<li>)', r"\1{run} "),
    "name": (r'(<p class="chapter-network"><span class="label">[^<]*</span> )', r"\1{run} "),
}


def one_chapter(booklet):
    """The booklet's HTML up to the end of its first chapter, closed as the page closes."""
    text = open(booklet, encoding="utf-8").read()
    end = text.index("</article>") + len("</article>")
    return text[:end] + "\n</main>\n</body>\n</html>\n"


def timed(weasyprint, source, target, timeout):
    """Seconds one WeasyPrint run takes, or None when it passes the timeout (it is killed)."""
    start = time.monotonic()
    try:
        subprocess.run([weasyprint, "--quiet", source, target], check=True, timeout=timeout,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--booklet", help="booklet.html written by rme build (default: the first under Output/)")
    parser.add_argument("--sizes", default="0,300,600,1000,2000,5000,10000")
    parser.add_argument("--chars", default="\\,a-,/,a", help="comma-separated units repeated to make the run")
    parser.add_argument("--places", default="paragraph,card,name")
    parser.add_argument("--count", type=int, default=1, help="how many such runs, separated by spaces, in the place")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--weasyprint", default=shutil.which("weasyprint") or "weasyprint")
    args = parser.parse_args()

    booklet = args.booklet or next(iter(sorted(glob.glob("Output/*/booklet.html"))), None)
    if not booklet or not os.path.exists(booklet):
        sys.exit("bench-long-words: no booklet.html; run «.build/debug/rme build» first or give --booklet")
    base = one_chapter(booklet)
    work = tempfile.mkdtemp(prefix="rme-long-words-")
    try:
        # The page's stylesheets resolve against the edition folder, so the case files sit in a copy of it.
        shutil.copytree(os.path.dirname(os.path.abspath(booklet)), os.path.join(work, "edition"))
        print(f"WeasyPrint: {subprocess.run([args.weasyprint, '--version'], capture_output=True, text=True).stdout.strip()}")
        print(f"booklet: {booklet} (cover and first chapter); {args.count} run(s) per case; median of {args.runs} runs, timeout {args.timeout:g} s\n")
        print(f"{'place':<10} {'unit':<6} {'chars':>7} {'median s':>9}   runs")
        for place in args.places.split(","):
            pattern, replacement = PLACES[place]
            for unit in args.chars.split(","):
                for size in (int(s) for s in args.sizes.split(",")):
                    run = " ".join([(unit * (size // len(unit) + 1))[:size]] * args.count)
                    page = re.sub(pattern, replacement.replace("{run}", html.escape(run).replace("\\", "\\\\")), base, count=1)
                    if size and page == base:
                        sys.exit(f"bench-long-words: place «{place}» not found in {booklet}")
                    source = os.path.join(work, "edition", "case.html")
                    open(source, "w", encoding="utf-8").write(page)
                    times = [timed(args.weasyprint, source, os.path.join(work, "case.pdf"), args.timeout) for _ in range(args.runs)]
                    finished = [t for t in times if t is not None]
                    shown = " ".join(f"{t:.2f}" if t is not None else f">{args.timeout:g}" for t in times)
                    median = f"{statistics.median(times):.2f}" if len(finished) == len(times) else f">{args.timeout:g}"
                    print(f"{place:<10} {unit:<6} {size:>7} {median:>9}   {shown}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
