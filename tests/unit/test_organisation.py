"""Organisation contact details stay visible; a person's stay redacted, also side by side."""

from __future__ import annotations

from redact.model import Document, Page


def actions(pipeline, text: str) -> dict[str, str]:
    doc = Document(source="t.txt", relpath="t.txt", kind="txt", pages=(Page(1, text),))
    decisions = pipeline.decider.decide(doc, pipeline.detector.detect(doc))
    return {d.finding.text: d.action for d in decisions}


def subset(got: dict[str, str], keys) -> dict[str, str]:
    return {k: got.get(k) for k in keys}


LETTERHEAD = """Gemeente Zuidhaven
Afdeling Belastingen
Raadhuisplein 1, 2988 AA Zuidhaven
Postbus 2000, 2980 GA Zuidhaven
T 0180 45 60 00
www.zuidhaven.nl

De heer R.E. Pinas
Kerkweg 14
2981 BC Zuidhaven
"""


def test_letterhead_address_and_number_stay_citizen_address_goes(pipeline):
    got = actions(pipeline, LETTERHEAD)
    assert got["Raadhuisplein 1"] == "keep" and got["2988 AA Zuidhaven"] == "keep"
    assert got["0180 45 60 00"] == "keep"
    assert got["Kerkweg 14"] == "redact" and got["2981 BC Zuidhaven"] == "redact"


def test_signature_keeps_work_address_but_not_direct_numbers(pipeline):
    text = """Met vriendelijke groet,

Thomas Meijer
Projectleider
Gemeente Zuidhaven
Raadhuisplein 1, 2988 AA Zuidhaven
www.zuidhaven.nl
T 0180 45 67 89
M 06 1234 5601
"""
    got = actions(pipeline, text)
    assert got["Raadhuisplein 1"] == "keep"
    assert got["0180 45 67 89"] == "redact"  # a person is named in the block: a direct line
    assert got["06 1234 5601"] == "redact"


def test_company_letterhead_is_an_organisation(pipeline):
    got = actions(pipeline, "Windpark Noord B.V.\nHavenkade 9\n3072 AP Rotterdam\nT 010 123 4500\nwww.wpn.nl\n")
    assert subset(got, ["Havenkade 9", "3072 AP Rotterdam", "010 123 4500"]) == {
        "Havenkade 9": "keep", "3072 AP Rotterdam": "keep", "010 123 4500": "keep"}


def test_service_and_municipal_numbers_and_cued_switchboards_stay(pipeline):
    got = actions(pipeline, "Bel 14 0180 of 0800-0231. Meldpunt (24/7): 070 379 8911. Of mij: 070 379 1234.")
    assert subset(got, ["14 0180", "0800-0231", "070 379 8911", "070 379 1234"]) == {"14 0180": "keep", "0800-0231": "keep", "070 379 8911": "keep", "070 379 1234": "redact"}


def test_a_mobile_number_is_never_an_organisations(pipeline):
    got = actions(pipeline, "Gemeente Zuidhaven\nPostbus 2000\nwww.zuidhaven.nl\nT 06 12345678\n")
    assert got["06 12345678"] == "redact"


def test_functional_mailboxes(pipeline):
    text = ("Mail postbus.subsidies@minbzk.nl of bestuurssecretariaat@lindeveen.nl, of de Directie Regie "
            "Migratieketen via drm@minjenv.nl. Over het Marktplein: marktplein@amstelmeer.nl. "
            "Persoonlijk: jansen@minbzk.nl, pieterjansen@minbzk.nl, jdv@minbzk.nl.")
    got = {k: v for k, v in actions(pipeline, text).items() if "@" in k}
    assert got == {"postbus.subsidies@minbzk.nl": "keep", "bestuurssecretariaat@lindeveen.nl": "keep",
                   "drm@minjenv.nl": "keep", "marktplein@amstelmeer.nl": "keep",
                   "jansen@minbzk.nl": "redact", "pieterjansen@minbzk.nl": "redact", "jdv@minbzk.nl": "redact"}


def test_acronym_of_a_person_is_not_a_unit(pipeline):
    got = actions(pipeline, "Neem contact op met Dirk Roel Meijer via drm@minjenv.nl.")
    assert got["drm@minjenv.nl"] == "redact"


def test_permit_location_and_year_are_not_home_addresses(pipeline):
    got = actions(pipeline, "zienswijze ontwerp-omgevingsvergunning Lindelaan 6. Parkeerverordening Zuidhaven 2022.")
    assert subset(got, ["Lindelaan 6", "Zuidhaven 2022"]) == {"Lindelaan 6": None, "Zuidhaven 2022": None}


def test_running_text_is_no_letterhead(pipeline):
    filler = "\n".join(["directie overleg voorstel minister besluit subsidieregeling zomer"] * 14)
    text = filler + "\nDirectie Financien vraagt om uitstel\nAdres: Kerkstraat 52, 3512 AB Utrecht\n" + filler
    got = actions(pipeline, text)
    assert subset(got, ["Kerkstraat 52", "3512 AB Utrecht"]) == {"Kerkstraat 52": "redact", "3512 AB Utrecht": "redact"}
