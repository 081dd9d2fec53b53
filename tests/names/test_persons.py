"""Person resolution: the mentions of one person share one verdict, with the evidence it rests on."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from redact.decide.persons import cluster, compatible, parse_name
from redact.decide.propagate import propagate_dossier


@pytest.mark.parametrize("text,first,initials,surname", [
    ("Berkel, Nathalie van", "nathalie", "N", "van berkel"),
    ("N. van Berkel", "", "N", "van berkel"),
    ("Nathalie van Berkel", "nathalie", "N", "van berkel"),
    ("mevrouw Van Berkel", "", "", "van berkel"),
    ("Jansen, J. (Jan)", "jan", "J", "jansen"),
    ("Vries, P. de (Pieter)", "pieter", "P", "de vries"),
    ("mr. drs. J.M. de Wit", "", "JM", "de wit"),
    ("Nathalie", "nathalie", "N", ""),
])
def test_parse_name(roles, text, first, initials, surname):
    n = parse_name(text, roles)
    assert (n.first, n.initials, n.surname) == (first, initials, surname)


def test_first_names_and_initials_conflict_or_not(roles):
    def p(t):
        return parse_name(t, roles)
    assert compatible(p("Jan Jansen"), p("J.M. Jansen"))
    assert compatible(p("Jan Jansen"), p("Jansen"))
    assert not compatible(p("Jan Jansen"), p("Piet Jansen"))
    assert not compatible(p("Jan Jansen"), p("P. Jansen"))
    assert not compatible(p("J.M. Jansen"), p("J.P. Jansen"))


def test_cluster_mentions_into_persons(roles):
    texts = ["Jan Jansen", "Jansen, J. (Jan)", "P. Jansen", "Jansen", "Jan", "Nathalie van Berkel", "Van Berkel",
             "Berkel, Nathalie van", "Nathalie"]
    groups = [{texts[i] for i in g} for g in cluster([parse_name(t, roles) for t in texts])]
    assert {"Jan Jansen", "Jansen, J. (Jan)", "Jan"} in groups
    assert {"P. Jansen"} in groups
    assert {"Jansen"} in groups  # fits two persons: a person of its own
    assert {"Nathalie van Berkel", "Van Berkel", "Berkel, Nathalie van", "Nathalie"} in groups


def test_decision_points_to_its_person_with_evidence(redacted):
    text = ("De minister van Onderwijs Marleen Vanderpoorten opende de school.\n"
            "Mevrouw Vanderpoorten sprak de leerlingen toe.\n")
    out, analysis = redacted(text)
    assert out.count("Vanderpoorten") == 2
    persons = {d.person.id: d.person for d in analysis.decisions if d.person}
    p = persons["vanderpoorten"]
    assert p.role == "keep" and p.name == "Marleen Vanderpoorten"
    assert p.evidence == "publiek functionaris (minister van Onderwijs, regel 1)"
    assert set(p.mentions) >= {"Marleen Vanderpoorten", "Vanderpoorten"}
    json.dumps(dataclasses.asdict(p))  # plain data


def test_a_person_is_named_as_written_in_running_text(redacted):
    """The name review shows: the fullest form as one writes it, not the header's reversed form; a
    reversed form with initials still beats a bare surname."""
    text = ("Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>\nAan: Vries, P. de (Pieter) <p.de.vries@minbzk.nl>\n\n"
            "Hoi Pieter,\n\nAls De Vries dat bevestigt, belt Jan Jansen de gemeente.\n")
    _, analysis = redacted(text)
    names = {d.person.id: d.person.name for d in analysis.decisions if d.person}
    assert names["jansen"] == "Jan Jansen"
    assert names["de-vries"] == "Vries, P. de (Pieter)"


def test_official_in_a_chat_keeps_one_verdict(redacted):
    out, _ = redacted("[12-03-2021 09:14] Jan Velema: ik kom om tien uur\n"
                      "[12-03-2021 09:15] Piet Kramer: prima, ik regel koffie\n"
                      "[12-03-2021 09:16] Piet Kramer: burgemeester Velema opent de vergadering.\n")
    assert "Jan Velema" in out and "Piet Kramer" not in out


def test_official_addressed_by_first_name(redacted):
    out, _ = redacted("Beste Maarten,\n\nDank voor uw komst, minister Maarten Kortenhoeven.\n")
    assert "Beste Maarten," in out and "Maarten Kortenhoeven" in out


def test_a_civil_servant_with_a_conflicting_first_name_stays_redacted(redacted):
    out, _ = redacted("Wethouder Karin Brouwer opende het overleg.\n\n"
                      "Met vriendelijke groet,\n\nPieter Brouwer\nbeleidsmedewerker\n")
    assert "Karin Brouwer" in out and "Pieter Brouwer" not in out


def _analyses(pipeline, tmp_path, docs):
    out = []
    for name, text in docs.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        out.append(pipeline.analyse(path, name))
    return out


def _visible(analysis, value):
    return not any(d.action == "redact" and value in d.finding.text for d in analysis.decisions)


def test_a_role_found_in_one_document_holds_in_the_dossier(pipeline, rules, tmp_path):
    a, b = _analyses(pipeline, tmp_path, {
        "a.txt": "De minister van Onderwijs Marleen Vanderpoorten opende de school.\n",
        "b.txt": "Verslag\n\nMevrouw Vanderpoorten zei dat het goed ging.\n"})
    assert not _visible(b, "Vanderpoorten")  # on its own, b has no evidence of an office
    a, b = propagate_dossier([a, b], rules)
    assert _visible(b, "Vanderpoorten")
    kept = [d for d in b.decisions if d.person and "Vanderpoorten" in d.finding.text]
    assert kept and kept[0].person.role == "keep" and "minister van Onderwijs" in kept[0].person.evidence


def test_contrary_evidence_in_the_dossier_shows_another_person(pipeline, rules, tmp_path):
    a, b = _analyses(pipeline, tmp_path, {
        "a.txt": "De minister van Onderwijs Marleen Vanderpoorten opende de school.\n",
        "b.txt": "Van: Vanderpoorten, P. (Piet) <p.vanderpoorten@gemeente.nl>\nOnderwerp: school\n\nZie bijlage.\n"})
    a, b = propagate_dossier([a, b], rules)
    assert not _visible(b, "Vanderpoorten")


def test_a_name_carried_from_another_document_stays_visible_after_an_office_title(pipeline, rules):
    # samples/: the memo's "Minister-president Verhagen" is left unmarked by the detectors; the letter's signer
    # "Joost Verhagen" is redacted and carried into the dossier: after the office title it is another person, an
    # official, and stays visible (the main job on samples/ blacked it out before)
    docs = Path(__file__).resolve().parents[2] / "samples" / "documents"
    memo = pipeline.analyse(docs / "11-memo-intern.txt", "11-memo-intern.txt")
    letter = pipeline.analyse(docs / "15-brief-handtekening.txt", "15-brief-handtekening.txt")
    memo, letter = propagate_dossier([memo, letter], rules)
    text = memo.document.pages[0].text
    at = text.index("Minister-president Verhagen") + len("Minister-president ")
    assert not any(d.action == "redact" and d.finding.start <= at < d.finding.end for d in memo.decisions)
    assert not _visible(letter, "Joost Verhagen")
