"""Boxes on a trusted OCR layer, and the layout check on such a page (issue 19, the released VWS scans).

ZyLAB's layers (the VWS releases) give one row of the page as several text lines, with boxes of
every height, in a monospace font over a proportional image; and their lines' boxes abut, so a
box with the renderer's pixel margin reaches into the claimed box of the line below over blank
paper. These tests build such pages by hand (no OCR is run).
"""

from __future__ import annotations

import pymupdf
import pytest

from redact.ingest.layer import CLEARANCE, fit_to_ink, layer_lines
from redact.model import Redaction
from redact.verify.labels import page_words
from redact.verify.layout import misplaced_words

SIZE = 11.0


def _image_page(lines: list[tuple[float, float, str]], size: float = SIZE) -> pymupdf.Document:
    """A scan: the lines (x, baseline, text) drawn in Helvetica and rasterised at 300 dpi."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    for x, y, text in lines:
        page.insert_text((x, y), text, fontsize=size, fontname="helv")
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    return doc


def _glyphs(x: float, y: float, text: str, value: str) -> pymupdf.Rect:
    """Where the image drew `value` (of the line `text` at x, y)."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.insert_text((x, y), text, fontsize=SIZE, fontname="helv")
    return page.search_for(value)[0]


def _layer(words: list[tuple[str, tuple[float, float, float, float]]], breaks: set[int]) -> tuple[str, tuple]:
    """A layer's page text and character boxes: each word's box split evenly (a monospace layer),
    a line break after the words whose index is in `breaks`, else a space."""
    text, boxes = "", []
    for i, (word, (x0, y0, x1, y1)) in enumerate(words):
        step = (x1 - x0) / len(word)
        text += word
        boxes += [(x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(word))]
        sep = "\n" if i in breaks or i == len(words) - 1 else " "
        text += sep
        boxes.append(None)
    return text, tuple(boxes)


def _word_box(text: str, boxes, word: str) -> tuple[float, float, float, float]:
    start = text.index(word)
    bs = [b for b in boxes[start:start + len(word)] if b]
    return min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)


def test_a_widened_box_keeps_clear_of_a_word_the_layer_put_in_another_line():
    # "Hugo de Jonge" on one row of the image; the layer gives "Hugo" as a line of its own with a
    # tall box (it took in the grey box below), "de Jonge" as the next line.
    x, y = 100.0, 200.0
    doc = _image_page([(x, y, "Hugo de Jonge")])
    hugo, de = _glyphs(x, y, "Hugo de Jonge", "Hugo"), _glyphs(x, y, "Hugo de Jonge", "de")
    words = [("Hugo", (hugo.x0, hugo.y0, hugo.x1 - 2, hugo.y1 + 12)), ("de", tuple(de)),
             ("Jonge", tuple(_glyphs(x, y, "Hugo de Jonge", "Jonge")))]
    text, boxes = _layer(words, breaks={0})
    assert [len(ws) for ws in layer_lines(text, boxes)] == [1, 2]  # two text lines, one row
    wide = fit_to_ink(doc[0], text, boxes)
    assert _word_box(text, wide, "Hugo")[2] <= de.x0 - CLEARANCE + 1e-6  # not onto the "d" of "de"
    assert _word_box(text, wide, "Hugo")[2] >= hugo.x1 - 0.5  # and still over the "o" of "Hugo"


def test_a_box_ending_before_a_trailing_comma_covers_the_last_letter_in_the_image():
    # A monospace layer word "jan@x.nl," over proportional print: split evenly, the comma's cell
    # takes a ninth of the word and the box of "jan@x.nl" ended short of the image's "l".
    x, y, line = 100.0, 300.0, "mail jan@x.nl, graag"
    doc = _image_page([(x, y, line)])
    value, whole = _glyphs(x, y, line, "jan@x.nl"), _glyphs(x, y, line, "jan@x.nl,")
    words = [("mail", tuple(_glyphs(x, y, line, "mail"))), ("jan@x.nl,", tuple(whole)),
             ("graag", tuple(_glyphs(x, y, line, "graag")))]
    text, boxes = _layer(words, breaks=set())
    wide = fit_to_ink(doc[0], text, boxes)
    start = text.index("jan@x.nl,")
    last = wide[start + len("jan@x.nl") - 1]  # the box of the "l"
    assert last[2] >= value.x1 - 0.3, (last, value)
    assert wide[start + len("jan@x.nl")][0] >= value.x1 - 0.6  # the comma's box starts at the comma


