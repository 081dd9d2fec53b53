"""An e-mail address whose local part is an earlier release's box (issue 19, sixth session).

On VWS's released scans (181309, 187472, 208928) a scan layer reads a grey earlier box with its
white `5.1.2e` as letters (`IEEE`) and the detectors join that noise with the domain the earlier
release left visible: `IEEE\\n@minvws.nl`. Ingest marks the characters on such a box
(Page.earlier); the decision keeps the address, the local part being redacted already and the
domain the organisation's. An address whose local part shows (black print, even on a grey tile)
is redacted whole.
"""

from __future__ import annotations

import pymupdf
import pytest

from redact.decide.policy import Decider
from redact.ingest.layer import on_earlier
from redact.model import DetectorKind, Document, Finding, Page
from redact.rules import load_rules

GREY = (107 / 255,) * 3
TILE = (140 / 255,) * 3


def _scan() -> pymupdf.Document:
    """Line 1: a grey earlier box with a white label, then `@minvws.nl>` in black. Line 2: a black
    `j.jansen@minvws.nl` printed on a grey tile. Rasterised at 300 dpi, no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(100, 90, 140, 102), color=None, fill=GREY)
    page.insert_text((105, 99), "5.1.2e", fontsize=7, fontname="helv", color=(1, 1, 1))
    page.insert_text((141, 100), "@minvws.nl>", fontsize=10, fontname="helv")
    page.draw_rect(pymupdf.Rect(100, 130, 220, 146), color=None, fill=TILE)
    page.insert_text((102, 142), "j.jansen@minvws.nl", fontsize=10, fontname="helv")
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    doc.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    return doc


def _claims(text: str, x0: float, y0: float, y1: float, width: float) -> list[tuple]:
    return [(x0 + k * width, y0, x0 + (k + 1) * width, y1) for k in range(len(text))]


def _layer() -> tuple[str, tuple]:
    """A scan layer as ZyLAB writes one: `IEEE` claimed on the grey box, the domain after it,
    and the tile's address as printed."""
    noise, domain, address = "IEEE", "@minvws.nl>", "j.jansen@minvws.nl"
    boxes = _claims(noise, 104, 91, 101, 8) + [None] + _claims(domain, 141, 91, 101, 5.5) + [None] \
        + _claims(address, 102, 133, 143, 5.5)
    return f"{noise}\n{domain}\n{address}", tuple(boxes)


def test_the_characters_on_an_earlier_box_are_marked_and_print_on_a_grey_tile_is_not():
    text, boxes = _layer()
    spans = on_earlier(_scan()[0], text, boxes)
    marked = {k for a, b in spans for k in range(a, b)}
    assert {0, 1, 2, 3} <= marked  # IEEE
    assert not marked & set(range(4, 17))  # not the domain after the box
    local = text.index("j.jansen")
    assert not marked & set(range(local, local + 9))  # nor the local part printed black on the grey tile


@pytest.fixture(scope="module")
def decider() -> Decider:
    return Decider(load_rules())


def _email(page: Page, value: str) -> Finding:
    start = page.text.index(value)
    return Finding(page.number, start, start + len(value), value, "EMAIL_ADDRESS", 1.0, "email",
                   detector_kind=DetectorKind.PATTERN)


def _doc(page: Page) -> Document:
    return Document(source="x.pdf", relpath="x.pdf", kind="pdf", pages=(page,))


def test_an_address_whose_local_part_is_an_earlier_box_is_kept_with_the_reason(decider):
    text, boxes = _layer()
    page = Page(1, text, boxes, 595, 842, source="ocr", earlier=((0, 4),))
    d = decider.decide_one(_email(page, "IEEE\n@minvws.nl"), _doc(page), [])
    assert d.action == "keep"  # before: redact, and its box took the domain and touched the '>'
    assert "eerdere openbaarmaking" in d.reason


@pytest.mark.parametrize("earlier", [(), ((0, 3),), ((0, 4), (5, 8))])
def test_an_address_with_a_visible_local_part_or_a_covered_domain_is_redacted(decider, earlier):
    # no marks; one letter of the local part off the box; the domain partly on a box too
    text, boxes = _layer()
    page = Page(1, text, boxes, 595, 842, source="ocr", earlier=earlier)
    assert decider.decide_one(_email(page, "IEEE\n@minvws.nl"), _doc(page), []).action == "redact"


def test_a_real_address_beside_a_marked_box_is_redacted(decider):
    text, boxes = _layer()
    page = Page(1, text, boxes, 595, 842, source="ocr", earlier=((0, 4),))
    assert decider.decide_one(_email(page, "j.jansen@minvws.nl"), _doc(page), []).action == "redact"


def test_an_address_judged_in_its_joined_reading_is_judged_for_the_output_check(tmp_path):
    # 204737.pdf page 4: the kept `HEE\n@minlnv.nl` (MuPDF, two lines), `HEE@minlnv.nl` (pypdf)
    from redact.verify.judged import unjudged

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "HEE", fontsize=10, fontname="helv")
    page.insert_text((72, 112), "@minlnv.nl>", fontsize=10, fontname="helv")
    path = tmp_path / "out.pdf"
    doc.save(path)
    assert unjudged(path, {"pypdf": lambda p: "HEE@minlnv.nl>"}) == []  # before: failed, never judged
    assert unjudged(path, {"pypdf": lambda p: "jan@minlnv.nl>"})  # an address nobody saw still fails
