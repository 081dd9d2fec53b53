"""ZyLAB's invisible layer as the VWS releases have it (issue 19, fifth session).

What the layout check and the box placement got wrong on the released scans, built by hand (no
OCR is run): the layer's font draws nothing (its glyphs' outlines are flat, so PDFium's tight box
is a line), its cells are monospace over proportional print, a word in a grey earlier box is
claimed 18 pt tall (over the next row's words), and pypdf reads the last word of a row and the
first of the next as one line.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.ingest.layer import fit_to_ink
from redact.model import Redaction
from redact.readings import page_readings
from redact.verify.extract import pdfium_glyphs
from redact.verify.labels import page_words
from redact.verify.layout import misplaced_words

SIZE = 11.0
ADVANCE = 600  # the layer font's advance, thousandths of the font size: every cell alike (monospace)


def _resources_font(doc: pymupdf.Document, page: pymupdf.Page, name: str, xref: int) -> None:
    kind, value = doc.xref_get_key(page.xref, "Resources")
    holder = int(value.split()[0]) if kind == "xref" else page.xref
    key = "Font" if kind == "xref" else "Resources/Font"
    fkind, fvalue = doc.xref_get_key(holder, key)
    if fkind == "xref":
        doc.xref_set_key(int(fvalue.split()[0]), name, f"{xref} 0 R")
    else:
        doc.xref_set_key(holder, f"{key}/{name}", f"{xref} 0 R")


def _flat_font(doc: pymupdf.Document, chars: str) -> tuple[int, dict[str, int]]:
    """A Type3 font whose glyphs draw nothing (each a d1 with a flat box), with a ToUnicode map:
    PDFium gives its glyphs a tight box 0.01 pt high, as ZyLAB's InvisibleMonospacePdf."""
    chars = "".join(sorted(set(chars)))
    codes = {c: 33 + i for i, c in enumerate(chars)}
    procs = []
    for c in chars:
        x = doc.get_new_xref()
        doc.update_object(x, "<<>>")
        doc.update_stream(x, f"{ADVANCE} 0 0 0 {ADVANCE} 0 d1".encode())
        procs.append(f"/g{codes[c]} {x} 0 R")
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Flat def "
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n" + "\n".join(f"<{codes[c]:02X}> <{ord(c):04X}>" for c in chars)
            + "\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    tounicode = doc.get_new_xref()
    doc.update_object(tounicode, "<<>>")
    doc.update_stream(tounicode, cmap.encode())
    font = doc.get_new_xref()
    doc.update_object(font, f"<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 {ADVANCE} 800] "
                            "/FontMatrix [0.001 0 0 0.001 0 0] "
                            f"/CharProcs << {' '.join(procs)} >> /Encoding << /Type /Encoding /Differences "
                            f"[33 {' '.join(f'/g{codes[c]}' for c in chars)}] >> /FirstChar 33 "
                            f"/LastChar {32 + len(chars)} /Widths [{' '.join([str(ADVANCE)] * len(chars))}] "
                            f"/ToUnicode {tounicode} 0 R >>")
    return font, codes


def zylab_page(path: Path, image_lines: list[tuple[float, float, str]],
               layer: list[tuple[float, float, str, float]], grey: tuple = ()) -> Path:
    """A scan: `image_lines` (x, baseline, text) drawn in Helvetica and rasterised at 300 dpi, and
    over it an invisible layer (render mode 3) in the flat monospace font: `layer` (x, baseline,
    word, size), each word's cells ADVANCE/1000 of its size wide."""
    src = pymupdf.open()
    drawn = src.new_page(width=595, height=842)
    for x, y, text in image_lines:
        drawn.insert_text((x, y), text, fontsize=SIZE, fontname="helv")
    for rect in grey:  # an earlier release's grey box (ZyLAB: grey 107)
        drawn.draw_rect(rect, color=None, fill=(107 / 255,) * 3)
    pix = drawn.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    font, codes = _flat_font(doc, "".join(w for _, _, w, _ in layer))
    _resources_font(doc, page, "FL", font)
    ops = ["BT 3 Tr"] + [f"/FL {size} Tf 1 0 0 1 {x} {842 - y} Tm <{''.join(f'{codes[c]:02X}' for c in word)}> Tj"
                         for x, y, word, size in layer] + ["ET"]
    stream = doc.get_new_xref()
    doc.update_object(stream, "<<>>")
    doc.update_stream(stream, "\n".join(ops).encode())
    doc.xref_set_key(page.xref, "Contents", f"[{page.get_contents()[0]} 0 R {stream} 0 R]")
    doc.save(path)
    return path


