"""Ingest: read a source file into a Document. One reader per format."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import DocumentError
from ..limits import Budget, Limits
from ..model import Document
from ..ocrsettings import OcrSettings
from .convert import is_converted, read_converted
from .dates import document_date
from .pdf import read_pdf
from .text import read_text

READERS = {".pdf": read_pdf, ".txt": read_text}


def is_supported(path: Path) -> bool:
    """Read as it is (READERS), or converted to PDF first (ingest/convert/: mail, Office, images)."""
    return path.suffix.lower() in READERS or is_converted(path)


def read_document(path: Path, relpath: str, max_file_mb: int = 1024, budget: Budget | None = None,
                  ocr: OcrSettings | None = None) -> Document:
    """Read `path`; raise DocumentError with a reason a coordinator can act on, also when the
    document is beyond a bound of `budget` (limits.py: each reader takes it as `budget=`). `ocr`:
    how scans are read (policy.yaml `ocr:`), for the readers of PDFs."""
    budget = budget or Limits().start()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError("bestand bestaat niet (meer): verplaatst of verwijderd tijdens de run") from None
    except OSError as exc:
        raise DocumentError(f"bestand niet leesbaar: {exc.strerror}") from None
    if size == 0:
        raise DocumentError("leeg bestand (0 bytes)")
    if size > max_file_mb * 1024 * 1024:
        raise DocumentError(f"bestand te groot ({size / 2**20:.0f} MB; grens {max_file_mb} MB in policy.yaml)")
    reader = READERS.get(path.suffix.lower(), read_converted)
    try:
        document = reader(path, relpath, budget=budget) if reader is read_text else \
            reader(path, relpath, budget=budget, ocr=ocr)
    except FileNotFoundError:
        raise DocumentError("bestand bestaat niet (meer): verplaatst of verwijderd tijdens de run") from None
    except PermissionError:
        raise DocumentError("geen leesrechten op het bestand") from None
    budget.check_chars(sum(len(p.text) for p in document.pages))  # before detection, the costly part
    budget.check_time("na het lezen")
    # The document's own date beats the file's creation date (often the scan or print date).
    date = document_date(document.pages[0].text) if document.pages else None
    return replace(document, date=date) if date else document
