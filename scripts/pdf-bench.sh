#!/usr/bin/env bash
# The booklet's PDF time, real edition: the current templates against those of an earlier commit (the peer),
# each printed RUNS times, interleaved, by Debian's WeasyPrint (on PATH) and the pinned one; medians of wall
# and user+sys CPU. Usage: scripts/pdf-bench.sh [RUNS] [REV]   (defaults: 5, 1743bb4, the layout before issue 15)
set -euo pipefail
runs="${1:-5}"
rev="${2:-1743bb4}"
cd "$(dirname "$0")/.."
pinned="${XDG_DATA_HOME:-$HOME/.local/share}/rme/weasyprint-70.0/bin"
[ -x "$pinned/weasyprint" ] || { echo "falta WeasyPrint 70.0: scripts/install-deps.sh pdf" >&2; exit 2; }
command -v weasyprint >/dev/null || { echo "falta weasyprint (Debian)" >&2; exit 2; }
work=$(mktemp -d /tmp/rme-pdf-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
swift build --product rme >/dev/null
git archive "$rev" Templates | tar -x -C "$work"
.build/debug/rme build --sin-busqueda --templates "$work/Templates" --out "$work/old" >/dev/null 2>&1
.build/debug/rme build --sin-busqueda --out "$work/new" >/dev/null 2>&1
# The driver rme runs, taken from its Swift source.
sed -n '/static let source = #"""/,/^"""#/p' Sources/Engine/PDF/WeasyPrintDriver.swift | sed '1d;$d' > "$work/driver.py"
export SOURCE_DATE_EPOCH=1519862400
old="$work/old/2015-2017/booklet.html" new="$work/new/2015-2017/booklet.html"
declare -A cmd=(
  [old-WP57]="weasyprint $old $work/o57.pdf"
  [old-WP70]="$pinned/weasyprint $old $work/o70.pdf"
  [new-WP57]="weasyprint $new $work/n57.pdf"
  [new-WP70-tagged]="$pinned/python $work/driver.py $new $work/n70.pdf tagged screen pad4 -"
  [new-WP70-printshop]="$pinned/python $work/driver.py $new $work/n70p.pdf untagged print-shop pad4 @page{bleed:3mm;marks:crop}"
)
names=(old-WP57 old-WP70 new-WP57 new-WP70-tagged new-WP70-printshop)
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do
    /usr/bin/time -f "$name %e %U %S" -a -o "$work/times" ${cmd[$name]} >/dev/null 2>&1
  done
done
python3 - "$work/times" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, wall, user, system = line.split()
    rows[name].append((float(wall), float(user) + float(system)))
for name, values in rows.items():
    walls = [w for w, _ in values]
    print(f"{name:20s} wall {statistics.median(walls):6.2f} s   cpu {statistics.median(c for _, c in values):6.2f} s"
          f"   (n={len(values)}, wall {min(walls):.2f}–{max(walls):.2f})")
PY
uptime
