"""Groups of copies in a dossier, and the original of each group.

Exact duplicates share the hash of their normalised text; near-duplicates are the pairs whose
MinHash signatures estimate a Jaccard similarity of at least `near_threshold`, found through
datasketch's MinHashLSH (banding: only candidate pairs are compared, not every pair of a large
dossier; its bands are set well below the threshold so that it misses few) and then checked on
the full signature. Pairs join into groups (a group is connected:
A like B and B like C puts A, B and C together).

The original of a group is its most complete member: the most words, then the first by path (the
inventory's order). Every other member is a duplicate of it; a mail wholly quoted in a longer reply
with only a few words added is therefore the duplicate, the reply the original.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Duplicate, Fingerprint
from ..rules import DuplicateSettings
from .fingerprint import minhash, signature

CANDIDATE_MARGIN = 0.2  # LSH's threshold below near_threshold: more candidates, fewer near-duplicates missed


class _Groups:
    def __init__(self, members):
        self.parent = {m: m for m in members}

    def find(self, m):
        while self.parent[m] != m:
            self.parent[m] = self.parent[self.parent[m]]
            m = self.parent[m]
        return m

    def join(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for m in sorted(self.parent):
            out.setdefault(self.find(m), []).append(m)
        return [g for g in out.values() if len(g) > 1]


def copy_groups(fingerprints: Mapping[str, Fingerprint], settings: DuplicateSettings) -> list[list[str]]:
    """The groups of two or more copies (relpaths, sorted), the original first."""
    relpaths = sorted(r for r, f in fingerprints.items() if f.words)
    groups = _Groups(relpaths)
    by_text: dict[str, str] = {}
    for r in relpaths:
        first = by_text.setdefault(fingerprints[r].exact, r)
        if first != r:
            groups.join(first, r)
    near = [r for r in relpaths if fingerprints[r].words >= settings.near_min_words
            and len(fingerprints[r].minhash) == settings.permutations]
    if len(near) > 1:
        # The bands are set for a lower similarity than the threshold, weighted against misses: LSH
        # only proposes candidates, the full signature decides, so a pair just above the threshold is
        # not lost to the banding's chance.
        from datasketch import MinHashLSH  # here: it imports scipy (~0.4 CPU-s), which no worker needs

        lsh = MinHashLSH(threshold=max(0.3, settings.near_threshold - CANDIDATE_MARGIN), num_perm=settings.permutations,
                         weights=(0.2, 0.8))
        like = minhash(set(), settings.permutations)  # its permutations, made once for all signatures
        signatures = {r: signature(fingerprints[r], settings.permutations, like) for r in near}
        for r in near:
            lsh.insert(r, signatures[r])
        for r in near:
            for other in sorted(lsh.query(signatures[r])):
                if other > r and signatures[r].jaccard(signatures[other]) >= settings.near_threshold:
                    groups.join(r, other)
    return [sorted(g, key=lambda r: (-fingerprints[r].words, r)) for g in groups.groups()]


def find_duplicates(fingerprints: Mapping[str, Fingerprint], settings: DuplicateSettings) -> dict[str, Duplicate]:
    """relpath -> what it is a copy of, for every member of a group but its original."""
    out: dict[str, Duplicate] = {}
    for group in copy_groups(fingerprints, settings):
        original = fingerprints[group[0]]
        for r in group[1:]:
            f = fingerprints[r]
            exact = f.exact == original.exact
            similarity = 1.0 if exact else _similarity(f, original, settings.permutations)
            out[r] = Duplicate(original=group[0], similarity=similarity, exact=exact)
    return out


def _similarity(a: Fingerprint, b: Fingerprint, permutations: int) -> float:
    if len(a.minhash) != permutations or len(b.minhash) != permutations:
        return 0.0
    # MinHash.jaccard: the share of permutations on which the two minima agree
    return round(sum(x == y for x, y in zip(a.minhash, b.minhash)) / permutations, 2)
