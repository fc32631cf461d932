#!/usr/bin/env bash
# dist.sh: builds the distributable rme, dist/rme-<versión>-linux-<arch>.tar.gz: one executable that needs
# nothing beyond a stock Debian/Ubuntu glibc (the Swift runtime and Foundation linked statically, libcmark
# SQLite and zlib linked statically from libcmark-dev's, libsqlite3-dev's and zlib1g-dev's archives, libcurl
# replaced by a stub),
# the README, and the
# licence notes of what it bundles. `make dist` runs it; scripts/dist-check.sh tries it in a bare Debian.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/install-deps.sh core
ARCH=$(uname -m)
LIBDIR=$(pkg-config --variable=libdir libcmark)
SQLITE_LIBDIR=$(pkg-config --variable=libdir sqlite3)
ZLIB_LIBDIR=$(pkg-config --variable=libdir zlib)
# A folder holding only the static archives (the same path each run: the link flags name it, and a new
# path would rebuild everything).
STATIC="$ROOT/.build-dist/static"
rm -rf "$STATIC" && mkdir -p "$STATIC"
for archive in "$LIBDIR/libcmark.a" "$SQLITE_LIBDIR/libsqlite3.a" "$ZLIB_LIBDIR/libz.a"; do
  [[ -f $archive ]] || { echo "dist.sh: falta $archive (libcmark-dev, libsqlite3-dev, zlib1g-dev)" >&2; exit 2; }
  cp "$archive" "$STATIC/"
done
# FoundationNetworking (pulled in by an unused FlyingFox handler) names libcurl: a stub that fails every call
# stands in for it (scripts/dist-curl-stub.c says why).
cc -O2 -c scripts/dist-curl-stub.c -o "$STATIC/curl-stub.o"
ar rcs "$STATIC/libcurl.a" "$STATIC/curl-stub.o"
# pkg-config files of our own, found first, that point -lcmark, -lsqlite3 and -lz at a folder holding only the
# static archives: SwiftPM puts pkg-config's flags ahead of everything else on the link line, so a search
# folder given later, or the archives named later, would come after the shared libraries.
mkdir -p "$STATIC/pkgconfig"
# Each pair is the pkg-config name and the library's name on the link line (ZIPFoundation asks for zlib).
for pair in libcmark:cmark sqlite3:sqlite3 zlib:z; do
  package=${pair%%:*} library=${pair##*:}
  printf 'Name: %s\nDescription: %s, static\nVersion: %s\nLibs: -L%s -l%s\nCflags: %s\n' \
    "$package" "$package" "$(pkg-config --modversion $package)" "$STATIC" "$library" "$(pkg-config --cflags $package)" \
    > "$STATIC/pkgconfig/$package.pc"
done
PKG_CONFIG_PATH="$STATIC/pkgconfig" swift build -c release --static-swift-stdlib --scratch-path .build-dist -Xlinker -L"$STATIC"
BINARY=.build-dist/release/rme
# Nothing but the C library's family and the C++ runtime may remain dynamic.
if ldd "$BINARY" | grep -Ev 'linux-vdso|ld-linux|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|libstdc\+\+\.so|libgcc_s\.so|libutil\.so' | grep -q '=>'; then
  echo "dist.sh: el ejecutable depende de bibliotecas que una Debian básica no trae:" >&2
  ldd "$BINARY" >&2
  exit 1
fi
VERSION=$("$BINARY" --version | cut -d' ' -f1)
NAME="rme-$VERSION-linux-$ARCH"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME"
cp "$BINARY" "$STAGE/$NAME/rme"
strip "$STAGE/$NAME/rme"
cp README.md "$STAGE/$NAME/README.md"
cp scripts/dist-LICENCIAS.md "$STAGE/$NAME/LICENCIAS.md"
"$BINARY" --version > "$STAGE/$NAME/VERSION"
mkdir -p dist
tar -C "$STAGE" --owner=0 --group=0 --numeric-owner -czf "dist/$NAME.tar.gz" "$NAME"
echo "dist/$NAME.tar.gz ($(du -h "dist/$NAME.tar.gz" | cut -f1)): $("$BINARY" --version)"
