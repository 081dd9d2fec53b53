"""The Woo grounds vocabulary: parsing the many spellings of a ground into one code.

Practice writes the same ground as `5.1.2e`, `5.1.2.e`, `5.1 lid 2 sub e` or
`art. 5.1, tweede lid, aanhef en onder e`; boxes, inventory and log always carry the compact code.
"""

from __future__ import annotations

import re

_ORDINALS = {"eerste": "1", "tweede": "2", "derde": "3", "vierde": "4", "vijfde": "5"}

_COMPACT = re.compile(r"^(?:art(?:ikel)?\.?\s*)?(\d+)\.(\d+)(?:\.(\d+))?\.?\s*([a-z])?$")
_LID = re.compile(
    r"^(?:art(?:ikel)?\.?\s*)?(\d+)\.(\d+)\s*,?\s*(?:lid\s*(\d+)|(\w+)\s+lid)"
    r"(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:sub|onder)\s*([a-z]))?$"
)


# A Woo (or Wob) ground as written on a box of an earlier release: 5.1.2e, 5.1.1c, 5.2, 10.2e,
# 11.1; OCR may read the dots as commas or drop the last one (ingest/earlier.py reads it there).
GROUND_LABEL = re.compile(r"(?<![\d.,])((?:5|10|11)\s?[.,]\s?\d(?:\s?[.,]\s?\d)?\s?[.,]?\s?[a-i]?)(?![\w])",
                          re.IGNORECASE)


def is_ground_label(text: str) -> bool:
    """Whether `text` is such a ground code, whole: OCR reads an earlier box with its label as
    `5.1.2e @minvws.nl`, an address whose local part that release redacted (detect/ocr_numbers.py)."""
    return bool(GROUND_LABEL.fullmatch(text.strip()))


def normalise_ground(text: str) -> str | None:
    """Return the compact code (`5.1.2e`, `5.2`, `10.2e`) for a written ground, or None."""
    t = " ".join(text.strip().lower().replace("\u00a0", " ").split())
    t = t.replace("(", "").replace(")", "")
    m = _COMPACT.match(t)
    if m:
        art, sub, lid, letter = m.groups()
        return f"{art}.{sub}" + (f".{lid}" if lid else "") + (letter or "")
    m = _LID.match(t)
    if m:
        art, sub, lid_num, lid_word, letter = m.groups()
        lid = lid_num or _ORDINALS.get(lid_word or "")
        if lid:
            return f"{art}.{sub}.{lid}" + (letter or "")
    return None
