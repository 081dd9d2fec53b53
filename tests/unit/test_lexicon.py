"""One name lexicon: the lists set in policy.yaml `names:` reach detection, roles and propagation alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

from redact.decide.policy import Decider
from redact.detect.engine import DetectionEngine
from redact.lexicon import LIST_DEFAULTS, Lexicon
from redact.model import Document, Page


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory):
    import spacy

    path = tmp_path_factory.mktemp("blank_nl")
    spacy.blank("nl").to_disk(path)
    return path


def _with_first_names(rules, *names: str):
    """The rule set with one more list of first names, named in policy.yaml's names section."""
    lists = {**rules.lists, "first_names_here": names}
    first = [*rules.policy.names.get("first_names", LIST_DEFAULTS["first_names"]), "first_names_here"]
    policy = replace(rules.policy, names={**rules.policy.names, "first_names": first})
    return replace(rules, lists=lists, policy=policy)


def test_defaults_name_lists_the_shipped_rules_have(rules):
    for key, names in LIST_DEFAULTS.items():
        assert all(n in rules.lists for n in names), key


def test_known_names_are_first_names_and_surnames(rules):
    lex = Lexicon.from_rules(rules)
    assert lex.known_names == lex.first_names | lex.surnames
    assert "Jan" in lex.first_names and "van der" in lex.tussenvoegsels
    assert list(lex.tussenvoegsels) == sorted(lex.tussenvoegsels, key=lambda s: (-len(s), s))


def test_a_first_name_added_in_the_policy_reaches_detector_and_decider(rules, blank_model):
    text = "Gisteren belde Zorbeling Quaxwerda over de aanvraag.\n"
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    plain = DetectionEngine(rules, blank_model).detect(doc)
    assert not any(f.entity_type == "PERSON" for f in plain)

    custom = _with_first_names(rules, "Zorbeling")
    lexicon = Lexicon.from_rules(custom)
    findings = DetectionEngine(custom, blank_model, lexicon).detect(doc)
    assert [f.text for f in findings if f.entity_type == "PERSON"] == ["Zorbeling Quaxwerda"]
    decided = Decider(custom, lexicon).decide(doc, findings)
    assert [(d.finding.text, d.action) for d in decided] == [("Zorbeling Quaxwerda", "redact")]
