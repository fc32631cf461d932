#!/usr/bin/env bash
# bench.sh [N ...]: whole-process timing of `rme build` against its peers on the
# shared benchmark corpus (../shared/bench/gen-corpus.py), all measured in the
# same run so the machine's noise hits them alike. Default N: 15 1000 10000.
#
#   rme-check   rme check of the corpus (load, YAML, cmark, every rule)
#   rme-build   rme build without PDF (check + render + atomic write)
#   hugo        hugo --quiet on the shared hugo-site (the bar to beat)
#   cmark       one cmark process per file, two at a time (the shared harness's floor)
#
# The corpus follows the benchmark brief, not the booklet's two-page layout, so
# the bench edition gets a copy of Content/schema.yaml with several experiences
# per region allowed and the word limits' errors raised (their warnings stay).
# Results: a Markdown table on stdout; raw hyperfine JSON and GNU time reports in
# $WORK (default /tmp/rme-bench). Needs hyperfine, hugo, cmark, GNU time (apt).
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${RME_SHARED:-$(dirname "$ROOT")/shared}
WORK=${WORK:-/tmp/rme-bench}
NS=${*:-15 1000 10000}
[[ -f $SHARED/bench/gen-corpus.py ]] || { echo "bench.sh: $SHARED/bench is absent (set RME_SHARED)" >&2; exit 2; }
for tool in hyperfine hugo cmark /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "bench.sh: missing $tool (apt-get install hyperfine hugo cmark time)" >&2; exit 2; }
done

swift build -c release --package-path "$ROOT" --scratch-path "$ROOT/.build-bench" > /dev/null
RME="$ROOT/.build-bench/release/rme"
mkdir -p "$WORK"

runs_for() { if (( $1 <= 15 )); then echo 10; else echo 5; fi; }

# peak RSS in MiB of one run of a command, from GNU time -v
peak_rss() { /usr/bin/time -v -o "$WORK/time.txt" sh -c "$1" > /dev/null 2>&1 || true
  awk -F: '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$WORK/time.txt"; }

echo "| N | tool | median wall (s) | min-max (s) | user+sys (s) | pages/s | peak RSS (MiB) |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in $NS; do
  corpus="$WORK/corpus-$n"
  python3 "$SHARED/bench/gen-corpus.py" "$n" "$corpus" --seed 2018 > /dev/null

  site="$WORK/rme-$n"
  rm -rf "$site" && mkdir -p "$site/Content/bench"
  ln -s "$corpus" "$site/Content/bench/experiencias"
  cp -r "$ROOT/Templates" "$site/Templates"
  sed -E -e 's/una_por_region: true/una_por_region: false/' \
         -e 's/(palabras: \{ aviso: [0-9]+, error: )[0-9]+/\1100000/' "$ROOT/Content/schema.yaml" > "$site/Content/schema.yaml"
  sed -e 's/^id: .*/id: "bench"/' "$ROOT/Content/2015-2017/edition.yaml" > "$site/Content/bench/edition.yaml"

  hugo="$WORK/hugo-$n"
  rm -rf "$hugo" && cp -r "$SHARED/bench/hugo-site" "$hugo" && chmod -R u+w "$hugo"
  mkdir -p "$hugo/content" && ln -s "$corpus" "$hugo/content/experiencias"

  stripped="$WORK/stripped-$n"
  rm -rf "$stripped" && mkdir -p "$stripped"
  for f in "$corpus"/*.md; do awk 'BEGIN{f=0} f>=2{print} /^---$/{f++}' "$f" > "$stripped/$(basename "$f")"; done

  declare -A cmd=(
    [rme-check]="cd $site && $RME check Content > /dev/null 2>&1"
    [rme-build]="cd $site && $RME build Content --out $site/Output > /dev/null 2>&1"
    [hugo]="cd $hugo && hugo --quiet"
    [cmark]="find $stripped -name '*.md' -print0 | xargs -0 -P2 -n20 sh -c 'for f; do cmark --smart \"\$f\" > \"\$f.html\"; done' sh"
  )
  declare -A prep=(
    [rme-check]="true"
    [rme-build]="rm -rf $site/Output"
    [hugo]="rm -rf $hugo/public $hugo/resources"
    [cmark]="rm -f $stripped/*.html"
  )
  # The build must succeed before it is timed: a refused build is fast and wrong.
  (cd "$site" && "$RME" build Content --out "$site/Output" > /dev/null 2> "$WORK/build-$n.log") \
    || { echo "bench.sh: rme build failed on the corpus, see $WORK/build-$n.log" >&2; exit 1; }
  for tool in rme-check rme-build hugo cmark; do
    json="$WORK/$tool-$n.json"
    hyperfine --style none --warmup 1 --runs "$(runs_for "$n")" --prepare "${prep[$tool]}" \
      --export-json "$json" "${cmd[$tool]}" > /dev/null
    sh -c "${prep[$tool]}"
    rss=$(peak_rss "${cmd[$tool]}")
    python3 - "$json" "$n" "$tool" "$rss" <<'PY'
import json, statistics, sys
path, n, tool, rss = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
r = json.load(open(path))["results"][0]
med = statistics.median(r["times"])
print(f"| {n} | {tool} | {med:.3f} | {min(r['times']):.3f}-{max(r['times']):.3f} | "
      f"{r['user'] + r['system']:.3f} | {n / med:,.0f} | {rss} |")
PY
  done
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (nproc $(nproc))"
