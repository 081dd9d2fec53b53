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


def test_pdfium_glyphs_are_read_around_the_words_asked_in_poppler_space(tmp_path):
    """The layout check asks for the glyphs around poppler's words that a box touches: only
    those come back, in poppler's space, on a rotated and cropped page too."""
    from redact.verify.extract import pdfium_glyphs
    from redact.verify.labels import page_words

    path = tmp_path / "g.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_text((72, 100), "Tel.JV: 0612 en verder", fontname="helv", fontsize=11)
        page.insert_text((72, 300), "Een andere regel", fontname="helv", fontsize=11)
        page.set_cropbox(pymupdf.Rect(30, 40, 560, 800))
        page.set_rotation(90)
        doc.save(path)
    words = page_words(path)[0]
    (word,) = [b for b, w in words if w == "Tel.JV:"]
    glyphs = pdfium_glyphs(path, {1: [word]}, 2.0)[1]
    assert "".join(sorted(t for _, t in glyphs)) == "".join(sorted("Tel.JV:"))
    for box, _ in glyphs:
        middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        assert word[0] - 0.5 <= middle[0] <= word[2] + 0.5 and word[1] - 1 <= middle[1] <= word[3] + 1
