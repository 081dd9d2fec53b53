"""The same redactions in every copy: the reduce step over a group of duplicates.

A value redacted in one copy of a document (exact or near-duplicate) is redacted at each of its
occurrences in every other copy, also where that copy kept it visible (redact wins, as within one
document: decide/consistency.py). So the review decision of one copy applies to all, and a name
cannot stay readable in one copy while it is blacked out in another, which would reveal it.
Values shorter than `propagate_min_length` (unless written in capitals, like a paraph) stay within
their own document, as in the dossier name pass. Image areas (signatures, faces) are not values:
every copy finds its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from ..decide.consistency import make_consistent
from ..decide.overlaps import resolve_overlaps
from ..model import Decision, Document, is_area
from ..rules import RuleSet

A = TypeVar("A")  # anything with .document and .decisions, such as pipeline.Analysis

REASON = "zelfde waarde weggelakt in een ander exemplaar van dit document (dubbel)"


def copy_values(decision_lists: Iterable[Sequence[Decision]], min_length: int) -> dict[str, Decision]:
    """The values redacted in any of the copies: value -> the first decision that redacts it."""
    values: dict[str, Decision] = {}
    for decisions in decision_lists:
        for d in decisions:
            value = d.finding.text.strip()
            if d.action == "redact" and not is_area(d) and value and (len(value) >= min_length or value.isupper()):
                values.setdefault(value, d)
    return values


def with_copies(document: Document, decisions: Sequence[Decision], values: dict[str, Decision],
                rules: RuleSet) -> tuple[Decision, ...]:
    """The decisions of one copy with the group's values redacted wherever they stand in it."""
    areas = [d for d in decisions if is_area(d)]
    texts = [d for d in decisions if not is_area(d)]
    added = make_consistent(document, texts, extra=values, reason=REASON)
    if len(added) == len(texts):
        return tuple(decisions)
    return tuple(resolve_overlaps(document, added, rules)) + tuple(areas)


def same_in_copies(analyses: Sequence[A], groups: Iterable[Sequence[str]], rules: RuleSet) -> list[A]:
    """The analyses with every group's redacted values carried into each of its members."""
    by_relpath = {a.relpath: i for i, a in enumerate(analyses)}
    out = list(analyses)
    for group in groups:
        members = [by_relpath[r] for r in group if r in by_relpath]
        values = copy_values((out[i].decisions for i in members), rules.policy.propagate_min_length)
        for i in members:
            decisions = with_copies(out[i].document, out[i].decisions, values, rules)
            if decisions != tuple(out[i].decisions):
                out[i] = replace(out[i], decisions=decisions)
    return out
