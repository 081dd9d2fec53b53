"""The cross-document pass of a dossier, the reduce step between analysing and publishing.

`run` and `scan` both call `across_dossier`, so scan proposes exactly what run would redact:
- a name redacted in one document is redacted in every document of the request
  (decide.propagate.propagate_dossier). `policy.yaml: names: dossier_wide: false` switches it off;
  this is the one place that setting is read;
- a value redacted in one copy of a document is redacted in every copy (dossier/copies.py; the
  copies are found from the fingerprints the workers made, dossier/duplicates.py).
  `policy.yaml: duplicates: same_redactions: false` switches it off;
- with `--duplicates skip` every copy but the original of its group is marked not to be published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ..decide.propagate import propagate_dossier
from ..dossier.copies import same_in_copies
from ..dossier.duplicates import copy_groups
from ..rules import RuleSet

if TYPE_CHECKING:
    from ..pipeline import Pipeline

A = TypeVar("A")  # anything with .document, .decisions and .fingerprint, such as pipeline.Analysis

DUPLICATES = ("publish", "skip")  # --duplicates: publish a copy again, or not


def dossier_wide(rules: RuleSet) -> bool:
    return bool(rules.policy.names.get("dossier_wide", True))


def two_stage(rules: RuleSet, duplicates: str = "publish") -> bool:
    """Whether a flow must see every analysis before it publishes one: for the names that travel,
    for the copies' shared redactions, or to leave copies out."""
    return dossier_wide(rules) or rules.policy.duplicates.same_redactions or duplicates == "skip"


def groups(analyses: Sequence[A], rules: RuleSet) -> list[list[str]]:
    """The groups of copies among the analyses (original first)."""
    fingerprints = {a.relpath: a.fingerprint for a in analyses if getattr(a, "fingerprint", None) is not None}
    return copy_groups(fingerprints, rules.policy.duplicates)


def across_dossier(analyses: Sequence[A], rules: RuleSet, built: Pipeline | None = None,
                   duplicates: str = "publish") -> list[A]:
    """The analyses with the dossier's redacted names carried into each and the same redactions in
    every copy; unchanged where the rule set does not want it. `built`: the rule set's pipeline
    when this process built it already (FlowContext.built): its lexicon and roles are reused
    instead of being built again here (~0.3 CPU-s, serial in the client of a `--jobs N` run)."""
    lexicon, roles = (built.lexicon, built.decider.roles) if built is not None else (None, None)
    out = propagate_dossier(analyses, rules, lexicon, roles) if dossier_wide(rules) else list(analyses)
    copies = groups(out, rules)
    if rules.policy.duplicates.same_redactions:
        out = same_in_copies(out, copies, rules)
    if duplicates == "skip":
        skipped = {r for group in copies for r in group[1:]}
        out = [replace(a, skip=True) if a.relpath in skipped else a for a in out]
    return out
