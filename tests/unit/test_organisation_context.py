"""Organisation contact details by context (issue 10 item 4): government buildings, a Postbus or
website in the block, a building's or desk's word before the address, a number on the organisation's
own line; a citizen's address block and a mobile number stay redacted."""

from __future__ import annotations

import re
from pathlib import Path

from redact.model import Document, Page

LISTS = Path(__file__).resolve().parents[2] / "rules" / "lists"


def decisions(pipeline, text: str):
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    return pipeline.decider.decide(doc, pipeline.detector.detect(doc))


def redacted(pipeline, text: str) -> list[str]:
    return [d.finding.text for d in decisions(pipeline, text) if d.action == "redact"]


def actions(pipeline, text: str) -> dict[str, str]:
    return {d.finding.text.strip(): d.action for d in decisions(pipeline, text)}


def test_government_buildings_list_is_street_postcode_body():
    lines = [line for line in (LISTS / "government_buildings" / "items.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) >= 20
    for line in lines:
        street, postcode, body = (f.strip() for f in line.split("|"))
        assert re.fullmatch(r"(?:Postbus|[A-Z].*[a-z]) \d+", street), line
        assert postcode == "" or re.fullmatch(r"[1-9]\d{3} [A-Z]{2} \S.*", postcode), line
        assert body, line


def test_listed_government_buildings_stay_in_running_text(pipeline):
    text = ("De aanvraag is ingediend bij RVO, Prinses Beatrixlaan 2, 2595 AL Den Haag. Het overleg was in "
            "het provinciehuis van Utrecht (Archimedeslaan 6, 3584BA Utrecht).")
    assert redacted(pipeline, text) == []


def test_listed_building_matches_an_abbreviated_street(pipeline):
    got = redacted(pipeline, "Monsters gaan naar Antonie v. Leeuwenhoeklaan 9 in Bilthoven.")
    assert got == []


def test_postbus_on_the_line_makes_it_the_organisations_address(pipeline):
    text = ("Centrum Infectieziektebestrijding | Rijksinstituut voor Volksgezondheid en Milieu\n\n"
            "Antonie v. Leeuwenhoeklaan 19 | Postbus 1 | 3720 BA | Bilthoven\n")
    # Neither the street nor its first words (taken for "Antonie v. Leeuwenhoeklaan", a name) go.
    assert redacted(pipeline, text) == []


def test_website_in_the_block_makes_it_the_organisations_address(pipeline):
    got = actions(pipeline, "Havenstraat 12\n3011 TA Rotterdam\nT 010 123 4500\nwww.havenloket.nl\n")
    assert got == {"Havenstraat 12": "keep", "3011 TA Rotterdam": "keep", "010 123 4500": "keep"}


def test_citizen_address_block_under_a_letterhead_without_blank_line_goes(pipeline):
    text = ("Gemeente Zuidhaven\nPostbus 2000\n2980 GA Zuidhaven\nwww.zuidhaven.nl\n"
            "De heer R.E. Pinas\nKerkweg 14\n2981 BC Zuidhaven\n")
    got = actions(pipeline, text)
    assert got["Kerkweg 14"] == "redact" and got["2981 BC Zuidhaven"] == "redact"


def test_citizen_address_block_with_a_website_goes_addressee_at_organisation_stays(pipeline):
    citizen = actions(pipeline, "Mevrouw A. Bakker\nDorpsstraat 3\n2981 BC Zuidhaven\nwww.bakkerfoto.nl\n")
    assert citizen["Dorpsstraat 3"] == "redact" and citizen["2981 BC Zuidhaven"] == "redact"
    addressee = actions(pipeline, "Gemeente Zuidhaven\nT.a.v. de heer J. Jansen\nRaadhuisplein 1\n2988 AA Zuidhaven\n")
    assert addressee["Raadhuisplein 1"] == "keep" and addressee["2988 AA Zuidhaven"] == "keep"


def test_town_hall_and_desk_words_keep_the_address(pipeline):
    text = ("Verslag van de vergadering gehouden in het gemeentehuis aan de Lindestraat 3 te Wormer.\n"
            "Notulen, vergaderzaal van het stadhuis, Esdoornplein 1 te Vries.\n"
            "De stukken liggen ter inzage bij de balie Ruimte in de publiekshal, Kastanjelaan 20.\n"
            "Bezoekadres: Beukenweg 7, 3700 AB Zeist.\n")
    assert redacted(pipeline, text) == []
    # A building's word elsewhere in the sentence, or with a name between, is no cue.
    got = redacted(pipeline, "Hij bezocht het gemeentehuis en woont aan de Kerkstraat 5 in Zeist.")
    assert any(t.startswith("Kerkstraat 5") for t in got)
    got = redacted(pipeline, "Gemeld aan de balie: Anna Pinas, Kerkstraat 7.")
    assert any(t.startswith("Kerkstraat 7") for t in got)


def test_number_beside_the_organisation_name_stays_a_mobile_or_a_signature_does_not(pipeline):
    got = actions(pipeline, "Provincie Utrecht 030 258 9111\nGemeente Zeist: 030 698 7654\n")
    assert got == {"030 258 9111": "keep", "030 698 7654": "keep"}
    assert actions(pipeline, "Provincie Utrecht 06 12345678\n")["06 12345678"] == "redact"
    signature = actions(pipeline, "Thomas Meijer\nProjectleider\nGemeente Zuidhaven, T 0180 45 67 89\n")
    assert signature["0180 45 67 89"] == "redact"


def test_mobile_number_in_an_organisations_block_stays_personal(pipeline):
    got = actions(pipeline, "Havenstraat 12\n3011 TA Rotterdam\nT 06 1234 5678\nwww.havenloket.nl\n")
    assert got["06 1234 5678"] == "redact" and got["Havenstraat 12"] == "keep"


def test_helpdesk_number_stays(pipeline):
    got = actions(pipeline, "Vragen? Bel de helpdesk: 070 379 8000, of mij direct op 070 379 1234.")
    assert got == {"070 379 8000": "keep", "070 379 1234": "redact"}


def test_postcode_after_a_kept_street_stays_a_listed_postcode_keeps_no_street_before_it(pipeline):
    got = actions(pipeline, "Bezoekadres: Beukenweg 7, 3700 AB Zeist.")
    assert got == {"Beukenweg 7": "keep", "3700 AB Zeist": "keep"}
    got = actions(pipeline, "Verzonden aan: Kerkweg 14, 2511 DP Den Haag.")
    assert got["Kerkweg 14"] == "redact"


def test_a_website_in_a_sentence_or_a_name_before_the_address_is_no_letterhead(pipeline):
    got = redacted(pipeline, "Beste gemeente,\nIk woon op Kerkweg 14 en las op zuidhaven.nl dat het kan.\n")
    assert any(t.startswith("Kerkweg 14") for t in got)
    got = actions(pipeline, "Postbus 2000, 2980 GA Zuidhaven\nwww.zuidhaven.nl\nAanvrager: Jan Pinas, Kerkweg 14\n")
    assert got["Kerkweg 14"] == "redact"
    got = actions(pipeline, "Internet: www.havenloket.nl\nHavenstraat 12\n")
    assert got["Havenstraat 12"] == "keep"
