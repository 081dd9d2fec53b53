"""The setting of a public record (council minutes, Handelingen, a published ruling) and who in it acts
in office: one test group per failure class of issue 10's held-out measurement (redact/decide/assembly.py)."""

from __future__ import annotations

import pytest

from redact.decide.persons import FUNCTION, OFFICE, OFFICIAL
from redact.model import DetectorKind

from .judging import role_finder

NER, NAMES, STRUCTURE = DetectorKind.NER, DetectorKind.NAME_PATTERN, DetectorKind.STRUCTURE


role_of = role_finder(NAMES)


COUNCIL = ("Notulen van de openbare vergadering van de gemeenteraad van Zuidhaven, gehouden op 3 maart 2011.\n"
           "Aanwezig: Voorzitter: de heer K.L. Mulder (burgemeester)\n")


# -- local parties: an unknown short code or a faction in parentheses after a council member ------------

@pytest.mark.parametrize("line,name", [
    ("De leden: mevrouw A. Jansen (LB), de heer P. de Graaf (LB)\n", "A. Jansen"),
    ("De leden: mevrouw A. Jansen (LB), de heer P. de Graaf (LB)\n", "P. de Graaf"),
    ("de heer H.J. Al (VLW, afwezig op 19-12), de heer B. Kok (CDA), mevrouw C. Zee (VVD)\n", "H.J. Al"),
    ("de heer A.W.M. Eijs (De Progressieve Combinatie PvdA/GL/D66)\n", "A.W.M. Eijs"),
    ("mevrouw K. Smit (Burgerbelang) en de heer T. Bos (Burgerbelang)\n", "K. Smit"),
])
def test_a_local_party_after_a_council_member_keeps_the_member(roles, line, name):
    role = role_of(roles, COUNCIL + line, name)
    assert role.action == "keep" and role.rank == OFFICIAL


def test_an_unknown_code_outside_a_representative_body_is_no_party(roles):
    # an e-mail of a ministry: "(DGOO)" is a directorate, the person a civil servant
    text = "Graag afstemmen met mevrouw A. Jansen (DGOO) en de heer P. de Graaf.\n"
    assert role_of(roles, text, "A. Jansen").action == "redact"


def test_a_guests_organisation_once_in_council_minutes_is_no_faction(roles):
    text = COUNCIL + "De voorzitter heet welkom de heer P. Bakker (RIVM), die een toelichting geeft.\n"
    assert role_of(roles, text, "P. Bakker").action == "redact"


def test_a_body_named_in_running_text_makes_no_council_minutes(roles):
    text = ("VERSLAG\nOverleg: Regiegroep Schone Lucht\nAanwezig: Jeroen de Vries (IenW, voorzitter), Merel Kramer "
            "(IenW), Hatice Aydin (RIVM)\n\n" + "De agenda wordt vastgesteld. " * 40
            + "Van Zanten meldt dat Provinciale Staten een motie hebben aangenomen.\n")
    assert role_of(roles, text, "Merel Kramer").action == "redact"


def test_a_function_in_parentheses_is_no_faction(roles):
    text = COUNCIL + "De leden: mevrouw A. Jansen (LB), de heer P. de Graaf (LB)\nmevrouw B. Hendriks (notulist)\n"
    role = role_of(roles, text, "B. Hendriks")
    assert role.action == "redact" and role.rank == FUNCTION


# -- attendance blocks: office labels keep, civil labels redact -----------------------------------------

@pytest.mark.parametrize("block,name", [
    ("Leden: Mevrouw A.M. de Wit; De heren P. Kramer en J. Tol\n", "A.M. de Wit"),
    ("Leden: Mevrouw A.M. de Wit; De heren P. Kramer en J. Tol\n", "J. Tol"),
    ("Wethouders: Mevrouw T. Koster, de heer R. Veen\n", "T. Koster"),
    ("Wethouders:\nMevrouw T. Koster\nde heer R. Veen\n", "R. Veen"),
    ("Voorzitter\nD. Logeman\nGriffier\nU. Pos\n", "D. Logeman"),
])
def test_office_labels_of_a_council_attendance_block_keep(roles, block, name):
    role = role_of(roles, COUNCIL + block, name)
    assert role.action == "keep" and role.rank == OFFICE


