"""The category lexicons of the special-categories detector, compiled from `rules/lists/`.

An entry is lower case. A plain entry matches the word or phrase with a Dutch inflection (-e, -en,
-s, -n); `x*` matches any continuation too ("medicijn*" = medicijnen); `*x` matches as the tail of a
compound ("*operatie" = knieoperatie). Matching ignores case. A `~` in front marks a weak entry, also an
everyday word ("uw aanvraag wordt behandeld"): its hit selects a sentence but sets no minimum score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INFLECTION = r"(?:e|en|s|n|'s)?"


def _entry_regex(entry: str) -> str:
    tail = entry.startswith("*")
    open_end = entry.endswith("*")
    core = re.escape(entry.strip("*")).replace(r"\ ", r"\s+")
    head = r"\w*" if tail else ""
    end = r"\w*" if open_end else INFLECTION + r"(?![\w-])"
    return r"(?<![\w-])" + head + core + end


def compile_terms(entries) -> re.Pattern[str] | None:
    """One regex for the entries, longest first so that a phrase wins over its first word."""
    entries = sorted({e.strip().lower() for e in entries if e.strip()}, key=lambda e: (-len(e), e))
    if not entries:
        return None
    return re.compile("|".join(_entry_regex(e) for e in entries), re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    term: str
    weak: bool = False


class CategoryLexicon:
    """Category name -> compiled terms; `hits` finds them in a stretch of text."""

    def __init__(self, categories: dict[str, tuple[str, ...]]):
        self.patterns: list[tuple[str, bool, re.Pattern[str]]] = []
        for category, entries in categories.items():
            for weak in (False, True):
                chosen = [e.strip()[1:] if weak else e.strip() for e in entries if e.strip().startswith("~") == weak]
                pattern = compile_terms(chosen)
                if pattern is not None:
                    self.patterns.append((category, weak, pattern))

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        end = len(text) if end is None else end
        out = [Hit(c, m.start(), m.end(), m.group(0).lower(), weak)
               for c, weak, p in self.patterns for m in p.finditer(text, start, end)]
        return sorted(out, key=lambda h: (h.start, h.end, h.weak))
