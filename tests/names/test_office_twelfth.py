"""Officials by the grammar of office (issue 10, eleventh session, judge12): an office noun before the name with
the public body after it, a list introduced by an office and a colon, an office in a relative clause after the
name, and initials before a particle (docs/names-history.md, "Officials by the grammar of office (eleventh session)").
Every name, body and sentence here is invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

import pytest

from .conftest import spans_of
from .test_office_tenth import _decided

# -- 1. an office noun before the name, its public body after it -----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Vorige week liep ik mee met bestuurder Marloes Hekkert van waterschap Rijn en IJssel.", "Marloes Hekkert"),
    ("Het interview met bestuurder Ruben Achterberg van het Hoogheemraadschap van Rijnland staat op pagina 4.",
     "Ruben Achterberg"),
    ("Gesprek met Bestuurder Ellen Vrieze, van de provincie Flevoland, over de dijken.", "Ellen Vrieze"),
    ("Daarover sprak bestuurder mevrouw D. Zwanenburg\nvan waterschap De Dommel op de avond.", "D. Zwanenburg"),
    ("Ook lid Pieter Hoogstraten van de Tweede Kamer was erbij.", "Pieter Hoogstraten"),
])
def test_an_office_split_by_the_name_keeps_it(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "keep"}


@pytest.mark.parametrize("text, name", [
    ("De vragen beantwoordde beleidsmedewerker Sanne Kloosterboer van gemeente Lochem.", "Sanne Kloosterboer"),
    ("Het gesprek was met projectleider Ruud Hogeveen van waterschap Vechtstromen.", "Ruud Hogeveen"),
    ("Het gesprek was met bestuurder Kees Wildeman van Bouwbedrijf Wildeman.", "Kees Wildeman"),
    ("Daar sprak voorzitter Ria Dorhout van de raad van bestuur van het ziekenhuis.", "Ria Dorhout"),
])
def test_a_civil_function_or_another_body_in_the_same_grammar_stays_redacted(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "redact"}


# -- 2. a list introduced by an office, an office in a relative clause after the name ---------------------------


@pytest.mark.parametrize("text, names", [
    ("We spreken de nieuwe waterschapsbestuurders: Femke Bruggink van waterschap Aa en Maas, Gert-Jan Mulder "
     "van waterschap Limburg en Ilse Koopman van waterschap Hunze en Aa's.",
     ["Femke Bruggink", "Gert-Jan Mulder", "Ilse Koopman"]),
    ("Een van de langst zittende gedeputeerden ooit: Harm Kuiper.", ["Harm Kuiper"]),
    ("Een bestuurder die al drie termijnen meedraait:\nWouter Smeenk van waterschap Rivierenland.", ["Wouter Smeenk"]),
    ("De drie nieuwe heemraden zijn: Tjitske Hoekstra; Bram Oldenhof (Water Natuurlijk) en Okke Feenstra.",
     ["Tjitske Hoekstra", "Bram Oldenhof", "Okke Feenstra"]),
])
def test_the_names_of_a_list_headed_by_an_office_are_officials(rules, text, names):
    assert _decided(rules, text, names) == {n: "keep" for n in names}


@pytest.mark.parametrize("text, names", [
    ("De nieuwe medewerkers van het team: Sanne Kloosterboer van gemeente Lochem en Ruud Hogeveen van "
     "waterschap Vechtstromen.", ["Sanne Kloosterboer", "Ruud Hogeveen"]),
    ("De burgemeester die het project leidde noemde: Anton Brinkers en Willemijn Zandbergen.",
     ["Anton Brinkers", "Willemijn Zandbergen"]),
    ("De wethouder zei: Jan Hovenkamp moet de brief nog tekenen.", ["Jan Hovenkamp"]),
    ("De gedeputeerde sprak met de volgende bewoners: Henk Jansma en Roos Verhoef.", ["Henk Jansma", "Roos Verhoef"]),
    ("Een bestuurder die al jaren meedraait, sprak met de bewoners: Wouter Smeenk van de Dorpsstraat.",
     ["Wouter Smeenk"]),
])
def test_a_list_headed_by_a_civil_function_or_no_office_stays_redacted(rules, text, names):
    assert _decided(rules, text, names) == {n: "redact" for n in names}


@pytest.mark.parametrize("text, name", [
    ("Daarna kwam Marco Veldhuis, die zijn rol als bestuurslid bij het waterschap Brabantse Delta combineert met "
     "zijn baan als leraar.", "Marco Veldhuis"),
    ("Ook Lotte Hazeveld die als gedeputeerde de portefeuille water heeft, was aanwezig.", "Lotte Hazeveld"),
    ("Het woord was aan Gijs Terpstra (die sinds 2019 wethouder is) en daarna aan de zaal.", "Gijs Terpstra"),
])
def test_an_office_in_a_relative_clause_after_the_name_keeps_it(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "keep"}


@pytest.mark.parametrize("text, name", [
    ("Verder Tim Roelofsen, die als medewerker van het waterschap de dijken inspecteert.", "Tim Roelofsen"),
    ("Verder Eva Pieters (die als beleidsadviseur bij de provincie werkt).", "Eva Pieters"),
    ("Daarna kwam Marco Veldhuis, die net als wethouder Dijkstra tegen het plan is.", "Marco Veldhuis"),
    ("Ook Lotte Hazeveld, die de wethouder adviseert over water, was aanwezig.", "Lotte Hazeveld"),
])
def test_a_civil_function_or_another_persons_office_in_the_clause_stays_redacted(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "redact"}


def test_a_former_office_holder_named_as_a_civil_servant_in_the_clause_stays_redacted(rules):
    # the relative clause's civil function outweighs a name that only the generic list of office holders knows
    text = "Ook Jan de Vries, die als medewerker van de gemeente de vergunningen behandelt, kwam langs."
    assert _decided(rules, text, ["Jan de Vries"]) == {"Jan de Vries": "redact"}


@pytest.mark.parametrize("text, name", [
    ("De raad besluit om, gehoord hebbende het advies van de commissie, mevrouw Ineke Wolterink toe te laten tot "
     "de raad.", "Ineke Wolterink"),
    ("Per 1 mei is Frank Ossewaarde benoemd tot wethouder van Dalfsen.", "Frank Ossewaarde"),
    ("Op voorstel van het college wordt Joost Heemskerk met ingang van 1 juni beëdigd als raadslid.",
     "Joost Heemskerk"),
    ("Petra Bovenkerk is toegelaten als lid van Provinciale Staten.", "Petra Bovenkerk"),
])
def test_a_name_put_into_an_office_or_a_body_is_an_official(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "keep"}


@pytest.mark.parametrize("text, name", [
    ("Met ingang van 1 maart is Hans Beuker benoemd tot beleidsmedewerker bij de afdeling Ruimte.", "Hans Beuker"),
    ("De broer van eiser, Kees Bloemert, is door de rechtbank benoemd als zijn mentor.", "Kees Bloemert"),
    ("Het verzoek van Femke Tijssen om toegelaten te worden tot de opleiding is afgewezen.", "Femke Tijssen"),
    ("Lotte Hams is toegelaten tot de raad van toezicht.", "Lotte Hams"),
])
def test_a_name_put_into_a_civil_function_or_another_body_stays_redacted(rules, text, name):
    assert _decided(rules, text, [name]) == {name: "redact"}


# -- 3. initials before a particle: the particle opens the surname ----------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Verzoeker L. te Westervoort klaagt over de gemeente.", "L. te Westervoort"),
    ("Het verzoekschrift van de heer P. te\nWestervoort kwam op 3 mei binnen.", "P. te\nWestervoort"),
    ("Een brief van mevrouw K. van\nDalen over de aanvraag.", "K. van\nDalen"),
    ("Klager J.M. ten Zevenbergen stelt dat de brief te laat kwam.", "J.M. ten Zevenbergen"),
    ("Bezwaar van A.B. in 't Harderwijk, ontvangen op 2 juni.", "A.B. in 't Harderwijk"),
    ("Reactie van H. van Zwolle op het voorstel.", "H. van Zwolle"),
])
def test_initials_then_a_particle_make_a_whole_name(patterns, text, name):
    assert name in spans_of(patterns, text)


@pytest.mark.parametrize("text, name", [
    ("Verzoeker L. te Westervoort klaagt over de gemeente.", "L. te Westervoort"),
    ("Het verzoekschrift van de heer P. te\nWestervoort kwam op 3 mei binnen.", "P. te\nWestervoort"),
    ("Een brief van mevrouw K. van\nDalen over de aanvraag.", "K. van\nDalen"),
])
def test_no_word_of_such_a_name_stays_visible(rules, patterns, text, name):
    # the name detector's spans through the decider (no model): every letter of the name is redacted
    from redact.decide.policy import Decider
    from redact.model import DetectorKind, Document, Finding, Page

    findings = tuple(Finding(1, s.start, s.end, text[s.start:s.end], "PERSON", s.score, "person_names", s.why,
                             DetectorKind.NAME_PATTERN) for s in patterns.spans(text))
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    redacted = [(d.finding.start, d.finding.end) for d in Decider(rules).decide(document, findings)
                if d.action == "redact"]
    start = text.index(name)
    assert all(any(s <= i < e for s, e in redacted) for i in range(start, start + len(name))
               if not text[i].isspace()), name


@pytest.mark.parametrize("text", [
    "Zie bijlage A. van het Verslag voor de cijfers.",
    "Het stuk staat onder B. bij de Stukken.",
])
def test_initials_then_a_particle_and_an_ordinary_word_are_no_name(patterns, text):
    assert not any(s for s in spans_of(patterns, text) if "Verslag" in s or "Stukken" in s)


def test_a_place_before_a_streets_initial_is_no_reversed_name(patterns):
    # the particle rule is for initials before it: "De Valom, K." is a place and a street's initial
    text = "De stukken liggen in het dorpshuis van De Valom, K. Fransenstraat 5."
    assert not any("Valom" in s for s in spans_of(patterns, text))


# -- 4. a redacted name with its surname cut to its first letter -------------------------------------------------


@pytest.mark.parametrize("text, name, cut", [
    ("Contact: GGD-projectleider Mariska van Leeuwen.\n\nOp de foto: adviseur Mariska van L\n",
     "Mariska van Leeuwen", "Mariska van L"),
    ("Het verslag is van Jeroen Kuipers (secretaris). Later schreef Jeroen K. nog een mail.",
     "Jeroen Kuipers", "Jeroen K."),
    ("Gemaild door Anouk ter Horst, beleidsadviseur.\nGroet, Anouk ter H.\n", "Anouk ter Horst", "Anouk ter H."),
])
def test_a_redacted_name_cut_to_its_surnames_letter_is_redacted_whole(rules, text, name, cut):
    from redact.decide.policy import Decider
    from redact.model import DetectorKind, Document, Finding, Page

    start = text.index(name)
    findings = (Finding(1, start, start + len(name), name, "PERSON", 0.85, "person_names", "",
                        DetectorKind.NAME_PATTERN),)
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    redacted = [(d.finding.start, d.finding.end) for d in Decider(rules).decide(document, findings)
                if d.action == "redact"]
    at = text.index(cut, start + len(name))
    assert any(s <= at and at + len(cut) <= e for s, e in redacted), cut


def test_initials_cut_to_a_letter_are_no_short_form(rules):
    # only after a listed first name: "J. de V" might be anything
    from redact.decide.propagate import NameForms
    from redact.lexicon import Lexicon

    forms = NameForms(Lexicon.from_rules(rules))
    assert forms.cut_forms("J.", "de Vries") == []
    assert forms.cut_forms("Mariska", "van Leeuwen") == ["Mariska van L", "Mariska van L."]
