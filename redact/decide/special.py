"""Decisions on special-category passages (detect/special.py): redact, or a proposal to judge.

`--special-categories` (run, scan, export) sets the mode on the rule set (`with_mode`):
- redact (default): a passage the classifier scores at least `redact_score` is redacted under the
  ground of its entity type (policy.yaml: 5.1.1d; criminal-law data configurable); a lower one stays
  visible as a proposal, counted in the inventory's Toelichting;
- propose: every passage is such a proposal, none is redacted without a reviewer;
- off: the detector is not built (no cost); export leaves the open passages of a scan visible, uncounted.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import SPECIAL_PROPOSAL, Decision, DetectorKind, Finding
from ..rules import RuleSet

KIND = "special_categories"
MODES = ("redact", "propose", "off")


def with_mode(rules: RuleSet, mode: str) -> RuleSet:
    """The rule set with the special-categories detector set to `mode` (dropped for "off")."""
    if mode not in MODES:
        raise ValueError(f"special categories mode must be one of {MODES}")
    specs = []
    for spec in rules.recognizers:
        if spec.kind == KIND:
            if mode == "off":
                continue
            spec = replace(spec, options={**spec.options, "mode": mode})
        specs.append(spec)
    return replace(rules, recognizers=tuple(specs))


def mode_of(rules: RuleSet) -> str:
    """The mode the rule set's detector has; "off" when it has none."""
    spec = next((s for s in rules.recognizers if s.kind == KIND), None)
    return "off" if spec is None else str(spec.options.get("mode", "redact"))


class SpecialDecisions:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        spec = next((s for s in rules.recognizers if s.kind == KIND), None)
        self.mode = mode_of(rules)
        self.redact_score = float(spec.options.get("redact_score", 0.5)) if spec else 1.0

    def decision(self, finding: Finding) -> Decision | None:
        """The decision on a special-category finding; None for any other finding."""
        if finding.detector_kind is not DetectorKind.SPECIAL:
            return None
        if self.mode == "propose" or finding.score < self.redact_score:
            return Decision(finding, "keep", None, SPECIAL_PROPOSAL)
        return Decision(finding, "redact", self.rules.ground_for(finding.entity_type),
                        f"bijzonder persoonsgegeven ({finding.explanation})")


def unreviewed(decisions: tuple[Decision, ...], open_: list[bool], rules: RuleSet) -> tuple[Decision, ...]:
    """Export: the mode applied to the passages nobody judged (`open_` per decision); reviewed ones stand."""
    mode = mode_of(rules)
    out = []
    for d, is_open in zip(decisions, open_):
        if is_open and d.finding.detector_kind is DetectorKind.SPECIAL:
            if mode == "off":  # one decision per proposal: kept visible, not counted
                d = Decision(d.finding, "keep", None, "niet beoordeeld: zichtbaar gelaten (--special-categories off)")
            elif mode == "propose" and d.action == "redact":
                d = Decision(d.finding, "keep", None, SPECIAL_PROPOSAL)
        out.append(d)
    return tuple(out)
