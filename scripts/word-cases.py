#!/usr/bin/env python3
"""Writes Word files holding what real Word files hold, for the tests of `rme importar`.

Usage: word-cases.py CASO LLENO.docx SALIDA.docx

LLENO.docx is the template filled with a clean experience (scripts/word-fill.py); each case adds one thing to
it with python-docx, in the XML Word itself writes (w:ins/w:del for tracked changes, comments through
python-docx's comments part, an inline picture, a table, w:br, a w:hyperlink with its relationship, a text
box, a Word field, a header). Cases:

  tracked          a pending insertion and deletion in «Objetivo»
  comments         two comments on «Objetivo»
  picture          an inline picture in «Conformación»
  section-table    a two-row table after the «Objetivo» paragraph
  line-break       a line break (Shift+Enter) inside the «Objetivo» paragraph
  empty            empty paragraphs between the sections
  hyperlink        a link to https://www.mineduc.cl/ in «Objetivo»
  unsafe-link      a javascript: link in «Objetivo»
  quotes           Word's curly quotes and non-breaking spaces around answers of the data table
  header           a header and a footer with text
  text-box         a text box holding words, anchored in «Objetivo»
  field            a DATE field with its shown result in «Objetivo»
  chart            a chart part (word/charts/chart1.xml) referenced from the body
  subheading       a Heading 3 inside «Objetivo»
  numbered         «Para movilizar el objetivo» as a numbered list
"""
import copy
import io
import sys
import zipfile
import zlib
import struct

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def section_paragraph(document, heading, offset=1):
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.style.name.startswith("Heading") and paragraph.text.strip() == heading:
            return paragraphs[index + offset]
    raise SystemExit(f"no section «{heading}»")


def tiny_png():
    """A 2×2 red PNG, written without any imaging library."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def case_tracked(document):
    paragraph = section_paragraph(document, "Objetivo")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="901" w:author="Revisora" w:date="2026-11-30T10:00:00Z">'
        '<w:r><w:t xml:space="preserve"> Texto propuesto por la revisora.</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="902" w:author="Revisora" w:date="2026-11-30T10:00:00Z">'
        '<w:r><w:delText xml:space="preserve"> Texto que la revisora borró.</w:delText></w:r></w:del>'))


def case_comments(document):
    paragraph = section_paragraph(document, "Objetivo")
    run = paragraph.runs[0]
    document.add_comment(run, text="¿Se puede acortar?", author="Editora", initials="E")
    document.add_comment(run, text="Revisar la sigla.", author="Editora", initials="E")


def case_picture(document):
    paragraph = section_paragraph(document, "Conformación")
    paragraph.add_run().add_picture(io.BytesIO(tiny_png()))


def case_section_table(document):
    paragraph = section_paragraph(document, "Objetivo")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Meta", "Logro"), ("Plan anual", "Cumplido")]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    paragraph._p.addnext(table._tbl)


def case_line_break(document):
    paragraph = section_paragraph(document, "Objetivo")
    paragraph.runs[-1].add_break()
    paragraph.add_run("Segunda línea del objetivo.")


def case_empty(document):
    for heading in ("Objetivo", "Idea fuerza"):
        paragraph = section_paragraph(document, heading)
        for _ in range(3):
            paragraph._p.addnext(parse_xml(f'<w:p {nsdecls("w")}/>'))


def add_link(document, url, text):
    paragraph = section_paragraph(document, "Objetivo")
    relationship = document.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{relationship}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
        f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:hyperlink>'))


def case_hyperlink(document):
    add_link(document, "https://www.mineduc.cl/", "sitio del Ministerio")


def case_unsafe_link(document):
    add_link(document, "javascript:alert(1)", "pulse aquí")


def case_quotes(document):
    table = document.tables[0]
    for row in table.rows:
        label = row.cells[0].paragraphs[0].text.strip()
        cell = row.cells[1].paragraphs[0]
        if label == "Año de inicio":
            text = cell.text
            for run in list(cell.runs):
                run._r.getparent().remove(run._r)
            cell.add_run("“" + text + "”")
        if label == "Provincia (DEPROV)":
            text = cell.text
            for run in list(cell.runs):
                run._r.getparent().remove(run._r)
            cell.add_run("«\u00a0" + text + "\u00a0»")


def case_header(document):
    section = document.sections[0]
    section.header.paragraphs[0].text = "Ministerio de Educación — Región de Tarapacá"
    section.footer.paragraphs[0].text = "Borrador para revisión"


def case_text_box(document):
    paragraph = section_paragraph(document, "Objetivo")
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="cuadro1" '
        'style="width:200pt;height:60pt"><v:textbox><w:txbxContent><w:p><w:r>'
        '<w:t>Texto dentro de un cuadro</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


def case_field(document):
    paragraph = section_paragraph(document, "Objetivo")
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; "><w:r>'
        '<w:t xml:space="preserve"> 30 noviembre 2026</w:t></w:r></w:fldSimple>'))


def case_subheading(document):
    paragraph = section_paragraph(document, "Objetivo")
    heading = copy.deepcopy(paragraph._p)
    paragraph._p.addnext(heading)
    sub = docx.text.paragraph.Paragraph(heading, paragraph._parent)
    for run in list(sub.runs):
        run._r.getparent().remove(run._r)
    sub.add_run("Detalle del objetivo")
    sub.style = next(style for style in document.styles if style.name == "Heading 3")


def case_numbered(document):
    # Word's own numbering: a decimal list definition in numbering.xml, used by each item.
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs)
                 if p.style.name.startswith("Heading") and p.text.strip() == "Para movilizar el objetivo")
    for paragraph in paragraphs[start + 1:]:
        if paragraph.style.name.startswith("Heading"):
            break
        properties = paragraph._p.get_or_add_pPr()
        number = properties.get_or_add_numPr()
        number.get_or_add_numId().val = 90
        number.get_or_add_ilvl().val = 0


def add_chart(path):
    """A chart part as Word stores one: word/charts/chart1.xml, its relationship and content type."""
    source = zipfile.ZipFile(path)
    parts = {name: source.read(name) for name in source.namelist()}
    source.close()
    parts["word/charts/chart1.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>')
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("</Types>", '<Override PartName="/word/charts/chart1.xml" '
                          'ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdChart1" '
                        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" '
                        'Target="charts/chart1.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


CASES = {name[5:].replace("_", "-"): function for name, function in globals().items() if name.startswith("case_")}


def main(argv):
    case, source, output = argv[1:4]
    document = docx.Document(source)
    if case != "chart":
        if case not in CASES:
            raise SystemExit(f"caso desconocido: {case}; casos: chart, {', '.join(sorted(CASES))}")
        CASES[case](document)
    document.save(output)
    if case == "chart":
        add_chart(output)


if __name__ == "__main__":
    main(sys.argv)