@pytest.mark.parametrize("block,name", [
    ("Managementteam: mevrouw drs. A.M. Verhoeven, de heer ing. K. Smits\n", "A.M. Verhoeven"),
    ("Managementteam: mevrouw drs. A.M. Verhoeven, de heer ing. K. Smits\n", "K. Smits"),
    ("Notulen: Mevrouw B. Hendriks\n", "B. Hendriks"),
    ("Verslag: Z. Jeuring (Notuleerservice Nederland)\n", "Z. Jeuring"),
])
def test_civil_labels_redact_even_in_a_council_block(roles, block, name):
    role = role_of(roles, COUNCIL + "Wethouders: Mevrouw T. Koster\n" + block, name)
    assert role.action == "redact" and role.rank == FUNCTION


def test_an_attendance_label_outside_a_representative_body_keeps_nobody(roles):
    text = "Verslag projectoverleg ICT\nAanwezig: Jan Visser, Petra de Boer, Kees Smit\n"
    assert role_of(roles, text, "Petra de Boer").action == "redact"


def test_a_sentence_between_label_and_name_ends_the_block(roles):
    text = COUNCIL + "Wethouders: Mevrouw T. Koster\n\n1. Opening\nDe voorzitter heet welkom de heer P. Bakker van de krant.\n"
    assert role_of(roles, text, "P. Bakker").action == "redact"


def test_a_members_table_with_a_local_party_row(roles):
    text = ("Aanwezig namens Naam\nGroenLinks I. Kleinrensink\nSP M.J. ten Broeke\n"
            "Burgerbelang P.I. Ackermans\nD66 G.I. Timmer\n")
    role = role_of(roles, text, "P.I. Ackermans")
    assert role.action == "keep" and role.rank == OFFICIAL


# -- Handelingen: bare lists, speakers, the chair's grammar ---------------------------------------------

HANDELINGEN = ("Regeling van werkzaamheden\n\nDe voorzitter:\nIk benoem tot leden van de tijdelijke commissie de "
               "volgende leden: Van Bochove, Dijsselbloem, De Rooij en Ortega-Martijn.\n\n"
               "Het woord is aan mevrouw Kuik.\n\nMevrouw Kuik (CDA):\nVoorzitter. Ik wil een debat. Mijn buurvrouw, "
               "mevrouw Keemink, vroeg het mij.\n\nDe voorzitter:\nMijnheer Van Nispen, steunt u dit?\n\n"
               "De heer Van Nispen (SP):\nJa.\n")


@pytest.mark.parametrize("name,nth", [("Van Bochove", 0), ("Dijsselbloem", 0), ("Ortega-Martijn", 0)])
def test_a_bare_handelingen_list_of_members(roles, name, nth):
    assert role_of(roles, HANDELINGEN, name, NER, nth).action == "keep"


def test_the_members_present_of_the_kamer(roles):
    text = ("Voorzitter: Arib\n\nAanwezig zijn 135 leden der Kamer, te weten:\n\n"
            + ", ".join(f"Lid{chr(65 + i % 26)}{i}" for i in range(120)) + ", Van Aalst en Zijlstra.\n")
    assert role_of(roles, text, "Van Aalst", NER).action == "keep"
    assert role_of(roles, text, "Zijlstra", NER).action == "keep"


@pytest.mark.parametrize("name,nth", [("Kuik", 0), ("Van Nispen", 0)])
def test_a_speaker_of_handelingen_is_kept_where_the_chair_names_them(roles, name, nth):
    assert role_of(roles, HANDELINGEN, name, NAMES, nth).action == "keep"


def test_a_member_named_by_another_member_in_handelingen_is_kept(roles):
    # not a speaker of this excerpt, but a surname of the shipped list of Kamerleden
    text = HANDELINGEN + "\nDe heer Van Nispen (SP):\nIk sluit mij aan bij de heer Omtzigt.\n"
    assert role_of(roles, text, "Omtzigt", NAMES).action == "keep"


def test_a_citizen_a_member_speaks_of_in_handelingen_is_redacted(roles):
    assert role_of(roles, HANDELINGEN, "Keemink", NAMES).action == "redact"


def test_handelingen_grammar_needs_a_handelingen_document(roles):
    text = "Het woord is aan mevrouw Kuik, die namens de bewoners spreekt.\n"  # a residents' evening
    assert role_of(roles, text, "Kuik").action == "redact"


# -- published rulings: authorised representatives ----------------------------------------------------

