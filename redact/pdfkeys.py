"""The dictionary keys a disclosed PDF's catalog, page tree and page resources may keep.

Everything else in those dictionaries is dropped by the renderer (render/sanitize.py) and fails
the output check (verify/structure.py): a private key (`/XAppData`, an application's own
block) can hold any string, nested as deep as it likes, and nothing reads it but a reader
that looks. An allow-list, because the keys that can hide data are not a closed set.
"""

from __future__ import annotations

CATALOG = frozenset({"Type", "Pages", "Version", "Lang"})
# A page tree node (/Type /Pages) and its inheritable attributes.
PAGE_TREE = frozenset({"Type", "Kids", "Count", "Parent", "Resources", "MediaBox", "CropBox", "Rotate"})
PAGE = frozenset({"Type", "Parent", "Resources", "MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox",
                  "Contents", "Rotate", "UserUnit", "Group"})
RESOURCES = frozenset({"Font", "XObject", "ExtGState", "ColorSpace", "Pattern", "Shading", "Properties",
                       "ProcSet"})
