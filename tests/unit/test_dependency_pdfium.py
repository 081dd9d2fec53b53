"""The PDFium (pypdfium2) we depend on gives the glyph boxes the layout check relies on.

redact/verify/layout.py checks a word that a box covers in part glyph by glyph, with the glyphs
as redact/verify/extract.py: pdfium_glyphs reads them: each drawn character's *loose* box (its
advance cell: the advance width along the text, the font's ascent to descent across it), in
user space, with the characters PDFium makes up itself flagged as generated, each drawn one
listed once; placed on the displayed page through FPDF_GetPageBoundingBox (crop box clipped to the
media box) and the page's /Rotate. This test fails on a pypdfium2 that changes any of that,
and on one whose glyphs move after a redaction done as redact/render/pdf.py does it.

It imports only pypdfium2, pymupdf (to write the PDFs and redact them) and pytest, so that it
can be run against another pypdfium2 in a bare venv:
`PYTHONPATH=. /tmp/venv/bin/python -m pytest tests/unit/test_dependency_pdfium.py`.
"""

from __future__ import annotations

import pymupdf
import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

TOLERANCE = 0.5  # points, as in redact/verify/layout.py
VERTICAL_INSET = 0.18  # as in redact/render/pdf.py
HELVETICA = {"J": 500, "a": 556, "n": 556, "s": 500, "e": 556, ".": 278, "i": 222, "l": 222, "W": 944}


def _stream_pdf(stream: str, media=(0, 0, 595, 842), crop=None, rotate=0) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="helv")
    page.insert_text((10, 10), " ", fontname="helv")  # gives the page a content stream to replace
    doc.update_stream(page.get_contents()[0], stream.encode("latin-1"))
    doc.xref_set_key(page.xref, "MediaBox", "[%g %g %g %g]" % media)
    if crop:
        doc.xref_set_key(page.xref, "CropBox", "[%g %g %g %g]" % crop)
    if rotate:
        doc.xref_set_key(page.xref, "Rotate", str(rotate))
    return doc.tobytes()


def _chars(data: bytes):
    """(text, loose box, generated) per character of page 1, and the page's bbox and rotation."""
    doc = pdfium.PdfDocument(data)
    page = doc[0]
    textpage = page.get_textpage()
    rect = raw.FS_RECTF()
    chars = []
    for k in range(raw.FPDFText_CountChars(textpage)):
        assert raw.FPDFText_GetLooseCharBox(textpage, k, rect)
        chars.append((chr(raw.FPDFText_GetUnicode(textpage, k)), (rect.left, rect.bottom, rect.right, rect.top),
                      raw.FPDFText_IsGenerated(textpage, k) == 1))
    return chars, tuple(page.get_bbox()), page.get_rotation()


def _drawn(chars):
    return [(t, b) for t, b, generated in chars if not generated and t.strip()]


def test_loose_boxes_are_advance_cells_in_user_space():
    chars, bbox, rotation = _chars(_stream_pdf("BT /helv 10 Tf 72 700 Td (Jansen. Wil) Tj ET"))
    drawn = _drawn(chars)
    assert "".join(t for t, _ in drawn) == "Jansen.Wil"
    x = 72.0
    for text, (x0, y0, x1, y1) in drawn:
        assert x0 == pytest.approx(x, abs=0.01), text  # cells abut: each starts where the last ended
        assert x1 - x0 == pytest.approx(HELVETICA[text] / 100, abs=0.01), text  # the advance width, not the ink
        assert y0 < 700 < y1 and y1 - y0 > 9, text  # across the baseline, about the font size high
        x = x1
        if text == ".":
            x += 2.78  # the space after it
    assert bbox == (0, 0, 595, 842) and rotation == 0


def test_a_dot_and_a_space_have_cells_but_no_ink():
    """Why the loose box: the tight one is the outline's extent (a dot is a point wide)."""
    data = _stream_pdf("BT /helv 10 Tf 72 700 Td (a. b) Tj ET")
    doc = pdfium.PdfDocument(data)
    textpage = doc[0].get_textpage()
    dot = next(k for k in range(textpage.count_chars()) if raw.FPDFText_GetUnicode(textpage, k) == ord("."))
    left, _, right, _ = textpage.get_charbox(dot, loose=False)
    assert right - left < 1.5
    left, _, right, _ = textpage.get_charbox(dot, loose=True)
    assert right - left == pytest.approx(2.78, abs=0.01)
    # A space draws nothing: its tight box is a line (extract.INKLESS leaves such glyphs out,
    # which matters where a font without ToUnicode gives a space no Unicode of its own).
    space = dot + 1
    assert raw.FPDFText_GetUnicode(textpage, space) == ord(" ")
    left, bottom, right, top = textpage.get_charbox(space, loose=False)
    assert min(right - left, top - bottom) < 0.05


