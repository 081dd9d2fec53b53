"""Officials and missed names (issue 10, twelfth session, judge15): a name before an attendance status on a list
line is a person's under any heading (docs/names-history.md, "Officials and missed names (twelfth session)"). Every name,
body and layout here is invented; the cases are of the kinds measured, not the measured ones."""

from __future__ import annotations

import pytest

from .conftest import spans_of


# -- 1. an attendance status after a name on a list line ----------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("• Tjeerdina Bosrand verhinderd", "Tjeerdina Bosrand"),
    ("• Oksana Hazewindt afwezig", "Oksana Hazewindt"),
    ("- Wobine Kraaikamp (afgemeld)", "Wobine Kraaikamp"),
    ("* Radboud Zeegersloot met kennisgeving", "Radboud Zeegersloot"),
    ("– Xavi Broekmolen, met kennisgeving afwezig", "Xavi Broekmolen"),
    ("•\tZoltan Vliering: afwezig met kennisgeving", "Zoltan Vliering"),
    ("▪ Tjitse Ondersteijn - afgezegd", "Tjitse Ondersteijn"),
    ("3. mw. E. Ondersteijn (bewonersgroep) verhinderd", "E. Ondersteijn"),
    ("2) dhr. ir. B.K. van Hazewindt met bericht van verhindering", "ir. B.K. van Hazewindt"),
    ("• Oksana Kraaikamp afwezig wegens ziekte", "Oksana Kraaikamp"),
    ("• Oksana Kraaikamp verhinderd (vakantie)", "Oksana Kraaikamp"),
    ("• Kraaikamp-Bosrand, Tjeerdina afwezig", "Kraaikamp-Bosrand, Tjeerdina"),
])
def test_a_name_before_an_attendance_status_on_a_list_line_is_found(structure, line, name):
    text = f"Stand van zaken\n\n{line}\n• Volgende overleg in maart\n"
    assert name in spans_of(structure, text), spans_of(structure, text)


def test_several_names_before_one_status_are_each_found(structure):
    text = "Overleg\n- Radboud Zeegersloot en Tjitse Vliering afwezig\n"
    assert {"Radboud Zeegersloot", "Tjitse Vliering"} <= spans_of(structure, text)


@pytest.mark.parametrize("line", [
    "• Gemeente Bosrand afwezig",
    "• Waterschap Vliering verhinderd",
    "• Brandweer Kleine Akker afwezig",
    "• Stichting Welzijn Noord afwezig",
    "• Rabobank afwezig",
    "• Notulen verhinderd",
    "• Agenda en stukken afwezig",
    "• De voorzitter afwezig",
    "• Alle leden aanwezig",
    "- Het licht op de kop blijft afwezig.",
    "Tjeerdina Bosrand verhinderd",  # no list line
    "• Tjeerdina Bosrand verhinderde de aanleg",  # a sentence, no status
])
def test_a_body_a_thing_or_a_sentence_on_a_list_line_is_no_person(structure, line):
    found = spans_of(structure, f"Stand van zaken\n\n{line}\n")
    assert not found, found


def test_the_names_on_status_lines_go_and_their_other_mentions_follow(redacted):
    out, _ = redacted("Overleg buurtschap\n\nDeelname\n"
                      "• Tjeerdina Bosrand (afgemeld)\n"
                      "• Oksana Hazewindt, verhinderd\n"
                      "• Wobine Ulvenkamp verhinderd\n\n"
                      "Tjeerdina meldde vooraf dat Bosrand de stukken nakijkt. Hazewindt stuurt later een reactie.\n")
    for word in ("Tjeerdina", "Bosrand", "Hazewindt", "Oksana", "Wobine", "Ulvenkamp"):
        assert word not in out, (word, out)
    assert "• [5.1.2e] (afgemeld)" in out and "verhinderd" in out, out


def test_an_office_holder_on_a_status_line_of_a_council_record_stays(redacted):
    out, _ = redacted("Notulen van de openbare vergadering van de gemeenteraad van Zuiderveld\n\n"
                      "Aanwezig: de heer K. Smit (voorzitter), mevrouw A. Bos (VVD)\n\nAfmeldingen\n"
                      "• de heer T. Bosrand (PvdA) verhinderd\n"
                      "• wethouder Oksana Kraaikamp afwezig\n")
    assert "T. Bosrand" in out and "Oksana Kraaikamp" in out, out


# -- 2. row labels run together before one colon, each value after a colon of its own --------------------------

_RECORD = "Notulen van de openbare vergadering van de raad van de gemeente Zuiderveld. Aanwezig de raadsleden, te " \
          "weten, de heer H.J. Bolhuis en mevrouw G. Bomhof. "


