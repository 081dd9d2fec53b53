"""Checks that turn a pattern match into a confirmed value (Presidio's `validate_result`).

Each returns True (confirmed: score 1.0), False (reject) or None (keep the pattern's score).
Rules refer to them by the names in VALIDATORS.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from stdnum import iban as _iban
from stdnum.nl import bsn as _bsn

_DIGITS = re.compile(r"\D")


def bsn(value: str) -> bool:
    digits = _DIGITS.sub("", value)
    # 000000000 passes the 11-proef arithmetic but is never issued.
    return len(digits) in (8, 9) and digits.strip("0") != "" and _bsn.is_valid(digits)


def iban(value: str) -> bool:
    return _iban.is_valid(value)


# The Dutch licence-plate sidecodes 1-14 as shapes (L = letter, 9 = digit).
_SIDECODES = (
    "LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9",
    "9-LLL-99", "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9",
)
_SHAPES_DASHED = frozenset(_SIDECODES)
_SHAPES_COMPACT = frozenset(s.replace("-", "") for s in _SIDECODES)


def _shape(value: str) -> str:
    return "".join("L" if c.isalpha() else "9" if c.isdigit() else c for c in value)


def licence_plate(value: str) -> bool:
    value = value.upper()
    shape = _shape(value)
    if "-" in value:
        return shape in _SHAPES_DASHED
    return shape in _SHAPES_COMPACT


def date(value: str) -> bool:
    """A real calendar date in the past (a date of birth is never in the future)."""
    months = {m: i + 1 for i, m in enumerate(
        ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"])}
    months.update({"maart": 3, "juni": 6, "juli": 7, "sept": 9, "oktober": 10})
    parts = [p for p in re.split(r"[-/. ]+", value.strip().lower()) if p]
    try:
        if len(parts[0]) == 4:
            year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
        elif parts[1].isdigit():
            day, month, year = int(parts[0]), int(parts[1]), int(parts[2])
        else:
            day, year = int(parts[0]), int(parts[2])
            month = months.get(parts[1][:3]) or months.get(parts[1])
            if month is None:
                return False
        return _dt.date(year, month, day) <= _dt.date.today()
    except (ValueError, IndexError):
        return False


def document_number(value: str) -> bool:
    """Passport, ID-card and similar numbers: reject obvious non-numbers (all one digit)."""
    compact = value.replace(".", "")
    return len(set(compact)) > 2


VALIDATORS: dict[str, Callable[[str], bool | None]] = {
    "bsn": bsn,
    "iban": iban,
    "licence_plate": licence_plate,
    "date": date,
    "document_number": document_number,
}
