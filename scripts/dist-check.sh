#!/usr/bin/env bash
# dist-check.sh [TARBALL]: tries the distributable rme as an editor would, in a bare Debian bookworm with no
# Swift: a root made with debootstrap (minbase) into $WORK/bookworm (default WORK=/tmp/rme-dist-check,
# kept between runs), the tarball (default: the newest dist/*.tar.gz, made by `make dist`) unpacked there,
# and a copy of the real content placed away from any Templates/ folder. It runs `rme --version`,
# `rme check` and `rme build`, and compares the output byte for byte with the development build's
# (swift build, run on the same content here). With WITH_PDF=1 it also installs weasyprint in the root
# and runs `rme build --pdf`. Needs root (debootstrap, chroot) and Debian's mirror; prints each step's time.
# Too slow for CI (the first debootstrap takes minutes); the README names it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-/tmp/rme-dist-check}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
TARBALL=${1:-$(ls -t "$ROOT"/dist/rme-*.tar.gz 2> /dev/null | head -1)}
[[ -n $TARBALL && -f $TARBALL ]] || { echo "dist-check.sh: no tarball; run make dist first" >&2; exit 2; }
[[ $(id -u) == 0 ]] || { echo "dist-check.sh: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap > /dev/null || apt-get install -y debootstrap > /dev/null
step() { printf '%-58s' "$1"; local start=$SECONDS; shift; "$@"; echo " ok ($((SECONDS - start)) s)"; }

BASE="$WORK/bookworm"
if [[ ! -x $BASE/bin/bash ]]; then
  rm -rf "$BASE"
  step "debootstrap --variant=minbase bookworm" debootstrap --variant=minbase bookworm "$BASE" "$MIRROR" > "$WORK.debootstrap.log" 2>&1
fi
# Swift must not be there: the point is a machine without it.
if [[ -e $BASE/opt/swift ]] || chroot "$BASE" sh -c 'command -v swift' > /dev/null 2>&1; then
  echo "dist-check.sh: the bare root has Swift" >&2; exit 1
fi

HOME_DIR="$BASE/home/editora"
rm -rf "$HOME_DIR" && mkdir -p "$HOME_DIR/lejos"
tar -C "$HOME_DIR" -xzf "$TARBALL"
NAME=$(basename "$TARBALL" .tar.gz)
cp -r "$ROOT/Content" "$HOME_DIR/lejos/Content"
mountpoint -q "$BASE/proc" || mount -t proc proc "$BASE/proc"
trap 'umount "$BASE/proc" 2> /dev/null || true' EXIT
cp /etc/resolv.conf "$BASE/etc/resolv.conf"
inside() { chroot "$BASE" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/editora LANG=C.UTF-8 sh -c "cd /home/editora && $1"; }

step "rme --version" inside "./$NAME/rme --version > version.txt"
cat "$HOME_DIR/version.txt"
step "rme check lejos/Content" inside "./$NAME/rme check lejos/Content 2> check.txt"
tail -1 "$HOME_DIR/check.txt"
step "rme build lejos/Content --out salida" inside "./$NAME/rme build lejos/Content --out salida --sin-busqueda > build.txt 2>&1"

# The development build, on the same content, here.
swift build --package-path "$ROOT" > /dev/null 2>&1
REFERENCE="$WORK/referencia"
rm -rf "$REFERENCE" "$WORK/lejos" && cp -r "$ROOT/Content" "$WORK/lejos-Content"
step "development build of the same content" "$ROOT/.build/debug/rme" build "$WORK/lejos-Content" --out "$REFERENCE" --sin-cache --sin-busqueda > /dev/null 2>&1
rm -rf "$WORK/lejos-Content"
step "output byte-identical to the development build's" diff -r "$HOME_DIR/salida" "$REFERENCE"

if [[ ${WITH_PDF:-0} == 1 ]]; then
  step "apt-get install weasyprint (inside)" inside "apt-get update > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends weasyprint fonts-open-sans fonts-dejavu-core > /dev/null"
  step "rme build --pdf" inside "./$NAME/rme build lejos/Content --out salida-pdf --pdf > pdf.txt 2>&1"
  head -c 5 "$HOME_DIR/salida-pdf/2015-2017/booklet.pdf" | grep -q '%PDF-' || { echo "no PDF" >&2; exit 1; }
  echo "booklet.pdf: $(du -h "$HOME_DIR/salida-pdf/2015-2017/booklet.pdf" | cut -f1)"
fi
echo "dist-check.sh: $NAME works in a bare Debian bookworm without Swift."
