#!/usr/bin/env bash
# bench.sh [N ...]: whole-process measurements of `rme` on the shared benchmark
# corpus (../shared/bench/gen-corpus.py) against its peers and against the rme
# before the incremental engine, all in the same run so the machine's noise hits
# them alike. Default N: 15 1000 10000.
#
#   rme-check     rme check of the corpus (load, YAML, cmark, every rule)
#   rme-full      rme build without PDF, from nothing: no output, no .rme-cache/
#   rme-nochange  rme build again with nothing changed (output and cache kept)
#   rme-onefile   rme build after one experience file changed (a paragraph appended)
#   rme-sincache  rme build --sin-cache over an existing output (the cache ignored)
#   rme-nosearch  rme build --sin-busqueda from nothing: rme-full without the search index
#   pagefind      Pagefind alone indexing the built region pages, as rme build runs it (the index's time);
#                 the index's size is printed after the table
#   base-full     the baseline rme (RME_BASELINE, default 064e4ef, the last commit
#                 before the engine; "none" skips it), from nothing, with its own
#                 templates and schema
#   hugo          hugo --quiet on the shared hugo-site (the bar to beat)
#   cmark         one cmark process per file, two at a time (the shared harness's floor)
#
# Every row is the median of R runs (R = 10 at N <= 15, else 5; one warm-up
# first), each run timed by GNU time: wall, user+sys CPU and peak RSS of the
# whole process tree. After each N, the ratios the engine's issue asks for:
# one-file and no-change rebuild CPU as a share of a full build's.
#
# The corpus follows the benchmark brief, not the booklet's two-page layout, so
# the bench edition gets a copy of Content/schema.yaml with several experiences
# per region allowed and the word limits' errors raised (their warnings stay).
# Results: a Markdown table on stdout; raw per-run figures in $WORK (default
# /tmp/rme-bench). Needs hugo, cmark and GNU time: scripts/install-deps.sh bench.
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${RME_SHARED:-$(dirname "$ROOT")/shared}
WORK=${WORK:-/tmp/rme-bench}
BASELINE=${RME_BASELINE:-064e4ef}
NS=${*:-15 1000 10000}
[[ -f $SHARED/bench/gen-corpus.py ]] || { echo "bench.sh: $SHARED/bench is absent (set RME_SHARED)" >&2; exit 2; }
for tool in hugo cmark /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "bench.sh: missing $tool (scripts/install-deps.sh bench)" >&2; exit 2; }
done
mkdir -p "$WORK" && rm -f "$WORK/ratios.txt"
# Pagefind as rme finds it (scripts/install-deps.sh search); without it the pagefind row is left out.
PAGEFIND=${PAGEFIND_BINARY_PATH:-$(command -v pagefind || python3 -c "import pagefind_bin; print(pagefind_bin.get_executable())" 2>/dev/null || true)}

swift build -c release --package-path "$ROOT" --scratch-path "$ROOT/.build-bench" > /dev/null
RME="$ROOT/.build-bench/release/rme"

# The baseline: its own checkout (a detached worktree) and release build, kept in $WORK between runs.
BASE_SRC="$WORK/base-src"
if [[ $BASELINE != none ]]; then
  if [[ ! -d $BASE_SRC ]] || [[ $(git -C "$BASE_SRC" rev-parse HEAD) != $(git -C "$ROOT" rev-parse "$BASELINE") ]]; then
    git -C "$ROOT" worktree remove --force "$BASE_SRC" 2> /dev/null || rm -rf "$BASE_SRC"
    git -C "$ROOT" worktree add --detach "$BASE_SRC" "$BASELINE" > /dev/null
  fi
  swift build -c release --package-path "$BASE_SRC" --scratch-path "$WORK/base-build" > /dev/null
  BASE_RME="$WORK/base-build/release/rme"
fi

runs_for() { if (( $1 <= 15 )); then echo 10; else echo 5; fi; }

# A bench project in $1 with the corpus $2 copied in, templates and schema from the checkout $3.
make_site() {
  local site=$1 corpus=$2 source=$3
  rm -rf "$site" && mkdir -p "$site/Content/bench"
  cp -r "$corpus" "$site/Content/bench/experiencias"
  cp -r "$source/Templates" "$site/Templates"
  sed -E -e 's/una_por_region: true/una_por_region: false/' \
         -e 's/(palabras: \{ aviso: [0-9]+, error: )[0-9]+/\1100000/' "$source/Content/schema.yaml" > "$site/Content/schema.yaml"
  sed -e 's/^id: .*/id: "bench"/' "$source/Content/2015-2017/edition.yaml" > "$site/Content/bench/edition.yaml"
}

# measure NAME N PREP CMD: one warm-up, then R runs of PREP (untimed) and CMD (timed); prints the row of medians.
measure() {
  local name=$1 n=$2 prep=$3 cmd=$4 runs raw="$WORK/$1-$2.txt"
  runs=$(runs_for "$n")
  sh -c "$prep" && sh -c "$cmd"
  : > "$raw"
  for _ in $(seq "$runs"); do
    sh -c "$prep"
    /usr/bin/time -f "%e %U %S %M" -a -o "$raw" sh -c "$cmd"
  done
  python3 - "$raw" "$n" "$name" <<'PY'
import statistics, sys
path, n, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs = [tuple(map(float, line.split())) for line in open(path) if line.strip() and line[0].isdigit()]
wall = [r[0] for r in runs]
cpu = [r[1] + r[2] for r in runs]
rss = statistics.median(r[3] for r in runs) / 1024
med = statistics.median(wall)
print(f"| {n} | {name} | {med:.3f} | {min(wall):.3f}-{max(wall):.3f} | {statistics.median(cpu):.3f} | "
      f"{n / med:,.0f} | {rss:.0f} |")
with open(path + ".median", "w") as f:
    f.write(f"{med} {statistics.median(cpu)}\n")
PY
}

