"""Finding redacted values in text read back from an output: from the values themselves (during
the run) or from their salted hashes (the private record, for `woo-redact verify` later).

Both matchers compare the same normalised forms, so they agree on every text:
- values of 6 characters or more: anywhere, ignoring case, width and whitespace (extractors
  split and join words differently: "Jan  de\nVries" is "jandevries");
- shorter values ("Kok", "JdV"): only as whole words, else they match inside other words.
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
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\u00ad]+", "", text)


def _words_form(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _word_bounded_pieces(words: str, max_len: int) -> Iterable[str]:
    """Squashed pieces of `words` that start and end at a word boundary, up to max_len long."""
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


class PlainValues:
    """The redacted values themselves (held in memory during a run, never written)."""

    def __init__(self, values: Iterable[str]):
        self.long = {v for v in map(squash, values) if len(v) >= SHORT}
        self.short = {v for v in map(squash, values) if 0 < len(v) < SHORT}

    def __len__(self) -> int:
        return len(self.long) + len(self.short)

    def survivors(self, text: str) -> int:
        """How many distinct values can still be read in `text`."""
        squashed = squash(text)
        found = sum(1 for v in self.long if v in squashed)
        if self.short:
            pieces = set(_word_bounded_pieces(_words_form(text), SHORT - 1))
            found += len(self.short & pieces)
        return found


def _digest(salt: bytes, value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8"), key=salt, digest_size=16).hexdigest()


def new_salt() -> bytes:
    return secrets.token_bytes(32)


@dataclass(frozen=True)
class HashedValue:
    digest: str  # keyed BLAKE2b of the squashed value
    length: int  # of the squashed value: which windows of the text to hash


def hash_values(values: Iterable[str], salt: bytes) -> tuple[HashedValue, ...]:
    return tuple(sorted({HashedValue(_digest(salt, v), len(v)) for v in map(squash, values) if v},
                        key=lambda h: (h.length, h.digest)))


class HashedValues:
    """Salted hashes of the redacted values: the record can be kept without holding them.

    A text is checked by hashing every window of the lengths that occur (long values) and
    every word-bounded piece (short values), and looking the hashes up.
    """

    def __init__(self, salt: bytes, hashed: Iterable[HashedValue]):
        self.salt = salt
        self.long: dict[int, set[str]] = {}
        self.short: set[str] = set()
        for h in hashed:
            if h.length >= SHORT:
                self.long.setdefault(h.length, set()).add(h.digest)
            else:
                self.short.add(h.digest)

    def __len__(self) -> int:
        return sum(map(len, self.long.values())) + len(self.short)

    def survivors(self, text: str) -> int:
        squashed = squash(text)
        found: set[str] = set()
        for length, digests in self.long.items():
            for i in range(len(squashed) - length + 1):
                d = _digest(self.salt, squashed[i:i + length])
                if d in digests:
                    found.add(d)
        if self.short:
            for piece in set(_word_bounded_pieces(_words_form(text), SHORT - 1)):
                d = _digest(self.salt, piece)
                if d in self.short:
                    found.add(d)
        return len(found)
