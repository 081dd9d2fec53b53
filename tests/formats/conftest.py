"""Real files of each format, built in the tests: mails with the standard library, OOXML zips by
hand, images with PyMuPDF (and a multi-page TIFF written byte by byte). Outputs are read back with
poppler's pdftotext, never with PyMuPDF, which wrote them."""

from __future__ import annotations

import csv
import io
import shutil
import struct
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.flows.run import run

needs_office = pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                                  reason="LibreOffice ontbreekt (bash install.sh installeert het): "
                                         "Office-conversie niet getest")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) ontbreekt")


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def inventory(out: Path) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO((out / "inventaris.csv").read_text(encoding="utf-8-sig")), delimiter=";")
    return {r["ID"]: r for r in rows}


def run_folder(src: Path, out: Path):
    """`run` in this process (one job), so a monkeypatch reaches the converters."""
    return run([src], out, Options(), executor=LocalPool(1))


def mail(sender: str, to: str, subject: str, body: str, cc: str = "", html: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    if cc:
        msg["Cc"] = cc
    msg["Date"] = "Tue, 12 Mar 2024 09:14:00 +0100"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
       '+xml"/><Default Extension="xml" ContentType="application/xml"/>{}</Types>')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _rels(items: dict[str, tuple[str, str]]) -> str:
    inner = "".join(f'<Relationship Id="{k}" Type="{_REL}{t}" Target="{v}"/>' for k, (t, v) in items.items())
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{inner}</Relationships>'


def docx(paragraphs_xml: str, comments_xml: str | None = None) -> bytes:
    """A Word file from the body's w:p elements, with a comments part when given."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    overrides = f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
    members = {"_rels/.rels": _rels({"rId1": ("officeDocument", "word/document.xml")}),
               "word/document.xml": f'<w:document {W}><w:body>{paragraphs_xml}</w:body></w:document>'}
    if comments_xml is not None:
        overrides += f'<Override PartName="/word/comments.xml" ContentType="{main}.comments+xml"/>'
        members["word/_rels/document.xml.rels"] = _rels({"rId1": ("comments", "comments.xml")})
        members["word/comments.xml"] = f'<w:comments {W}>{comments_xml}</w:comments>'
    members["[Content_Types].xml"] = _CT.format(overrides)
    return _zip(members)


def xlsx(rows: list[list[str]], hidden_rows: set[int] = frozenset(), hidden_sheet: list[list[str]] | None = None
         ) -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

    def sheet(data):
        out = []
        for r, row in enumerate(data, 1):
            cells = "".join(f'<c r="{"ABCDEFGH"[c]}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row))
            hidden = ' hidden="1"' if r in hidden_rows and data is rows else ""
            out.append(f'<row r="{r}"{hidden}>{cells}</row>')
        return f'<worksheet {ns}><sheetData>{"".join(out)}</sheetData></worksheet>'

    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    sheets = '<sheet name="Blad1" sheetId="1" r:id="rId1"/>'
    rels = {"rId1": ("worksheet", "worksheets/sheet1.xml")}
    overrides = (f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
                 f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{main}.worksheet+xml"/>')
    members = {"xl/worksheets/sheet1.xml": sheet(rows)}
    if hidden_sheet is not None:
        sheets += '<sheet name="Geheim" sheetId="2" state="hidden" r:id="rId2"/>'
        rels["rId2"] = ("worksheet", "worksheets/sheet2.xml")
        overrides += f'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="{main}.worksheet+xml"/>'
        members["xl/worksheets/sheet2.xml"] = sheet(hidden_sheet)
    members.update({
        "[Content_Types].xml": _CT.format(overrides),
        "_rels/.rels": _rels({"rId1": ("officeDocument", "xl/workbook.xml")}),
        "xl/_rels/workbook.xml.rels": _rels(rels),
        "xl/workbook.xml": f"<workbook {ns} {rns}><sheets>{sheets}</sheets></workbook>",
    })
    return _zip(members)


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return buf.getvalue()


def text_image(lines: list[str], dpi: int = 200) -> pymupdf.Pixmap:
    """A grey image of typed lines, as a scanner gives it."""
    with pymupdf.open() as doc:
        page = doc.new_page(width=420, height=60 + 24 * len(lines))
        for i, line in enumerate(lines):
            page.insert_text((30, 40 + 24 * i), line, fontsize=14)
        return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)


def multipage_tiff(pixmaps: list[pymupdf.Pixmap]) -> bytes:
    """A baseline TIFF (8-bit grey, uncompressed) with one page per pixmap: one IFD each."""
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    previous_link = 4
    for pix in pixmaps:
        data = pix.samples
        strip = len(out)
        out += data
        if len(out) % 2:
            out += b"\x00"
        ifd = len(out)
        struct.pack_into("<I", out, previous_link, ifd)
        entries = [(256, 4, 1, pix.width), (257, 4, 1, pix.height), (258, 3, 1, 8), (259, 3, 1, 1),
                   (262, 3, 1, 1), (273, 4, 1, strip), (277, 3, 1, 1), (278, 4, 1, pix.height),
                   (279, 4, 1, len(data)), (282, 5, 1, 0), (283, 5, 1, 0), (296, 3, 1, 2)]
        rational = ifd + 2 + 12 * len(entries) + 4
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in entries:
            if kind == 5:
                value = rational
            if kind == 3:
                out += struct.pack("<HHIHH", tag, kind, count, value, 0)
            else:
                out += struct.pack("<HHII", tag, kind, count, value)
        previous_link = len(out)
        out += b"\x00\x00\x00\x00"
        out += struct.pack("<II", pix.xres or 200, 1)
    return bytes(out)
