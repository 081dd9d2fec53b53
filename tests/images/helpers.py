"""Signed letters and pictures for the image-stage tests, built with PyMuPDF and samples/drawings.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pymupdf

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("samples_drawings", REPO / "samples" / "drawings.py")
drawings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(drawings)

LEADING = 14.0

CIVIL_SERVANT = ["Gemeente Noorderveld", "Postbus 100", "9400 AC Noorderveld", "",
                 "Onderwerp: uw aanvraag", "Kenmerk: VG-2024-0077", "",
                 "Geachte heer, mevrouw,", "",
                 "Wij hebben uw aanvraag voor een omgevingsvergunning op 2 april 2024 ontvangen.",
                 "U hoort binnen acht weken van ons.", "",
                 "Met vriendelijke groet,", "", "", "",
                 "Marloes Dekker", "teamleider Vergunningen"]
MINISTER = ["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag", "",
            "Datum 12 oktober 2023", "Betreft Voortgang Woo", "",
            "Hierbij informeer ik uw Kamer over de voortgang van de Wet open overheid.", "",
            "De minister van Binnenlandse Zaken en Koninkrijksrelaties,", "", "", "",
            "drs. H.J. Karaman"]


def letter(lines: list[str], signature: str | None = "image", closing: str = "Met vriendelijke groet,",
           scan: bool = False) -> tuple[bytes, pymupdf.Rect]:
    """A one-page letter and the signature's place: an embedded image, pen strokes (vector paths;
    pixels once scanned) or nothing."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 82.0
    for line in lines:
        if line:
            page.insert_text((70, y), line, fontname="helv", fontsize=10.5)
        y += LEADING
    at = page.search_for(closing)[0]
    box = pymupdf.Rect(at.x0, at.y1 + 3, at.x0 + 150, at.y1 + 43)
    if signature == "image":
        page.insert_image(box, stream=drawings.signature())
    elif signature == "strokes":
        for stroke in drawings.signature_strokes(seed=5):
            page.draw_polyline([(box.x0 + x, box.y0 + y) for x, y in stroke], color=(0.1, 0.1, 0.4), width=1.6)
    if scan:
        out = pymupdf.open()
        pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY, alpha=False)
        out.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842), stream=pix.tobytes("png"))
        doc = out
    return doc.tobytes(garbage=4, deflate=True), box


def picture_page(*pictures: tuple[bytes, pymupdf.Rect], text: str = "Verslag schouw evenemententerrein") -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((70, 82), text, fontname="helv", fontsize=10.5)
    for data, rect in pictures:
        page.insert_image(rect, stream=data)
    return doc.tobytes(garbage=4, deflate=True)


def rendered(pdf: Path, dpi: int = 72) -> tuple[np.ndarray, float]:
    """Page 1 rendered to a PNG and read back as a grey array, with pixels per point."""
    with pymupdf.open(pdf) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        png = pix.tobytes("png")
    import cv2

    return cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE), dpi / 72


def region(image: np.ndarray, scale: float, rect, inset: float = 2.0) -> np.ndarray:
    x0, y0, x1, y1 = rect
    return image[int((y0 + inset) * scale):int((y1 - inset) * scale), int((x0 + inset) * scale):int((x1 - inset) * scale)]


def words_in(pdf: Path, rect) -> str:
    with pymupdf.open(pdf) as doc:
        return doc[0].get_text("text", clip=pymupdf.Rect(rect)).strip()
