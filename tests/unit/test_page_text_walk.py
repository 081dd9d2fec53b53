"""ingest/pdf.page_text's fast path for ASCII spans gives the boxes of the plain per-character walk."""

import unicodedata
from pathlib import Path

import pymupdf
import pytest

from redact.ingest.pdf import EXTRACT_FLAGS, page_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "documents"


def walk(page):
    """The character walk as it was: every character NFKC-normalised, a ligature's box shared."""
    chars, boxes = [], []
    raw = page.get_text("rawdict", flags=EXTRACT_FLAGS, clip=pymupdf.INFINITE_RECT())
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            for span in line["spans"]:
                for ch in span["chars"]:
                    norm = unicodedata.normalize("NFKC", ch["c"])
                    x0, y0, x1, y1 = ch["bbox"]
                    step = (x1 - x0) / max(1, len(norm))
                    for i, c in enumerate(norm):
                        chars.append(c)
                        boxes.append((x0 + i * step, y0, x0 + (i + 1) * step, y1))
            chars.append("\n")
            boxes.append(None)
        chars.append("\n")
        boxes.append(None)
    return "".join(chars), tuple(boxes)


@pytest.mark.parametrize("pdf", sorted(SAMPLES.glob("*.pdf"))[:12], ids=lambda p: p.stem)
def test_same_text_and_boxes_as_the_plain_walk(pdf):
    with pymupdf.open(pdf) as doc:
        for page in doc:
            assert repr(page_text(page)) == repr(walk(page))


def test_mixed_spans_ligatures_and_odd_coordinates():
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    page.insert_text((0, 20), "Plain ASCII line, J. de Vries 06-12345678", fontsize=9)
    page.insert_text((0.1, 40), "Ça va, Öztürk — café “quoted”", fontsize=9)
    page.insert_text((-20, 60), "half off the page", fontsize=9)
    page.insert_text((10, 80), "\ufb01ne \ufb03x ligatures", fontsize=9, fontname="helv")
    page = doc.reload_page(page)
    text, boxes = page_text(page)
    assert "Öztürk" in text and "Plain ASCII" in text
    assert repr((text, boxes)) == repr(walk(page))
