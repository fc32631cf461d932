#!/usr/bin/env bash
# Runs the two libFuzzer targets side by side for DURATION seconds each (make fuzz SECONDS=N; default 600):
# rme-fuzz-check (the loader and every rule) and rme-fuzz-render (templates with hostile values).
#
# Built with -sanitize=fuzzer,address in .build-fuzz (release, so a run tries more inputs). The corpora
# grow in .fuzz-corpus/<target>/ across runs (git-ignored; delete it to start over), seeded each run from
# Content/ and ../shared's CommonMark examples (scripts/fuzz-seeds.py). A crash, a broken promise of the
# target's oracle, an input slower than 10 s or above 2 GB of memory stops its target, leaves the input in
# .fuzz-corpus/crashes/ and makes this script fail; replay one with .build-fuzz/release/rme-fuzz-check FILE
# (or the plain build: swift build --product rme-fuzz-check; .build/debug/rme-fuzz-check FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-600}"
case "$duration" in ''|*[!0-9]*) echo "fuzz.sh: DURATION must be a number of seconds, not «$duration»" >&2; exit 64;; esac

scripts/install-deps.sh core
flags=(-c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
for target in check render; do swift build "${flags[@]}" --product "rme-fuzz-$target"; done
bin="$(swift build "${flags[@]}" --show-bin-path)"

corpus=.fuzz-corpus
rm -rf "$corpus/seeds"
python3 scripts/fuzz-seeds.py Content ../shared/commonmark/spec.txt "$corpus/seeds"
mkdir -p "$corpus/check" "$corpus/render" "$corpus/crashes"

export SWIFT_BACKTRACE=enable=no   # libFuzzer and ASan report crashes; Swift's backtracer would only slow them
pids=()
for target in check render; do
    max_len=$([ "$target" = check ] && echo 65536 || echo 4096)
    "$bin/rme-fuzz-$target" "$corpus/$target" "$corpus/seeds/$target" \
        -max_total_time="$duration" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$corpus/crashes/$target-" -print_final_stats=1 \
        > "$corpus/$target.log" 2>&1 &
    pids+=($!)
done
status=0
for index in 0 1; do wait "${pids[$index]}" || status=1; done
for target in check render; do
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$corpus/$target.log" | grep -o '[0-9]*$' || echo "?")
    echo "rme-fuzz-$target: $runs executions, corpus $(ls "$corpus/$target" | wc -l) inputs ($(du -sh "$corpus/$target" | cut -f1)); log $corpus/$target.log"
done
if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: a target failed; inputs in $corpus/crashes/:" >&2
    ls "$corpus/crashes" >&2
fi
exit "$status"
