"""Decisions on 5.1.1d passages: redact or a proposal, the modes, precedence over 5.1.2e, the configurable
ground of criminal-law data, and the count in the inventory's Toelichting."""

from __future__ import annotations

import shutil

import pytest

from redact.decide.overlaps import resolve_overlaps
from redact.decide.policy import Decider
from redact.decide.special import mode_of, unreviewed, with_mode
from redact.model import SPECIAL_PROPOSAL, Decision, DetectorKind, Document, DocumentResult, Finding, Page, Status
from redact.report.inventory import explanation
from redact.rules import load_rules

TEXT = "Jan Pietersen meldt dat Kees Bakker in voorlopige hechtenis zit."


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def doc(text=TEXT):
    return Document(source="x.txt", relpath="x.txt", kind="txt", pages=(Page(1, text),))


def special(score, start=0, end=None, entity="SPECIAL_CATEGORY", text=TEXT):
    end = len(text) if end is None else end
    return Finding(1, start, end, text[start:end], entity, score, "special_categories",
                   "gezondheid", DetectorKind.SPECIAL)


def name(value, text=TEXT):
    i = text.index(value)
    return Finding(1, i, i + len(value), value, "PERSON", 0.9, "person_names", "", DetectorKind.NAME_PATTERN)


def test_high_score_is_redacted_under_5_1_1d_lower_is_a_proposal(rules):
    decider = Decider(rules)
    high = decider.decide_one(special(0.9), doc(), [])
    low = decider.decide_one(special(0.4), doc(), [])
    assert (high.action, high.ground) == ("redact", "5.1.1d")
    assert (low.action, low.ground, low.reason) == ("keep", None, SPECIAL_PROPOSAL)


def test_propose_mode_redacts_nothing_off_drops_the_detector(rules):
    proposing = Decider(with_mode(rules, "propose")).decide_one(special(0.99), doc(), [])
    assert proposing.action == "keep" and proposing.reason == SPECIAL_PROPOSAL
    off = with_mode(rules, "off")
    assert mode_of(off) == "off" and not any(s.kind == "special_categories" for s in off.recognizers)
    assert mode_of(rules) == "redact"


def test_5_1_1d_wins_over_an_overlapping_5_1_2e_name(rules):
    passage = special(0.9, TEXT.index("Kees"), len(TEXT) - 1)
    decisions = Decider(rules).decide(doc(), (name("Jan Pietersen"), name("Kees Bakker"), passage))
    redacted = sorted((d.finding.text, d.ground) for d in decisions if d.action == "redact")
    assert redacted == [("Jan Pietersen", "5.1.2e"), ("Kees Bakker in voorlopige hechtenis zit", "5.1.1d")]


def test_a_proposal_stays_beside_the_redacted_name_inside_it(rules):
    passage = special(0.4, TEXT.index("Kees"), len(TEXT) - 1)
    decisions = resolve_overlaps(doc(), [Decision(name("Kees Bakker"), "redact", "5.1.2e", "naam"),
                                         Decision(passage, "keep", None, SPECIAL_PROPOSAL)], rules)
    assert [d.reason for d in decisions if d.action == "keep"] == [SPECIAL_PROPOSAL]


def test_criminal_data_ground_is_set_in_the_policy(tmp_path, rules):
    assert Decider(rules).decide_one(special(0.9, entity="CRIMINAL_DATA"), doc(), []).ground == "5.1.1d"
    root = tmp_path / "rules"
    shutil.copytree(rules.root, root)
    policy = root / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace('CRIMINAL_DATA: "5.1.1d"', 'CRIMINAL_DATA: "5.1.2e"'),
                      encoding="utf-8")
    other = load_rules(root)
    assert Decider(other).decide_one(special(0.9, entity="CRIMINAL_DATA"), doc(), []).ground == "5.1.2e"


def test_export_applies_the_mode_to_open_passages_only(rules):
    redacted = Decision(special(0.9), "redact", "5.1.1d", "bijzonder persoonsgegeven")
    reviewed = Decision(special(0.9), "redact", "5.1.1d", "weggelakt door anna")
    proposing = unreviewed((redacted, reviewed), [True, False], with_mode(rules, "propose"))
    assert [d.reason for d in proposing] == [SPECIAL_PROPOSAL, "weggelakt door anna"]
    off = unreviewed((redacted, reviewed), [True, False], with_mode(rules, "off"))
    assert [d.action for d in off] == ["keep", "redact"] and off[0].reason != SPECIAL_PROPOSAL
    assert unreviewed((redacted,), [True], rules) == (redacted,)


@pytest.mark.parametrize("n, words", [(1, "1 passage bijzondere persoonsgegevens ter beoordeling"),
                                      (3, "3 passages bijzondere persoonsgegevens ter beoordeling")])
def test_the_toelichting_counts_the_passages_to_judge(n, words):
    result = DocumentResult(relpath="a.txt", kind="txt", status=Status.OK, special_proposals=n)
    assert words in explanation(result)
