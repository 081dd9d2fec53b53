"""Names by position: e-mail headers, signatures, contact fields, attendee lists, actions, chats."""

from __future__ import annotations

import pytest

from .conftest import spans_of

CASES = [
    # Outlook headers, Dutch and English, reversed and plain display names
    ("Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>", {"Jansen, J. (Jan)"}),
    ("Aan: Ouali, S. (Samira) <s.ouali@minbzk.nl>; Vries, P. de (Pieter) <p.de.vries@minbzk.nl>",
     {"Ouali, S. (Samira)", "Vries, P. de (Pieter)"}),
    ("From: Meijer, Thomas <t.meijer@zuidhaven.nl>", {"Meijer, Thomas"}),
    ("To: Lucas van den Heuvel <lucas.vandenheuvel@minienw.nl>", {"Lucas van den Heuvel"}),
    ("CC: Jan Jansen, Piet Bakker", {"Jan Jansen", "Piet Bakker"}),
    ("Cc: Postbus Subsidies DGDOO <postbus.subsidies@minbzk.nl>", set()),
    ("Aan: de minister", set()),
    # signatures
    ("Met vriendelijke groet,\n\nJan Jansen\nSenior beleidsmedewerker", {"Jan Jansen"}),
    ("Groet,\nSamira", {"Samira"}),
    ("Hoogachtend,\n\nde Minister van Justitie en Veiligheid,\nnamens deze,\n\nmr. J. de Groot\ndirecteur",
     {"mr. J. de Groot"}),
    # contact fields
    ("Contactpersoon: Lotte de Graaf\nT 06 5432 1098", {"Lotte de Graaf"}),
    ("Behandeld door: E.M. Groeneveld", {"E.M. Groeneveld"}),
    ("Opgesteld door: Rutger Hofstede (beleidsadviseur), Nienke Wattimena (jurist)",
     {"Rutger Hofstede", "Nienke Wattimena"}),
    ("Paraaf: RT / LdG", {"RT", "LdG"}),
    ("Paraaf opsteller: SW", {"SW"}),
    ("Versie: 0.3 (TB/NAH)", {"TB", "NAH"}),
    # attendee lists: the office title is not part of the span
    ("Aanwezig: Jeroen de Vries (IenW, voorzitter), Merel Kramer (IenW), wethouder Koster",
     {"Jeroen de Vries", "Merel Kramer"}),
    ("Notulist: Daan Schouten (IenW)", {"Daan Schouten"}),
    ("Deelnemers:\n- Xiaoming Liu (Stichting Digitale Hulp)\n- Tomasz Kowalski (Bibliotheek)\n\nNa afloop.",
     {"Xiaoming Liu", "Tomasz Kowalski"}),
    # action items and action lists with paraphs
    ("Actie: JdV, MK - nagaan of de brief kan ingaan op de grondslag.", {"JdV", "MK"}),
    ("A-23-05 | Kamerbrief: grondslag | JdV, MK | 15 april 2023", {"JdV", "MK"}),
    # chat exports (WhatsApp iOS and Android forms); a sender shown as a phone number is not a name
    ("[12-03-2021 09:14] Lisa van Dam: Goedemorgen allemaal.", {"Lisa van Dam"}),
    ("12-03-2021 09:14 - Karin Vlaar: Concept staat klaar.", {"Karin Vlaar"}),
    ("[12-03-2021 08:02] Lisa van Dam heeft Mehmet Öztürk, Wei Chen en +31 6 12345671 toegevoegd",
     {"Lisa van Dam", "Mehmet Öztürk", "Wei Chen"}),
    ("[12-03-2021 08:34] +31 6 12345671: Hoi, dit is mijn privénummer.", set()),
    ("[09:14, 12-3-2021] Karin Vlaar: hoi", {"Karin Vlaar"}),  # time first
    ("Naam aanvrager: Jorrit Kamphuis\nAchternaam: JANSEN\nVoornamen: Pieter Jan", {"Jorrit Kamphuis", "JANSEN", "Pieter Jan"}),
    ("Naam: 12345", set()),
    ("Aan: Jansen, J.; Bakker, P.", {"Jansen, J.", "Bakker, P."}),
    ('From: "Jansen, Jan" <j.jansen@x.nl>', {"Jansen, Jan"}),
    ("Van: Jan Jansen [mailto:j.jansen@x.nl]", {"Jan Jansen"}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_structure_names(structure, text, expected):
    found = spans_of(structure, text)
    assert expected <= found
    if not expected:
        assert found == set()


def test_office_title_stays_outside_the_span(structure):
    text = "Voorzitter: wethouder Van den Berg"
    assert all("wethouder" not in s for s in spans_of(structure, text))


def test_signature_across_a_page_break(rules, lexicon):
    from redact.detect.recognizers import StructureRecognizer
    from redact.model import Document, Page

    spec = next(r for r in rules.recognizers if r.kind == "structure")
    recognizer = StructureRecognizer(spec, lexicon)
    doc = Document(source="x", relpath="x.txt", kind="txt", pages=(
        Page(number=1, text="Dank voor uw brief.\n\nMet vriendelijke groet,\n\n", offset=0),
        Page(number=2, text="Hatice Aydin\nAdviseur\n", offset=42)))
    found = [(f.page, f.text) for f in recognizer.document_pass(doc, [])]
    assert (2, "Hatice Aydin") in found
