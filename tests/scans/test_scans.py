"""Scans as archives hold them (issue 19): an OCR layer trusted or replaced, earlier redactions
kept and read, faint copies read again instead of withheld.

Boxes are checked against the glyphs as the image shows them (where the text page that was
scanned drew the value), the outputs are read back with Tesseract outside the code under test,
and the faint copy with a cleaning of its own (tests only), since plain Tesseract reads nothing.
"""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pymupdf
import pytest

from redact.ingest import earlier
from redact.model import Status

from tests.leak.readback import EXTRACTORS, ocr_text, squash
from .build import EARLIER, EMAIL, KEEP, LINES, PHONE, SECRETS, SIZE, _text_page


def _glyph_rects(lines, value: str, size: float = SIZE) -> list[pymupdf.Rect]:
    """Where the scanned text page drew `value`: the glyphs in the image."""
    with _text_page(lines, size=size) as doc:
        return [r for r in doc[0].search_for(value)]


def _uncovered_ink(source, rect: pymupdf.Rect, boxes, dpi: int = 100) -> int:
    """How many dark pixels of the source image inside `rect` (a value's glyphs) no box covers."""
    with pymupdf.open(source) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, clip=rect, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    ys, xs = np.nonzero(grey < 128)
    assert len(xs) > 20  # the value's ink is there
    scale = 72.0 / dpi
    left = 0
    for x, y in zip(rect.x0 + (xs + 0.5) * scale, rect.y0 + (ys + 0.5) * scale):
        left += not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
    return left


def _boxes(result) -> list:
    return [b for r in result.redactions for b in r.boxes]


def _no_secret_readable(path, ocr: str) -> None:
    for name, extract in EXTRACTORS.items():
        text = squash(extract(path))
        assert not any(s in text for s in SECRETS), name
    read = squash(ocr)
    assert not any(s in read for s in SECRETS), "OCR of the rendered output"


# -- an existing OCR layer -----------------------------------------------------------------------

def test_a_good_layer_is_trusted_and_no_full_ocr_is_run(read):
    page = read["layered_scan"].pages[0]
    assert page.text_layer == "trusted" and page.source == "ocr" and page.needs_review is None
    assert EMAIL in page.text and PHONE in page.text  # the layer's own text
    assert any("OCR-tekstlaag van de scan gebruikt (vertrouwd" in w for w in read["layered_scan"].warnings)


def test_a_shifted_layer_is_replaced_by_our_ocr(read):
    page = read["shifted_layer"].pages[0]
    assert page.text_layer == "replaced" and page.needs_review is None
    assert page.text.count("41234567") == 1  # our OCR's words only, not the layer's as well
    assert any("OCR-tekstlaag vervangen" in w and "afwijking" in w for w in read["shifted_layer"].warnings)


@pytest.mark.parametrize("name", ["layered_scan", "shifted_layer"])
def test_boxes_cover_the_glyphs_in_the_image(redacted, name):
    r = redacted[name]
    assert r.result.status is Status.OK, r.result.error
    boxes = _boxes(r.result)
    for value in (EMAIL, PHONE):
        for rect in _glyph_rects(LINES, value):
            assert _uncovered_ink(r.source, rect, boxes) == 0, (value, rect, boxes)
    _no_secret_readable(r.output, ocr_text(r.output))
    shown = squash(ocr_text(r.output))
    assert all(k in shown for k in KEEP)


def test_a_shifted_layer_leaves_no_box_where_it_claimed_the_value(redacted, scans):
    """The layer put the address 35 pt right and 13 pt low: no box goes there (nothing of the
    image under it is personal), and the layer itself is gone from the output page."""
    r = redacted["shifted_layer"]
    assert len(r.result.redactions) == 2
    glyphs = _glyph_rects(LINES, EMAIL) + _glyph_rects(LINES, PHONE)
    for box in _boxes(r.result):  # each box on a value's glyphs (with its pixel margin), none elsewhere
        assert any(pymupdf.Rect(g.x0 - 4, g.y0 - 4, g.x1 + 4, g.y1 + 4).contains(pymupdf.Rect(box)) for g in glyphs), box
    with pymupdf.open(r.output) as doc:
        assert not [s for s in doc[0].get_texttrace() if s.get("type") == 3]
    text = squash(EXTRACTORS["pdftotext"](r.output))
    assert "gemeentezuidhaven" not in text  # the invisible layer's ordinary words went too


