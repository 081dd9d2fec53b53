"""The document date for the inventory's Datum column, read from the text itself.

A PDF's creation date is when it was printed or scanned; the date a Woo inventory wants is the
document's own: the first `Datum:` / `Verzonden:` / `Sent:` / `Date:` line near the top.
"""

from __future__ import annotations

import re

_MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10,
    "oct": 10, "nov": 11, "dec": 12,
}
_CUE = re.compile(r"^[ \t]*(?:datum|verzonden|sent|date|gesprek op|vergaderdatum)[ \t]*:[ \t]*(.+)$",
                  re.IGNORECASE | re.MULTILINE)
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})\b")
_WRITTEN = re.compile(r"\b(\d{1,2})\.?\s+([a-z]+)\.?,?\s+((?:19|20)\d{2})\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b([a-z]+)\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b", re.IGNORECASE)


def _iso(year: int, month: int | None, day: int) -> str | None:
    if month and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def parse_date(text: str) -> str | None:
    if m := _NUMERIC.search(text):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _WRITTEN.search(text):
        return _iso(int(m.group(3)), _MONTHS.get(m.group(2).lower()), int(m.group(1)))
    if m := _ENGLISH.search(text):
        return _iso(int(m.group(3)), _MONTHS.get(m.group(1).lower()), int(m.group(2)))
    return None


def document_date(text: str, head: int = 4000) -> str | None:
    """ISO date of the first dated header line near the top of the text, if any."""
    for m in _CUE.finditer(text[:head]):
        if date := parse_date(m.group(1)):
            return date
    return None
