"""Images (.jpg, .png, .tif with every page of a multi-page TIFF) to a PDF page each.

The pages carry only the image, so the PDF reader sends them down the OCR path that scans take
(ingest/pdf.py): OCR'd, or marked for manual review when no trustworthy OCR can be had.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ...errors import DocumentError

MAX_PAGES = 500


def image_pdf(path: Path, target: Path) -> int:
    try:
        images = pymupdf.open(path)
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise DocumentError(f"beschadigde of onleesbare afbeelding ({exc})") from None
    try:
        if images.page_count == 0:
            raise DocumentError("afbeelding zonder inhoud")
        if images.page_count > MAX_PAGES:
            raise DocumentError(f"afbeelding met meer dan {MAX_PAGES} pagina's")
        out = pymupdf.open()
        for number in range(images.page_count):
            try:
                pdf = pymupdf.open("pdf", images.convert_to_pdf(number, number + 1))
            except (RuntimeError, ValueError) as exc:
                raise DocumentError(f"pagina {number + 1} van de afbeelding onleesbaar ({exc})") from None
            out.insert_pdf(pdf)
            pdf.close()
        out.set_metadata({"creator": "woo-redact", "producer": "PyMuPDF"})
        target.parent.mkdir(parents=True, exist_ok=True)
        out.save(target, garbage=4, deflate=True, no_new_id=True)
        pages = out.page_count
        out.close()
        return pages
    finally:
        images.close()