def _monospace(x: float, y: float, line: str, word: str) -> tuple[float, float, str, float]:
    """The layer word over `word` of the image line: its monospace cells span the image's word."""
    r = _glyphs(x, y, line, word)
    return r.x0, y, word, (r.x1 - r.x0) / (len(word) * ADVANCE / 1000)


def _glyphs(x: float, y: float, line: str, value: str) -> pymupdf.Rect:
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.insert_text((x, y), line, fontsize=SIZE, fontname="helv")
    return page.search_for(value)[0]


def test_pdfium_lists_the_letters_of_a_layer_whose_font_draws_nothing(tmp_path):
    # Before: a glyph whose tight box was a line was left out as inkless (meant for a space a
    # font without ToUnicode maps to U+0003), so no glyph of a ZyLAB word was found and any word
    # a box touched was "deels onder een vak".
    src = zylab_page(tmp_path / "bron.pdf", [(100, 200, "mail jan@x.nl graag")],
                     [_monospace(100, 200, "mail jan@x.nl graag", "jan@x.nl")])
    glyphs = pdfium_glyphs(src, {1: [(90, 180, 300, 220)]}, 2.0)[1]
    assert "".join(t for _, t in glyphs) == "jan@x.nl"


def _redact(src: Path, out: Path, box: pymupdf.Rect, text_box: pymupdf.Rect) -> None:
    """As the renderer does it: the text under `text_box` removed, the pixels under `box` blacked."""
    with pymupdf.open(src) as doc:
        page = doc[0]
        page.add_redact_annot(text_box, fill=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        page.add_redact_annot(box, fill=(0, 0, 0))
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS, text=pymupdf.PDF_REDACT_TEXT_NONE)
        doc.save(out)


def _check(src: Path, out: Path, box) -> list:
    log = Redaction(page=1, start=0, end=8, entity_type="EMAIL_ADDRESS", ground="5.1.2e", detector="test",
                    score=1.0, boxes=(tuple(box),))
    return misplaced_words(src, out, [log], [(595.0, 842.0, 0)])


LINE = "aan jan@x.nl>; graag"


@pytest.mark.parametrize("into", ["value", "neighbour"])
def test_a_neighbours_monospace_cell_over_the_values_last_letter(tmp_path, into):
    # The layer word "jan@x.nl>;" in monospace cells: the cell of ">" begins before the image's "l"
    # ends. A box that ends where the "l"'s advance does (the renderer stops its pixel margin at
    # the next glyph's box) touches that cell over the "l"'s ink, not the ">"'s: nothing a reader sees is cut, and the text removal may take the
    # invisible ">" with the value. A box that reaches into the image's ">" cuts it: covered
    # (with less than half of its claimed cell under the box, so the glyph is not the value's).
    x, y = 100.0, 300.0
    src = zylab_page(tmp_path / "bron.pdf", [(x, y, LINE)],
                     [_monospace(x, y, LINE, w) for w in ("aan", "jan@x.nl>;", "graag")])
    value, gt = _glyphs(x, y, LINE, "jan@x.nl"), _glyphs(x, y, LINE, ">")
    cells = {w: pymupdf.Rect(b) for b, w in page_words(src)[0]}
    cell = (cells["jan@x.nl>;"].x1 - cells["jan@x.nl>;"].x0) / 10
    assert cells["jan@x.nl>;"].x0 + 8 * cell < value.x1  # the ">" cell starts over the "l"
    # Into the neighbour: 1.1 pt into the image's ">" (its ink starts 0.5 pt in), less than half of its cell.
    end = value.x1 + 0.2 if into == "value" else gt.x0 + 1.1
    assert end - (cells["jan@x.nl>;"].x0 + 8 * cell) < 0.5 * cell
    box = pymupdf.Rect(value.x0 - 1, cells["jan@x.nl>;"].y0 - 1, end, cells["jan@x.nl>;"].y1 + 1)
    out = tmp_path / "uit.pdf"
    _redact(src, out, box, pymupdf.Rect(value.x0, box.y0 + 3, end, box.y0 + 5))
    found = _check(src, out, box)
    if into == "value":
        assert found == []
    else:
        assert [m.how for m in found] == ["bedekt"]


def _ink_top(page: pymupdf.Page, x0: float, x1: float, y0: float, y1: float) -> float:
    """The top (points) of the first dark pixel row between y0 and y1 in the column x0-x1."""
    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY, clip=pymupdf.Rect(x0, y0, x1, y1))
    rows = [r for r in range(pix.height) if any(pix.pixel(c, r)[0] < 128 for c in range(pix.width))]
    return y0 + rows[0] * 72 / 300


