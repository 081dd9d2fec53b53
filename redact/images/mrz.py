"""Identity documents by their machine-readable zone: the lines `P<NLD...`, `IDNLD...` at their foot.

An embedded image is read with Tesseract (only the MRZ alphabet); a scanned page's OCR text is
already there. A document image is withheld whole (5.1.1e): the MRZ holds the document number,
the date of birth and the BSN of a Dutch passport, and the photo and signature are on it too.
"""

from __future__ import annotations

import re
import shutil

import numpy as np

# The first MRZ line of a passport (P), ID card (I, A, C) or visa (V): type, a filler or subtype,
# the issuing state, then names padded with '<'.
FIRST_LINE = re.compile(r"(?<![A-Z0-9<])[PIACV][A-Z<][A-Z<]{3}[A-Z0-9<]{10,}")
FILLERS = 3  # '<' in a line before it counts
MIN_SIDE = 90  # pixels: images smaller than this hold no readable MRZ
WHITELIST = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
TIMEOUT = 60  # seconds for one image


def _clean(line: str) -> str:
    return re.sub(r"\s+", "", line.replace("«", "<<").replace("‹", "<").upper())


def mrz_lines(text: str) -> list[int]:
    """Indices of the lines of `text` that read as the start of an MRZ (OCR noise tolerated)."""
    return [i for i, line in enumerate(text.split("\n"))
            if (clean := _clean(line)).count("<") >= FILLERS and FIRST_LINE.search(clean)]


def has_mrz(text: str) -> bool:
    return bool(mrz_lines(text))


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def read_image_text(image: np.ndarray) -> str:
    """Tesseract's reading of a grey image in the MRZ alphabet ("" when Tesseract is missing)."""
    import cv2

    from ..ingest.tesseract import run_tesseract, tesseract_image  # one way of calling Tesseract

    if min(image.shape[:2]) < MIN_SIDE or not tesseract_available():
        return ""
    if image.shape[1] < 1200:  # small copies: upscale, Tesseract wants letters of 20+ pixels
        factor = 1200 / image.shape[1]
        image = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    result = run_tesseract(tesseract_image(image), ["--psm", "6", "-l", "eng",
                                                    "-c", f"tessedit_char_whitelist={WHITELIST}"], timeout=TIMEOUT)
    return result.stdout.decode("utf-8", "replace")
