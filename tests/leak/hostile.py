"""Hostile PDFs: one small file per channel through which personal data can hide in a PDF.

Each builder writes a one-page (or two-page) PDF that shows the ordinary lines in KEEP_LINES
(which must survive redaction unchanged) and carries the personal data of a fictional citizen
(SECRETS) through one channel: a font, invisible or white text, a hidden layer, an image, vector
paths, a ligature, a font without ToUnicode, text off the page, metadata, annotations, form
fields, a soft mask (text in the alpha channel), a 1-bit stencil scan, a mailto: link, an attachment, bookmarks, page labels, alternate text, JavaScript, or
an earlier revision kept by an incremental save; and rotated pages (text and scan).

Run `python -m tests.leak.hostile DIR` to write them all to DIR for a look by hand.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf

NAME = "Jeroen Vlietstra"
EMAIL = "jeroen.vlietstra@kpnmail.nl"
PHONE = "06-41234567"
DATA_LINE = f"Contact: {EMAIL} of {PHONE}"
# What must not be readable anywhere in a redacted output (casefolded, whitespace removed).
SECRETS = ("vlietstra", "jeroen", "41234567")
# Ordinary text: it must survive, the first right under the personal data.
NEIGHBOUR = "Het college besluit de aanvraag toe te kennen."
KEEP_LINES = ("Verslag van het overleg over de subsidieaanvraag.", NEIGHBOUR,
              "De gemeente neemt binnen zes weken een besluit.")

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TOP, STEP, SIZE = 100.0, 16.0, 11.0  # first baseline, line pitch, font size (points)


def _page(doc: pymupdf.Document, data: Callable[[pymupdf.Page, pymupdf.Point], None] | None = None,
          neighbour_gap: float = STEP) -> pymupdf.Page:
    """A page with the keep lines; `data` draws the personal data on the second line."""
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, TOP), KEEP_LINES[0], fontsize=SIZE)
    where = pymupdf.Point(72, TOP + STEP)
    if data is not None:
        data(page, where)
    page.insert_text((72, TOP + STEP + neighbour_gap), KEEP_LINES[1], fontsize=SIZE)
    page.insert_text((72, TOP + STEP + neighbour_gap + 2 * STEP), KEEP_LINES[2], fontsize=SIZE)
    return page


def _text(**kwargs) -> Callable[[pymupdf.Page, pymupdf.Point], None]:
    def draw(page: pymupdf.Page, at: pymupdf.Point) -> None:
        page.insert_text(at, kwargs.pop("text", DATA_LINE), fontsize=SIZE, **kwargs)
    return draw


def _save(doc: pymupdf.Document, path: Path) -> Path:
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


def base14(path: Path) -> Path:
    """Plain Helvetica text (a base-14 font, not embedded)."""
    doc = pymupdf.open()
    _page(doc, _text())
    return _save(doc, path)


def _truetype(page: pymupdf.Page, at: pymupdf.Point, text: str = DATA_LINE) -> None:
    page.insert_font(fontname="dejavu", fontfile=str(DEJAVU))
    page.insert_text(at, text, fontsize=SIZE, fontname="dejavu")


def truetype(path: Path) -> Path:
    """An embedded TrueType (CID, Identity-H) font with a ToUnicode map."""
    doc = pymupdf.open()
    _page(doc, _truetype)
    return _save(doc, path)


def white_text(path: Path) -> Path:
    """White text on the white page: invisible to a reader, present in the file."""
    doc = pymupdf.open()
    _page(doc, _text(color=(1, 1, 1)))
    return _save(doc, path)


def invisible_text(path: Path) -> Path:
    """Render mode 3 (neither filled nor stroked), as in the text layer under a scan."""
    doc = pymupdf.open()
    _page(doc, _text(render_mode=3))
    return _save(doc, path)


def hidden_layer(path: Path) -> Path:
    """Text in an optional-content layer that is switched off."""
    doc = pymupdf.open()
    ocg = doc.add_ocg("Opmerkingen", on=False)
    _page(doc, _text(oc=ocg))
    return _save(doc, path)


def _text_pixmap(lines: list[str], dpi: int = 200) -> pymupdf.Pixmap:
    tmp = pymupdf.open()
    page = tmp.new_page(width=420, height=20 + 18 * len(lines))
    for i, line in enumerate(lines):
        page.insert_text((6, 18 + 18 * i), line, fontsize=12)
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)


def image_text(path: Path) -> Path:
    """A pasted screenshot: the personal data only as pixels, between ordinary text lines."""
    return _pasted_image(path, _text_pixmap([DATA_LINE, "Zie de bijlage bij deze mail."]))


def _pasted_image(path: Path, pix: pymupdf.Pixmap) -> Path:
    """A page with `pix` pasted 420 pt wide where the data line would be, the neighbour below it."""
    doc = pymupdf.open()
    height = 420 * pix.height / pix.width

    def draw(page: pymupdf.Page, at: pymupdf.Point) -> None:
        page.insert_image(pymupdf.Rect(at.x, at.y - 8, at.x + 420, at.y - 8 + height), pixmap=pix)
    _page(doc, draw, neighbour_gap=height + STEP)
    return _save(doc, path)


def alpha_mask(path: Path) -> Path:
    """A screenshot whose text lives only in the alpha channel (soft mask): the colour image is
    all black, the letters are where it is opaque."""
    pix = _text_pixmap([DATA_LINE])
    alpha = bytes(255 - b for b in pix.samples)
    black = pymupdf.Pixmap(pymupdf.csRGB, pix.irect, False)
    black.clear_with(0)
    rgba = pymupdf.Pixmap(black, 1)
    rgba.set_alpha(alpha)
    return _pasted_image(path, rgba)


def scan(path: Path) -> Path:
    """A scanned page: the whole page an image, the personal data and the neighbour line in
    pixels only (no text layer)."""
    src = pymupdf.open()
    _page(src, _text())
    pix = src[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    return _save(doc, path)


def stencil_scan(path: Path) -> Path:
    """A black-and-white scan stored as a 1-bit stencil (/ImageMask), as fax and many office
    scanners write it: the page paints black through the mask."""
    import numpy as np

    src = pymupdf.open()
    _page(src, _text())
    pix = src[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    bits = np.packbits(grey >= 128, axis=1)  # 1 = white, not painted (the default /Decode [0 1])
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((0, 0), " ", fontsize=1)  # gives the page a content stream and resources
    image = doc.get_new_xref()
    doc.update_object(image, f"<< /Type /XObject /Subtype /Image /Width {pix.width} /Height {pix.height} "
                             "/ImageMask true /BitsPerComponent 1 >>")
    doc.update_stream(image, bits.tobytes())
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XObject", f"<< /Scan {image} 0 R >>")
    contents = page.get_contents()[0]
    doc.update_stream(contents, doc.xref_stream(contents) + b"\nq 0 0 0 rg 595 0 0 842 0 0 cm /Scan Do Q\n")
    return _save(doc, path)


def scan_with_text_layer(path: Path) -> Path:
    """A scan with an invisible OCR text layer over it (what scanners write)."""
    src = pymupdf.open()
    _page(src, _text())
    pix = src[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    for i, line in enumerate((KEEP_LINES[0], DATA_LINE, KEEP_LINES[1], "", KEEP_LINES[2])):
        if line:
            page.insert_text((72, TOP + i * STEP), line, fontsize=SIZE, render_mode=3)
    return _save(doc, path)


def vector_paths(path: Path) -> Path:
    """The personal data as vector outlines (text converted to curves): no text to extract."""
    src = pymupdf.open()
    spage = src.new_page(width=420, height=24)
    spage.insert_text((2, 16), DATA_LINE, fontsize=SIZE)
    svg = spage.get_svg_image(text_as_path=True)
    outlined = pymupdf.open(stream=svg.encode(), filetype="svg")
    outlined = pymupdf.open("pdf", outlined.convert_to_pdf())
    doc = pymupdf.open()

    def draw(page: pymupdf.Page, at: pymupdf.Point) -> None:
        page.show_pdf_page(pymupdf.Rect(at.x - 2, at.y - 16, at.x + 418, at.y + 8), outlined, 0)
    _page(doc, draw)
    return _save(doc, path)


LIGATURE_EMAIL = "m.ruﬃni@kpnmail.nl"  # "ﬃ" (U+FB03) is one glyph, found only after NFKC
LIGATURE_SECRET = "ruffini"


def ligature(path: Path) -> Path:
    """A ligature glyph inside the personal data: a plain search for "ffi" misses it."""
    doc = pymupdf.open()
    _page(doc, lambda page, at: _truetype(page, at, f"Contact: {LIGATURE_EMAIL} of {PHONE}"))
    return _save(doc, path)


def no_tounicode(path: Path) -> Path:
    """An embedded CID font whose ToUnicode map was removed: MuPDF, pypdf and poppler read
    gibberish, pdfminer reads the name (it falls back on the font's own cmap)."""
    doc = pymupdf.open()
    _page(doc, _truetype)
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "ToUnicode")[0] != "null":
            doc.xref_set_key(xref, "ToUnicode", "null")
    return _save(doc, path)


