"""Remove every channel besides the page content that can carry personal data.

Annotations and form fields go before the burn-in (their appearance streams and popups would
otherwise survive); metadata, XMP, attachments, links, JavaScript, bookmarks, page labels and
the structure tree (alternate texts) go after it, and so does every key of the catalog, the
page tree, the pages and their resources that is not on the allow-list (pdfkeys.py: private
keys), and the metadata segments of every JPEG image (COM, EXIF, XMP, ICC: jpeg.py).
"""

from __future__ import annotations

import re
import zlib

import pymupdf

from .. import pdfkeys
from ..errors import ReviewNeeded
from ..jpeg import JpegError, strip_metadata

# Catalog entries that can hold or point to content outside the page streams.
_CATALOG_KEYS = ("AcroForm", "Names", "OpenAction", "AA", "Outlines", "PageLabels", "StructTreeRoot",
                 "MarkInfo", "Metadata", "Threads", "SpiderInfo", "PieceInfo", "Collection", "OCProperties",
                 "URI", "Dests", "Perms", "Legal")
# Keys that can hang off any object: XMP streams on images and forms, private application data,
# actions and scripts.
_OBJECT_KEYS = ("Metadata", "PieceInfo", "AA", "JS")


def strip_interactive(doc: pymupdf.Document) -> None:
    """Before the burn-in: drop annotations and form widgets, and show hidden layers (without
    /OCProperties all optional content is shown), so the boxes remove what ingest read there."""
    catalog = doc.pdf_catalog()
    if doc.xref_get_key(catalog, "OCProperties")[0] != "null":
        doc.xref_set_key(catalog, "OCProperties", "null")
    for page in doc:
        for widget in list(page.widgets() or ()):
            page.delete_widget(widget)
        annot = page.first_annot
        while annot:
            annot = page.delete_annot(annot)  # returns the next one


def scrub(doc: pymupdf.Document) -> None:
    doc.scrub(attached_files=True, clean_pages=True, embedded_files=True, hidden_text=False,
              javascript=True, metadata=True, redactions=True, remove_links=True, reset_fields=True,
              reset_responses=True, thumbnails=True, xml_metadata=True)
    doc.set_toc([])
    catalog = doc.pdf_catalog()
    for key in _CATALOG_KEYS:
        if doc.xref_get_key(catalog, key)[0] != "null":
            doc.xref_set_key(catalog, key, "null")
    for page in doc:
        for key in ("PieceInfo", "AA", "Thumb", "StructParents"):
            if doc.xref_get_key(page.xref, key)[0] != "null":
                doc.xref_set_key(page.xref, key, "null")
    for xref in range(1, doc.xref_length()):
        for key in _OBJECT_KEYS:
            if doc.xref_get_key(xref, key)[0] != "null":
                doc.xref_set_key(xref, key, "null")
    doc.set_metadata({})
    keep_allowed_keys(doc)
    strip_image_metadata(doc)


def _drop_other_keys(doc: pymupdf.Document, xref: int, allowed: frozenset[str]) -> None:
    for key in doc.xref_get_keys(xref):
        if key in allowed:
            continue
        kind, value = doc.xref_get_key(xref, key)
        if kind != "null" and value.replace(" ", "") not in ("[]", "<<>>"):  # empty ones carry nothing
            doc.xref_set_key(xref, key, "null")  # MuPDF keeps the key, as null: the same as absent


def _indirect(doc: pymupdf.Document, xref: int, key: str) -> int | None:
    """The xref of the dictionary at `key`, made an object of its own first when it is inline."""
    kind, value = doc.xref_get_key(xref, key)
    if kind == "xref":
        return int(value.split()[0])
    if kind == "dict":
        new = doc.get_new_xref()
        doc.update_object(new, value)
        doc.xref_set_key(xref, key, f"{new} 0 R")
        return new
    return None


def keep_allowed_keys(doc: pymupdf.Document) -> None:
    """The catalog, the page tree nodes, the pages and their resource dictionaries keep only
    the keys on the allow-list (a private key can hold any string, nested at any depth)."""
    catalog = doc.pdf_catalog()
    _drop_other_keys(doc, catalog, pdfkeys.CATALOG)
    nodes, seen = [_indirect(doc, catalog, "Pages")], set()
    while nodes:  # the page tree, iteratively (no recursion limit)
        xref = nodes.pop()
        if xref is None or xref in seen:
            continue
        seen.add(xref)
        is_page = doc.xref_get_key(xref, "Type")[1] == "/Page"
        _drop_other_keys(doc, xref, pdfkeys.PAGE if is_page else pdfkeys.PAGE_TREE)
        resources = _indirect(doc, xref, "Resources")
        if resources is not None:
            _drop_other_keys(doc, resources, pdfkeys.RESOURCES)
        kind, kids = doc.xref_get_key(xref, "Kids")
        if kind == "array":
            nodes.extend(int(n) for n in re.findall(r"(\d+) 0 R", kids))


_FILTERS = re.compile(r"/(\w+)")


def strip_image_metadata(doc: pymupdf.Document) -> None:
    """Drop the metadata segments of every JPEG image stream (/DCTDecode, alone or after
    /FlateDecode); the pixels stay byte for byte. A JPEG that cannot be walked fails closed."""
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "Subtype")[1] != "/Image":
            continue
        filters = _FILTERS.findall(doc.xref_get_key(xref, "Filter")[1])
        if not filters or filters[-1] != "DCTDecode":
            continue
        if any(f != "FlateDecode" for f in filters[:-1]):
            raise ReviewNeeded(f"afbeelding met onbekende filterketen ({' '.join(filters)}): "
                               "metadata niet te verwijderen")
        data = doc.xref_stream_raw(xref)
        for _ in filters[:-1]:
            data = zlib.decompress(data)
        try:
            stripped = strip_metadata(data)
        except JpegError as exc:
            raise ReviewNeeded(f"JPEG-afbeelding niet te lezen ({exc}): metadata niet te verwijderen") from None
        if stripped == data and len(filters) == 1:
            continue
        parms = doc.xref_get_key(xref, "DecodeParms")
        doc.update_stream(xref, stripped, compress=False)  # drops /Filter: set it back
        doc.xref_set_key(xref, "Filter", "/DCTDecode")
        if parms[0] == "dict":
            doc.xref_set_key(xref, "DecodeParms", parms[1])