def test_made_up_spaces_and_line_ends_are_flagged_and_every_drawn_glyph_is_listed():
    """Words placed with Td, drawn right to left: PDFium adds spaces and line ends of its own
    (flagged) and may list the glyphs in its reading order (the check sorts them along the
    word), but lists each drawn glyph once."""
    chars, _, _ = _chars(_stream_pdf("BT /helv 10 Tf 300 700 Td (daar) Tj -100 0 Td (Jansen) Tj "
                                     "-100 0 Td (Als) Tj 0 -40 Td (plan) Tj ET"))
    assert sorted(t for t, _ in _drawn(chars)) == sorted("daarJansenAlsplan")
    assert all(generated for t, _, generated in chars if not t.strip())


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_boxes_stay_in_user_space_on_shifted_cropped_and_rotated_pages(rotate):
    """/Rotate and the boxes do not move the glyphs' user-space boxes; the page's bbox is the
    crop box clipped to the media box (what poppler's -cropbox displays)."""
    chars, bbox, rotation = _chars(_stream_pdf("BT /helv 10 Tf 172 800 Td (Jansen) Tj ET",
                                               media=(100, 100, 695, 942), crop=(130, 140, 800, 900),
                                               rotate=rotate))
    first = _drawn(chars)[0]
    assert first[0] == "J" and first[1][0] == pytest.approx(172, abs=0.01)
    assert first[1][1] < 800 < first[1][3]
    assert bbox == (130, 140, 695, 900) and rotation == rotate


def test_text_turned_by_its_matrix_gets_the_box_around_its_cell():
    chars, _, _ = _chars(_stream_pdf("BT /helv 10 Tf 0 1 -1 0 300 400 Tm (Jansen) Tj ET"))
    (_, (x0, y0, x1, y1)) = _drawn(chars)[0]
    assert y0 == pytest.approx(400, abs=0.01) and y1 - y0 == pytest.approx(5.0, abs=0.01)  # along the text: up
    assert x0 < 300 < x1 and x1 - x0 > 9  # across it


def _redact(page: pymupdf.Page, rect: pymupdf.Rect) -> None:
    inset = rect.height * VERTICAL_INSET
    page.add_redact_annot(pymupdf.Rect(rect.x0, rect.y0 + inset, rect.x1, rect.y1 - inset), fill=(0, 0, 0),
                          cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                          graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)


@pytest.mark.parametrize("stream", [
    "BT /helv 11 Tf 72 700 Td (Tel.JV: 0612) Tj ET",
    "BT /helv 12 Tf 72 700 Td [(Tel.) -20 (JV) -40 (: 0612)] TJ ET",
    "BT /helv 10 Tf 0.6 Tc 2 Tw 72 700 Td (Tel.JV: 0612) Tj ET",
])
def test_glyphs_beside_a_redacted_part_of_a_word_keep_their_place(stream):
    """'JV' inside the word 'Tel.JV:' redacted as the renderer does it: PDFium reads every other
    glyph of the output in the same cell as in the source, and 'J' and 'V' no more."""
    source = _stream_pdf(stream)
    before = _drawn(_chars(source)[0])
    with pymupdf.open("pdf", source) as doc:
        page = doc[0]
        chars = [c for b in page.get_text("rawdict")["blocks"] for line in b["lines"] for s in line["spans"]
                 for c in s["chars"]]
        j, v = (next(c for c in chars if c["c"] == t) for t in "JV")
        _redact(page, pymupdf.Rect(j["bbox"]) | pymupdf.Rect(v["bbox"]))
        output = doc.tobytes()
    after = _drawn(_chars(output)[0])
    assert [t for t, _ in after] == [t for t, _ in before if t not in "JV"]
    for text, box in before:
        if text in "JV":
            continue
        assert any(t == text and all(abs(p - q) <= TOLERANCE for p, q in zip(b, box)) for t, b in after), text
