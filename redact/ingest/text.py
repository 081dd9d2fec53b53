"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..errors import DocumentError
from ..model import Document, Page

# Detection runs per page; a plain-text "page" is a run of paragraphs of about this size.
CHUNK_CHARS = 6000


def _decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16", ()
    if b"\x00" in data:
        raise DocumentError("geen tekstbestand: binaire inhoud (NUL-bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"geen tekstbestand: bytes die UTF-8 noch cp1252 zijn (positie {exc.start})") from None
    return text, "cp1252", ("geen geldige UTF-8; gelezen als cp1252 (Windows-1252): controleer bijzondere tekens",)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls > max(2, len(text) // 100)


def split_pages(text: str, size: int = CHUNK_CHARS) -> tuple[Page, ...]:
    """Cut at blank lines, else at line ends (long paragraphs), else at a space (one long line),
    so that a value without spaces is never split; a value with spaces that a cut splits is
    found by detection across the cut (readings.across)."""
    pages: list[Page] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start + size // 2, end)
            if cut != -1:
                end = cut + 2
            else:
                cut = text.rfind("\n", start + size // 2, end)
                if cut == -1:
                    cut = max(text.rfind(" ", start + size // 2, end), text.rfind("\t", start + size // 2, end))
                end = cut + 1 if cut != -1 else end
        pages.append(Page(number=len(pages) + 1, text=text[start:end], offset=start))
        start = end
    return tuple(pages)


def read_text(path: Path, relpath: str) -> Document:
    data = path.read_bytes()
    text, encoding, warnings = _decode(data)
    if _looks_binary(text):
        raise DocumentError("geen tekstbestand: binaire inhoud (stuurtekens)")
    if not text.strip():
        raise DocumentError("leeg bestand (alleen witruimte)")
    return Document(source=str(path), relpath=relpath, kind="txt", pages=split_pages(text),
                    encoding=encoding, warnings=warnings)
