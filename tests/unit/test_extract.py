"""Which extractors the output check uses: pdfminer.six wherever fonts lack a reliable Unicode map."""

from __future__ import annotations

import pymupdf

from redact.verify.extract import needs_cmap_reader, pdf_extractors
from tests.leak import hostile


def test_base14_text_needs_no_cmap_reader(tmp_path):
    path = tmp_path / "a.pdf"
    with pymupdf.open() as doc:
        doc.new_page().insert_text((72, 72), "Jan Jansen", fontname="helv")
        doc.save(path)
    assert not needs_cmap_reader(path)
    assert set(pdf_extractors(path)) == {"pypdf", "pdftotext"}


def test_embedded_font_with_tounicode_needs_no_cmap_reader(tmp_path):
    assert not needs_cmap_reader(hostile.truetype(tmp_path / "t.pdf"))


def test_font_without_tounicode_brings_pdfminer_in(tmp_path):
    path = hostile.no_tounicode(tmp_path / "n.pdf")
    assert needs_cmap_reader(path)
    assert "pdfminer" in pdf_extractors(path)


def test_unreadable_structure_counts_as_needing_it(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"not a pdf")
    assert needs_cmap_reader(path)