@pytest.mark.parametrize("roll, kept, gone", [
    ("Voorzitter Griffier Notulist : de heer K. Zwaagmeester : mevrouw B. Hazewindt, plv. : mevrouw T.R. Kraaikamp "
     "Opening. De voorzitter opent de vergadering.", ["K. Zwaagmeester"], ["Kraaikamp"]),
    ("Voorzitter Notulist : mr. P.J. Oudewater : de heer W. Wubbolts\n\n1. Opening\n", ["P.J. Oudewater"], ["Wubbolts"]),
    ("Voorzitter\nGriffier\nNotulist : mevrouw E. Ondersteijn : de heer R. Vliering : mevrouw S. Broekmolen\n",
     ["E. Ondersteijn", "R. Vliering"], ["Broekmolen"]),
])
def test_run_together_labels_with_one_colon_give_each_value_its_label(redacted, roll, kept, gone):
    out, _ = redacted(_RECORD + roll)
    for name in kept:
        assert name in out, (name, out)
    for name in gone:
        assert name not in out, (name, out)


@pytest.mark.parametrize("roll, name", [
    # two values for three labels: which is whose is not known
    ("Voorzitter Griffier Notulist : de heer K. Zwaagmeester : mevrouw T.R. Kraaikamp\n\n1. Opening\n",
     "K. Zwaagmeester"),
    # a sentence between the colons
    ("Voorzitter Notulist : de heer K. Zwaagmeester belt de aannemer : mevrouw T.R. Kraaikamp\n", "K. Zwaagmeester"),
])
def test_run_together_labels_whose_values_do_not_match_keep_nobody(redacted, roll, name):
    out, _ = redacted(_RECORD + roll)
    assert name not in out, out


# -- 3. who appeared at a ruling's hearing for the public body ----------------------------------------------

_RULING = ("RECHTBANK NOORDLAND\nuitspraak van de meervoudige kamer in de zaak tussen [eiser], eiser, gemachtigde: "
           "mr. P. de Vries, en het college van burgemeester en wethouders van de gemeente Zuiderveld, verweerder.\n"
           "Het onderzoek ter zitting heeft plaatsgevonden op 3 mei 2008. Eiser en zijn gemachtigde zijn verschenen. ")


@pytest.mark.parametrize("hearing, names", [
    ("Namens verweerder is verschenen R. Zwaagmeester.", ["R. Zwaagmeester"]),
    ("Tevens is ing. W. Vliering, werkzaam bij de gemeente Zuiderveld, verschenen.", ["W. Vliering"]),
    ("Voor het college zijn verschenen S. Broekmolen en J. Wubbolts.", ["S. Broekmolen", "J. Wubbolts"]),
    ("Verweerster heeft zich laten vertegenwoordigen door mr. K. Smit. Namens het waterschap is verschenen "
     "drs. E. Ondersteijn.", ["E. Ondersteijn"]),
])
def test_who_appeared_at_a_rulings_hearing_for_the_body_stays(redacted, hearing, names):
    out, _ = redacted(_RULING + hearing + "\n")
    for name in names:
        assert name in out, (name, out)


@pytest.mark.parametrize("text, name", [
    (_RULING + "Tevens is ir. T. Hazewindt verschenen.\n", "T. Hazewindt"),  # a party's expert: civil
    (_RULING + "Namens verweerder is verschenen R. Zwaagmeester en voor eiser zijn vader B. Broekmolen.\n",
     "B. Broekmolen"),
    (_RULING + "Voor verweerder is verschenen T. Wubbolts; eiser werd vergezeld door C. Ondersteijn.\n", "C. Ondersteijn"),
    ("Verslag hoorzitting bezwaarcommissie\nNamens verweerder is verschenen R. Zwaagmeester.\n", "R. Zwaagmeester"),
])
def test_who_appeared_with_no_tie_to_the_body_or_outside_a_ruling_stays_redacted(redacted, text, name):
    out, _ = redacted(text)
    assert name not in out, out


# -- 4. a place's name as the surname in a name's position ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Afwezig: Marloes Ulvenhout\n", "Marloes Ulvenhout"),
    ("Overleg\n• Jan Drieënhuizen verhinderd\n", "Jan Drieënhuizen"),
    ("Aanwezig: Sanne Bakker, K. Zwolle en Pieter de Vries\n", "K. Zwolle"),
])
def test_a_place_as_the_surname_after_a_first_name_or_initials_is_found(structure, text, name):
    assert name in spans_of(structure, text), spans_of(structure, text)


@pytest.mark.parametrize("text", [
    "Afwezig: Gemeente Ulvenhout\n",
    "Overleg\n• Regio Zwolle afwezig\n",
    "Aanwezig: Zwolle\n",
])
def test_a_place_after_a_word_that_is_no_first_name_is_no_person(structure, text):
    found = spans_of(structure, text)
    assert not found, found
