"""Readers: text decoding and paging, PDF per-character boxes."""

from __future__ import annotations

import pymupdf
import pytest

from redact.errors import DocumentError
from redact.ingest import read_document
from redact.ingest.text import split_pages


def test_split_pages_cuts_at_paragraphs_and_keeps_every_character():
    text = ("Alinea een met tekst.\n" * 40 + "\n") * 30
    pages = split_pages(text, size=2000)
    assert len(pages) > 1
    assert "".join(p.text for p in pages) == text
    assert all(p.text.endswith("\n\n") for p in pages[:-1])
    assert [p.offset for p in pages] == [sum(len(q.text) for q in pages[:i]) for i in range(len(pages))]


def test_cp1252_fallback_warns(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Caf\xe9 \x80 5".encode("latin-1"))
    doc = read_document(path, "oud.txt")
    assert doc.text == "Café € 5" and doc.encoding == "cp1252"
    assert "cp1252" in doc.warnings[0]


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes("Één BSN".encode("utf-16"))
    assert read_document(path, "u.txt").text == "Één BSN"


@pytest.mark.parametrize("content,reason", [
    (b"", "leeg bestand"),
    (b"   \n\n", "alleen witruimte"),
    (bytes(range(256)) * 8, "binaire inhoud"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + b"abc", "binaire inhoud"),
])
def test_bad_text_files(tmp_path, content, reason):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(path, "x.txt")


def test_pdf_boxes_cover_each_character(tmp_path):
    path = tmp_path / "a.pdf"
    with pymupdf.open() as d:
        page = d.new_page()
        page.insert_text((72, 72), "Jan Jansen", fontsize=12)
        page.insert_text((72, 100), "efficiënt", fontsize=12)
        d.save(path)
    doc = read_document(path, "a.pdf")
    (page,) = doc.pages
    assert page.text.startswith("Jan Jansen\n")
    assert "efficiënt" in page.text
    assert len(page.boxes) == len(page.text)
    j = page.text.index("Jansen")
    x0, y0, x1, y1 = page.boxes[j]
    assert 90 < x0 < 110 and 55 < y0 < 72 < y1 < 80
    assert page.boxes[page.text.index("\n")] is None


@pytest.mark.parametrize("head,date", [
    ("Van: X\nVerzonden: dinsdag 9 maart 2021 16:42\nAan: Y", "2021-03-09"),
    ("From: X\nSent: Monday, March 8, 2021 4:17 PM", "2021-03-08"),
    ("Kenmerk 2023-0012\nDatum: 12-10-2023\n", "2023-10-12"),
    ("Datum: donderdag 16 maart 2023, 10.00 - 12.15 uur", "2023-03-16"),
    ("Geachte heer,\nop 3 maart 2021 schreef u", None),  # a date in the text is not the document date
])
def test_document_date_from_header_lines(tmp_path, head, date):
    path = tmp_path / "d.txt"
    path.write_text(head + "\nDe rest van de brief.\n", encoding="utf-8")
    assert read_document(path, "d.txt").date == date