def off_page(path: Path) -> Path:
    """Text placed outside the mediabox: not shown, still in the file."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, -40), DATA_LINE, fontsize=SIZE)
    page.insert_text((650, 300), EMAIL, fontsize=SIZE)
    return _save(doc, path)


def metadata(path: Path) -> Path:
    """The author in the document info and in the XMP packet."""
    doc = pymupdf.open()
    _page(doc)
    doc.set_metadata({"author": NAME, "title": f"Notitie {NAME}", "subject": EMAIL, "keywords": PHONE,
                      "creator": "Word", "producer": "Word"})
    doc.set_xml_metadata(f'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
                         f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                         f'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{NAME}'
                         f'</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
    return _save(doc, path)


def annotations(path: Path) -> Path:
    """A sticky note (with popup), a free-text comment and a highlight, each naming the citizen."""
    doc = pymupdf.open()
    page = _page(doc)
    note = page.add_text_annot((400, 60), f"Bellen met {NAME}, {PHONE}")
    note.set_info(title=NAME)
    note.set_popup(pymupdf.Rect(400, 60, 560, 140))
    note.update()
    page.add_freetext_annot(pymupdf.Rect(72, 300, 400, 330), f"Opmerking: {EMAIL}", fontsize=10).update()
    hl = page.add_highlight_annot(pymupdf.Rect(72, TOP - 11, 300, TOP + 3))
    hl.set_info(content=f"zie mail van {NAME}", title=NAME)
    hl.update()
    return _save(doc, path)


def form_fields(path: Path) -> Path:
    """A filled-in text field and a checkbox named after the citizen."""
    doc = pymupdf.open()
    page = _page(doc)
    field = pymupdf.Widget()
    field.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    field.field_name = "aanvrager"
    field.field_value = f"{NAME}, {EMAIL}"
    field.rect = pymupdf.Rect(72, 300, 400, 320)
    page.add_widget(field)
    box = pymupdf.Widget()
    box.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    box.field_name = f"akkoord {NAME}"
    box.rect = pymupdf.Rect(72, 330, 86, 344)
    page.add_widget(box)
    return _save(doc, path)


def mailto_link(path: Path) -> Path:
    """Visible text "stuur ons een e-mail" with a mailto: link to the citizen's address."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 300), "stuur ons een e-mail", fontsize=SIZE)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 290, 190, 303),
                      "uri": f"mailto:{EMAIL}?subject={NAME}"})
    return _save(doc, path)