def test_a_tall_claim_over_the_next_row_is_cut_back_to_its_own_row(tmp_path):
    # ZyLAB claims the word read in a grey earlier box ("EXER") 18 pt tall, over the next row
    # ("redactioneel punt"); the box of the e-mail address around it took that height and hid the
    # top of "redactioneel". It now ends in the blank paper between the rows.
    x, y, below = 100.0, 300.0, 314.0
    first, second = "EXER @minvws.nl>;", "RE: redactioneel punt"
    src = zylab_page(tmp_path / "bron.pdf", [(x, y, first), (x, below, second)], [])
    doc = pymupdf.open(src)
    exer, mail = _glyphs(x, y, first, "EXER"), _glyphs(x, y, first, "@minvws.nl>;")
    words = [("EXER", (exer.x0, exer.y0, exer.x1, exer.y0 + 18.0)), ("@minvws.nl>;", tuple(mail))]
    words += [(w, tuple(_glyphs(x, below, second, w))) for w in ("RE:", "redactioneel", "punt")]
    text, boxes = "", []
    for i, (word, (x0, y0, x1, y1)) in enumerate(words):
        step = (x1 - x0) / len(word)
        text += word + "\n"
        boxes += [(x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(word))] + [None]
    wide = fit_to_ink(doc[0], text, tuple(boxes))
    start = text.index("EXER")
    bottom = max(b[3] for b in wide[start:start + 4])
    ink_top = _ink_top(doc[0], exer.x0, exer.x1, y + 3, below)  # of "redactioneel" below "EXER"
    assert bottom + 1.0 <= ink_top  # with the renderer's pixel margin, clear of the next row's ink
    assert bottom >= y  # and still below the row's own ink ("EXER" ends at its baseline)


def test_pypdfs_reading_of_a_row_end_and_the_next_rows_domain_is_a_reading_detection_sees(tmp_path):
    # A tall layer word at the end of one row ("HEE", 19.8 pt) and "@minlnv.nl>" starting the next,
    # 3.8 pt lower: pypdf reads them as one line, "HEE@minlnv.nl>", MuPDF with a line break.
    src = zylab_page(tmp_path / "bron.pdf", [], [(475.0, 74.3, "HEE", 19.8), (175.9, 78.1, "@minlnv.nl>", 6.3)])
    import pypdf

    assert "HEE@minlnv.nl" in pypdf.PdfReader(src).pages[0].extract_text()
    from redact.ingest.pdf import read_page

    with pymupdf.open(src) as doc:
        page, _ = read_page(doc[0])
    assert "HEE@minlnv.nl" not in page.text
    readings = dict(page_readings(page))
    assert "HEE@minlnv.nl" in readings["joined"].text


def test_a_box_over_a_grey_earlier_box_that_touches_the_glyph_before_it(tmp_path):
    # "<" drawn tight against a grey earlier box: at 150 dpi they are one blob of ink, and a box
    # over the grey box alone (the layer's "<EEE" claims the "<" cell partly under it) seemed
    # to cut a glyph. The blob's dark pixels (the "<") are all outside the box: fill, not a glyph.
    x, y, line = 100.0, 300.0, "aan <"
    lt = _glyphs(x, y, line, "<")
    grey = pymupdf.Rect(lt.x1 - 0.4, y - 9, lt.x1 + 40, y + 2)
    src = zylab_page(tmp_path / "bron.pdf", [(x, y, line)],
                     [_monospace(x, y, line, "aan"), (lt.x0, y, "<EEEEE", (grey.x1 - lt.x0) / (6 * ADVANCE / 1000))],
                     grey=(grey,))
    box = pymupdf.Rect(grey.x0 + 0.2, grey.y0 - 1, grey.x1 + 1, grey.y1 + 1)
    out = tmp_path / "uit.pdf"
    _redact(src, out, box, pymupdf.Rect(grey.x0 + 2, y - 6, grey.x1, y - 4))
    assert _check(src, out, box) == []


# Sixth session (scans4): a word claimed on a grey earlier box, and the rows around it.
ROW1, ROW2 = 300.0, 310.5  # baselines: the grey box ends 1.3 pt above the ascenders of the row below
GREY = pymupdf.Rect(131.0, 289.0, 165.0, 301.3)
BELOW = "Directie Informatiebeleid, VWS"


def _claimed(words: list[tuple[str, tuple]]) -> tuple[str, tuple]:
    """The page text and one box per character (monospace within each claimed word box)."""
    text, boxes = "", []
    for word, (x0, y0, x1, y1) in words:
        step = (x1 - x0) / len(word)
        text += word + "\n"
        boxes += [(x0 + k * step, y0, x0 + (k + 1) * step, y1) for k in range(len(word))] + [None]
    return text, tuple(boxes)


