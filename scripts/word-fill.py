#!/usr/bin/env python3
"""Fills rme's Word template with an experience, the way a region fills it in Word.

Usage: word-fill.py PLANTILLA.docx EXPERIENCIA.md SALIDA.docx [--schema Content/schema.yaml]
                    [--one-line CLAVE]... [--manual-bullets SECCIÓN]

Writes with python-docx, which edits the template's own XML: answers go into the fields table's second
column (one paragraph per value, or comma-separated on one line for the keys given with --one-line), each
section's guide is replaced by the experience's paragraphs, and list items are copies of the template's
bullet paragraph, so they keep Word's list numbering. With --manual-bullets a section's items are typed as
"• texto" paragraphs instead, as people do without the bullets button. **bold** and *italic* become runs.

The tests use it to write each real experience as a Word document and import it back (rme importar).
"""
import copy
import re
import sys

import docx
import yaml


def front_matter(text):
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return (yaml.safe_load(match.group(1)) or {}), text[match.end():]


def sections(body):
    """[(heading, [("p"|"li", text)])] from the experience's body."""
    result = []
    for line in body.split("\n"):
        if line.startswith("## "):
            result.append((line[3:].strip(), []))
        elif not result or not line.strip():
            continue
        elif line.startswith("- "):
            result[-1][1].append(("li", line[2:].strip()))
        else:
            result[-1][1].append(("p", line.strip()))
    return result


def add_runs(paragraph, text):
    """The text as runs: **bold**, *italic*, the rest plain; backslash escapes undone."""
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            paragraph.add_run(unescape(part[2:-2])).bold = True
        elif part.startswith("*"):
            paragraph.add_run(unescape(part[1:-1])).italic = True
        else:
            paragraph.add_run(unescape(part))


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


def clear(paragraph):
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    for link in paragraph._p.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hyperlink"):
        link.getparent().remove(link)


def paragraph_after(paragraph, template):
    """A new paragraph after `paragraph`, a copy of `template`'s properties (style, list numbering)."""
    element = copy.deepcopy(template._p)
    for child in list(element):
        if not child.tag.endswith("}pPr"):
            element.remove(child)
    paragraph._p.addnext(element)
    return docx.text.paragraph.Paragraph(element, paragraph._parent)


def fill_table(document, values, labels, one_line):
    table = document.tables[0]
    for row in table.rows:
        label = row.cells[0].paragraphs[0].text.strip()
        key = labels.get(label)
        if key is None:
            continue
        cell = row.cells[1]
        value = values.get(key)
        items = [] if value is None else (value if isinstance(value, list) else [value])
        items = [str(item) for item in items]
        if key in one_line and items:
            items = [", ".join(items)]
        first = cell.paragraphs[0]
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        clear(first)
        if items:
            first.add_run(items[0])
        previous = first
        for item in items[1:]:
            previous = paragraph_after(previous, first)
            previous.add_run(item)


def fill_sections(document, experience_sections, manual):
    paragraphs = list(document.paragraphs)
    headings = {p.text.strip(): i for i, p in enumerate(paragraphs) if p.style.name.startswith("Heading")}
    for heading, blocks in experience_sections:
        index = headings.get(heading)
        if index is None:
            raise SystemExit(f"la plantilla no tiene la sección «{heading}»")
        guide = paragraphs[index + 1]
        bullet_template = guide
        previous = None
        for kind, text in blocks:
            if previous is None:
                target = guide
                clear(target)
            else:
                target = paragraph_after(previous, bullet_template if kind == "li" else guide)
            if kind == "li" and heading in manual:
                # Typed by hand: a plain paragraph starting with a bullet character.
                properties = target._p.pPr
                if properties is not None and properties.numPr is not None:
                    properties.remove(properties.numPr)
                add_runs(target, "• " + text)
            else:
                add_runs(target, text)
            previous = target


def main(argv):
    args = argv[1:]
    schema_path = "Content/schema.yaml"
    one_line, manual = set(), set()
    positional = []
    while args:
        arg = args.pop(0)
        if arg == "--schema":
            schema_path = args.pop(0)
        elif arg == "--one-line":
            one_line.add(args.pop(0))
        elif arg == "--manual-bullets":
            manual.add(args.pop(0))
        else:
            positional.append(arg)
    template, experience, output = positional
    with open(schema_path, encoding="utf-8") as handle:
        schema = yaml.safe_load(handle)
    labels = {field.get("etiqueta", field["clave"]): field["clave"] for field in schema["campos"]}
    with open(experience, encoding="utf-8") as handle:
        values, body = front_matter(handle.read())
    document = docx.Document(template)
    fill_table(document, values, labels, one_line)
    fill_sections(document, sections(body), manual)
    document.save(output)


if __name__ == "__main__":
    main(sys.argv)
