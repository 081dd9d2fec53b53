"""Scanned pages as archives hold them, built deterministically with PyMuPDF and numpy:

    layered_scan      a scan with an invisible OCR layer (render mode 3) at the glyphs' place
    shifted_layer     the same layer shifted against the image (a misaligned scanner OCR)
    earlier_boxes     a scan with black boxes of an earlier release, codes inside and beside
    low_contrast      a faint, grey-on-grey scan with speckle noise

Each page holds the personal data of a fictional citizen (SECRETS) in pixels, and ordinary lines
that must stay. `python -m tests.scans.build DIR` writes them all to DIR for a look by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pymupdf

NAME = "Jeroen Vlietstra"
EMAIL = "jeroen.vlietstra@kpnmail.nl"
PHONE = "06-41234567"
SECRETS = ("vlietstra", "41234567")
LINES = (
    "Gemeente Zuidhaven, afdeling Vergunningen",
    "Verslag van het overleg over de subsidieaanvraag.",
    f"Contact: {EMAIL} of {PHONE}",
    "Het college besluit de aanvraag toe te kennen.",
    "De gemeente neemt binnen zes weken een besluit over",
    "de aanvraag en stuurt de aanvrager daarover een brief.",
    "Tegen dit besluit kan bezwaar worden gemaakt.",
    "De termijn voor bezwaar is zes weken na verzending.",
)
KEEP = ("subsidieaanvraag", "college", "bezwaar", "verzending")
TOP, STEP, SIZE, LEFT = 110.0, 22.0, 11.0, 72.0
DPI = 200
# Earlier release: these lines hold black boxes over what was redacted then.
EARLIER = (
    "Aanwezig: Karel Bosman (wethouder) en Anna Smit",
    "Telefoon Anna Smit: 06-12345678, e-mail a.smit@xs4all.nl",
    "Het college besluit de aanvraag toe te kennen.",
    f"Nieuw contact: {EMAIL} of {PHONE}",
    "Tegen dit besluit kan bezwaar worden gemaakt.",
)


def _text_page(lines, top: float = TOP, step: float = STEP, size: float = SIZE, color=(0, 0, 0)) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for i, line in enumerate(lines):
        page.insert_text((LEFT, top + i * step), line, fontsize=size, color=color)
    return doc


def _scan_of(src: pymupdf.Document, dpi: int = DPI) -> tuple[pymupdf.Document, pymupdf.Page]:
    pix = src[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=pix)
    return doc, page


def _save(doc: pymupdf.Document, path: Path) -> Path:
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return path


def _layer(page: pymupdf.Page, lines, dx: float = 0.0, dy: float = 0.0) -> None:
    for i, line in enumerate(lines):
        page.insert_text((LEFT + dx, TOP + i * STEP + dy), line, fontsize=SIZE, render_mode=3)


def layered_scan(path: Path) -> Path:
    doc, page = _scan_of(_text_page(LINES))
    _layer(page, LINES)
    return _save(doc, path)


def shifted_layer(path: Path, dx: float = 35.0, dy: float = 13.0) -> Path:
    """The layer's text is right but lies half a line lower and 35 pt to the right of the glyphs."""
    doc, page = _scan_of(_text_page(LINES))
    _layer(page, LINES, dx, dy)
    return _save(doc, path)


def _box(page: pymupdf.Page, line: int, text: str, value: str, label: str | None, beside: str | None = None) -> None:
    """A black box over `value` in line `line` of EARLIER, its label white inside or written beside."""
    x = LEFT + pymupdf.get_text_length(text[:text.index(value)], fontsize=SIZE)
    w = pymupdf.get_text_length(value, fontsize=SIZE)
    y = TOP + line * STEP
    rect = pymupdf.Rect(x - 1, y - SIZE, x + w + 1, y + 3)
    page.draw_rect(rect, color=None, fill=(0, 0, 0))
    if label:
        size = min(8.0, rect.height * 0.7)
        lw = pymupdf.get_text_length(label, fontsize=size)
        page.insert_text((rect.x0 + (rect.width - lw) / 2, rect.y1 - (rect.height - size * 0.7) / 2), label,
                         fontsize=size, color=(1, 1, 1))
    if beside:
        page.insert_text((rect.x1 + 3, y), beside, fontsize=7)