echo "| N | tool | median wall (s) | min-max wall (s) | median user+sys (s) | files/s | median peak RSS (MiB) |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in $NS; do
  corpus="$WORK/corpus-$n"
  rm -rf "$corpus"
  python3 "$SHARED/bench/gen-corpus.py" "$n" "$corpus" --seed 2018 > /dev/null

  site="$WORK/rme-$n"
  make_site "$site" "$corpus" "$ROOT"
  files=("$site/Content/bench/experiencias"/*.md)
  changed=${files[0]}

  hugo="$WORK/hugo-$n"
  rm -rf "$hugo" && cp -r "$SHARED/bench/hugo-site" "$hugo" && chmod -R u+w "$hugo"
  mkdir -p "$hugo/content" && ln -s "$corpus" "$hugo/content/experiencias"

  stripped="$WORK/stripped-$n"
  rm -rf "$stripped" && mkdir -p "$stripped"
  for f in "$corpus"/*.md; do awk 'BEGIN{f=0} f>=2{print} /^---$/{f++}' "$f" > "$stripped/$(basename "$f")"; done

  # The build must succeed before it is timed: a refused build is fast and wrong.
  (cd "$site" && "$RME" build Content --out "$site/Output" > /dev/null 2> "$WORK/build-$n.log") \
    || { echo "bench.sh: rme build failed on the corpus, see $WORK/build-$n.log" >&2; exit 1; }

  build="cd $site && $RME build Content --out $site/Output > /dev/null 2>&1"
  measure rme-check "$n" true "cd $site && $RME check Content > /dev/null 2>&1"
  measure rme-full "$n" "rm -rf $site/Output $site/.rme-cache" "$build"
  measure rme-nochange "$n" true "$build"
  # The one file alternates between its text and the same text with a sentence added to its first paragraph.
  cp "$changed" "$WORK/onefile-$n.a"
  awk 'd >= 2 && !done && /^[A-Z]/ { $0 = $0 " Cambio de prueba."; done = 1 } /^---$/ { d++ } { print }' \
    "$changed" > "$WORK/onefile-$n.b"
  measure rme-onefile "$n" "if cmp -s $changed $WORK/onefile-$n.a; then cp $WORK/onefile-$n.b $changed; else cp $WORK/onefile-$n.a $changed; fi" "$build"
  measure rme-sincache "$n" true "cd $site && $RME build Content --out $site/Output --sin-cache > /dev/null 2>&1"
  measure rme-nosearch "$n" "rm -rf $site/Output $site/.rme-cache" "$build --sin-busqueda"
  (cd "$site" && "$RME" build Content --out "$site/Output" > /dev/null 2>&1)
  if [[ -n $PAGEFIND ]]; then
    measure pagefind "$n" "rm -rf $site/Output/pagefind-bench" \
      "$PAGEFIND --site $site/Output --glob '*/regiones/*.html' --output-subdir pagefind-bench --force-language es --silent"
    echo "pagefind index at N=$n: $(du -sk "$site/Output/pagefind" | cut -f1) KiB in $(find "$site/Output/pagefind" -type f | wc -l) files" >> "$WORK/ratios.txt"
  fi
  if [[ $BASELINE != none ]]; then
    base="$WORK/base-$n"
    make_site "$base" "$corpus" "$BASE_SRC"
    (cd "$base" && "$BASE_RME" build Content --out "$base/Output" > /dev/null 2> "$WORK/base-build-$n.log") \
      || { echo "bench.sh: the baseline rme build failed on the corpus, see $WORK/base-build-$n.log" >&2; exit 1; }
    measure base-full "$n" "rm -rf $base/Output" "cd $base && $BASE_RME build Content --out $base/Output > /dev/null 2>&1"
  fi
  measure hugo "$n" "rm -rf $hugo/public $hugo/resources" "cd $hugo && hugo --quiet"
  measure cmark "$n" "rm -f $stripped/*.html" \
    "find $stripped -name '*.md' -print0 | xargs -0 -P2 -n20 sh -c 'for f; do cmark --smart \"\$f\" > \"\$f.html\"; done' sh"
  python3 - "$WORK" "$n" >> "$WORK/ratios.txt" <<'PY'
import sys
work, n = sys.argv[1], sys.argv[2]
read = lambda name: tuple(map(float, open(f"{work}/{name}-{n}.txt.median").read().split()))
full = read("rme-full")
for name in ("rme-onefile", "rme-nochange"):
    wall, cpu = read(name)
    print(f"N={n}: {name} costs {100 * cpu / full[1]:.1f} % of a full build's CPU, {100 * wall / full[0]:.1f} % of its wall time")
try:
    wall, cpu = read("base-full")
    print(f"N={n}: rme-full takes {100 * full[1] / cpu:.0f} % of the baseline's CPU and {100 * full[0] / wall:.0f} % of its wall time")
except FileNotFoundError:
    pass
PY
done
echo
cat "$WORK/ratios.txt" && rm -f "$WORK/ratios.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (nproc $(nproc))"