def _stacked(tmp_path, render_mode: int) -> tuple[pymupdf.Document, dict]:
    """A page with "bescherming" over "uur is dan", their claimed boxes abutting (1 pt apart), as
    text with `render_mode` (3: a scan's invisible layer over the image; 0: visible text). The
    claimed box of "uur" reaches up to the ascender line, over blank paper: it has no ascender."""
    x, y = 100.0, 400.0
    step = 10.175 + 1.0  # poppler's box of Helvetica 11 pt is 10.175 pt high: claimed boxes 1 pt apart
    # The line below starts so that a box ending 1 pt right of "bescherming" cuts its "r" at 30 %.
    length = pymupdf.get_text_length
    below = x + length("bescherming", "helv", SIZE) + 1.0 - length("uu", "helv", SIZE) - 0.3 * length("r", "helv", SIZE)
    lines = [((x, y), "bescherming"), ((below, y + step), "uur is dan")]
    doc = _image_page([(p[0], p[1], t) for p, t in lines]) if render_mode == 3 else pymupdf.open()
    page = doc[0] if render_mode == 3 else doc.new_page(width=595, height=842)
    for point, line in lines:
        page.insert_text(point, line, fontsize=SIZE, fontname="helv", render_mode=render_mode)
    src = tmp_path / f"bron{render_mode}.pdf"
    doc.save(src)
    words = {w: pymupdf.Rect(b) for b, w in page_words(src)[0]}  # as the layout check reads them
    return src, words


def _redact(src, out, box: pymupdf.Rect, text_box: pymupdf.Rect) -> None:
    """As the renderer does it: the text under `text_box` removed, the pixels under `box` blacked."""
    with pymupdf.open(src) as doc:
        page = doc[0]
        page.add_redact_annot(text_box, fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        page.add_redact_annot(box, fill=(0, 0, 0))
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS, text=pymupdf.PDF_REDACT_TEXT_NONE)
        doc.save(out)


def _check(src, out, box) -> list:
    log = Redaction(page=1, start=0, end=11, entity_type="PERSON", ground="5.1.2e", detector="test", score=1.0,
                    boxes=(tuple(box),))
    return misplaced_words(src, out, [log], [(595.0, 842.0, 0)])


@pytest.mark.parametrize("into_ink", [False, True])
def test_a_box_over_blank_paper_in_a_neighbours_claimed_box_of_an_invisible_layer(tmp_path, into_ink):
    src, words = _stacked(tmp_path, render_mode=3)
    upper, lower = words["bescherming"], words["uur"]
    assert 0 < lower.y0 - upper.y1 < 1.5  # the claimed boxes (almost) abut
    # The renderer's box: the word's box and its 1 pt pixel margin, into the claimed box below.
    reach = lower.y0 + 1.2 if not into_ink else lower.y0 + 0.6 * lower.height
    box = pymupdf.Rect(upper.x0 - 1, upper.y0 - 1, upper.x1 + 1, reach)
    text_box = pymupdf.Rect(upper.x0, upper.y0 + 3, upper.x1, upper.y0 + 5)
    out = tmp_path / "uit.pdf"
    _redact(src, out, box, text_box)
    found = _check(src, out, box)
    if into_ink:  # the box hides ink of "uur": covered, as before
        assert [m.how for m in found] and all(m.how == "bedekt" for m in found)
    else:  # blank paper between the lines: nothing a reader sees is covered
        assert found == []


def test_visible_text_is_held_to_its_boxes_as_before(tmp_path):
    src, words = _stacked(tmp_path, render_mode=0)
    upper, lower = words["bescherming"], words["uur"]
    box = pymupdf.Rect(upper.x0 - 1, upper.y0 - 1, upper.x1 + 1, lower.y0 + 0.6 * lower.height)
    out = tmp_path / "uit.pdf"
    _redact(src, out, box, pymupdf.Rect(upper.x0, upper.y0 + 3, upper.x1, upper.y0 + 5))
    assert any(m.how == "bedekt" for m in _check(src, out, box))
