"""What may go into a cell of the published inventory.

The inventory is published, and opened in a spreadsheet: a reason must not carry an absolute path
(it can hold a user's name) or a traceback, and a cell that starts with `= + - @` (or a tab or
carriage return) is a formula to Excel and LibreOffice ("CSV injection"). The CSV escapes such a
cell with a leading apostrophe (OWASP's advice), undone when woo-redact reads its own inventory
back; the xlsx stores every cell of text as text.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# /an/absolute/path (two parts or more), C:\a\path, \\server\share, file:///...: never published.
_ABSOLUTE_PATH = re.compile(r"(?<![\w.:/\\])(?:file://)?(?:/[^\s/;:'\"()\[\]]+){2,}/?"
                            r"|\b[A-Za-z]:\\[^\s;'\"()]*|\\\\[^\s;'\"()]+")
PATH_PLACEHOLDER = "[pad]"


def public_text(text: str) -> str:
    """A reason as it may be published: a traceback cut off, absolute paths replaced by `[pad]`."""
    cut = text.find("Traceback (most recent call last)")
    if cut != -1:
        text = text[:cut].rstrip(" ;:\n") + " (details in de console)"
    text = " ".join(text.split())  # no line breaks inside a cell
    return _ABSOLUTE_PATH.sub(PATH_PLACEHOLDER, text)


def _needs_escape(value: str) -> bool:
    return value.lstrip("'").startswith(FORMULA_START)


def csv_escape(value: str) -> str:
    """`=HYPERLINK(...)` -> `'=HYPERLINK(...)`; a value that already starts with apostrophes before
    such a character gets one more, so that csv_unescape gives back exactly what was escaped."""
    return "'" + value if _needs_escape(value) else value


def csv_unescape(value: str) -> str:
    return value[1:] if value.startswith("'") and _needs_escape(value) else value
