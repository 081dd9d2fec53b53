"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 and UTF-32 (with a BOM, or without one
when the NUL bytes fall where those encodings put them), else cp1252 with a warning."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..errors import DocumentError
from ..limits import Budget, Limits
from ..model import Document, Page

# Detection runs per page; a plain-text "page" is a run of paragraphs of about this size.
CHUNK_CHARS = 6000


# A UTF-32 BOM first: the little-endian one starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told by where its NUL bytes are: text in a Latin script has
    a NUL as every high byte (UTF-16: one of two, UTF-32: three of four) and almost never elsewhere."""
    def zero_share(offset: int, step: int) -> float:
        part = data[offset::step]
        return part.count(0) / len(part) if part else 0.0

    candidates = []
    if len(data) % 4 == 0:
        candidates += [("utf-32-le", zero_share(3, 4) == 1 and zero_share(2, 4) > 0.9 and zero_share(0, 4) < 0.1),
                       ("utf-32-be", zero_share(0, 4) == 1 and zero_share(1, 4) > 0.9 and zero_share(3, 4) < 0.1)]
    if len(data) % 2 == 0:
        candidates += [("utf-16-le", zero_share(1, 2) > 0.5 and zero_share(0, 2) < 0.05),
                       ("utf-16-be", zero_share(0, 2) > 0.5 and zero_share(1, 2) < 0.05)]
    for encoding, fits in candidates:
        if fits:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return None


def _decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError:
                raise DocumentError(f"onbekende tekstcodering (begint als {encoding.upper()}, "
                                    "maar is dat niet)") from None
    if b"\x00" in data:
        found = _without_bom(data)
        if found:
            text, encoding = found
            return text, encoding[:6], (  # utf-16 / utf-32
                f"gelezen als {encoding.upper()} zonder byte-order mark: controleer bijzondere tekens",)
        if data.count(0) * 4 > len(data):  # the NULs of a wide encoding, but not one read here
            raise DocumentError("onbekende tekstcodering (NUL-bytes als van UTF-16/UTF-32, maar niet te lezen): "
                                "sla het bestand op als UTF-8")
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


def read_text(path: Path, relpath: str, budget: Budget | None = None) -> Document:
    data = path.read_bytes()
    text, encoding, warnings = _decode(data)
    (budget or Limits().start()).check_chars(len(text))  # before the text is cut up and analysed
    if _looks_binary(text):
        raise DocumentError("geen tekstbestand: binaire inhoud (stuurtekens)")
    if not text.strip():
        raise DocumentError("leeg bestand (alleen witruimte)")
    return Document(source=str(path), relpath=relpath, kind="txt", pages=split_pages(text),
                    encoding=encoding, warnings=warnings)