def earlier_boxes(path: Path) -> Path:
    """An earlier release scanned: four black boxes (three with "5.1.2e" inside, one with the
    code beside it, one without any), and new personal data on the fourth line."""
    src = _text_page(EARLIER)
    page = src[0]
    _box(page, 0, EARLIER[0], "Anna Smit", "5.1.2e")
    _box(page, 1, EARLIER[1], "Anna Smit", "5.1.2e")
    _box(page, 1, EARLIER[1], "06-12345678", "5.1.2e")
    _box(page, 1, EARLIER[1], "a.smit@xs4all.nl", None, beside="5.1.2e")
    _box(page, 0, EARLIER[0], "Karel Bosman", None)
    doc, _ = _scan_of(src)
    return _save(doc, path)


def low_contrast(path: Path) -> Path:
    """A faint copy: grey text on a grey, speckled ground (a photocopy of a photocopy)."""
    src = _text_page(LINES, size=9.0, color=(0.55, 0.55, 0.55))
    pix = src[0].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).astype(np.int16)
    rng = np.random.default_rng(19)
    img = img * 0.45 + 120 + rng.normal(0, 10, img.shape)  # ground ~235, ink ~183
    img = np.clip(img, 0, 255).astype(np.uint8)
    grey = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, img.tobytes(), False)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=grey)
    return _save(doc, path)


BUILDERS = {f.__name__: f for f in (layered_scan, shifted_layer, earlier_boxes, low_contrast)}


def build_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: build(folder / f"{name}.pdf") for name, build in BUILDERS.items()}


if __name__ == "__main__":
    for name, p in build_all(Path(sys.argv[1])).items():
        print(p)


HAND_LINES = (
    "Gemeente Zuidhaven, afdeling Vergunningen",
    "De aanvraag is op 3 maart ontvangen en behandeld.",
    "Behandeld door: Jeroen Vlietstra",
    "Telefoon 06-41234567",
    "Tegen dit besluit kan bezwaar worden gemaakt.",
    "De termijn voor bezwaar is zes weken na verzending.",
)


def _strokes(page: pymupdf.Page, x: float, y: float, seed: int, loops: int = 5) -> pymupdf.Rect:
    """A paraaf: a few looping pen strokes from (x, y), drawn as curves (then scanned to pixels)."""
    rng = np.random.default_rng(seed)
    shape = page.new_shape()
    at = pymupdf.Point(x, y)
    area = pymupdf.Rect(at, at)
    for _ in range(loops):
        c1 = at + (rng.uniform(-6, 10), rng.uniform(-22, -8))
        c2 = at + (rng.uniform(10, 24), rng.uniform(6, 18))
        end = at + (rng.uniform(8, 16), rng.uniform(-6, 6))
        shape.draw_bezier(at, c1, c2, end)
        area |= c1
        area |= c2
        area |= end
        at = end
    shape.finish(color=(0.1, 0.1, 0.35), width=1.3, closePath=False)
    shape.commit()
    return area


def handwriting(path: Path) -> Path:
    """A scanned letter with a paraaf beside the name of the civil servant who handled it, and
    a scribble in the margin far from any name."""
    src = _text_page(HAND_LINES)
    _strokes(src[0], 262, TOP + 2 * STEP - 2, seed=3)
    _strokes(src[0], 450, TOP + 5 * STEP + 160, seed=5, loops=4)
    doc, _ = _scan_of(src)
    return _save(doc, path)


BUILDERS["handwriting"] = handwriting


