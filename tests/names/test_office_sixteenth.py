"""Officials acting in office (issue 10, twelfth session, second round, judge16): a chair signing a body's record, a
married name joined by a spaced dash, a party named after its leader, a faction named by its code elsewhere, a
vice-chair's label, a council's appointed committee member, an office in apposition to a bare surname opening a
sentence, the chair of a public body of mayors, the national archivist, a civil ruling's lawyers of record
(docs/names-history.md, "Officials acting in office (twelfth session, second round)"). Every name, body and sentence here is
invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

import pytest

_COUNCIL = ("Uitnodiging\n\nHierbij nodig ik u uit voor de openbare vergadering van de raad van de gemeente "
            "Zuiderveld, die wordt gehouden op 3 maart.\n\n")


# -- 1. the chair signs the body's record on a line of its own ------------------------------------------------

@pytest.mark.parametrize("line", [
    "M. Kraaikamp, voorzitter.",
    "Jeroen Zeegersloot, voorzitter",
    "drs. T. van Vliering, plv. voorzitter.",
    "Wouter Broekmolen, waarnemend voorzitter",
    "Sanne Ondersteijn, vicevoorzitter.",
])
def test_the_chair_signing_a_councils_record_stays(redacted, line):
    name = line.split(",")[0].removeprefix("drs. ")
    out, _ = redacted(f"{_COUNCIL}Het programma staat hieronder.\n\n\n{line}\n\nUitzending\n\nDe vergadering is live te volgen.\n")
    assert name in out, out


@pytest.mark.parametrize("line", [
    "M. Kraaikamp, secretaris.",
    "Jeroen Zeegersloot, notulist",
    "M. Kraaikamp, voorzitter van de bewonersvereniging, spreekt in over de brug.",
])
def test_a_civil_signature_or_a_chair_of_another_body_stays_redacted(redacted, line):
    name = line.split(",")[0]
    out, _ = redacted(f"{_COUNCIL}Het programma staat hieronder.\n\n\n{line}\n\nUitzending\n")
    assert name not in out and name.split()[-1] not in out, out


@pytest.mark.parametrize("around", [
    ("Met vriendelijke groet,\nnamens het bestuur,\n\n", "\n\nBewonersvereniging De Kleine Akker\n"),
    ("", "\n\nStichting Dorpsbelang Noordwolde\n"),
    ("Namens de buurtvereniging,\n\n", "\n\nBijlage: foto's\n"),
])
def test_another_bodys_chair_signing_a_letter_in_a_councils_record_stays_redacted(redacted, around):
    above, below = around
    out, _ = redacted(f"{_COUNCIL}Ingekomen stukken\n\nGeachte raad,\n\nWij vragen aandacht voor de brug.\n\n{above}"
                      f"M. Kraaikamp, voorzitter.{below}")
    assert "Kraaikamp" not in out, out


def test_a_chairs_signature_outside_a_bodys_record_stays_redacted(redacted):
    out, _ = redacted("Beste buren,\n\nOp 3 maart houden wij de jaarlijkse opruimdag van de straat. Doet u mee?\n\n\n"
                      "M. Kraaikamp, voorzitter.\n\nBewonersvereniging De Kleine Akker\n")
    assert "Kraaikamp" not in out, out


# -- 2. a married name joined by a spaced dash is one name ----------------------------------------------------

@pytest.mark.parametrize("text, word, goes", [
    ("De melding kwam van Marloes Kraaikamp – van Dalen, die aan de Dorpsstraat woont.", "Dalen", True),
    ("Bewoonster Sanne Broekmolen - de Wit belde over de stoep.", "Wit", True),
    ("Een brief van mevrouw J. Hazewindt – Jacobs over de bomen is beantwoord.", "Jacobs", True),
    ("Mevrouw Wobine Hazewindt – van Dalen belde over de stoep.", "Dalen", True),  # a first name no list knows
    # a place, an ordinary word, or two bare surnames (a meeting of two persons) after the dash: no part of the name
    ("De melding kwam van Marloes Kraaikamp – Amsterdam, de afdeling die het dossier heeft.", "Amsterdam", False),
    ("Jeroen Broekmolen - Verslag van de avond volgt later.", "Verslag", False),
    ("Het overleg Broekmolen – Kraaikamp over de dijk ging niet door.", "Kraaikamp", False),
])
def test_the_second_part_of_a_dashed_married_name_goes_with_the_first(redacted, text, word, goes):
    out, _ = redacted(f"Verslag bewonersavond\n\n{text}\n")
    assert (word not in out) is goes, out


def test_a_dashed_married_name_with_a_local_party_stays_in_every_mention(redacted):
    out, _ = redacted(f"{_COUNCIL}Besluit\n\n  Mevrouw Frieda Zeegersloot – van der Molen (Dorpsbelang Zuiderveld) en de "
                      "heer K. Smit (Dorpsbelang Zuiderveld) zijn afwezig.\n\n"
                      "  00:12:01 - 00:13:40 - Frieda Zeegersloot - van der Molen\n")
    assert "Frieda Zeegersloot – van der Molen" in out and "Frieda Zeegersloot - van der Molen" in out, out


# -- 3. a party named after its leader, in parentheses after the leader's name --------------------------------

@pytest.mark.parametrize("member, party", [
    ("mevrouw Anouk Bos – Hazewindt", "Lijst Bos – Hazewindt"),
    ("de heer T. van Vliering - Kok", "Lijst Van Vliering - Kok"),
    ("mevrouw Sanne Kraaikamp – de Boer", "Lijst Kraaikamp – de Boer"),
])
def test_a_member_of_a_list_named_after_her_stays_and_so_does_the_list(redacted, member, party):
    out, _ = redacted(f"{_COUNCIL}De voorzitter opent de vergadering. {member[0].upper() + member[1:]} ({party}) zal de "
                      "vergadering eerder verlaten.\n")
    name = member.split(" ", 1)[1].removeprefix("heer ")
    assert name in out and f"({party})" in out, out


@pytest.mark.parametrize("paren", ["Stichting Kraaikamp – Bos", "Groep Broekmolen", "bewoner"])
def test_a_foundation_a_group_named_after_another_or_a_role_is_no_party(redacted, paren):
    out, _ = redacted(f"{_COUNCIL}De voorzitter opent de vergadering. Mevrouw Sanne Kraaikamp ({paren}) spreekt in "
                      "over de brug.\n")
    assert "Sanne" not in out, out


# -- 4. a faction's code named a faction elsewhere in the record ----------------------------------------------

@pytest.mark.parametrize("elsewhere", [
    "Op voordracht van de fractie van het BVZ wordt een opvolger benoemd.",
    "De BVZ-fractie draagt een opvolger voor.",
    "Namens de fractie van de BVZ spreekt de fractievoorzitter.",
])
def test_a_code_that_the_record_names_a_faction_is_a_party(redacted, elsewhere):
    out, _ = redacted(f"{_COUNCIL}Op de agenda\n\n • Toelating nieuw lid.\n  De heer P.J. Zeegersloot (BVZ) heeft "
                      f"zijn functie neergelegd. {elsewhere}\n")
    assert "P.J. Zeegersloot" in out, out


def test_a_code_once_with_no_faction_is_no_party(redacted):
    out, _ = redacted(f"{_COUNCIL}Op de agenda\n\n • Presentatie.\n  De heer P.J. Zeegersloot (BVZ) geeft een "
                      "toelichting op het onderzoek.\n")
    assert "Zeegersloot" not in out, out


# -- 5. a vice-chair's label in a committee's roster ----------------------------------------------------------

@pytest.mark.parametrize("label", ["vicevoorzitter", "Vicevoorzitter"])
def test_a_vice_chair_in_a_committees_roster_stays_and_its_staff_go(redacted, label):
    out, _ = redacted("Statencommissie Wonen en Natuur\n\nSamenstelling Statencommissie:\n\n"
                      f"  • voorzitter: Wouter Broekmolen\n  • {label}: Sanne Ondersteijn\n"
                      "  • commissiemedewerker: Jeroen Zeegersloot\n")
    assert "Sanne Ondersteijn" in out and "Zeegersloot" not in out, out


# -- 6. a council's appointed committee member -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Op verzoek van de fractie wordt mevrouw M. Kraaikamp-Bos voor die fractie benoemd en beëdigd als "
     "raadscommissielid.", "M. Kraaikamp-Bos"),
    ("De heer T. Vliering wordt benoemd tot burgerraadslid.", "T. Vliering"),
])
def test_a_member_appointed_to_the_councils_committees_stays(redacted, sentence, name):
    out, _ = redacted(f"{_COUNCIL}Op de agenda\n\n • Benoemingen.\n  {sentence}\n")
    assert name in out, out


def test_a_civil_servant_appointed_to_a_committee_stays_redacted(redacted):
    out, _ = redacted(f"{_COUNCIL}Op de agenda\n\n • Mededelingen.\n  Mevrouw M. Kraaikamp-Bos is benoemd tot "
                      "commissiemedewerker.\n")
    assert "Kraaikamp" not in out, out


# -- 7. an office in apposition to a bare surname opening a sentence ------------------------------------------

@pytest.mark.parametrize("office", ["burgemeester van Zuiderveld", "wethouder van Noordwolde", "dijkgraaf van het "
                                    "waterschap Vlietland", "gedeputeerde van de provincie Oostmark"])
def test_an_office_after_the_bare_surname_keeps_the_full_name(redacted, office):
    out, _ = redacted("Magazine\n\nSamenwerken loont, is de overtuiging van Jeroen Kraaikamp. "
                      f"Kraaikamp, {office}, ziet vooral kansen in de regio.\n")
    assert "Jeroen Kraaikamp" in out and "Kraaikamp," in out, out


@pytest.mark.parametrize("tail", [
    "Kraaikamp, beleidsmedewerker van de gemeente, ziet kansen.",
    "Kraaikamp, burgemeester van Zuiderveld, ziet kansen. Piet Kraaikamp, zijn broer, niet.",
])
def test_a_civil_function_or_a_second_person_of_that_surname_stays_redacted(redacted, tail):
    out, _ = redacted(f"Magazine\n\nSamenwerken loont, is de overtuiging van Jeroen Kraaikamp. {tail}\n")
    assert "Jeroen" not in out, out


# -- 8. the chair of a public body of mayors -------------------------------------------------------------------

@pytest.mark.parametrize("office", ["voorzitter van het Veiligheidsberaad", "voorzitter van de veiligheidsregio "
                                    "Zuidmark"])
def test_the_chair_of_a_body_of_mayors_stays(redacted, office):
    out, _ = redacted(f"Magazine\n\n'We moeten samen optrekken', aldus Marloes Vliering, {office}.\n")
    assert "Marloes Vliering" in out, out


@pytest.mark.parametrize("function", ["voorzitter van de ondernemingsraad van de veiligheidsregio Zuidmark",
                                      "projectleider van de veiligheidsregio Zuidmark"])
def test_a_chair_of_another_body_or_a_civil_function_stays_redacted(redacted, function):
    out, _ = redacted(f"Magazine\n\n'We moeten samen optrekken', aldus Marloes Vliering, {function}.\n")
    assert "Vliering" not in out, out


# -- 9. the national archivist by title ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Op het congres sprak de Algemene Rijksarchivaris drs. Jeroen W. Zeegersloot over de nieuwe wet.",
     "Jeroen W. Zeegersloot"),
    ("Lezing van de Algemene Rijksarchivaris\nJ.W. van Dalen\n\nHet archief van morgen", "J.W. van Dalen"),
    ("De nieuwe wet, zei Algemene Rijksarchivaris Marloes Broekmolen, vraagt om keuzes.", "Marloes Broekmolen"),
])
def test_the_national_archivist_by_title_stays(redacted, text, name):
    out, _ = redacted(f"{text}\n")
    assert name in out, out


def test_a_civil_servant_of_the_archivist_stays_redacted(redacted):
    out, _ = redacted("Op het congres sprak de woordvoerder van de Algemene Rijksarchivaris, Jeroen Zeegersloot, "
                      "over de nieuwe wet.\n")
    assert "Zeegersloot" not in out, out


# -- 10. a civil ruling's lawyers of record ----------------------------------------------------------------------

_RULING = ("ECLI:NL:RBZUI:2009:XX1234\n\nRECHTBANK ZUIDERVELD\n\nvonnis in de zaak van\n\n"
           "het waterschap Vlietland,\ngevestigd te Zuiderveld,\neiser,\n")


@pytest.mark.parametrize("line", ["procureur: mr. A.B. Kraaikamp,", "procureur mr. A.B. Kraaikamp,",
                                  "procureurs: mr. A.B. Kraaikamp en mr. C. Broekmolen,"])
def test_a_lawyer_of_record_in_a_published_ruling_stays(redacted, line):
    out, _ = redacted(f"{_RULING}{line}\n\ntegen\n\nde vennootschap X,\ngedaagde,\nadvocaat: mr. D. Hazewindt.\n")
    assert "A.B. Kraaikamp" in out, out


def test_a_party_in_the_same_ruling_stays_redacted(redacted):
    out, _ = redacted(f"{_RULING}procureur: mr. A.B. Kraaikamp,\n\ntegen\n\nJeroen Zeegersloot,\nwonende te "
                      "Zuiderveld,\ngedaagde.\n")
    assert "Zeegersloot" not in out, out


def test_a_procureur_outside_a_ruling_is_not_judged_as_one(redacted):
    out, _ = redacted("Beste Jeroen,\n\nIk heb de stukken doorgestuurd aan procureur: mr. A.B. Kraaikamp, die ze "
                      "bekijkt.\n\nGroet, Sanne\n")
    assert "Kraaikamp" not in out, out
