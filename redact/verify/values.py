"""Finding redacted values in text read back from an output: from the values themselves (during
the run) or from their salted hashes (the private record, for `woo-redact verify` later).

Both matchers compare the same normalised forms, so they agree on every text:
- values of 6 characters or more: anywhere, ignoring case, width and whitespace (extractors
  split and join words differently: "Jan  de\nVries" is "jandevries");
- shorter values ("Kok", "JdV"): only as whole words, else they match inside other words;
- a name (a value of letters with a capital: "Bakker", "De Boer") does not count where it is
  written all in lower case: "de bakker op de hoek" is the word, which stays, not the name.
  "BAKKER" and "Bakker" do count. Values with digits or signs (e-mail, phone) count in any case;
- a long value does not count inside a longer word: with a letter written directly before or
  after it in the text read ("Stallones", "De Wielewaalstraat"). The squashed match may span
  the text's whitespace (an extractor split the value: still the value), but its two ends are
  judged on the text as read, not squashed. A hyphen, a digit or a sign is no letter
  ("Anderlecht-trainer" holds the value: the pipeline redacts it there too, decide/consistency.py),
  nor is a small letter followed by a capital ("woontJansen": two words an extractor ran together).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

SHORT = 6  # values shorter than this (after squashing) must stand as whole words
_WORD = re.compile(r"\w")


def squash(text: str) -> str:
    """Case-, width- and whitespace-insensitive form (extractors split words differently)."""
    return _squash_keep_case(text).lower()


# Invisible format characters (Unicode Cf: soft hyphen, zero-width spaces and joiners, direction
# marks, BOM) split a value for a pattern but not for a reader: squashed like whitespace.
_FORMAT = "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
_SQUASHED = re.compile(f"[\\s{_FORMAT}]+")
_KEPT = re.compile(f"[^\\s{_FORMAT}]+")  # the characters _SQUASHED leaves
_INVISIBLE = re.compile(f"[{_FORMAT}]")


def _squash_keep_case(text: str) -> str:
    return _SQUASHED.sub("", unicodedata.normalize("NFKC", text))


def _one_word(left: str, right: str) -> bool:
    """Whether two letters written side by side are one word: not a small letter followed by a
    capital (two words an extractor ran together: "woontJansen", "JansenWoont")."""
    return left.isalpha() and right.isalpha() and not (left.islower() and right.isupper())


_NAME = re.compile(r"[^\W\d_]+(?:[ '\u2019.-][^\W\d_]+)*\.?")


def is_name_like(value: str) -> bool:
    """Letters only (with spaces, hyphens, apostrophes) and at least one capital."""
    v = unicodedata.normalize("NFKC", value).strip()
    return bool(_NAME.fullmatch(v)) and v != v.lower()


def _words_form(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _word_bounded_pieces(words: str, max_len: int) -> Iterable[str]:
    """Squashed pieces of `words` (original case) that start and end at a word boundary, up to
    max_len long."""
    n = len(words)
    starts = [i for i in range(n) if i == 0 or not _WORD.match(words[i - 1])]
    for i in starts:
        piece = []
        for j in range(i, n):
            if not words[j].isspace():
                piece.append(words[j])
            if len(piece) > max_len:
                break
            if piece and (j + 1 == n or not _WORD.match(words[j + 1])):
                yield "".join(piece)


class _Text:
    """A text in the forms the matchers need: squashed (lower case and original case, aligned
    when lower-casing keeps the length) and its short word-bounded pieces."""

    def __init__(self, text: str):
        self.normal = unicodedata.normalize("NFKC", text)
        self.original = _SQUASHED.sub("", self.normal)
        self.lower = self.original.lower()
        self.aligned = len(self.lower) == len(self.original)
        self._text = text
        self._pieces: list[str] | None = None
        self._at: list[int] | None = None

    @property
    def at(self) -> list[int]:
        """Where each squashed character stands in `normal`, to judge the ends of a match there
        (the characters _SQUASHED leaves: read only where a value occurs)."""
        if self._at is None:
            self._at = [i for m in _KEPT.finditer(self.normal) for i in range(m.start(), m.end())]
        return self._at

    def counts(self, start: int, length: int, name_like: bool) -> bool:
        """Whether the occurrence at `start` counts: not a name written all in lower case, not
        inside a longer word."""
        if not self.aligned:
            return True  # lower-casing moved the characters: no position to judge, it counts
        if self.inside_word(start, length):
            return False
        if not name_like:
            return True
        occurrence = self.original[start:start + length]
        return occurrence != occurrence.lower()

    def inside_word(self, start: int, length: int) -> bool:
        """A letter directly before or after the match, as the text is written (soft hyphens and
        other invisible characters skipped: they sit inside a word)."""
        first, last = self.at[start], self.at[start + length - 1]
        before = first - 1
        while before >= 0 and _INVISIBLE.match(self.normal[before]):
            before -= 1
        after = last + 1
        while after < len(self.normal) and _INVISIBLE.match(self.normal[after]):
            after += 1
        return (before >= 0 and _one_word(self.normal[before], self.normal[first])) or \
            (after < len(self.normal) and _one_word(self.normal[last], self.normal[after]))

    def pieces(self) -> list[str]:
        if self._pieces is None:
            self._pieces = list(_word_bounded_pieces(_words_form(self._text), SHORT - 1))
        return self._pieces


def _piece_counts(piece: str, name_like: bool) -> bool:
    return not name_like or piece != piece.lower()


def _occurs(text: _Text, value: str, name_like: bool) -> bool:
    start = text.lower.find(value)
    while start != -1:
        if text.counts(start, len(value), name_like):
            return True
        start = text.lower.find(value, start + 1)
    return False


class PlainValues:
    """The redacted values themselves (held in memory during a run, never written)."""

    def __init__(self, values: Iterable[str]):
        values = sorted(set(values))
        self.written = {}  # squashed form -> the value as it was redacted (for the private report)
        for v in values:
            self.written.setdefault(squash(v), v)
        forms = {(squash(v), is_name_like(v)) for v in values}
        self.long = {(v, name) for v, name in forms if len(v) >= SHORT}
        self.short = {(v, name) for v, name in forms if 0 < len(v) < SHORT}

    def __len__(self) -> int:
        return len(self.long) + len(self.short)

    def readable(self, text: str) -> list[str]:
        """The values that can still be read in `text`, as they were redacted (private: for the
        console and the private record, never the inventory or log)."""
        t = _Text(text)
        found = {v for v, name in self.long if _occurs(t, v, name)}
        if self.short:
            pieces = {(p.lower(), _piece_counts(p, True)) for p in t.pieces()}
            for v, name in self.short:
                if (v, True) in pieces or (not name and (v, False) in pieces):
                    found.add(v)
        return sorted(self.written[v] for v in found)

    def survivors(self, text: str) -> int:
        """How many distinct values can still be read in `text`."""
        return len(self.readable(text))


def _digest(salt: bytes, value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8"), key=salt, digest_size=16).hexdigest()


def new_salt() -> bytes:
    return secrets.token_bytes(32)


@dataclass(frozen=True)
class HashedValue:
    digest: str  # keyed BLAKE2b of the squashed value
    length: int  # of the squashed value: which windows of the text to hash
    name_like: bool = False  # a name: its all-lower-case occurrences are the ordinary word


def hash_values(values: Iterable[str], salt: bytes) -> tuple[HashedValue, ...]:
    forms = {(squash(v), is_name_like(v)) for v in values}
    return tuple(sorted({HashedValue(_digest(salt, v), len(v), name) for v, name in forms if v},
                        key=lambda h: (h.length, h.digest)))


class HashedValues:
    """Salted hashes of the redacted values: the record can be kept without holding them.

    A text is checked by hashing every window of the lengths that occur (long values) and
    every word-bounded piece (short values), and looking the hashes up.
    """

    def __init__(self, salt: bytes, hashed: Iterable[HashedValue]):
        self.salt = salt
        self.long: dict[int, dict[str, bool]] = {}
        self.short: dict[str, bool] = {}
        for h in hashed:
            if h.length >= SHORT:
                self.long.setdefault(h.length, {})[h.digest] = h.name_like
            else:
                self.short[h.digest] = h.name_like

    def __len__(self) -> int:
        return sum(map(len, self.long.values())) + len(self.short)

    def survivors(self, text: str) -> int:
        t = _Text(text)
        found: set[str] = set()
        for length, digests in self.long.items():
            for i in range(len(t.lower) - length + 1):
                d = _digest(self.salt, t.lower[i:i + length])
                if d in digests and d not in found and t.counts(i, length, digests[d]):
                    found.add(d)
        if self.short:
            for piece in set(t.pieces()):
                d = _digest(self.salt, piece.lower())
                if d in self.short and _piece_counts(piece, self.short[d]):
                    found.add(d)
        return len(found)
