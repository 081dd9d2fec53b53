"""Officials by grammar (issue 10, ninth session, judge9): members announced absent item by item, a group named
after its member, a speaker's name block run into the speaker line, a (former) public office in apposition and a
signature closing a text with the office after the name (docs/names-history.md, "Officials by grammar (ninth session)").
Every name here is invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

from redact.model import DetectorKind, Document, Finding, Page

from .judging import role_finder

role_of = role_finder(DetectorKind.NAME_PATTERN)


def _decided(rules, text: str, names: list[str]):
    """The decider's decisions on `text` when the name patterns found only `names` (no model)."""
    from redact.decide.policy import Decider

    findings = tuple(Finding(1, text.index(n), text.index(n) + len(n), n, "PERSON", 0.85, "person_names", "",
                             DetectorKind.NAME_PATTERN) for n in names)
    document = Document("x", "x.txt", "txt", (Page(1, text),))
    return {d.finding.text: d.action for d in Decider(rules).decide(document, findings)
            if d.finding.entity_type == "PERSON"}


# -- 1. members announced absent, item by item ------------------------------------------------------------

_ABSENT = ("Vergadering van de Tweede Kamer, donderdag 4 maart\n\nDe voorzitter:\n\n{clause}\n\n"
           "Hoogerwaard, wegens ziekte;\n\nOudekerk, Brandsema en De Wijngaart, wegens een werkbezoek in het buitenland;\n\n"
           "Terpstra-Lont en Van Limmen, wegens familieomstandigheden.\n\n"
           "Deze mededeling wordt voor kennisgeving aangenomen.\n")
_ABSENT_NAMES = ["Hoogerwaard", "Oudekerk", "Brandsema", "De Wijngaart", "Terpstra-Lont", "Van Limmen"]


def test_every_name_of_every_item_announced_absent_is_a_member(rules):
    for clause in ("Berichten van verhindering zijn ingekomen van de leden:",
                   "Ik deel de Kamer mee dat de volgende leden zich hebben afgemeld:"):
        decided = _decided(rules, _ABSENT.format(clause=clause), _ABSENT_NAMES)
        assert decided == {n: "keep" for n in _ABSENT_NAMES}, clause


def test_the_items_on_one_line_after_the_clause_count_too(rules):
    text = ("Handelingen van de Tweede Kamer\n\nDe voorzitter:\n\nBerichten van verhindering zijn ingekomen van de leden: "
            "Hoogerwaard, wegens ziekte; Oudekerk en Brandsema, wegens verblijf buitenslands.\n")
    assert _decided(rules, text, ["Hoogerwaard", "Oudekerk", "Brandsema"]) == {
        "Hoogerwaard": "keep", "Oudekerk": "keep", "Brandsema": "keep"}


def test_a_council_s_bulleted_items_with_courtesy_titles_count_too(rules):
    text = ("Notulen van de openbare vergadering van de gemeenteraad van Zuidhaven\n\n"
            "Met kennisgeving afwezig zijn de raadsleden:\n- de heer P. Oudekerk, wegens vakantie;\n- mevrouw J. Brandsema.\n\n"
            "De voorzitter opent de vergadering.\n")
    assert _decided(rules, text, ["P. Oudekerk", "J. Brandsema"]) == {"P. Oudekerk": "keep", "J. Brandsema": "keep"}


def test_absent_staff_and_names_after_the_block_are_no_members(rules):
    text = _ABSENT.format(clause="De volgende medewerkers van de griffie hebben zich afgemeld:")
    assert set(_decided(rules, text, ["Oudekerk", "Brandsema", "Van Limmen"]).values()) == {"redact"}
    text = _ABSENT.format(clause="Berichten van verhindering zijn ingekomen van de leden:") \
        + "\nDe bode, mevrouw Stroomberg, wegens ziekte vervangen.\n"
    assert _decided(rules, text, ["Oudekerk", "Stroomberg"]) == {"Oudekerk": "keep", "Stroomberg": "redact"}


# -- 2. a group named after its member; a name block run into the speaker line -------------------------------

def test_a_group_named_after_its_member_is_a_faction_and_no_other_group(roles):
    for group, action in (("Groep Van Limmen", "keep"), ("Groep Hoogerwaard/Van Limmen", "keep"), ("Lid-Van Limmen", "keep"),
                          ("Fractie Van Limmen", "keep"), ("Groep Wonen", "redact"), ("Fractie Wonen", "redact")):
        text = (f"Sprekers\n\nDe heer Oudekerk (VVD)\nMevrouw Brandsema (CDA)\nMevrouw Van Limmen ({group})\n"
                "Minister Kroonveld\n\nAan de orde is het wetsvoorstel.\n")
        assert role_of(roles, text, "Van Limmen").action == action, group


def test_a_name_block_run_into_the_speaker_line_is_the_speaker(redacted):
    text = ("Sprekers\n\nDe heer Oudekerk (VVD)\nMevrouw Brandsema (CDA)\n\nDe beraadslaging wordt geopend.\n\n"
            "K. (Korneel)  OudekerkDe heer Oudekerk (VVD): Voorzitter. Wij steunen dit voorstel van harte.\n")
    out, _ = redacted(text)
    assert "K. (Korneel)  OudekerkDe heer" in out


# -- 3. a (former) public office in apposition; a signature closing a text ------------------------------------

def test_a_former_office_in_apposition_keeps_the_name(roles):
    text = ("Aanwezig zijn voorts de heer Brandsema, oud-lid van de Tweede Kamer, en mevrouw Terpstra-Lont, "
            "oud-Voorzitter van de Tweede Kamer.\n")
    assert role_of(roles, text, "Brandsema").action == "keep"
    assert role_of(roles, text, "Terpstra-Lont").action == "keep"


