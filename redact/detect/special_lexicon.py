"""The category lexicons of the special-categories detector, compiled from `rules/lists/`.

An entry is lower case. A plain entry matches the word or phrase with a Dutch inflection (-e, -en,
-s, -n, -'s); `x*` matches any continuation too ("medicijn*" = medicijnen); `*x` matches as the tail
of a compound ("*operatie" = knieoperatie). Matching ignores case and is by whole words, a word
running on with a hyphen included ("GGZ-wachtlijsten" is not "ggz"). A `~` in front marks a weak
entry, also an everyday word ("uw aanvraag wordt behandeld"): its hit selects a sentence but sets no
minimum score.

Matching is one pass over the words of a page with set and prefix look-ups, not a regex per entry:
the detector runs on every page of every document, and most pages have no hit at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

INFLECTIONS = ("", "e", "en", "s", "n", "'s")
WORD = re.compile(r"'s(?=\s)|\w+(?:['’/-]\w+)*")


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    term: str
    weak: bool = False


@dataclass(frozen=True)
class _Entry:
    category: str
    weak: bool
    term: str


def _inflected(word: str) -> list[str]:
    return [word + i for i in INFLECTIONS]


class CategoryLexicon:
    """Category name -> entries; `hits` finds them in a stretch of text."""

    def __init__(self, categories: dict[str, tuple[str, ...]]):
        self.words: dict[str, list[_Entry]] = {}  # every accepted form of a one-word entry
        self.prefixes: list[tuple[str, _Entry]] = []
        self.suffixes: list[tuple[str, _Entry]] = []
        self.phrases: dict[str, list[tuple[tuple[str, ...], frozenset[str], _Entry]]] = {}  # first word -> rest
        for category, entries in categories.items():
            for raw in entries:
                raw = raw.strip().lower()
                weak = raw.startswith("~")
                term = raw.lstrip("~").strip()
                if not term:
                    continue
                entry = _Entry(category, weak, term)
                words = term.split()
                if len(words) > 1:
                    last = words[-1].rstrip("*")
                    forms = frozenset(_inflected(last))
                    self.phrases.setdefault(words[0], []).append((tuple(words[1:-1]), forms, entry))
                elif term.startswith("*"):
                    self.suffixes.extend((form, entry) for form in _inflected(term[1:]))
                elif term.endswith("*"):
                    self.prefixes.append((term[:-1], entry))
                else:
                    for form in _inflected(term):
                        self.words.setdefault(form, []).append(entry)
        self._prefix_tuple = tuple(p for p, _ in self.prefixes)
        self._suffix_tuple = tuple(s for s, _ in self.suffixes)

    def _word_entries(self, word: str) -> list[_Entry]:
        found = list(self.words.get(word, ()))
        if self._prefix_tuple and word.startswith(self._prefix_tuple):
            found += [e for p, e in self.prefixes if word.startswith(p)]
        if self._suffix_tuple and word.endswith(self._suffix_tuple):
            found += [e for s, e in self.suffixes if word.endswith(s)]
        return found

    def page_hits(self, text: str) -> list[Hit]:
        """Every hit in `text`, in reading order."""
        tokens = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(text)]
        out: list[Hit] = []
        seen: set[tuple[str, int, int]] = set()
        for i, (start, end, word) in enumerate(tokens):
            for e in self._word_entries(word):
                if (e.category, start, e.weak) not in seen:
                    seen.add((e.category, start, e.weak))
                    out.append(Hit(e.category, start, end, word, e.weak))
            for middle, last, e in self.phrases.get(word, ()):
                j = i + 1 + len(middle)
                if j < len(tokens) and tuple(t[2] for t in tokens[i + 1:j]) == middle and tokens[j][2] in last:
                    out.append(Hit(e.category, start, tokens[j][1], text[start:tokens[j][1]].lower(), e.weak))
        return sorted(out, key=lambda h: (h.start, h.end, h.weak))

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        end = len(text) if end is None else end
        return [h for h in self.page_hits(text[:end]) if h.start >= start]


def in_span(hits: list[Hit], starts: list[int], start: int, end: int) -> list[Hit]:
    """The hits (sorted, with their `starts`) that begin inside [start, end)."""
    return [h for h in hits[bisect_left(starts, start):bisect_left(starts, end)] if h.end <= end]
