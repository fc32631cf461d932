#!/usr/bin/env bash
# Writes the Word fixtures the tests import, with real writers, into Tests/RMECLITests/Fixtures/word/:
#   libreoffice-casos.odt/.docx      LibreOffice's own output of scripts/word-fixtures/casos.fodt (a footnote,
#                                    a text box, a header and footer, a picture, a tracked change, a comment,
#                                    a line break), as a LibreOffice user would save it
#   libreoffice-tarapaca.odt/.docx   the Word template filled with Tarapacá's experience (python-docx), opened
#                                    and saved again by LibreOffice in both formats
#   antiguo.doc                      the same, saved by LibreOffice as Word 97–2003
#   cifrado.docx                     the same, encrypted with a password by msoffcrypto-tool (PyPI), as Word
#                                    encrypts («Proteger documento › Cifrar con contraseña»)
# Needs LibreOffice (scripts/install-deps.sh office), pandoc and python-docx (word). Not run by the tests:
# its output is committed, so CI needs no LibreOffice. Run it again when the template changes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh word office
out=Tests/RMECLITests/Fixtures/word
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

swift build --product rme >/dev/null
rme=$(swift build --show-bin-path)/rme
"$rme" plantilla-word --salida "$work/plantilla.docx" >/dev/null
python3 scripts/word-fill.py "$work/plantilla.docx" Content/2015-2017/experiencias/tarapaca.md "$work/tarapaca.docx"

# LibreOffice converts in a profile of its own, so a desktop session's settings do not leak in.
office() {
    soffice -env:UserInstallation="file://$work/perfil" --headless --convert-to "$1" --outdir "$work/lo" "$2" >/dev/null
}
office odt scripts/word-fixtures/casos.fodt
office 'docx:MS Word 2007 XML' scripts/word-fixtures/casos.fodt
office odt "$work/tarapaca.docx"
mv "$work/lo/tarapaca.odt" "$work/tarapaca-lo.odt"
office 'docx:MS Word 2007 XML' "$work/tarapaca-lo.odt"
mv "$work/lo/tarapaca-lo.docx" "$out/libreoffice-tarapaca.docx"
office doc "$work/tarapaca.docx"
cp "$work/lo/casos.odt" "$out/libreoffice-casos.odt"
cp "$work/lo/casos.docx" "$out/libreoffice-casos.docx"
cp "$work/tarapaca-lo.odt" "$out/libreoffice-tarapaca.odt"
cp "$work/lo/tarapaca.doc" "$out/antiguo.doc"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet msoffcrypto-tool
"$work/venv/bin/msoffcrypto-tool" -e -p clave-de-prueba "$work/tarapaca.docx" "$out/cifrado.docx"
ls -l "$out"
