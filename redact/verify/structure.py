"""What must not be in a disclosed PDF besides page content, read with pypdf (not PyMuPDF).

Every object in the file is visited, not only the ones the catalog points to: an attachment
or a script hidden in an unreferenced object is still in the file. The strings of all objects
(at any depth: the walk is iterative), the string operands of content streams (alternate and
actual text in marked content, annotation contents, JavaScript) and the metadata segments of
JPEG images are returned for the value check as well. An object that cannot be read fails the
file (what cannot be walked cannot be vouched for), and so do keys of the catalog, the page
tree, a page or its resources that are not on the allow-list (pdfkeys.py), and image metadata.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
from pypdf.generic import (ArrayObject, DictionaryObject, IndirectObject, NameObject, NullObject, StreamObject,
                           TextStringObject, ByteStringObject)

from .. import pdfkeys
from ..jpeg import JpegError, metadata as jpeg_metadata

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


def _all_objects(reader: pypdf.PdfReader, found: Structure):
    ids: set[tuple[int, int]] = set()
    for gen, table in reader.xref.items():
        ids.update((num, gen) for num in table)
    ids.update((num, 0) for num in getattr(reader, "xref_objStm", {}))
    broken = 0
    for num, gen in sorted(ids):
        try:
            obj = reader.get_object(IndirectObject(num, gen, reader))
        except Exception:  # RecursionError too (nesting too deep for the parser): fail closed
            broken += 1
            continue
        if obj is not None:
            yield num, obj
    if broken:
        found.problems.append(f"{broken} object(en) niet te lezen: inhoud niet te controleren")


def _walk(root, found: Structure, seen_keys: dict[str, int]) -> None:
    """Every string and key in `root` and its direct (not indirect) children, at any depth."""
    stack = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, (TextStringObject, ByteStringObject)):
            found.strings.append(str(obj) if isinstance(obj, TextStringObject) else obj.decode("latin-1", "replace"))
        elif isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                if key in FORBIDDEN_KEYS and _is_set(value):
                    seen_keys[key] = seen_keys.get(key, 0) + 1
                if key == "/Type" and value in FORBIDDEN_TYPES:
                    seen_keys[str(value)] = seen_keys.get(str(value), 0) + 1
                if not isinstance(value, IndirectObject):  # indirect ones are visited on their own
                    stack.append(value)
        elif isinstance(obj, ArrayObject):
            stack.extend(v for v in obj if not isinstance(v, IndirectObject))


def _other_keys(obj, allowed: frozenset[str]) -> list[str]:
    obj = obj.get_object() if isinstance(obj, IndirectObject) else obj
    if not isinstance(obj, DictionaryObject):
        return []
    return sorted(k for k in obj if k.lstrip("/") not in allowed and _is_set(obj[k]))


def _private_keys(reader: pypdf.PdfReader) -> list[str]:
    """Keys outside the allow-list in the catalog, the page tree, the pages and their resources."""
    problems = []
    root = reader.trailer.get("/Root")
    extra = _other_keys(root, pdfkeys.CATALOG)
    if extra:
        problems.append(f"catalogus bevat onbekende sleutel(s) ({', '.join(extra)})")
    pages = root.get_object().get("/Pages") if root is not None else None
    stack, seen, number = [pages], set(), 0
    while stack:  # depth first, kids in order: pages come out in page order
        ref = stack.pop()
        key = getattr(ref, "idnum", None)
        if ref is None or key in seen:
            continue
        seen.add(key)
        node = ref.get_object()
        is_page = node.get("/Type") == "/Page"
        number += is_page
        extra = _other_keys(node, pdfkeys.PAGE if is_page else pdfkeys.PAGE_TREE) + \
            [f"/Resources{k}" for k in _other_keys(node.get("/Resources"), pdfkeys.RESOURCES)]
        if extra:
            where = f"pagina {number}" if is_page else "paginaboom"
            problems.append(f"{where} bevat onbekende sleutel(s) ({', '.join(extra)})")
        stack.extend(reversed(list(node.get("/Kids") or [])))
    return problems


def _image_metadata(obj: StreamObject, found: Structure) -> int:
    """How many metadata blocks an image stream carries (JPEG COM/APPn, JPEG 2000 xml/uuid
    boxes); their text goes to the value check. -1: the image cannot be walked."""
    filters = obj.get("/Filter")
    filters = [filters] if isinstance(filters, str) else list(filters or [])
    if "/DCTDecode" in filters:
        try:
            blocks = jpeg_metadata(obj.get_data())
        except (JpegError, Exception):
            return -1
        found.strings.extend(b.decode("latin-1") for b in blocks)
        found.strings.extend(b.decode("utf-16-be", "ignore") for b in blocks)  # XMP/EXIF in UTF-16
        return len(blocks)
    if "/JPXDecode" in filters:
        data = obj._data if hasattr(obj, "_data") else b""
        return sum(data.count(box) for box in (b"xml ", b"uuid", b"<x:xmpmeta"))
    return 0


def read_structure(path: Path) -> Structure:
    found = Structure()
    reader = pypdf.PdfReader(path)
    seen: dict[str, int] = {}
    images, unreadable = 0, 0
    for _num, obj in _all_objects(reader, found):
        _walk(obj, found, seen)
        if isinstance(obj, StreamObject) and obj.get("/Subtype") == "/Image":
            n = _image_metadata(obj, found)
            images += max(0, n)
            unreadable += n < 0
        elif isinstance(obj, StreamObject) and not any(k in obj for k in _BINARY_STREAM_KEYS):
            try:
                data = obj.get_data()
            except Exception:
                continue
            found.strings.extend(_decode_literal(t) for t in _STRING_OPERAND.findall(data))
    if images:
        found.problems.append(f"afbeelding(en) met metadata (JPEG COM/EXIF/XMP), {images}x")
    if unreadable:
        found.problems.append(f"{unreadable} JPEG-afbeelding(en) niet te controleren op metadata")
    found.problems.extend(_private_keys(reader))
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
