"""Stable proposal ids, the decisions file, and what export makes of decisions."""

from __future__ import annotations

import pytest

from redact.review.decisions import (ALL_DOCUMENTS, DecisionBook, DecisionsError, OpenProposals, ReviewDecision,
                                     added_proposals, final_decisions, make_proposals)
from redact.model import Decision, DetectorKind, Document, Finding, Page


def doc(text: str, relpath: str = "d.txt") -> Document:
    return Document(source="/x/" + relpath, relpath=relpath, kind="txt", pages=(Page(number=1, text=text),))


def proposals_for(document: Document, values: list[str]):
    text = document.pages[0].text
    decisions, pos = [], 0
    for v in values:
        start = text.index(v, pos)
        pos = start + len(v)
        decisions.append(Decision(Finding(1, start, pos, v, "EMAIL_ADDRESS", 1.0, "email"), "redact", "5.1.2e", "x"))
    return make_proposals(document, decisions)


def entry(kind="proposal", document="d.txt", value="a@b.nl", action="keep", ground=None, id="i1"):
    return ReviewDecision(kind=kind, document=document, value=value, action=action, ground=ground,
                          reviewer="t", time="2026-01-01T00:00:00+00:00", id=id if kind == "proposal" else "")


def test_ids_survive_edits_elsewhere_and_offsets_moving():
    before = doc("Mail a@b.nl nu.\nOf c@d.nl later.\n")
    after = doc("Een nieuwe eerste regel met veel tekst.\n\nMail a@b.nl nu.\nOf c@d.nl later.\n")
    ids_before = [p.id for p in proposals_for(before, ["a@b.nl", "c@d.nl"])]
    ids_after = [p.id for p in proposals_for(after, ["a@b.nl", "c@d.nl"])]
    assert ids_before[1] == ids_after[1]  # far from the edit: same id although its offset moved
    assert len(set(ids_before)) == 2


def test_identical_contexts_are_told_apart_by_occurrence():
    d = doc("zie a@b.nl hier\nzie a@b.nl hier\n")
    ids = [p.id for p in proposals_for(d, ["a@b.nl", "a@b.nl"])]
    assert ids[0] != ids[1]
    other = doc("zie a@b.nl hier\nzie a@b.nl hier\n", relpath="e.txt")
    assert ids[0] != proposals_for(other, ["a@b.nl"])[0].id  # the document is part of the key


def test_precedence_proposal_then_document_value_then_dossier_value():
    d = doc("a@b.nl en a@b.nl\n")
    p1, p2 = proposals_for(d, ["a@b.nl", "a@b.nl"])
    book = DecisionBook([entry(kind="value", document=ALL_DOCUMENTS, action="redact", ground="5.1.2i")])
    assert book.verdict("d.txt", p1).ground == "5.1.2i"
    book.record(entry(kind="value", document="d.txt", action="keep"))
    assert book.verdict("d.txt", p1).status == "rejected"
    book.record(entry(kind="proposal", id=p2.id, action="redact", ground="5.1.1d"))
    assert book.verdict("d.txt", p2).ground == "5.1.1d" and book.verdict("d.txt", p1).status == "rejected"
    assert book.verdict("other.txt", p1).status == "accepted"  # the dossier-wide one still holds there


def test_file_round_trip_is_stable_and_checked(tmp_path):
    path = tmp_path / "decisions.json"
    book = DecisionBook([entry(id="b"), entry(id="a", document="a.txt"), entry(kind="added", value="ZX-1")])
    book.save(path)
    first = path.read_text(encoding="utf-8")
    again = DecisionBook.load(path)
    again.save(path)
    assert path.read_text(encoding="utf-8") == first
    assert first.count("\n  {") == 3  # one line per decision
    assert first.index('"a.txt"') < first.index('"d.txt"')  # sorted by document
    path.write_text(first.replace('"version": 1', '"version": 9'), encoding="utf-8")
    with pytest.raises(DecisionsError, match="versie 9"):
        DecisionBook.load(path)


def test_a_redaction_needs_a_ground():
    with pytest.raises(ValueError):
        entry(action="redact", ground=None)


def test_added_values_become_proposals_at_every_occurrence():
    d = doc("Code ZX-1 en code zx-1, niet ZX-12.\n")
    book = DecisionBook([entry(kind="added", value="ZX-1", action="redact", ground="5.1.2e")])
    added = added_proposals(d, (), book)
    assert [p.finding.text for p in added] == ["ZX-1", "zx-1"]  # whole words, any case
    assert all(book.verdict("d.txt", p).status == "accepted" for p in added)
    assert {p.finding.detector_kind for p in added} == {DetectorKind.REVIEWER}


def test_unreviewed_policies():
    d = doc("a@b.nl en c@d.nl\n")
    p1, p2 = proposals_for(d, ["a@b.nl", "c@d.nl"])
    book = DecisionBook([entry(id=p1.id, action="keep")])
    as_redact = final_decisions(d, (p1, p2), book, "redact")
    assert [x.action for x in as_redact] == ["keep", "redact"]
    as_keep = final_decisions(d, (p1, p2), book, "keep")
    assert [x.action for x in as_keep] == ["keep", "keep"]
    with pytest.raises(OpenProposals, match="1 voorstel"):
        final_decisions(d, (p1, p2), book, "fail")
    book.record(entry(id=p2.id, action="redact", ground="5.1.2e"))
    assert [x.action for x in final_decisions(d, (p1, p2), book, "fail")] == ["keep", "redact"]


def test_hand_edited_grounds_are_normalised_and_checked(tmp_path):
    from redact.rules import load_rules

    path = tmp_path / "decisions.json"
    DecisionBook([entry(action="redact", ground="5.1.2e")]).save(path)
    path.write_text(path.read_text(encoding="utf-8").replace('"5.1.2e"', '"5.1.2.i"'), encoding="utf-8")
    book = DecisionBook.load(path)
    assert book.entries[0].ground == "5.1.2i"
    book.check_grounds(load_rules().grounds)
    path.write_text(path.read_text(encoding="utf-8").replace('"5.1.2.i"', '"5.1.9z"'), encoding="utf-8")
    with pytest.raises(DecisionsError, match="onbekende grond"):
        DecisionBook.load(path).check_grounds(load_rules().grounds)