RULING = ("ECLI:NL:RBNHO:2023:1234\n\nuitspraak van de meervoudige kamer in de zaak tussen\n\n[eiser], eiser\n\n"
          "(gemachtigde: mr. I. Brouwer),\nen\n\nde minister van Volksgezondheid, verweerder\n\n"
          "(gemachtigden: mr. W.J. Samuels, S. Went en mr. A. Sekerdag).\n\n"
          "vertegenwoordigd door mr. S. Levelt, advocaat te Amsterdam, en\n\nJ.S. Koek, werkzaam bij bouwbedrijf "
          "Midreth te Mijdrecht,\n\nTer zitting is eiser verschenen. Ook was aanwezig zijn buurman P. Hendriks.\n")


@pytest.mark.parametrize("name", ["I. Brouwer", "W.J. Samuels", "S. Went", "A. Sekerdag", "S. Levelt", "J.S. Koek"])
def test_representatives_in_a_published_ruling_stay(roles, name):
    role = role_of(roles, RULING, name)
    assert role.action == "keep" and role.rank == OFFICIAL


def test_others_in_a_ruling_are_redacted(roles):
    assert role_of(roles, RULING, "P. Hendriks").action == "redact"


def test_a_gemachtigde_outside_a_ruling_is_not_kept(roles):
    text = "Namens mijn cliënt, gemachtigde mr. I. Brouwer, verzoek ik u om de stukken.\n"
    assert role_of(roles, text, "I. Brouwer").action == "redact"


# -- an organisation's service number --------------------------------------------------------------------

@pytest.mark.parametrize("text,number,kept", [
    ("Neem contact op met de Servicedesk van UWV via telefoonnummer 088 - 898 50 00.\n", "088 - 898 50 00", True),
    ("U kunt ons bellen op 088 - 898 92 95 (op werkdagen van 8.00 tot 17.00 uur).\n", "088 - 898 92 95", True),
    ("Bel UWV Telefoon Werkgevers: 088 - 898 92 95\n", "088 - 898 92 95", True),
    ("Met vriendelijke groet,\n\nPiet Bakker\nAdviseur\nT 070 - 345 67 89 (ma, di, do)\n", "070 - 345 67 89", False),
    ("Jan de Vries, telefoon 088 - 898 12 34. Hij belt u terug.\n", "088 - 898 12 34", False),
])
def test_a_service_number_stays_a_direct_line_goes(redacted, text, number, kept):
    out, _ = redacted(text)
    assert (number in out) is kept


# -- no person: a title or firm with "&", a long compound noun ------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("7. UWV Juridisch Kader Logging & Monitoring\n", "Kader Logging"),
    ("Met vriendelijke groet\n\nCentrum Infectieziektebestrijding (CIb) | Rijksinstituut\n", "Centrum Infectieziektebestrijding"),
])
def test_titles_firms_and_long_compounds_are_no_person(roles, text, span):
    start = text.index(span)
    for kind in (NER, NAMES, STRUCTURE):
        assert roles.is_not_person(text, start, span, kind, set())


def test_a_name_before_and_a_name_word_is_still_a_person(roles):
    text = "Gesproken met Kader Jansen en Petra Visser over de planning.\n"
    assert not roles.is_not_person(text, text.index("Kader Jansen"), "Kader Jansen", NAMES, set())


def test_a_title_above_a_sentence_is_no_label(roles):
    text = "Verslag\n\nMevrouw Vanderpoorten zei dat het goed ging.\n"
    assert role_of(roles, text, "Vanderpoorten").rank != FUNCTION


@pytest.mark.parametrize("name", ["mr. A.B. Jansen", "mr. C. de Vries", "mr. E. Pietersen", "mr. G. Bakker", "J. Smit"])
def test_the_court_in_a_published_ruling_stays(roles, name):
    text = (RULING + "Deze uitspraak is gedaan door mr. A.B. Jansen, voorzitter, en mr. C. de Vries en mr. E. "
            "Pietersen, leden, in aanwezigheid van mr. G. Bakker, griffier.\nIn aanwezigheid van J. Smit, griffier.\n")
    assert role_of(roles, text, name).action == "keep"


def test_a_dutch_word_before_a_colon_is_a_label_not_a_name(roles):
    text = "Hartelijke groet,\n\nProgramma Control | RIVM\nWerkdagen: ma, di, do\n\nBakker: ik kom later\n"
    assert roles.is_not_person(text, text.index("Werkdagen"), "Werkdagen", STRUCTURE, set())
    assert not roles.is_not_person(text, text.index("Bakker"), "Bakker", STRUCTURE, set())