# -- earlier redactions --------------------------------------------------------------------------

def test_earlier_boxes_are_found_and_their_codes_read(scans):
    with pymupdf.open(scans["earlier_boxes"]) as doc:
        found = earlier.find_earlier_redactions(doc[0])
    assert len(found) == 5
    assert sorted(f.ground or "" for f in found) == ["", "5.1.2e", "5.1.2e", "5.1.2e", "5.1.2e"]
    assert earlier.summary(found) == "5.1.2e (4x), zonder leesbare grond (1x)"


def test_earlier_boxes_are_no_text_and_stay_in_the_output(read, redacted, scans):
    doc = read["earlier_boxes"]
    page = doc.pages[0]
    assert page.needs_review is None
    # Their black fill read as letters would be noise for the detectors: none of it is there.
    tokens = re.findall(r"\S+", page.text)
    assert not [t for t in tokens if re.fullmatch(r"[EIRl|_\-=—]{2,}", t)], tokens
    assert "besluit" in page.text and "Aanwezig" in page.text
    assert any("eerder gelakt: 5.1.2e (4x), zonder leesbare grond (1x)" in w for w in doc.warnings)
    r = redacted["earlier_boxes"]
    assert r.result.status is Status.OK, r.result.error
    assert "eerder gelakt" in "; ".join(r.result.warnings)
    # The earlier boxes are still black in the output, and the new data went.
    with pymupdf.open(scans["earlier_boxes"]) as src:
        boxes = earlier.dark_boxes(src[0])
    with pymupdf.open(r.output) as out:
        pix = out[0].get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
        grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    for x0, y0, x1, y1 in boxes:
        assert grey[int(y0) + 1:int(y1) - 1, int(x0) + 1:int(x1) - 1].mean() < 90
    _no_secret_readable(r.output, ocr_text(r.output))
    for rect in _glyph_rects(EARLIER, EMAIL):
        assert _uncovered_ink(r.source, rect, _boxes(r.result)) == 0


def test_a_dark_bar_with_words_in_it_is_read_not_masked(tmp_path):
    """A table header in white letters on black is text: hiding it from OCR as an 'earlier
    redaction' would hide a name from the detectors."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(70, 100, 420, 120), color=None, fill=(0, 0, 0))
    page.insert_text((76, 114), "Aanvrager Jeroen Vlietstra, Zuidhaven", fontsize=11, color=(1, 1, 1))
    page.draw_rect(pymupdf.Rect(70, 140, 140, 154), color=None, fill=(0, 0, 0))
    page.insert_text((90, 150), "5.1.2e", fontsize=7, color=(1, 1, 1))
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan = pymupdf.open()
    scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    found = earlier.find_earlier_redactions(scan[0])
    assert [f.ground for f in found] == ["5.1.2e"] and found[0].box[1] > 130


# -- faint copies --------------------------------------------------------------------------------

def _cleaned_ocr(path) -> str:
    """The output read by a person's eye, approximated: smoothed, background to white, binarised."""
    import cv2

    png = subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", "1", "-l", "1", str(path)],
                         capture_output=True, check=True).stdout
    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE)
    img = cv2.GaussianBlur(cv2.medianBlur(img, 5), (3, 3), 0)
    lo, hi = np.percentile(img, (0.5, 50))
    img = np.clip((img.astype(np.float32) - lo) * 255 / max(1.0, hi - lo), 0, 255).astype(np.uint8)
    _, img = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ok, enc = cv2.imencode(".png", img)
    return subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld"], input=enc.tobytes(), capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")


def test_a_faint_copy_is_read_again_not_withheld_and_redacted(scans, redacted):
    # Plain Tesseract reads not one word of it (before: the page passed as read, its data visible).
    assert not re.search(r"[A-Za-z]{4,}", ocr_text(scans["low_contrast"]))
    assert "vlietstra" in squash(_cleaned_ocr(scans["low_contrast"]))  # but the data is there
    r = redacted["low_contrast"]
    assert r.result.status is Status.OK, r.result.error
    assert any("opnieuw gelezen: contrast" in w for w in r.result.warnings)
    read = squash(_cleaned_ocr(r.output))
    assert not any(s in read for s in SECRETS)
    assert "subsidieaanvraag" in read and "bezwaar" in read


