"""What must not be in a disclosed PDF besides page content, read with pypdf (not PyMuPDF).

Every object in the file is visited, not only the ones the catalog points to: an attachment
or a script hidden in an unreferenced object is still in the file. The strings of all objects
and the string operands of content streams (alternate and actual text in marked content,
annotation contents, JavaScript) are returned for the value check as well.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
from pypdf.generic import (ArrayObject, DictionaryObject, IndirectObject, NameObject, NullObject, StreamObject,
                           TextStringObject, ByteStringObject)

logging.getLogger("pypdf").setLevel(logging.ERROR)

# Dictionary keys that carry or point to content outside the page streams, with what they are.
FORBIDDEN_KEYS = {
    "/AcroForm": "formuliervelden", "/Outlines": "bladwijzers", "/PageLabels": "paginalabels",
    "/Metadata": "XMP-metadata", "/StructTreeRoot": "structuurboom (alternatieve teksten)",
    "/OpenAction": "automatische actie", "/AA": "automatische acties", "/JS": "JavaScript",
    "/JavaScript": "JavaScript", "/EmbeddedFiles": "ingesloten bestanden", "/EmbeddedFile": "ingesloten bestand",
    "/URI": "koppeling (URI)", "/PieceInfo": "toepassingsgegevens (PieceInfo)", "/Alt": "alternatieve tekst",
    "/ActualText": "vervangende tekst (ActualText)", "/OCProperties": "lagen (optional content)",
}
FORBIDDEN_TYPES = {"/Annot": "annotatie", "/Filespec": "bestandsverwijzing (bijlage)", "/EmbeddedFile": "bijlage"}
# Streams that hold no text worth scanning (and are large): images and font programs.
_BINARY_STREAM_KEYS = ("/Length1", "/Length2", "/Length3")
_STRING_OPERAND = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>")


@dataclass
class Structure:
    problems: list[str] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)  # text found outside the page text proper


def _is_set(value) -> bool:
    """A null entry is the same as a missing one (PDF 32000-1, 7.3.7)."""
    if isinstance(value, IndirectObject):
        value = value.get_object()
    if value is None or isinstance(value, NullObject):
        return False
    if isinstance(value, (ArrayObject, DictionaryObject)) and not isinstance(value, StreamObject):
        return len(value) > 0
    return True


def _decode_literal(token: bytes) -> str:
    if token.startswith(b"<"):
        try:
            raw = bytes.fromhex(token[1:-1].decode("ascii").replace(" ", "").replace("\n", ""))
        except ValueError:
            return ""
    else:
        raw = re.sub(rb"\\(.)", rb"\1", token[1:-1])
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return raw.decode("latin-1")


def _all_objects(reader: pypdf.PdfReader):
    ids: set[tuple[int, int]] = set()
    for gen, table in reader.xref.items():
        ids.update((num, gen) for num in table)
    ids.update((num, 0) for num in getattr(reader, "xref_objStm", {}))
    for num, gen in sorted(ids):
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
        except Exception:  # a broken object cannot hide anything from a reader either
            continue
        if obj is not None:
            yield num, obj


def _walk(obj, found: Structure, seen_keys: dict[str, int], depth: int = 0) -> None:
    if depth > 30:
        return
    if isinstance(obj, (TextStringObject, ByteStringObject)):
        found.strings.append(str(obj) if isinstance(obj, TextStringObject) else obj.decode("latin-1", "replace"))
    elif isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            if key in FORBIDDEN_KEYS and _is_set(value):
                seen_keys[key] = seen_keys.get(key, 0) + 1
            if key == "/Type" and value in FORBIDDEN_TYPES:
                seen_keys[str(value)] = seen_keys.get(str(value), 0) + 1
            if not isinstance(value, IndirectObject):  # indirect ones are visited on their own
                _walk(value, found, seen_keys, depth + 1)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            if not isinstance(value, IndirectObject):
                _walk(value, found, seen_keys, depth + 1)


def read_structure(path: Path) -> Structure:
    found = Structure()
    reader = pypdf.PdfReader(path)
    seen: dict[str, int] = {}
    for _num, obj in _all_objects(reader):
        _walk(obj, found, seen)
        if isinstance(obj, StreamObject) and obj.get("/Subtype") != "/Image" \
                and not any(k in obj for k in _BINARY_STREAM_KEYS):
            try:
                data = obj.get_data()
            except Exception:
                continue
            found.strings.extend(_decode_literal(t) for t in _STRING_OPERAND.findall(data))
    for key, n in sorted(seen.items()):
        what = FORBIDDEN_KEYS.get(key) or FORBIDDEN_TYPES.get(key)
        found.problems.append(f"bevat nog {what} ({key}, {n}x)")
    info = reader.trailer.get("/Info")
    info = info.get_object() if info is not None else None
    if info:
        filled = sorted(k for k, v in info.items() if k != "/Producer" and str(v).strip())
        if filled:
            found.problems.append("bevat nog documentmetadata (" + ", ".join(filled) + ")")
    for number, page in enumerate(reader.pages, 1):
        if _is_set(page.get("/Annots")):
            found.problems.append(f"pagina {number}: bevat nog annotaties of koppelingen")
    if NameObject("/Prev") in reader.trailer:
        found.problems.append("bevat eerdere revisies (/Prev in de trailer)")
    return found


def revision_count(path: Path) -> int:
    """How many times the file was saved: one %%EOF per (incremental) save."""
    return path.read_bytes().count(b"%%EOF")