def _row_below(tmp_path: Path, first: tuple[str, tuple]) -> tuple[Path, str, tuple]:
    """Two grey boxes with a comma between them (`5.1.2e , 5.1.2e`) and the row below as ZyLAB
    claims it (202521.pdf page 1): the comma's tail fills the blank rows under the boxes in the
    column of a box widened over it, so no blank run tells the rows apart there."""
    src = zylab_page(tmp_path / "bron.pdf", [(48.0, ROW2, BELOW), (128.5, ROW1, ",")], [],
                     grey=(pymupdf.Rect(90.0, 289.0, 125.5, 301.0), GREY))
    words = [first]
    for w in BELOW.split():
        g = _glyphs(48.0, ROW2, BELOW, w)
        words.append((w, (g.x0, g.y0 + 2.9 + 2.3, g.x1, g.y1 + 2.3)))
    text, boxes = _claimed(words)
    return src, text, boxes


def test_a_word_claimed_on_a_grey_box_keeps_its_box_to_that_box(tmp_path):
    # 202521.pdf page 1: ZyLAB claims "Jara" on a grey box 13 pt tall, 3 pt below it; the box of
    # that value (a person name by the model), widened over the comma before the grey box, took
    # the claimed height and cut the tops of the "b", "l" and "d" of "Informatiebeleid" 1.4 pt
    # below the grey box. Its characters lie in the grey box (nothing of them is visible but that
    # box): their boxes are now the grey box's, clear of the comma and of the row below.
    src, text, boxes = _row_below(tmp_path, ("Jara", (131.5, 291.0, 164.0, 304.0)))
    with pymupdf.open(src) as doc:
        wide = fit_to_ink(doc[0], text, boxes)
    jara = [b for b in wide[:4]]
    assert max(b[3] for b in jara) <= GREY.y1 + 0.5  # not into the blank row above the ascenders
    assert min(b[1] for b in jara) >= GREY.y0 - 0.5
    box = pymupdf.Rect(min(b[0] for b in jara) - 1, min(b[1] for b in jara) - 1,
                       max(b[2] for b in jara) + 1, max(b[3] for b in jara) + 1)  # the renderer's pixel margin
    out = tmp_path / "uit.pdf"
    _redact(src, out, box, pymupdf.Rect(box.x0, box.y0 + 2, box.x1, box.y1 - 2))
    assert _check(src, out, box) == []


def test_a_word_whose_claim_reaches_into_a_grey_box_keeps_its_own_glyphs_covered(tmp_path):
    # The other way round: "Directie"'s claim reaching up into the grey box above it for more
    # than 0.4 of its height. Its glyphs lie outside the grey box and no other word claims them:
    # its box is not kept to the grey box (that would leave the value readable).
    g = _glyphs(48.0, ROW2, BELOW, "Directie")
    src = zylab_page(tmp_path / "bron.pdf", [(48.0, ROW2, BELOW)], [], grey=(pymupdf.Rect(45, 289, 95, 301),))
    text, boxes = _claimed([("Directie", (g.x0, 293.0, g.x1, 312.0))])
    with pymupdf.open(src) as doc:
        wide = fit_to_ink(doc[0], text, boxes)
    assert min(b[1] for b in wide[:8]) <= g.y0 + 2.5 and max(b[3] for b in wide[:8]) >= ROW2


def test_the_joined_reading_does_not_join_across_a_blank_line():
    # VWS-WOO-202675 page 1: MuPDF reads the minutes of "15:48" (a sent time in the row above) and
    # "@mxi.nl>" (a domain whose local part the ministry redacted) as two blocks, a blank line
    # between; the joined reading made "48@mxi.nl" of them, and its box took the "48" and the
    # domain and cut the ">". pypdf reads the two on lines of their own. One line break (the
    # pypdf case of 204737 above) is still joined.
    from redact.model import Page
    from redact.readings import as_read, joined

    assert "48@mxi.nl" not in joined(as_read(Page(1, "Verzonden: 15:48\n\n@mxi.nl>"))).text
    assert "HEE@minlnv.nl" in joined(as_read(Page(1, "Aan: HEE\n@minlnv.nl>"))).text


def test_a_word_on_a_large_grey_area_keeps_its_own_box(tmp_path):
    # 198664.pdf page 1: a word claimed on a grey area 126 pt tall (a shaded block, not a box
    # over one value); its boxes took that area's height, and the text removal of so tall a box
    # left the layer's glyphs to pypdf. Kept to a fill, a box only ever gets smaller.
    area = pymupdf.Rect(100, 150, 300, 290)
    src = zylab_page(tmp_path / "bron.pdf", [], [], grey=(area,))
    text, boxes = _claimed([("3", (108.8, 210.0, 109.6, 223.0))])
    with pymupdf.open(src) as doc:
        wide = fit_to_ink(doc[0], text, boxes)
    assert wide[0][3] - wide[0][1] <= 13.0 * (1 + 2 * 0.3) + 1.0  # the claim widened to the ink (fit_to_ink: rise 0.3)
