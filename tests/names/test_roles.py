"""Roles: public officials acting in office stay visible, civil servants and citizens are redacted."""

from __future__ import annotations

import pytest

from redact.decide.roles import Roles, add_keep_names
from redact.lexicon import Lexicon
from redact.model import DetectorKind

from .judging import role_finder

NER, NAMES, STRUCTURE = DetectorKind.NER, DetectorKind.NAME_PATTERN, DetectorKind.STRUCTURE


role_of = role_finder(NER)


@pytest.mark.parametrize("text,name", [
    ("Er ligt een motie van Kamerlid Mutluer over de opvang.", "Mutluer"),
    ("Staatssecretaris Van der Burg heeft toegezegd dat", "Van der Burg"),
    ("minister-president Verhagen opende het debat", "Verhagen"),
    ("De burgemeester van Westerwolde, Velema, schreef een brief.", "Velema"),
    ("Wethouder Dijkstra (portefeuille ICT) heeft getekend.", "Dijkstra"),
    ("Commissaris van de Koning Berends bezocht de dijk.", "Berends"),
    ("Nationaal Rapporteur Dettmeijer sprak de zaal toe.", "Dettmeijer"),
    ("nemen we de motie van het lid Van Beek mee?", "Van Beek"),
    ("op verzoek van de leden Hofstra en Van der Molen", "Van der Molen"),
    ("Velema, burgemeester van Westerwolde, schreef", "Velema"),
    ("De Minister van Financiën,\n\nA.B. Kortenhoeven", "A.B. Kortenhoeven"),  # signs in person
    ("Eerder zei Mark Rutte dat", "Mark Rutte"),  # the shipped list of bewindspersonen
    ("Aan de Minister voor Langdurige Zorg en Sport\nmevrouw M. Heerink\nPostbus 20350", "M. Heerink"),
    ("in het debat zei staatssecretaris\nVan der Burg dat", "Van der Burg"),  # a wrapped PDF line
    ("De burgemeester van Westerwolde,\nVelema, heeft gevraagd", "Velema"),
    ("toegezegd de leden Bikker en\nVan Baarle te informeren", "Van Baarle"),
])
def test_public_officials_are_kept(roles, text, name):
    assert role_of(roles, text, name).action == "keep"


@pytest.mark.parametrize("text,name,kind", [
    ("De minister van Justitie en Veiligheid,\nnamens deze,\n\nmr. J. de Groot\ndirecteur", "mr. J. de Groot",
     STRUCTURE),
    ("Met vriendelijke groet,\n\nJan Jansen\nSenior beleidsmedewerker", "Jan Jansen", STRUCTURE),
    ("de minister heeft dat besproken met Pietersen van de directie", "Pietersen", NER),
    ("wethouder Van Houten, Karin Bos (projectleider) en anderen", "Karin Bos", NER),
    ("Jansen, senior beleidsmedewerker, schreef", "Jansen", NER),
    # a two-column signature: the office line names the other signer's office
    ("de secretaris,          de burgemeester,\nJ.P. Rouwenhorst        El Bakkali", "J.P. Rouwenhorst", NER),
])
def test_civil_servants_and_citizens_are_redacted(roles, text, name, kind):
    assert role_of(roles, text, name, kind).action == "redact"


def test_request_list_wins_even_in_a_header(rules):
    roles = Roles(Lexicon.from_rules(add_keep_names(rules, ["Jan Jansen", "# comment", ""])))
    text = "Van: Jan Jansen <j.jansen@minbzk.nl>\nJansen schreef dat"
    assert role_of(roles, text, "Jan Jansen", STRUCTURE).action == "keep"
    assert role_of(roles, text, "Jansen", NER, nth=1).action == "keep"


def test_office_holder_is_kept_at_other_mentions(redacted):
    out, _ = redacted("Burgemeester Scholtens schreef op 22 september een brief.\n\n"
                      "Mevrouw drs. K. Scholtens\nPostbus 1\n\nGeachte mevrouw Scholtens,\n\n"
                      "Wij danken u voor uw brief. Onze medewerker Pieter Zandbergen neemt contact op.\n")
    assert out.count("Scholtens") == 3
    assert "Zandbergen" not in out


