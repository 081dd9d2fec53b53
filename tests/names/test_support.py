"""Evidence before blacking out: a model's span alone is no reason to redact, and some spans are no person."""

from __future__ import annotations

import pytest

from redact.decide.policy import Decider
from redact.model import UNSUPPORTED_NAME, DetectorKind, Document, DocumentResult, Finding, Page, Status
from redact.pipeline import Publisher
from redact.report.inventory import explanation

from .conftest import spans_of

NER = DetectorKind.NER


@pytest.fixture(scope="module")
def decider(rules, lexicon):
    return Decider(rules, lexicon)


@pytest.mark.parametrize("text,span", [
    ("De directie J&V stuurt het door.", "J&V"),
    ("Volgens MinFin is het budget op.", "MinFin"),
    ("Het BZK heeft geantwoord.", "BZK"),
    ("Onze Businessadviseur belt u terug.", "Businessadviseur"),
    ("U kunt de Functionaris Gegevensbescherming mailen.", "Functionaris Gegevensbescherming"),
    ("Plaats: Utrecht\nDatum: 1 mei", "Plaats"),
    ("Straat: Dorpsweg\nHuisnummer: 12", "Huisnummer"),
    ("Zie ECLI:NL:RBAMS:2020:1234 voor de uitspraak.", "NL"),
])
def test_shapes_that_are_no_person(roles, text, span):
    start = text.index(span)
    assert roles.is_not_person(text, start, span, NER, set())


@pytest.mark.parametrize("text,span", [
    ("Sanne: ik bel je morgen", "Sanne"),
    ("Daarna belde Kokou Djagnikpo nog.", "Kokou Djagnikpo"),
])
def test_names_in_such_places_stay_names(roles, text, span):
    assert not roles.is_not_person(text, text.index(span), span, NER, set())


def _decide(decider, text: str, *spans: str):
    document = Document(source="/tmp/d.txt", relpath="d.txt", kind="txt", pages=(Page(1, text),))
    findings = []
    for span in spans:
        start = text.index(span)
        findings.append(Finding(1, start, start + len(span), span, "PERSON", 0.66, "person_ner", "", NER))
    return document, {d.finding.text: d for d in decider.decide(document, tuple(findings))}


@pytest.mark.parametrize("text,span", [
    ("Sanne zet het door naar de gemeente.", "Sanne"),  # a listed first name
    ("Daarna belde Kokou Djagnikpo nog over de aanvraag.", "Kokou Djagnikpo"),  # a full name of non-words
    ("Het gesprek met mevrouw Kwartelmaat was kort.", "Kwartelmaat"),  # a courtesy title before it
])
def test_supported_model_spans_are_redacted(decider, text, span):
    _, decided = _decide(decider, text, span)
    assert decided[span].action == "redact"


def test_a_model_span_without_support_is_a_proposal_not_a_redaction(decider):
    text = "Het advies van Kwartelmaat komt morgen.\n"
    _, decided = _decide(decider, text, "Kwartelmaat")
    d = decided["Kwartelmaat"]
    assert d.action == "keep" and d.reason == UNSUPPORTED_NAME
    assert d.person is not None and d.person.role == "review"


def test_another_supported_mention_of_the_person_supports_it(decider):
    text = "Van: Kwartelmaat, P. <p.kwartelmaat@minbzk.nl>\nOnderwerp: project\n\nKwartelmaat loopt het na.\n"
    document = Document(source="/tmp/d.txt", relpath="d.txt", kind="txt", pages=(Page(1, text),))
    header = text.index("Kwartelmaat, P.")
    body = text.rindex("Kwartelmaat")
    findings = (Finding(1, header, header + 15, "Kwartelmaat, P.", "PERSON", 0.95, "person_structure", "",
                        DetectorKind.STRUCTURE),
                Finding(1, body, body + 11, "Kwartelmaat", "PERSON", 0.66, "person_ner", "", NER))
    decisions = decider.decide(document, findings)
    assert all(d.action == "redact" for d in decisions if d.finding.entity_type == "PERSON")


def test_run_keeps_unsupported_names_visible_and_counts_them(decider, rules, tmp_path):
    text = "Het advies van Kwartelmaat komt morgen.\n"
    document, decided = _decide(decider, text, "Kwartelmaat")
    result = Publisher(rules).publish(document, tuple(decided.values()), tmp_path)
    assert result.status is Status.OK and result.unsupported_names == 1
    assert "Kwartelmaat" in (tmp_path / "d.txt").read_text(encoding="utf-8")
    assert "1 naam zonder steun ter beoordeling" in explanation(result)


def test_inventory_counts_unsupported_names():
    result = DocumentResult(relpath="a.txt", kind="txt", status=Status.OK, unsupported_names=3)
    assert "3 namen zonder steun ter beoordeling" in explanation(result)


def test_a_field_label_ends_an_attendee_block(structure):
    text = "Voorzitter:\nMw. M.J.D. Donders\nToelichting:\nDe raad vergadert.\n"
    spans = spans_of(structure, text)
    assert "M.J.D. Donders" in spans and "Toelichting" not in spans


def test_a_name_redacted_elsewhere_in_the_dossier_supports_a_model_span(decider, rules):
    from redact.decide.propagate import propagate_dossier
    from redact.pipeline import Analysis

    a_text = "Van: Kwartelmaat, P. <p.kwartelmaat@minbzk.nl>\nOnderwerp: project\n\nZie bijlage.\n"
    a_doc = Document(source="/tmp/a.txt", relpath="a.txt", kind="txt", pages=(Page(1, a_text),))
    start = a_text.index("Kwartelmaat, P.")
    a_findings = (Finding(1, start, start + 15, "Kwartelmaat, P.", "PERSON", 0.95, "person_structure", "",
                          DetectorKind.STRUCTURE),)
    b_doc, b_decided = _decide(decider, "Het advies van Kwartelmaat komt morgen.\n", "Kwartelmaat")
    assert b_decided["Kwartelmaat"].reason == UNSUPPORTED_NAME  # on its own: left for review
    a = Analysis(a_doc, a_findings, decider.decide(a_doc, a_findings))
    b = Analysis(b_doc, (), tuple(b_decided.values()))
    _, b = propagate_dossier([a, b], rules)
    assert [d.action for d in b.decisions if d.finding.text == "Kwartelmaat"] == ["redact"]