def test_a_page_that_no_reading_can_read_is_withheld_with_its_area(scan_pipeline, tmp_path):
    """Ink that no variant turns into words (random strokes): withheld, and the reason names the
    area and the readings tried."""
    rng = np.random.default_rng(7)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for _ in range(400):
        x, y = rng.uniform(60, 520), rng.uniform(80, 700)
        page.draw_line((x, y), (x + rng.uniform(-20, 20), y + rng.uniform(-8, 8)), width=1.2)
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    scan = pymupdf.open()
    scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    source = tmp_path / "krabbels.pdf"
    scan.save(source)
    result = scan_pipeline.process(source, "krabbels.pdf", tmp_path / "uit")
    assert result.status is Status.NEEDS_REVIEW
    assert "hele pagina" in result.error and "contrast" in result.error and "dpi400" in result.error


# -- handwriting ---------------------------------------------------------------------------------

def _ink_share(path, rect: pymupdf.Rect) -> tuple[float, float]:
    """(share of ink pixels, share of black pixels) in `rect` of page 1 as rendered."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=100, clip=rect, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    return float((grey < 140).mean()), float((grey < 20).mean())


PARAAF = pymupdf.Rect(262, 130, 330, 170)  # where build.handwriting drew it (beside the name)
SCRIBBLE = pymupdf.Rect(440, 370, 520, 420)  # far from any name


def test_a_paraaf_beside_a_redacted_name_is_redacted_and_a_lone_scribble_is_not(redacted):
    r = redacted["handwriting"]
    assert r.result.status is Status.OK, r.result.error
    hands = [x for x in r.result.redactions if x.entity_type == "HANDWRITING"]
    assert len(hands) == 1 and hands[0].ground == "5.1.2e"
    assert PARAAF.intersects(pymupdf.Rect(hands[0].boxes[0]))
    ink, black = _ink_share(r.source, PARAAF)
    assert ink > 0.01 and black < 0.01
    assert _ink_share(r.output, PARAAF)[1] > 0.3  # boxed
    assert _ink_share(r.output, SCRIBBLE) == pytest.approx(_ink_share(r.source, SCRIBBLE))  # untouched


def test_scan_proposes_the_handwriting_with_its_name(scans, tmp_path):
    from redact.flows.scan import scan
    from redact.review.workfolder import read_document, read_index

    src = tmp_path / "src"
    src.mkdir()
    (src / "brief.pdf").write_bytes(scans["handwriting"].read_bytes())
    scan([src], tmp_path / "work")
    _, proposals = read_document(tmp_path / "work", read_index(tmp_path / "work").entry("brief.pdf"))
    hands = [p for p in proposals if p.finding.entity_type == "HANDWRITING"]
    assert len(hands) == 1 and hands[0].decision.action == "redact"
    assert hands[0].finding.text == "handschrift, pagina 1"  # a description, never a value


def test_scan_and_export_carry_the_replaced_layer(scans, tmp_path):
    """The work folder keeps the page's layer verdict, so export drops the shifted layer as run does
    (else the output check fails the document on the layer's words)."""
    from redact.flows.export import export
    from redact.flows.scan import scan
    from redact.review.workfolder import read_document, read_index

    src = tmp_path / "src"
    src.mkdir()
    (src / "scheef.pdf").write_bytes(scans["shifted_layer"].read_bytes())
    work, out = tmp_path / "work", tmp_path / "out"
    scan([src], work)
    document, _ = read_document(work, read_index(work).entry("scheef.pdf"))
    assert document.pages[0].text_layer == "replaced"
    export(work, out, unreviewed="redact")
    assert (out / "scheef.pdf").exists()
    text = squash(EXTRACTORS["pdftotext"](out / "scheef.pdf"))
    assert not any(s in text for s in SECRETS) and "gemeentezuidhaven" not in text


def test_table_lines_beside_a_name_are_no_handwriting(tmp_path):
    """A scanned table: its grid lines run beside the names but are no pen strokes."""
    from redact.images.handwriting import handwritten_areas
    from redact.ingest.pdf import read_page

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, row in enumerate(("Naam", "Jeroen Vlietstra", "Anna Smit")):
        page.insert_text((80, 120 + 20 * i), row, fontsize=11)
        page.insert_text((260, 120 + 20 * i), ("Functie", "adviseur", "jurist")[i], fontsize=11)
    for y in (104, 124, 144, 164):
        page.draw_line((72, y + 2), (420, y + 2), width=0.8)
    for x in (72, 250, 420):
        page.draw_line((x, 106), (x, 166), width=0.8)
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan = pymupdf.open()
    scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), pixmap=pix)
    read, _ = read_page(scan[0])
    assert handwritten_areas(scan[0], read) == []