def test_a_surname_with_a_civil_servant_signal_is_redacted_where_unmarked(redacted):
    out, _ = redacted("Van: Brouwer, K. (Karin) <k.brouwer@minbzk.nl>\nOnderwerp: debat\n\n"
                      "Kamerlid Brouwer vroeg naar de cijfers. Brouwer van onze directie zoekt ze op.\n")
    assert "Kamerlid Brouwer vroeg" in out
    assert "Brouwer van onze directie" not in out
    assert "Brouwer, K." not in out


def test_organisations_places_laws_months_and_functions_stay(redacted):
    text = ("Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties en de gemeente Utrecht passen sinds "
            "mei 2022 de Wet open overheid toe. De Woo geldt voor de directie Informatiebeleid, de "
            "beleidsmedewerker en de directeur. In de winter overlegt de Regiegroep Schone Lucht Akkoord in "
            "Den Haag met de Belastingdienst en Rijkswaterstaat.\n")
    out, analysis = redacted(text)
    assert out == text, [d.finding.text for d in analysis.decisions if d.action == "redact"]


def test_model_findings_that_are_not_persons(roles):
    text = "De Waterwet en de Groen Licht-campagne. Doe ik. Noordzee Windenergie B.V. en dhr. Van Dijk-Bakker."
    def dropped(value):
        start = text.index(value)
        return roles.is_not_person(text, start, value, NER, set())
    assert dropped("De Waterwet") and dropped("Groen Licht-campagne") and dropped("Doe")
    assert dropped("Noordzee Windenergie B.V.")
    assert not dropped("Van Dijk-Bakker")
    # a surname that is also a place is still a name; a venue's name after its noun is not
    text = "nagaan of meneer Achterberg dat weet. Korfbalvereniging De Spurt en vereniging Pieter de Boer."
    assert not roles.is_not_person(text, text.index("Achterberg"), "Achterberg", NER, set())
    assert roles.is_not_person(text, text.index("De Spurt"), "De Spurt", NAMES, set())
    assert not roles.is_not_person(text, text.index("Pieter de Boer"), "Pieter de Boer", NAMES, set())


def test_a_model_word_also_written_in_lower_case_is_a_noun(roles):
    text = "Spreektekst ontvangen. Graag de spreektekst vrijdag. Kaya belde; mail m.kaya@example.nl."
    assert roles.is_not_person(text, 0, "Spreektekst", NER, set())
    assert not roles.is_not_person(text, text.index("Kaya"), "Kaya", NER, set())
    assert roles.is_not_person("Overleg met MantelzorgNL", 12, "MantelzorgNL", NER, set())


def test_a_model_span_before_a_house_number_is_a_street(roles):
    text = "Bezoekadres: Korte Voorhout 7, 2511 CW Den Haag. Bel Karin Vlaar 06 1234 5678."
    assert roles.is_not_person(text, text.index("Korte"), "Korte Voorhout", NER, set())
    assert not roles.is_not_person(text, text.index("Karin"), "Karin Vlaar", NER, set())


def test_persons_for_other_stages_leave_out_what_is_no_person(pipeline):
    from redact.model import Document, Finding, Page

    text = "Windpark Noord B.V.\nHavenkade 9\n3072 AP Rotterdam\n\nDe heer R.E. Pinas\n"
    doc = Document(source="t", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    found = [Finding(1, text.index(t), text.index(t) + len(t), t, "PERSON", 0.66, "person_ner", detector_kind=NER)
             for t in ("Havenkade 9", "Windpark Noord B.V.", "R.E. Pinas")]
    assert [f.text for f in pipeline.decider.roles.persons(doc, found)] == ["R.E. Pinas"]


def test_a_tussenvoegsel_the_model_left_out_joins_the_name(roles):
    from redact.model import Decision, Finding

    text = "Ook burgemeester Van\nWanrooij was aanwezig."
    start = text.index("Wanrooij")
    d = Decision(Finding(1, start, start + 8, "Wanrooij", "PERSON", 0.66, "person_ner", detector_kind=NER),
                 "redact", "5.1.2e", "")
    trimmed = roles.trim(d, text).finding
    assert trimmed.text == "Van\nWanrooij"
    assert roles.role(text, trimmed.start, trimmed.end, trimmed.text, NER).action == "keep"