def test_the_chair_of_a_public_body_s_general_board_keeps_the_name_not_a_civil_servant(roles):
    text = "Werkbezoek aan de veiligheidsregio\n\nJoke Hoogerwaard, voorzitter van het Algemeen Bestuur, bezocht de meldkamer.\n"
    assert role_of(roles, text, "Joke Hoogerwaard").action == "keep"
    # a civil servant beside an office, a civil servant's function or another body's chair stays redacted
    text = "Dat meldt de woordvoerder van de staatssecretaris, Jan Oudekerk, in een reactie.\n"
    assert role_of(roles, text, "Jan Oudekerk").action == "redact"
    for apposition in ("oud-medewerker van de griffie", "voorzitter van de werkgroep", "beleidsmedewerker"):
        text = f"Aanwezig is ook de heer Brandsema, {apposition}, voor de toelichting.\n"
        assert role_of(roles, text, "Brandsema").action == "redact", apposition


def test_a_signature_closing_a_text_with_the_office_after_the_name(redacted):
    text = ("Het waterschap werkt hard aan veilige dijken. Leest u dit blad dus met aandacht. K.J. Hoogerwaard "
            "Dijkgraaf Het blad verschijnt drie keer per jaar.\n")
    out, analysis = redacted(text)
    assert "K.J. Hoogerwaard Dijkgraaf" in out
    # after first names the title word may be the surname: the name stays redacted, all of it
    text = "Het waterschap werkt hard. Leest u dit blad dus met aandacht. Jan Willem Dijkgraaf schreef het voorwoord.\n"
    out, _ = redacted(text)
    assert "Dijkgraaf" not in out and "Jan Willem" not in out


# -- the lead (ninth session): guests of a committee by the organisation in parentheses ---------------------

_GUESTS = ("Verslag van de vergadering van de statencommissie Zorg, gehouden in het Provinciehuis te Zuidhaven.\n\n"
           "Aanwezig: mw. A.B. Hoekstra (PvdA, voorzitter), dhr. C. Wiersma (CDA), mw. D. Veenstra (VVD).\n\n"
           "Voorts aanwezig: dhr. E.F. Kooistra (gedeputeerde), dhr. Brandsema (directie Zorgnet Oost), "
           "dhr. Wierenga (Regionale Inspectie), dhr. Hofstede (VBZ, inspreker), dhr. K.L.Tjoelker (Notulenbureau Noord).\n")
_GUESTS_NAMES = ["A.B. Hoekstra", "C. Wiersma", "D. Veenstra", "E.F. Kooistra", "Brandsema", "Wierenga", "Hofstede",
                 "K.L.Tjoelker"]


def test_guests_from_an_organisation_are_no_members_beside_a_citizens_code(rules):
    """A unit of an organisation in lower case ("directie X") is an organisation too, and a citizen's body's
    code with his role ("VBZ, inspreker") is no faction that makes its neighbours members."""
    decided = _decided(rules, _GUESTS, _GUESTS_NAMES)
    assert decided == {"A.B. Hoekstra": "keep", "C. Wiersma": "keep", "D. Veenstra": "keep", "E.F. Kooistra": "keep",
                       "Brandsema": "redact", "Wierenga": "redact", "Hofstede": "redact", "K.L.Tjoelker": "redact"}


def test_a_members_party_after_his_role_in_the_parentheses_is_his_faction(rules):
    text = ("Verslag van de vergadering van de statencommissie Water, gehouden in het Provinciehuis te Zuidhaven.\n\n"
            "Aanwezige leden: dhr A. Hoekwater (voorzitter, CDA), dhr L. Meinderts (CDA), dhr P.G. Stellingwerf "
            "(plv. lid, D66), mw J. Bruinsma (PvdA).\n\nVoorts aanwezig: dhr B. Klaver (notulist).\n")
    decided = _decided(rules, text, ["A. Hoekwater", "L. Meinderts", "P.G. Stellingwerf", "J. Bruinsma", "B. Klaver"])
    assert decided == {"A. Hoekwater": "keep", "L. Meinderts": "keep", "P.G. Stellingwerf": "keep",
                       "J. Bruinsma": "keep", "B. Klaver": "redact"}


def test_a_lone_model_span_that_is_a_common_word_needs_more_than_the_surname_list(lexicon):
    """'Water' of "Statencommissie Landschap, Water en Milieu" is a listed surname and one of the most common
    Dutch words: alone it is no support; with a title, initials or a first name it still is."""
    from redact.decide.roles import Roles

    roles = Roles(lexicon)
    text = "Verslag van de Statencommissie Landschap, Water en Milieu. De heer Berg en J. Water en Kees Water.\n"
    assert not roles.supported(text, text.index("Water"), "Water")
    assert roles.supported(text, text.index("Berg"), "Berg")  # the title before it
    assert roles.supported(text, text.index("J. Water"), "J. Water")
    assert roles.supported(text, text.index("Kees Water"), "Kees Water")
    assert roles.supported(text, text.index("Verslag"), "Jansen")  # a listed surname that is no common word


def test_the_party_written_in_two_words_is_a_faction(rules):
    text = ("Verslag van de vergadering van de commissie Economie van Provinciale Staten.\n\n"
            "Aanwezig: J. Slingerland (PvdA), E. Schaapveld (Groen Links), W. Baarsma (ChristenUnie).\n")
    decided = _decided(rules, text, ["J. Slingerland", "E. Schaapveld", "W. Baarsma", "Groen Links"])
    assert decided.pop("Groen Links", "no person") != "redact"
    assert decided == {"J. Slingerland": "keep", "E. Schaapveld": "keep", "W. Baarsma": "keep"}