# -- reading harder before withholding (fifth session) --------------------------------------------

def test_an_unevenly_lit_faint_copy_is_not_published_unread(read, redacted):
    """Plain Tesseract reads no word of the shaded faint copy and the old ink test (a fixed
    contrast to the page's median) saw no ink on it: ingest passed the page as read with no text
    at all, so nothing on it could be detected. Its print-like ink, measured against the local
    background, now counts: the page is read again (contrast) and its data redacted."""
    page = read["shaded_copy"].pages[0]
    assert page.needs_review is None
    assert "vlietstra" in squash(page.text) and "subsidieaanvraag" in squash(page.text)
    r = redacted["shaded_copy"]
    assert r.result.status is Status.OK, r.result.error
    assert any("opnieuw gelezen: contrast" in w for w in r.result.warnings)
    read_back = squash(_cleaned_ocr(r.output))
    assert not any(s in read_back for s in SECRETS)


def test_white_print_on_a_dark_tile_is_read_not_masked(read):
    """A dashboard's dark tile with four lines of white 6 pt print: the earlier-redaction finder
    took it for a box and masked it, so ingest never read its print (a name) and passed the page as
    read (before, only the output check's own OCR then withheld the document). It is now read
    inverted, as are the menu bar's words."""
    page = read["dashboard"].pages[0]
    assert page.needs_review is None
    text = squash(page.text)
    assert "contactpersoon" in text and "secretariaat" in text
    assert text.count("vlietstra") >= 2  # the light tile's and the dark tile's
    assert "afspraken" in text  # white on the teal menu bar


def test_the_dashboards_phone_number_is_redacted(redacted):
    r = redacted["dashboard"]
    assert r.result.status is Status.OK, r.result.error
    assert "41234567" not in squash(ocr_text(r.output))


def test_ink_left_unread_withholds_and_names_the_region(tmp_path):
    """Words read well in one corner and the rest of the page's print unread (here: a reading
    that returns only the first line): withheld, and the reason says where the unread ink is."""
    from redact.ingest import pdf as pdf_reader
    from redact.ingest.ocr import OcrWord
    from redact.ocrsettings import OcrSettings

    from .build import low_contrast

    source = low_contrast(tmp_path / "faint.pdf")
    one_line = [OcrWord("Gemeente", (72, 100, 130, 112), 95.0, (0, 1, 1, 1)),
                OcrWord("Zuidhaven", (134, 100, 200, 112), 95.0, (0, 1, 1, 1))]
    original = pdf_reader.ocr_area
    pdf_reader.ocr_area = lambda *a, **k: list(one_line)
    try:
        with pymupdf.open(source) as doc:
            page, _ = pdf_reader.read_page(doc[0], OcrSettings())
    finally:
        pdf_reader.ocr_area = original
    assert page.needs_review is not None
    assert "van de inkt niet als woorden gelezen" in page.needs_review
    assert "niet gelezen:" in page.needs_review and "cm van boven" in page.needs_review
    assert "contrast" in page.needs_review and "dpi400" in page.needs_review


def test_policy_sets_the_ink_share_and_the_inverted_reading(tmp_path):
    import shutil

    import yaml

    from redact.errors import WooRedactError
    from redact.rules import DEFAULT_RULES_DIR, load_rules

    root = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, root)
    policy = yaml.safe_load((root / "policy.yaml").read_text(encoding="utf-8"))
    policy["ocr"].update(min_ink_read=0.4, inverted_regions=False, inverted_max_grey=60)
    (root / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    ocr = load_rules(root).policy.ocr
    assert (ocr.min_ink_read, ocr.inverted_regions, ocr.inverted_max_grey) == (0.4, False, 60)
    policy["ocr"]["min_ink_read"] = 1.5
    (root / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    with pytest.raises(WooRedactError, match="min_ink_read"):
        load_rules(root)
