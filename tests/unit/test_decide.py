"""Decisions: keep lists for organisation details, propagation, overlaps."""

from __future__ import annotations

from redact.decide.policy import Decider
from redact.model import Document, Finding, Page


def doc(text: str) -> Document:
    return Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))


def decisions(pipeline, text: str):
    d = doc(text)
    return pipeline.decider.decide(d, pipeline.detector.detect(d))


def actions(pipeline, text: str) -> dict[str, str]:
    return {d.finding.text: d.action for d in decisions(pipeline, text)}


def test_generic_mailboxes_stay(pipeline):
    got = actions(pipeline, "Mail woo@minbzk.nl, Info@Gemeente.nl of noreply@x.nl; niet p.kok@minbzk.nl")
    assert got == {"woo@minbzk.nl": "keep", "Info@Gemeente.nl": "keep", "noreply@x.nl": "keep",
                   "p.kok@minbzk.nl": "redact"}


def test_switchboard_stays_direct_number_goes(pipeline, rules, tmp_path):
    got = actions(pipeline, "Bel +31 77 465 67 67 (Rijksoverheid) of mij: 06-12345678")
    assert got == {"+31 77 465 67 67": "keep", "06-12345678": "redact"}


def test_organisation_address_stays(pipeline):
    got = actions(pipeline, "Bezoekadres Turfmarkt 147, 2511 DP Den Haag. Woont Kerkstraat 1, 3512 AB Utrecht.")
    assert got == {"Turfmarkt 147": "keep", "2511 DP Den Haag": "keep", "Kerkstraat 1": "redact",
                   "3512 AB Utrecht": "redact"}


def test_each_entity_gets_its_ground(pipeline):
    by_text = {d.finding.text: d.ground for d in decisions(pipeline, "BSN 123456782 en 06-12345678")}
    assert by_text == {"123456782": "5.1.1e", "06-12345678": "5.1.2e"}


def test_redacted_value_propagates_to_every_occurrence(pipeline):
    text = "Kenteken 12ABC3 is gezien. Later reed 12ABC3 weer voorbij, en 12ABC34 niet."
    redacted = [(d.finding.start, d.finding.detector, d.finding.detector_kind.value)
                for d in decisions(pipeline, text) if d.action == "redact"]
    assert redacted == [(9, "licence_plate_compact", "pattern"), (38, "propagation", "propagated")]


def test_overlapping_findings_merge_into_one_redaction(rules):
    d = doc("abc 0123456789 xyz")
    f1 = Finding(1, 4, 10, "012345", "PHONE_NUMBER", 0.9, "a")
    f2 = Finding(1, 8, 14, "456789", "BSN", 1.0, "b")
    (merged,) = Decider(rules).decide(d, (f1, f2))
    assert (merged.finding.start, merged.finding.end, merged.finding.text) == (4, 14, "0123456789")
    assert merged.ground == "5.1.1e"  # the absolute ground wins


def test_redaction_beats_keep_on_overlap(rules):
    d = doc("info@x.nl")
    keep = Finding(1, 0, 9, "info@x.nl", "EMAIL_ADDRESS", 1.0, "email")
    redact = Finding(1, 0, 4, "info", "PERSON", 0.9, "names")
    out = Decider(rules).decide(d, (keep, redact))
    assert [o.action for o in out] == ["redact"]


def test_below_threshold_is_dropped(rules):
    d = doc("zomaar iets")
    weak = Finding(1, 0, 6, "zomaar", "PERSON", 0.2, "ner")
    assert Decider(rules).decide(d, (weak,)) == ()


ENGLISH = {"found", "by", "same", "redacted", "elsewhere", "generic", "organisation", "detail", "number", "the",
           "short", "form", "name", "another", "value", "finding"}


def test_the_reasons_a_reviewer_reads_are_dutch(pipeline):
    text = ("Kenteken 12ABC3 is gezien. Later reed 12ABC3 weer voorbij. Mail woo@minbzk.nl of bel +31 77 465 67 67 "
            "(Rijksoverheid), of p.kok@minbzk.nl. Bezoekadres Turfmarkt 147, 2511 DP Den Haag.")
    got = decisions(pipeline, text)
    assert {d.finding.detector for d in got} >= {"propagation"} and {d.action for d in got} == {"keep", "redact"}
    for d in got:
        words = set(d.reason.lower().replace(",", " ").split())
        if d.finding.detector == "propagation":  # (a detector's own explanation is detect/'s)
            words |= set(d.finding.explanation.lower().split())
        assert not words & ENGLISH, (d.reason, d.finding.explanation)
