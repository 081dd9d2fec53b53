"""Groups of copies in a dossier, and the original of each group.

Exact duplicates share the hash of their normalised text; near-duplicates are the pairs whose
MinHash signatures estimate a Jaccard similarity of at least `near_threshold`, found by banding
(locality-sensitive hashing: two signatures that agree on every value of one band of `r` values are
a candidate pair, so only candidates are compared, not every pair of a large dossier; the bands
are set well below the threshold so that it misses few) and then checked on the full signature.
The bands are datasketch's MinHashLSH's for the same threshold and weights (`bands`), without its
module, which imports scipy for the integrals (0.4 CPU-s in the client, serial in `--jobs N`). Pairs join into groups (a group is connected:
A like B and B like C puts A, B and C together).

The original of a group is its most complete member: the most words, then the first by path (the
inventory's order). Every other member is a duplicate of it; a mail wholly quoted in a longer reply
with only a few words added is therefore the duplicate, the reply the original.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from ..model import Duplicate, Fingerprint
from ..rules import DuplicateSettings
from .fingerprint import minhash, signature

CANDIDATE_MARGIN = 0.2  # LSH's threshold below near_threshold: more candidates, fewer near-duplicates missed
BAND_WEIGHTS = (0.2, 0.8)  # how much a false candidate counts against a missed pair when the bands are chosen


def bands(threshold: float, permutations: int, weights: tuple[float, float] = BAND_WEIGHTS) -> tuple[int, int]:
    """The bands (b bands of r values, b * r <= permutations) whose candidate rule
    1 - (1 - s**r)**b errs least for `threshold`: the weighted sum of the chance of a candidate below
    it (the rule's integral over similarity 0 to threshold) and of a miss above it (the integral of
    its complement from threshold to 1), the first (b, r) in the order b, then r, with the least.
    This is the choice MinHashLSH makes (datasketch.lsh._optimal_param); the integrals of these
    polynomials of degree b * r are computed exactly by Gauss-Legendre quadrature with
    permutations // 2 + 1 nodes (scipy's adaptive quadrature, which datasketch uses, agrees to
    rounding: tests/unit/test_dossier.py holds the two to the same bands)."""
    nodes, node_weights = np.polynomial.legendre.leggauss(permutations // 2 + 1)
    below, above = threshold * (nodes + 1) / 2, threshold + (1 - threshold) * (nodes + 1) / 2
    best, chosen = float("inf"), (0, 0)
    for b in range(1, permutations + 1):
        for r in range(1, permutations // b + 1):
            false_candidates = threshold / 2 * float(node_weights @ (1 - (1 - below ** r) ** b))
            misses = (1 - threshold) / 2 * float(node_weights @ ((1 - above ** r) ** b))
            error = false_candidates * weights[0] + misses * weights[1]
            if error < best:
                best, chosen = error, (b, r)
    return chosen


def candidates(signatures: Mapping[str, np.ndarray], b: int, r: int) -> dict[str, set[str]]:
    """Per signature, the others that agree with it on every value of at least one of the b
    bands of r values (itself left out)."""
    buckets: list[dict[bytes, list[str]]] = [{} for _ in range(b)]
    for key, values in signatures.items():
        for i, bucket in enumerate(buckets):
            bucket.setdefault(values[i * r:(i + 1) * r].tobytes(), []).append(key)
    out: dict[str, set[str]] = {}
    for key, values in signatures.items():
        found = out[key] = set()
        for i, bucket in enumerate(buckets):
            found.update(bucket[values[i * r:(i + 1) * r].tobytes()])
        found.discard(key)
    return out


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
        b, rows = bands(max(0.3, settings.near_threshold - CANDIDATE_MARGIN), settings.permutations)
        like = minhash(set(), settings.permutations)  # its permutations, made once for all signatures
        signatures = {r: signature(fingerprints[r], settings.permutations, like) for r in near}
        proposed = candidates({r: signatures[r].hashvalues for r in near}, b, rows)
        for r in near:
            for other in sorted(proposed[r]):
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
