"""Public-office evidence: the parliamentary grammar, the shipped office holders, every form of a kept name."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.decide.persons import OFFICE, OFFICIAL, REQUEST
from redact.decide.roles import Roles, add_keep_names
from redact.lexicon import Lexicon
from redact.model import DetectorKind

from .judging import role_finder

NER, NAMES = DetectorKind.NER, DetectorKind.NAME_PATTERN
ROOT = Path(__file__).resolve().parents[2]


role_of = role_finder(NER)


@pytest.mark.parametrize("text,name", [
    ("stemden de leden Omtzigt (CDA) en Kröger (GL-PvdA) voor", "Omtzigt"),
    ("stemden de leden Omtzigt (CDA) en Kröger (GL-PvdA) voor", "Kröger"),
    ("Mevrouw Leijten (SP):\nIk heb een vraag.", "Leijten"),
    ("De heer Van Haga (VVD):\nGraag.", "Van Haga"),
    ("Bij de stemming over de motie-Klaver/Asscher", "Klaver"),
    ("Bij de stemming over de motie-Klaver/Asscher", "Asscher"),
    ("het gewijzigde amendement-Van der Staaij is aangenomen", "Van der Staaij"),
])
def test_parliamentary_grammar_keeps_members(roles, text, name):
    role = role_of(roles, text, name)
    assert role.action == "keep" and role.rank == OFFICIAL


@pytest.mark.parametrize("text,name", [
    ("Minister Grapperhaus:\nDank u.", "Grapperhaus"),
    ("De Kamerleden Wilders en Markuszower zijn afwezig.", "Markuszower"),
    ("Het lid Mutluer vroeg het woord.", "Mutluer"),
])
def test_speaker_lines_and_member_lists(roles, text, name):
    assert role_of(roles, text, name).action == "keep"


@pytest.mark.parametrize("text,name", [
    ("Daarover sprak Jansen (gemeente Utrecht) met de buren.", "Jansen"),  # not a party
    ("Jansen (VVD-lid sinds 2010) schreef ons een brief.", "Jansen"),
])
def test_brackets_that_are_no_party(roles, text, name):
    assert role_of(roles, text, name).action == "redact"


@pytest.mark.parametrize("text,name,rank", [
    ("Eerder zei Jozias van Aartsen dat", "Jozias van Aartsen", OFFICE),  # the generated list (open data)
    ("Het stuk is van H.M. de Jonge.", "H.M. de Jonge", OFFICE),
    ("Eerder zei Mark Rutte dat", "Mark Rutte", OFFICIAL),  # the hand-checked current list
])
def test_shipped_office_holders(roles, text, name, rank):
    role = role_of(roles, text, name, NAMES)
    assert role.action == "keep" and role.rank == rank


def test_a_listed_former_office_holders_name_in_a_header_is_a_civil_servants(roles):
    # the generated list holds common names too ("Jan de Vries" sat in the Kamer): position wins
    text = "Van: Jozias van Aartsen <j.vanaartsen@gemeente.nl>\nOnderwerp: subsidie\n"
    assert role_of(roles, text, "Jozias van Aartsen", DetectorKind.STRUCTURE).action == "redact"
    text = "Jozias van Aartsen, beleidsmedewerker, belt u terug."
    assert role_of(roles, text, "Jozias van Aartsen", NAMES).action == "redact"


def test_office_holder_list_is_built_reproducibly():
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    from build_officials import DEFAULT_CSV, build
    if not DEFAULT_CSV.exists():
        pytest.skip("the open office-holder data (../shared/officials) is not here")
    shipped = (ROOT / "rules/lists/public_officials/items.txt").read_text(encoding="utf-8").splitlines()
    header = [line for line in shipped if line.startswith("#")]
    names, _, last = build(DEFAULT_CSV, "1980-01-01")
    assert [line for line in shipped if line and not line.startswith("#")] == names
    assert any("openkamer" in line for line in header) and any(last in line for line in header)


@pytest.mark.parametrize("form", ["Berkel, Nathalie van", "N. van Berkel", "Van Berkel", "mevrouw Van Berkel",
                                  "Nathalie van Berkel", "Berkel, N. van (Nathalie)", "Berkel"])
def test_keep_names_matches_every_written_form(rules, form):
    roles = Roles(Lexicon.from_rules(add_keep_names(rules, ["Nathalie van Berkel"])))
    text = f"Het stuk is besproken met {form} gisteren."
    role = role_of(roles, text, form, NAMES)
    assert role.action == "keep" and role.rank == REQUEST


@pytest.mark.parametrize("form", ["Piet van Berkel", "P. van Berkel"])
def test_keep_names_not_for_another_first_name(rules, form):
    roles = Roles(Lexicon.from_rules(add_keep_names(rules, ["Nathalie van Berkel"])))
    assert role_of(roles, f"Het stuk is besproken met {form} gisteren.", form, NAMES).action == "redact"


def test_keep_names_first_name_alone_follows_the_person(redacted_with_keep_names):
    out = redacted_with_keep_names(["Nathalie van Berkel"],
                                   "Van: Berkel, Nathalie van\nOnderwerp: overleg\n\nNathalie is er vanaf tien uur.\n")
    assert "Berkel, Nathalie van" in out and "Nathalie is er" in out


@pytest.mark.parametrize("text,name", [
    ("Aanwezig: de raadsleden, te weten, de dames T.A.M. Buis en ir. C.H. van den Berg-Huisman, de heren "
     "H.J. Bolhuis en J. Brink.", "C.H. van den Berg-Huisman"),
    ("Aanwezig: de raadsleden, te weten, de dames T.A.M. Buis en ir. C.H. van den Berg-Huisman, de heren "
     "H.J. Bolhuis en J. Brink.", "J. Brink"),
    ("AANWEZIG\nde leden: de heer H.J. Al (VLW), mevrouw S.C. Kleijhorst (VLW)", "S.C. Kleijhorst"),
    ("De wethouders, te weten, de heren mr. Ing. J.D. Frieling, H. Kosmeijer en H. Assies", "H. Assies"),
    ("met als eerste spreker de heer Renkema namens GroenLinks;", "Renkema"),
    ("met als eerste spreker mevrouw Beckerman namens de SP;", "Beckerman"),
    ("Aanwezig namens\nGroenLinks I. Kleinrensink\nSP M.J. ten Broeke\n", "M.J. ten Broeke"),
    ("de heer J.H. Wesselius (CDA,), de heer J.R. Pardo Kruidenier (D 66) en", "J.H. Wesselius"),
    ("de heer J.H. Wesselius (CDA,), de heer J.R. Pardo Kruidenier (D 66) en", "J.R. Pardo Kruidenier"),
    ("De commissaris van de Koningin in de provincie Drenthe, de heer A.L. ter Beek", "A.L. ter Beek"),
    ("Eerste ondertekenaar: Th.C. de Graaf, vicepresident van de Raad van State", "Th.C. de Graaf"),
    ("Over de aangehouden motie Koşer Kaya (31060, nr. 21) wordt gestemd.", "Koşer Kaya"),
    ("Voorzitter:\nMw. M.J.D. Donders - de Leest ( Burgemeester )\n", "M.J.D. Donders"),
])
def test_members_in_lists_and_tables(roles, text, name):
    assert role_of(roles, text, name, NAMES).action == "keep"


@pytest.mark.parametrize("text,name", [
    # "de leden" heads a list of groups, not of names: the staff named after it are civil servants
    ("heet de leden van het college, de vertegenwoordigers van de pers en de medewerkers van de afdeling "
     "bestuur, de heren B.F. Potjer en J. Bos, welkom.", "J. Bos"),
    ("namens het college van burgemeester en wethouders van Zuidhaven,\n\nF. Dekker\nmedewerker Parkeren",
     "F. Dekker"),
])
def test_lists_that_are_not_of_office_holders(roles, text, name):
    assert role_of(roles, text, name, NAMES).action == "redact"


def test_two_detectors_on_one_name_are_one_mention(redacted):
    out, _ = redacted("Aanwezig: de raadsleden, te weten, de heren J. Hoogenboom, A. Kalk, C.H. Kloos en "
                      "mevrouw N. Hofstra.\n\n1. Opening\nDe heer Kalk, waarnemend voorzitter, opent de vergadering.\n")
    assert "De heer Kalk, waarnemend" in out and "A. Kalk" in out and "J. Hoogenboom" in out


def test_the_fields_of_a_councils_minutes_name_office_holders(redacted):
    text = ("Aanwezig: de raadsleden, te weten, de heren J. Hoogenboom en A. Kalk.\n"
            "Afwezig : de dames G.B. Bomhof-Ruijs en J. van Gelder-van den Berg\n"
            "Voorzitter : de heer J. Rijpstra\nGriffier : de heer J. L. de Jong\n")
    out, _ = redacted(text)
    assert out == text


def test_council_fields_below_an_attendance_heading(redacted):
    text = "AANWEZIG\nde leden: de heer H.J. Al (VLW), mevrouw S.C. Kleijhorst (VLW)\nde voorzitter: de heer P.C. Tange\n"
    out, _ = redacted(text)
    assert "P.C. Tange" in out


def test_the_same_fields_of_other_minutes_are_redacted(redacted):
    out, _ = redacted("Aanwezig: Karin Bos, Pieter Mulder\nAfwezig: Sanne de Wit\nVoorzitter: Erik Visser\n\n"
                      "Het overleg begint om tien uur.\n")
    assert not any(n in out for n in ("Karin Bos", "Pieter Mulder", "Sanne de Wit", "Erik Visser"))


def test_the_members_of_a_working_group_are_no_office_holders(roles):
    text = "Werkgroep subsidies\nDe leden: Karin Bos, Pieter Mulder en Sanne de Wit.\n"
    assert role_of(roles, text, "Pieter Mulder", NAMES).action == "redact"
