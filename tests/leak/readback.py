"""Independent read-back of an output PDF for the leak tests: three text extractors, every
string and stream in the file, and OCR of the rendered page (poppler + Tesseract).

Deliberately not the code under test (redact/verify): a test that used the checker to check
the checker could not fail where the checker is blind.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pypdf
from pdfminer.high_level import extract_text


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


def pypdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def pdftotext_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-q", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")


def pdfminer_text(path: Path) -> str:
    return extract_text(str(path))


EXTRACTORS = {"pypdf": pypdf_text, "pdftotext": pdftotext_text, "pdfminer": pdfminer_text}


def raw_text(path: Path) -> str:
    """Everything in the file as text: the raw bytes, every object and every decoded stream
    (UTF-16 strings decoded too), so a value anywhere in the file shows up."""
    parts = [path.read_bytes().decode("latin-1")]
    reader = pypdf.PdfReader(path)
    for gen, table in reader.xref.items():
        for num in table:
            try:
                obj = reader.get_object(pypdf.generic.IndirectObject(num, gen, reader))
            except Exception:
                continue
            parts.append(str(obj))
            if isinstance(obj, pypdf.generic.StreamObject):
                try:
                    parts.append(obj.get_data().decode("latin-1"))
                except Exception:
                    pass
    for num in getattr(reader, "xref_objStm", {}):
        parts.append(str(reader.get_object(num)))
    return "\n".join(parts)


def ocr_text(path: Path, page: int = 1, dpi: int = 300) -> str:
    png = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page), str(path)],
                         capture_output=True, check=True).stdout
    return subprocess.run(["tesseract", "stdin", "stdout", "-l", "nld"], input=png, capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")


def page_count(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)
