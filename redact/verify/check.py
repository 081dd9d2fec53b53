"""The output check: no redacted value survives, and nothing but page content remains.

It is deliberately separate from rendering: it reads the written file back with other
extractors and trusts nothing the renderer reports.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf
from pypdf.generic import NameObject

from .extract import pdf_extractors


def _squash(text: str) -> str:
    """Case-, width- and whitespace-insensitive form (extractors split words differently)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\u00ad]+", "", text)


def surviving_values(text: str, values: tuple[str, ...]) -> list[str]:
    """The values that can still be read in `text`."""
    squashed = _squash(text)
    words = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    found = []
    for value in set(values):
        v = _squash(value)
        if not v:
            continue
        if len(v) >= 6:
            hit = v in squashed
        else:  # short values ("Kok", "JdV") only as whole words, else they match inside others
            pattern = r"(?<!\w)" + r"\s*".join(map(re.escape, v)) + r"(?!\w)"
            hit = re.search(pattern, words) is not None
        if hit:
            found.append(value)
    return sorted(found)


def structure_problems(path: Path) -> list[str]:
    """What must not be in a disclosed PDF, read with pypdf."""
    problems = []
    reader = pypdf.PdfReader(path)
    root = reader.trailer["/Root"]
    for key, what in (("/AcroForm", "formuliervelden"), ("/Names", "ingesloten bestanden of JavaScript"),
                      ("/Outlines", "bladwijzers"), ("/OpenAction", "automatische actie"),
                      ("/Metadata", "XMP-metadata"), ("/PageLabels", "paginalabels"),
                      ("/StructTreeRoot", "structuurboom met alternatieve teksten")):
        if NameObject(key) in root:
            problems.append(f"bevat nog {what} ({key})")
    info = reader.metadata
    if info and any(str(v).strip() for k, v in info.items() if k not in ("/Producer",)):
        problems.append("bevat nog documentmetadata (" + ", ".join(sorted(k for k in info if k != "/Producer")) + ")")
    for number, page in enumerate(reader.pages, 1):
        if page.get("/Annots"):
            problems.append(f"pagina {number}: bevat nog annotaties")
    return problems


def verify_output(path: Path, kind: str, values: tuple[str, ...]) -> list[str]:
    """Problems found in one written output; an empty list means it passed."""
    if kind == "txt":
        survivors = surviving_values(path.read_text(encoding="utf-8"), values)
        return [f"{len(survivors)} weggelakte waarde(n) nog leesbaar in de tekst"] if survivors else []
    problems = structure_problems(path)
    for name, extract in pdf_extractors().items():
        try:
            text = extract(path)
        except Exception as exc:  # an extractor that fails cannot vouch for the file
            problems.append(f"{name} kon de uitvoer niet lezen: {exc}")
            continue
        survivors = surviving_values(text, values)
        if survivors:
            problems.append(f"{len(survivors)} weggelakte waarde(n) nog leesbaar volgens {name}")
    data = path.read_bytes()
    if data.count(b"%%EOF") > 1:
        problems.append("bevat eerdere revisies (meer dan één %%EOF)")
    return problems
