"""Images (.jpg, .png, .tif with every page of a multi-page TIFF) to a PDF page each.

The pages carry only the image, so the PDF reader sends them down the OCR path that scans take
(ingest/pdf.py): OCR'd, or marked for manual review when no trustworthy OCR can be had.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ...errors import DocumentError
from .textpdf import save_converted

MAX_PAGES = 500


def image_pdf(path: Path, target: Path) -> int:
    try:
        images = pymupdf.open(path)
    except Exception as exc:  # MuPDF's image decoders raise many types; none may stop the batch
        raise DocumentError(f"beschadigde of onleesbare afbeelding ({type(exc).__name__})") from None
    try:
        if images.page_count == 0:
            raise DocumentError("afbeelding zonder inhoud")
        if images.page_count > MAX_PAGES:
            raise DocumentError(f"afbeelding met meer dan {MAX_PAGES} pagina's")
        try:  # all pages at once: MuPDF's page range of an image document is not the TIFF's
            out = pymupdf.open("pdf", images.convert_to_pdf())
        except Exception as exc:
            raise DocumentError(f"afbeelding niet om te zetten ({type(exc).__name__})") from None
        if out.page_count != images.page_count:
            raise DocumentError(f"{images.page_count} pagina's in de afbeelding, {out.page_count} omgezet")
        return save_converted(out, target)
    finally:
        images.close()
