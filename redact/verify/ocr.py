"""Read the output back with OCR: poppler extracts or renders, Tesseract reads.

Neither is PyMuPDF (which wrote the file). The images of a page are read as they are stored,
not as the page is rendered: a black box drawn over pixels that were not removed hides them
from a rendering, not from anyone who extracts the image. Pages without images (text drawn
as vector paths) are rendered, only the bands around their boxes by default.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

DPI = 300
TIMEOUT_S = 180


def ocr_available() -> bool:
    return all(shutil.which(tool) for tool in ("pdftoppm", "pdfimages", "tesseract"))


MIN_IMAGE_PX = (40, 16)  # smaller images cannot hold a readable word
_LIST_ROW = re.compile(r"^\s*(\d+)\s+(\d+)\s+(\w+)\s+(\d+)\s+(\d+)\s+.*?\s(\d+)\s+(\d+)\s+\S+\s+\S+\s*$")


def _tesseract(png: bytes, dpi: int) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld", "--dpi", str(dpi), "--psm", "3"],
                            input=png, capture_output=True, check=True, timeout=TIMEOUT_S, env=env)
    return result.stdout.decode("utf-8", "replace")


def ocr_page_images(path: Path, number: int) -> str:
    """The text Tesseract reads in the images stored on page `number` (and their masks), each
    at its own resolution, as `pdfimages` extracts them; tiny ones skipped."""
    listing = subprocess.run(["pdfimages", "-list", "-f", str(number), "-l", str(number), str(path)],
                             capture_output=True, text=True, check=True, timeout=TIMEOUT_S).stdout
    wanted: dict[int, int] = {}
    for line in listing.splitlines()[2:]:
        m = _LIST_ROW.match(line)
        # Masks too: text can live in a soft mask (alpha) or be drawn as a stencil (1-bit scans).
        if m and m.group(3) in ("image", "stencil", "mask", "smask") \
                and int(m.group(4)) >= MIN_IMAGE_PX[0] and int(m.group(5)) >= MIN_IMAGE_PX[1]:
            wanted[int(m.group(2))] = int(m.group(6))  # image number -> x-ppi
    if not wanted:
        return ""
    texts = []
    with tempfile.TemporaryDirectory(prefix="woo-verify-") as tmp:
        subprocess.run(["pdfimages", "-png", "-p", "-f", str(number), "-l", str(number), str(path), f"{tmp}/img"],
                       capture_output=True, check=True, timeout=TIMEOUT_S)
        for png in sorted(Path(tmp).glob("*.png")):
            num = int(png.stem.rsplit("-", 1)[1])
            if num in wanted:
                texts.append(_tesseract(png.read_bytes(), min(600, max(70, wanted[num]))))
    return "\n".join(texts)


def ocr_page_text(path: Path, number: int, dpi: int = DPI,
                  clip: tuple[float, float, float, float] | None = None) -> str:
    """The text Tesseract reads on page `number` (1-based) of the PDF at `path`, or only in
    `clip` (points, origin top-left) of it."""
    crop: list[str] = []
    if clip is not None:
        x0, y0, x1, y1 = (max(0.0, v) * dpi / 72 for v in clip)
        crop = ["-x", str(int(x0)), "-y", str(int(y0)), "-W", str(int(x1 - x0) + 1), "-H", str(int(y1 - y0) + 1)]
    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(number), "-l", str(number),
                          *crop, str(path)], capture_output=True, check=True, timeout=TIMEOUT_S).stdout
    return _tesseract(png, dpi)


def bands(boxes: list[tuple[float, float, float, float]], width: float, height: float
          ) -> list[tuple[float, float, float, float]]:
    """Full-width bands around the boxes, two line heights above and below each: where the
    value would still be readable if pixels were left or a box slipped a line."""
    spans = sorted((max(0.0, b[1] - 2 * (b[3] - b[1])), min(height, b[3] + 2 * (b[3] - b[1])))
                   for b in boxes if b[3] > 0 and b[1] < height)
    merged: list[list[float]] = []
    for y0, y1 in spans:
        if merged and y0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], y1)
        else:
            merged.append([y0, y1])
    return [(0.0, y0, width, y1) for y0, y1 in merged if y1 > y0]
