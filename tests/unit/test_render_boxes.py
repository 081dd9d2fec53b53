"""Boxes hug the redacted span, and the label stays readable on short boxes (issue 12)."""

from __future__ import annotations

import json

import pymupdf
import pytest

from redact.ingest import read_document
from redact.model import Decision, DocumentResult, Finding, Status
from redact.render.pdf import MIN_LABEL_SIZE, fit_label, label_forms, render_pdf
from redact.outfolder import log_lines
from redact.verify import verify_output
from redact.verify.labels import page_words


def test_label_forms_shorten_from_the_front():
    assert label_forms("5.1.2e") == ["5.1.2e", "2e", "e"]
    assert label_forms("10.2g") == ["10.2g", "2g", "g"]
    assert label_forms("5.2") == ["5.2", "2"]


@pytest.mark.parametrize("width, label", [(100, "5.1.2e"), (14, "2e"), (6, "e")])
def test_the_longest_form_that_fits_at_a_readable_size(width, label):
    text, size = fit_label(pymupdf.Rect(0, 0, width, 9), "5.1.2e")
    assert text == label and size >= MIN_LABEL_SIZE
    assert pymupdf.get_text_length(text, fontname="helv", fontsize=size) <= width


def test_a_label_never_leaves_a_box_too_small_for_any_form():
    text, size = fit_label(pymupdf.Rect(0, 0, 2, 9), "5.1.2e")
    assert text == "e" and pymupdf.get_text_length(text, fontname="helv", fontsize=size) <= 2


# "Tel.JV:" with JV kerned into its neighbours (positive TJ numbers pull the next glyph left):
# the span's own character boxes overlap the glyph boxes of "." and ":".
KERNED = b"BT /helv 10.5 Tf 72 700 Td [(Bel Tel.) 80 (JV) 90 (: of mail.)] TJ ET"


def _pdf(path, with_image: bool = False):
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="helv")
    page.insert_text((10, 10), " ", fontname="helv")
    doc.update_stream(page.get_contents()[0], KERNED)
    if with_image:  # an image elsewhere on the page: the pixel pass (with its margin) runs
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
        pix.clear_with(200)
        page.insert_image(pymupdf.Rect(400, 400, 440, 440), pixmap=pix)
    doc.save(path)
    return path


def _render(tmp_path, with_image: bool):
    source = _pdf(tmp_path / "bron.pdf", with_image)
    document = read_document(source, "bron.pdf")
    page = document.pages[0]
    start = page.text.index("JV")
    finding = Finding(page=1, start=start, end=start + 2, text="JV", entity_type="PERSON", score=1.0, detector="t")
    out = tmp_path / "uit.pdf"
    redactions = render_pdf(document, (Decision(finding, "redact", "5.1.2e", "t"),), out)
    return source, out, page, start, redactions


@pytest.mark.parametrize("with_image", [False, True], ids=["text", "pixels"])
def test_box_stays_out_of_the_neighbouring_glyphs(tmp_path, with_image):
    source, out, page, start, (redaction,) = _render(tmp_path, with_image)
    before, after = page.boxes[start - 1], page.boxes[start + 2]  # "." and ":"
    own = pymupdf.Rect(page.boxes[start]) | pymupdf.Rect(page.boxes[start + 1])
    assert before[2] > own.x0 and after[0] < own.x1  # the fixture really kerns into its neighbours
    (box,) = redaction.boxes
    assert box[0] >= before[2] - 0.01 and box[2] <= after[0] + 0.01
    assert box[0] <= own.x0 + 1 and box[2] >= own.x1 - 1  # it yields at most a point of the span
    text = " ".join(w for _, w in page_words(out)[0])
    assert "JV" not in text and "Tel." in text and ": of mail." in text.replace(" :", ":")
    assert verify_output(out, "pdf", ("JV",), (redaction,), source=source) == []


def test_a_short_box_gets_a_short_label_recorded_in_the_log(tmp_path):
    _source, out, _page, _start, (redaction,) = _render(tmp_path, False)
    assert redaction.labels in (("2e",), ("e",))
    (box,) = redaction.boxes
    inside = [w for b, w in page_words(out)[0] if b[0] >= box[0] - 0.5 and b[2] <= box[2] + 0.5]
    assert redaction.labels[0] in inside
    result = DocumentResult(relpath="bron.pdf", kind="pdf", status=Status.OK, redactions=(redaction,))
    (line,) = log_lines([result])
    assert json.loads(line)["labels"] == list(redaction.labels) and "JV" not in line


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_partly_redacted_word_passes_on_cropped_and_rotated_pages(tmp_path, rotation):
    """'Tel.JV:' is one word to poppler: its glyphs are checked one by one (pdfminer.six, which
    measures from the media box, poppler from the crop box)."""
    source = tmp_path / "bron.pdf"
    doc = pymupdf.open(_pdf(tmp_path / "plat.pdf"))
    doc[0].set_cropbox(pymupdf.Rect(30, 40, 560, 800))
    doc[0].set_rotation(rotation)
    doc.save(source)
    document = read_document(source, "bron.pdf")
    start = document.pages[0].text.index("JV")
    finding = Finding(page=1, start=start, end=start + 2, text="JV", entity_type="PERSON", score=1.0, detector="t")
    out = tmp_path / "uit.pdf"
    redactions = render_pdf(document, (Decision(finding, "redact", "5.1.2e", "t"),), out)
    assert verify_output(out, "pdf", ("JV",), redactions, source=source) == []
