"""Independent text extractors (none is PyMuPDF, which wrote the file).

Three engines that read fonts differently: pdfminer.six falls back on a font's own cmap where
the ToUnicode map is missing (and reads a name that the others see as gibberish), poppler
and pypdf do not.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pypdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdftotext_text(path: Path) -> str:
    """Poppler's pdftotext: a third PDF engine, fast, in C."""
    result = subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=True, timeout=300)
    return result.stdout.decode("utf-8", "replace")


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text_to_fp
    out = io.StringIO()
    with path.open("rb") as fh:
        extract_text_to_fp(fh, out)
    return out.getvalue()


def pdf_extractors() -> dict[str, Callable[[Path], str]]:
    """pypdf and pdfminer.six always, poppler's pdftotext when installed."""
    extractors = {"pypdf": pypdf_text, "pdfminer": pdfminer_text}
    if shutil.which("pdftotext"):
        extractors["pdftotext"] = pdftotext_text
    return extractors
