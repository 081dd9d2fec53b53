"""Synthetic pictures for the image samples and tests, drawn with OpenCV and numpy (no photo files).

- `signature`: a handwritten-looking signature, pen strokes along smooth random curves;
- `face`: a schematic face (oval, hair, eyes, brows, nose, mouth, blurred), which OpenCV's
  frontal-face Haar cascade detects; no real person;
- `id_card`: a fictional ID card with a photo field and two MRZ lines (`IDNLD...`) in DejaVu Sans
  Mono, drawn with PyMuPDF's text and rasterised.

Everything is deterministic (fixed seeds), so the sample PDFs rebuild byte for byte.
"""

from __future__ import annotations

import cv2
import numpy as np
import pymupdf


def png(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", image)
    assert ok
    return data.tobytes()


def signature_strokes(seed: int = 7, width: float = 150.0, height: float = 40.0) -> list[list[tuple[float, float]]]:
    """Pen strokes (polylines in a width x height box): a looping scrawl and an underline."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 1, 160)
    loops = 5 + int(rng.integers(0, 3))
    x = 0.05 + 0.75 * t + 0.04 * np.sin(2 * np.pi * loops * t + rng.uniform(0, 1))
    y = 0.45 + 0.28 * np.sin(2 * np.pi * loops * t) * (1 - 0.5 * t) + 0.05 * rng.standard_normal() * t
    scrawl = [(float(a * width), float(b * height)) for a, b in zip(x, y)]
    under = [(width * (0.1 + 0.8 * s), height * (0.85 - 0.08 * s)) for s in np.linspace(0, 1, 20)]
    return [scrawl, under]


def signature(seed: int = 7, scale: int = 4) -> bytes:
    """A signature as a PNG on white (150 x 40 pt at `scale` pixels a point), dark blue ink."""
    w, h = 150 * scale, 40 * scale
    img = np.full((h, w, 3), 255, np.uint8)
    for stroke in signature_strokes(seed):
        pts = np.array([[x * scale, y * scale] for x, y in stroke], np.int32)
        cv2.polylines(img, [pts], False, (120, 30, 20), thickness=max(2, scale // 2 + 1), lineType=cv2.LINE_AA)
    return png(img)


def face_array(size: int = 240) -> np.ndarray:
    h = w = size
    img = np.full((h, w), 235, np.uint8)
    c = (w // 2, h // 2)
    cv2.ellipse(img, c, (int(w * .32), int(h * .42)), 0, 0, 360, 170, -1)
    cv2.ellipse(img, (c[0], int(h * .18)), (int(w * .33), int(h * .16)), 0, 180, 360, 60, -1)
    ey, ex = int(h * .42), int(w * .14)
    for s in (-1, 1):
        cv2.ellipse(img, (c[0] + s * ex, ey), (int(w * .07), int(h * .03)), 0, 0, 360, 60, -1)
        cv2.line(img, (c[0] + s * ex - int(w * .08), ey - int(h * .07)), (c[0] + s * ex + int(w * .08), ey - int(h * .07)),
                 70, int(h * .02) + 1)
    cv2.line(img, (c[0], int(h * .45)), (c[0] - int(w * .03), int(h * .6)), 130, 3)
    cv2.ellipse(img, (c[0], int(h * .7)), (int(w * .1), int(h * .03)), 0, 0, 360, 90, -1)
    return cv2.GaussianBlur(img, (0, 0), size / 60)


def photo(faces: int = 1, size: int = 240) -> bytes:
    """A grey "photo" with `faces` schematic faces side by side on a textured background."""
    rng = np.random.default_rng(3)
    img = np.clip(rng.normal(200, 12, (size, size * faces + 40)), 0, 255).astype(np.uint8)
    for i in range(faces):
        img[:, 20 + i * size:20 + (i + 1) * size] = face_array(size)
    return png(img)


MRZ = ("IDNLDSPECI20212NL9<<<<<<<<<<<<<<", "6503101F3108028NLD<<<<<<<<<<<8", "DE<BRUIJN<<WILLEKE<LISELOTTE<<")


def id_card(mrz: tuple[str, ...] = MRZ, dpi: int = 300) -> bytes:
    """A fictional ID card (85.6 x 54 mm) with a photo field and the MRZ, as a PNG."""
    doc = pymupdf.open()
    page = doc.new_page(width=243, height=153)
    page.draw_rect(page.rect, color=(0.3, 0.3, 0.5), fill=(0.93, 0.94, 0.97), width=1)
    page.insert_text((12, 18), "NEDERLAND  IDENTITEITSKAART", fontsize=8)
    face = cv2.resize(face_array(240), (60, 75))
    page.insert_image(pymupdf.Rect(12, 26, 72, 96), stream=png(face))
    page.insert_text((82, 40), "Naam / Surname", fontsize=6)
    page.insert_text((82, 50), "Fictief Specimen", fontsize=8)
    mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    page.insert_font(fontname="mono", fontfile=mono)
    for i, line in enumerate(mrz):
        page.insert_text((8, 118 + i * 11), line, fontsize=9.6, fontname="mono")
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    data = pix.tobytes("png")
    doc.close()
    return data
