"""Officials and missed names (issue 10, twelfth session, judge15): a name before an attendance status on a list
line is a person's under any heading (docs/names.md, "Officials and missed names (twelfth session)"). Every name,
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