def attachments(path: Path) -> Path:
    """An embedded file (document level) and a file-attachment annotation."""
    doc = pymupdf.open()
    page = _page(doc)
    doc.embfile_add("aanvraag.txt", f"Aanvrager: {NAME}\n{EMAIL}\n{PHONE}\n".encode(),
                    filename="aanvraag.txt", desc=f"aanvraag van {NAME}")
    page.add_file_annot((500, 60), f"BSN en adres van {NAME}".encode(), "bijlage.txt", desc=NAME)
    return _save(doc, path)


def bookmarks(path: Path) -> Path:
    """An outline (bookmarks) entry with the citizen's name."""
    doc = pymupdf.open()
    _page(doc)
    _page(doc)
    doc.set_toc([[1, "Verslag", 1], [2, f"Gesprek met {NAME}", 2]])
    return _save(doc, path)


def page_labels(path: Path) -> Path:
    """Page labels (shown by viewers instead of page numbers) carrying the name."""
    doc = pymupdf.open()
    _page(doc)
    _page(doc)
    doc.set_page_labels([{"startpage": 0, "prefix": f"{NAME}-", "style": "D", "firstpagenum": 1}])
    return _save(doc, path)


def alt_text(path: Path) -> Path:
    """Tagged PDF: a figure with alternate text in the structure tree, and a word "Foto" in
    marked content whose /ActualText is the citizen's e-mail (MuPDF and poppler then read it)."""
    doc = pymupdf.open()
    page = _page(doc)
    page.insert_text((72, 300), "Bijlage", fontsize=SIZE)  # registers /helv on the page
    contents = page.get_contents()[0]
    tagged = (b"/Span <</ActualText (" + EMAIL.encode() + b")>> BDC\nBT\n1 0 0 1 72 520 Tm\n"
              b"/helv 11 Tf (Foto) Tj\nET\nEMC\n")
    doc.update_stream(contents, doc.xref_stream(contents) + tagged)
    root, elem = doc.get_new_xref(), doc.get_new_xref()
    doc.update_object(root, f"<< /Type /StructTreeRoot /K {elem} 0 R >>")
    doc.update_object(elem, f"<< /Type /StructElem /S /Figure /P {root} 0 R /Pg {page.xref} 0 R "
                            f"/Alt (Foto van {NAME}) /T ({EMAIL}) >>")
    catalog = doc.pdf_catalog()
    doc.xref_set_key(catalog, "StructTreeRoot", f"{root} 0 R")
    doc.xref_set_key(catalog, "MarkInfo", "<< /Marked true >>")
    return _save(doc, path)


