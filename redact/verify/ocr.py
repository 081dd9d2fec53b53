"""Read the rendered output pages back with OCR: poppler renders, Tesseract reads.

Neither is PyMuPDF (which wrote the file), so a pixel the burn-in left is read independently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

DPI = 300
TIMEOUT_S = 180


def ocr_available() -> bool:
    return shutil.which("pdftoppm") is not None and shutil.which("tesseract") is not None


def ocr_page_text(path: Path, number: int, dpi: int = DPI) -> str:
    """The text Tesseract reads on page `number` (1-based) of the PDF at `path`."""
    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(number), "-l", str(number),
                          str(path)], capture_output=True, check=True, timeout=TIMEOUT_S).stdout
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld", "--dpi", str(dpi), "--psm", "3"],
                            input=png, capture_output=True, check=True, timeout=TIMEOUT_S, env=env)
    return result.stdout.decode("utf-8", "replace")
