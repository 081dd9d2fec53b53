"""The PyMuPDF we depend on keeps the text that survives a redaction where it was.

PyMuPDF 2.0's `apply_redactions()` rewrites a text object that loses a word so that the
words after it move (6-21 pt to the left, partly under the box); 1.26.7-1.28.2 keep them in
place. pyproject.toml excludes 2.0, and this test fails on any version that brings it back.

It imports only pymupdf and pytest, so that it can be run against another PyMuPDF in a bare
venv: `PYTHONPATH=. /tmp/venv/bin/python -m pytest tests/unit/test_dependencies.py`.
The redaction is done as redact/render/pdf.py does it: a black box shrunk vertically, then
`apply_redactions(images=PIXELS, graphics=REMOVE_IF_TOUCHED, text=REMOVE)`.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

TOLERANCE = 0.5  # points
VERTICAL_INSET = 0.18  # as in redact/render/pdf.py

LINE = "Als dat bevestigt is Jansen daar projectleider van het nieuwe plan"

# Content streams with the redacted word mid-line and mid-text-object, in several fonts and
# sizes: one Tj per line, a kerned TJ array, a word per Tj with Td moves inside one BT..ET,
# a scaled text matrix, and character/word spacing.
STREAMS = {
    "tj-helvetica-11": f"BT /helv 11 Tf 72 700 Td ({LINE}) Tj ET",
    "tj-times-8": f"BT /tiro 8 Tf 72 700 Td ({LINE}) Tj 0 -10 Td (De gemeente Jansen neemt een besluit) Tj ET",
    "tj-courier-16": "BT /cour 16 Tf 40 700 Td (Als dat Jansen bevestigt) Tj ET",
    "tj-kerned-helvetica-12": "BT /helv 12 Tf 72 700 Td [(Als) -20 ( dat be) 30 (vestigt is ) -15 (Jan) 40 "
                              "(sen daar pro) -25 (jectleider van het) 10 ( plan)] TJ ET",
    "tj-kerned-times-14": "BT /tiro 14 Tf 72 700 Td [(A) 80 (ls dat ) (Jansen) ( daar) -120 ( pr) 15 "
                          "(ojectleider)] TJ ET",
    "td-words-one-object": "BT /helv 10 Tf 72 700 Td (Als) Tj 18 0 Td (dat) Tj 18 0 Td (Jansen) Tj "
                           "36 0 Td (daar) Tj 24 0 Td (projectleider) Tj 0 -14 Td (is van het plan) Tj ET",
    "tm-scaled-fonts-mixed": "BT 1.2 0 0 1 72 700 Tm /tiro 9 Tf (Als dat ) Tj /helv 9 Tf (Jansen) Tj "
                             "/cour 9 Tf ( daar projectleider) Tj ET",
    "tc-tw-spacing": "BT /helv 11 Tf 0.6 Tc 2 Tw 72 700 Td (Als dat Jansen daar projectleider is) Tj ET",
}


# Lines written by PyMuPDF's own insert_text (one hex-string TJ per line, as samples/ are built),
# with a base-14 font and with an embedded TrueType font (Identity-H, two-byte codes).
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
INSERTED = {
    "insert-text-helvetica-10.5": dict(fontname="helv", fontsize=10.5),
    "insert-text-dejavu-9": dict(fontname="dejavu", fontfile=str(DEJAVU), fontsize=9),
}


def _pdf(name: str) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if name in INSERTED:
        if "fontfile" in INSERTED[name] and not DEJAVU.is_file():
            pytest.skip("DejaVu Sans is not installed")
        for n, line in enumerate((LINE, "De gemeente Jansen neemt dat besluit", LINE)):
            page.insert_text((72, 100 + 13 * n), line, **INSERTED[name])
    else:
        for font in ("helv", "tiro", "cour"):
            page.insert_font(fontname=font)
        page.insert_text((10, 10), " ", fontname="helv")  # gives the page a content stream to replace
        doc.update_stream(page.get_contents()[0], STREAMS[name].encode("latin-1"))
    return pymupdf.open("pdf", doc.tobytes())


def _words(page: pymupdf.Page) -> list[tuple[pymupdf.Rect, str]]:
    return [(pymupdf.Rect(w[:4]), w[4]) for w in page.get_text("words")]


def _redact(page: pymupdf.Page, rect: pymupdf.Rect) -> pymupdf.Rect:
    inset = rect.height * VERTICAL_INSET
    box = pymupdf.Rect(rect.x0, rect.y0 + inset, rect.x1, rect.y1 - inset)
    page.add_redact_annot(box, fill=(0, 0, 0), cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                          graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    return box


@pytest.mark.parametrize("name", sorted(STREAMS) + sorted(INSERTED))
@pytest.mark.parametrize("target", ["Jansen", "dat"])
def test_surviving_words_keep_their_place(name: str, target: str) -> None:
    doc = _pdf(name)
    page = doc[0]
    before = _words(page)
    hits = [r for r, w in before if w == target]
    if not hits:
        pytest.skip(f"{target!r} is not a word of {name}")
    box = _redact(page, hits[0])
    after = _words(doc[0])
    moved, covered = [], []
    for rect, word in before:
        if rect == hits[0]:
            continue
        same = [r for r, w in after if w == word and max(abs(r.x0 - rect.x0), abs(r.y0 - rect.y0),
                                                         abs(r.x1 - rect.x1), abs(r.y1 - rect.y1)) <= TOLERANCE]
        if not same:
            near = [(round(r.x0 - rect.x0, 2), w) for r, w in after if abs(r.y0 - rect.y0) < 2]
            moved.append(f"{word!r} at x={rect.x0:.2f} (on its line now: {near})")
    for rect, word in after:
        if (rect & box).width > 0.1 and (rect & box).height > 0.1:
            covered.append(word)
    assert not moved, f"{pymupdf.__version__} moved surviving words: {moved}"
    assert not covered, f"{pymupdf.__version__} left words under the box: {covered}"
    assert not [w for r, w in after if w == target and r.intersects(box)], "the redacted word is still there"