def javascript(path: Path) -> Path:
    """Document-level JavaScript run on opening, quoting the citizen's details."""
    doc = pymupdf.open()
    _page(doc)
    js = doc.get_new_xref()
    doc.update_object(js, f"<< /S /JavaScript /JS (app.alert\\('{NAME} {PHONE}'\\);) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{js} 0 R")
    return _save(doc, path)


def incremental(path: Path) -> Path:
    """An earlier revision holds the personal data; an incremental save replaced it with
    ordinary text. The old objects are still in the file."""
    doc = pymupdf.open()
    _page(doc, _text())
    doc.set_metadata({"author": NAME})
    doc.save(path)
    doc.close()
    doc = pymupdf.open(path)
    page = doc[0]
    page.add_redact_annot(pymupdf.Rect(70, TOP + STEP - 11, 500, TOP + STEP + 2), fill=False)
    page.apply_redactions()
    page.insert_text((72, TOP + STEP), "Contact: via het algemene nummer", fontsize=SIZE)
    doc.set_metadata({"author": "Gemeente"})
    doc.saveIncr()
    doc.close()
    return path


def rotated(path: Path) -> Path:
    """A page with /Rotate 90: boxes live in unrotated coordinates, poppler reports rotated ones."""
    doc = pymupdf.open()
    _page(doc, _text()).set_rotation(90)
    return _save(doc, path)


def rotated_scan(path: Path, turn: int = 90) -> Path:
    """A landscape scan stored sideways in a portrait page with /Rotate 90 (as scanners write
    it): OCR reads the page as displayed, the boxes go back into unrotated coordinates.
    With turn=270 the scan shows upside down (fed the wrong way round)."""
    src = pymupdf.open()
    landscape = src.new_page(width=842, height=595)
    for i, line in enumerate((KEEP_LINES[0], DATA_LINE, KEEP_LINES[1], "", KEEP_LINES[2])):
        landscape.insert_text((72, TOP + i * STEP), line, fontsize=SIZE)
    pix = landscape.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix, rotate=turn)
    page.set_rotation(90)
    return _save(doc, path)


def upside_down_scan(path: Path) -> Path:
    """Not a channel but a page OCR cannot read: Tesseract reads gibberish, with low confidence."""
    return rotated_scan(path, turn=270)


# name -> builder; the leak tests run every one of them.
BUILDERS: dict[str, Callable[[Path], Path]] = {f.__name__: f for f in (
    base14, truetype, white_text, invisible_text, hidden_layer, image_text, alpha_mask, scan, stencil_scan,
    scan_with_text_layer,
    vector_paths, ligature, no_tounicode, off_page, metadata, annotations, form_fields, mailto_link,
    attachments, bookmarks, page_labels, alt_text, javascript, incremental, rotated, rotated_scan)}


def build_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder / f"{name}.pdf") for name, build in BUILDERS.items()}


if __name__ == "__main__":
    for name, p in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")).items():
        print(p)
