#!/usr/bin/env python3
"""Writes hostile or broken "Word" files for the tests of `rme importar`'s refusals.

Usage: word-hostile.py CASO SALIDA [FUENTE.docx]

  plain-zip     a zip archive that is not a document (one text file)
  truncated     the first half of FUENTE.docx (a download cut short)
  corrupted     FUENTE.docx with bytes of word/document.xml's compressed data overwritten
  bomb          a zip whose word/document.xml inflates to 200 MB (it says so in its headers)
  lying-bomb    the same, with headers claiming 1 KB (only inflating tells)
  many-parts    a zip of 5,000 empty parts
"""
import struct
import sys
import zipfile

CASE, OUT = sys.argv[1], sys.argv[2]
SOURCE = sys.argv[3] if len(sys.argv) > 3 else None
BOMB = 200 << 20


def bomb(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(BOMB >> 20):
                member.write(chunk)


def patch_sizes(path, claimed):
    """Overwrites word/document.xml's sizes in its local header and central directory entry."""
    data = bytearray(open(path, "rb").read())
    name = b"word/document.xml"
    at = 0
    while True:
        at = data.find(name, at + 1)
        if at < 0:
            break
        local = data[at - 30:at - 26] == b"PK\x03\x04"
        central = data[at - 46:at - 42] == b"PK\x01\x02"
        if local:
            data[at - 30 + 22:at - 30 + 26] = struct.pack("<I", claimed)
        if central:
            data[at - 46 + 24:at - 46 + 28] = struct.pack("<I", claimed)
    open(path, "wb").write(bytes(data))


if CASE == "plain-zip":
    with zipfile.ZipFile(OUT, "w") as archive:
        archive.writestr("nota.txt", "hola")
elif CASE == "truncated":
    data = open(SOURCE, "rb").read()
    open(OUT, "wb").write(data[: len(data) // 2])
elif CASE == "corrupted":
    data = bytearray(open(SOURCE, "rb").read())
    with zipfile.ZipFile(SOURCE) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 20, start + min(info.compress_size - 4, 200)):
        data[offset] ^= 0x5A
    open(OUT, "wb").write(bytes(data))
elif CASE == "bomb":
    bomb(OUT)
elif CASE == "lying-bomb":
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * BOMB)
    patch_sizes(OUT, 1024)
elif CASE == "many-parts":
    with zipfile.ZipFile(OUT, "w") as archive:
        for index in range(5000):
            archive.writestr(f"word/parte{index}.xml", "")
else:
    raise SystemExit(f"caso desconocido: {CASE}")
