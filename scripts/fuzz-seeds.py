#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (make fuzz): scripts/fuzz-seeds.py CONTENT SPEC OUT.

OUT/check/: every file of every edition under CONTENT, each behind the byte that tells rme-fuzz-check what
it is (0 experience, 1 front page, 2 edition.yaml, 3 schema), and each CommonMark example of SPEC as the
body of the first real experience. OUT/render/: the examples and a list of hostile values, one value per
line, for rme-fuzz-render. SPEC may be absent (../shared not on this machine): said, and left out.
"""
import hashlib
import pathlib
import re
import sys

content, spec, out = (pathlib.Path(argument) for argument in sys.argv[1:4])
corpora = {name: out / name for name in ("check", "render")}
for folder in corpora.values():
    folder.mkdir(parents=True, exist_ok=True)


def write(kind, data):
    (corpora[kind] / hashlib.sha1(data).hexdigest()).write_bytes(data)


first_experience = None
for edition in sorted(path for path in content.iterdir() if (path / "edition.yaml").is_file()):
    write("check", b"\x02" + (edition / "edition.yaml").read_bytes())
    for page in sorted((edition / "paginas").glob("*.md")):
        write("check", b"\x01" + page.read_bytes())
    for experience in sorted((edition / "experiencias").glob("*.md")):
        data = experience.read_bytes()
        first_experience = first_experience or data
        write("check", b"\x00" + data)
if (content / "schema.yaml").is_file():
    write("check", b"\x03" + (content / "schema.yaml").read_bytes())

examples = []
if spec.is_file():
    text = spec.read_text(encoding="utf-8")
    for block in re.findall(r"^`{32} example\n(.*?)^`{32}$", text, flags=re.S | re.M):
        examples.append(block.split("\n.\n")[0].replace("\u2192", "\t").encode())
else:
    print(f"fuzz-seeds: no CommonMark spec at {spec} (../shared is absent): seeding from the content only")

front_matter = b""
if first_experience and first_experience.startswith(b"---"):
    front_matter = first_experience[: first_experience.index(b"\n---", 3) + 5]
for example in examples:
    write("check", b"\x00" + front_matter + b"\n## Conformaci\xc3\xb3n de la red\n\n" + example)
    write("render", example)

hostile = [
    "javascript:alert(1)", "<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' onfocus='x", "</title><script>",
    "[x](javascript:alert(1))", "[x](//evil.example)", "![x](data:text/html,<script>)", "{{titulo}}", "{{{titulo}}}",
    "<!--", "]]>", "</style><script>", "\\u003cscript", "&lt;script&gt;", "\u202eevil", "a\u0000b", "%3Cscript%3E",
    "<a href=\"javascript:x\">x</a>", "``` \n<script>", "<img src=x onerror=alert(1)>", "https://example.org/\"><script>",
]
write("render", "\n".join(hostile).encode())
for value in hostile:
    write("render", value.encode())
print(f"fuzz-seeds: {len(list(corpora['check'].iterdir()))} check seeds, {len(list(corpora['render'].iterdir()))} render seeds in {out}")
