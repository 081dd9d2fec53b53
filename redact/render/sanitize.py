"""Remove every channel besides the page content that can carry personal data.

Annotations and form fields go before the burn-in (their appearance streams and popups would
otherwise survive); metadata, XMP, attachments, links, JavaScript, bookmarks, page labels and
the structure tree (alternate texts) go after it.
"""

from __future__ import annotations

import pymupdf

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