# A dashboard screenshot as the VWS releases hold them (bench/released_scans, held-out 2003-2010):
# small print on coloured tiles, a white-on-dark menu bar, bar charts, pasted as a colour image.
DASH_MENU = ("Overzicht", "Afspraken", "Testafnames", "Uitslagen")
DASH_TILES = (  # (fill, ink, lines): a light tile in grey print, a dark tile in white print
    ((0.99, 0.93, 0.70), (0.45, 0.45, 0.45), ("Melding van de afdeling Vergunningen",
                                              f"Behandeld door {NAME}",
                                              f"Telefoon {PHONE} op werkdagen",
                                              "De aanvraag is in behandeling genomen.")),
    ((0.12, 0.17, 0.38), (1.0, 1.0, 1.0), ("Contactpersoon van de regio",
                                           "Meldingen over de testlocatie aan",
                                           f"{NAME} of het secretariaat",
                                           "Bereikbaar op werkdagen tot vijf uur.")),
)
DASH_SIZE = 6.0


def dashboard(path: Path) -> Path:
    """A dashboard screenshot: a teal menu bar with white words, two tiles of 6 pt print (light
    yellow with grey print, dark blue with white print) that name a person and a phone number,
    and a bar chart with axis labels; a 200 dpi colour image over the page, no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    page.draw_rect(pymupdf.Rect(40, 60, 555, 82), color=None, fill=(0.05, 0.40, 0.48))
    for i, word in enumerate(DASH_MENU):
        page.insert_text((60 + i * 120, 75), word, fontsize=8, color=(1, 1, 1))
    for k, (fill, ink, lines) in enumerate(DASH_TILES):
        tile = pymupdf.Rect(40 + k * 260, 100, 290 + k * 260, 170)
        page.draw_rect(tile, color=None, fill=fill)
        for j, line in enumerate(lines):
            page.insert_text((tile.x0 + 8, tile.y0 + 16 + j * 13), line, fontsize=DASH_SIZE, color=ink)
    rng = np.random.default_rng(7)
    for b in range(24):  # the chart: bars, a base line, date labels turned upright
        h = float(rng.uniform(30, 150))
        page.draw_rect(pymupdf.Rect(60 + b * 20, 360 - h, 72 + b * 20, 360), color=None, fill=(0.25, 0.30, 0.45))
        page.insert_text((68 + b * 20, 385), f"{b + 1:02d}-02", fontsize=5, color=(0.5, 0.5, 0.5), rotate=90)
    page.draw_line((55, 360), (540, 360), color=(0.6, 0.6, 0.6), width=0.5)
    pix = page.get_pixmap(dpi=200)
    doc = pymupdf.open()
    out = doc.new_page(width=595, height=842)
    out.insert_image(out.rect, pixmap=pix)
    return _save(doc, path)


SHADED_DPI = 300


def shaded_copy(path: Path) -> Path:
    """The faint copy of `low_contrast`, lit unevenly: its paper darkens by 15 % from left to
    right (a page not lying flat on the glass). Plain Tesseract reads a few words of it with
    good confidence and leaves the rest of the ink unread."""
    src = _text_page(LINES, size=9.0, color=(0.55, 0.55, 0.55))
    pix = src[0].get_pixmap(dpi=SHADED_DPI, colorspace=pymupdf.csGRAY)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).astype(np.float32)
    rng = np.random.default_rng(19)
    shade = np.linspace(1.0, 0.85, pix.width, dtype=np.float32)[None, :]
    img = (img * 0.45 + 120) * shade + rng.normal(0, 10, img.shape)  # ground ~235 -> ~200, ink ~183 -> ~156
    img = np.clip(img, 0, 255).astype(np.uint8)
    grey = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, img.tobytes(), False)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, pixmap=grey)
    return _save(doc, path)


BUILDERS["dashboard"] = dashboard
BUILDERS["shaded_copy"] = shaded_copy
