"""A document's fingerprint for the dossier's duplicate and thread steps, made in the worker.

Normalised text: the words of all pages (`\\w+`), in lower case; punctuation, line breaks, layout
and page breaks do not count, so a mail and its PDF print with the same words have the same hash.
Near-duplicates: the set of shingles (`shingle_words` consecutive words) summarised as a MinHash
signature (datasketch, MIT: the well-kept implementation of Broder's MinHash and LSH), whose
agreement estimates the Jaccard similarity of two shingle sets. The seed is fixed, so the same text
gives the same signature in every process and on every machine.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

from ..model import Document, Fingerprint
from ..rules import DuplicateSettings
from .mailheads import mail_keys

_WORD = re.compile(r"\w+")
SEED = 1  # MinHash permutations: the same everywhere, so signatures from different workers compare
SCHEME = "affine32"  # datasketch 2's default scheme, named: a signature is rebuilt from its values with it


def normalised_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(words: list[str], size: int) -> set[str]:
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(values: set[str], permutations: int) -> MinHash:
    m = MinHash(num_perm=permutations, seed=SEED, scheme=SCHEME)
    if values:
        m.update_batch([v.encode("utf-8") for v in sorted(values)])
    return m


def signature(fingerprint: Fingerprint, permutations: int, like: MinHash | None = None) -> MinHash:
    """The MinHash of a fingerprint, to compare or index (dossier/duplicates.py). `like`: a MinHash
    of the same settings whose permutations are reused (making them is most of the cost)."""
    import numpy as np

    return MinHash(num_perm=permutations, seed=SEED, scheme=SCHEME, hashvalues=np.array(fingerprint.minhash, dtype=np.uint64),
                   permutations=like.permutations if like is not None else None)


def fingerprint(document: Document, settings: DuplicateSettings) -> Fingerprint:
    text = "\n".join(p.text for p in document.pages)  # a page break parts words
    words = normalised_words(text)
    exact = hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()
    m = minhash(shingles(words, settings.shingle_words), settings.permutations)
    return Fingerprint(words=len(words), exact=exact, minhash=tuple(int(v) for v in m.hashvalues),
                       mail=mail_keys(text))
