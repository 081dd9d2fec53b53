"""The cross-document pass of a dossier, the reduce step between analysing and publishing.

`run` and `scan` both call `across_dossier`, so scan proposes exactly what run would redact: a name
redacted in one document is redacted in every document of the request
(decide.propagate.propagate_dossier). `policy.yaml: names: dossier_wide: false` switches it off;
this is the one place that setting is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from ..decide.propagate import propagate_dossier
from ..lexicon import Lexicon
from ..rules import RuleSet

A = TypeVar("A")  # anything with .document and .decisions, such as pipeline.Analysis


def dossier_wide(rules: RuleSet) -> bool:
    return bool(rules.policy.names.get("dossier_wide", True))


def across_dossier(analyses: Sequence[A], rules: RuleSet, lexicon: Lexicon | None = None) -> list[A]:
    """The analyses with the dossier's redacted names carried into each; unchanged when the rule
    set does not want it. `lexicon`: the rule set's, when the caller holds it already."""
    if not dossier_wide(rules):
        return list(analyses)
    return propagate_dossier(analyses, rules, lexicon)
