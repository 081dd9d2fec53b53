"""The explanations of the name and phone detectors, which review shows with a proposal (`i`), are Dutch
(issue 12); decide/roles.py still reads a chat position from them."""

from __future__ import annotations

from redact.decide.roles import CHAT, Roles
from redact.detect.names import link_email_names
from redact.detect.recognizers import PhoneRecognizer
from redact.model import DetectorKind, Document, Page

ENGLISH = {"the", "a", "an", "before", "name", "initials", "surname", "greeting", "person", "noun", "first",
           "unit", "they", "work", "address", "header", "contact", "or", "attendee", "field",
           "version", "action", "holder", "chat", "sender", "member", "list", "signature", "across", "page",
           "break", "phone", "number", "possible"}

TEXT = """Van: Jansen, J. (Jan) <j.jansen@minbzk.nl>
Contactpersoon: Lotte de Graaf
Naam aanvrager: Jorrit Kamphuis
Versie: 0.3 (TB/NAH)
Actie: JdV
[12-03-2021 09:14] Karin Vlaar: ik bel hem
[12-03-2021 08:02] Mark Groen heeft Sandra Kok toegevoegd
Aanwezig:
- Rutger Hofstede

De heer J.M. de Wit belde. Volgens P. de Vries is dat zo. Het lid Bakker, P. sprak.
Hoi Okan, dank. Zijn broer, Hüseyin Karataş, belde. Erik Visser zei het ook.

Met vriendelijke groet,

Jan Jansen
"""


def _words(why: str) -> set[str]:
    return set(why.lower().replace(",", " ").replace("(", " ").replace(")", " ").split())


def test_name_and_position_explanations_are_dutch(patterns, structure):
    whys = {s.why for s in patterns.spans(TEXT)} | {s.why for s in structure.spans(TEXT)}
    assert {"titel voor de naam", "voorletters voor een achternaam", "aanhef voor een naam",
            "persoonsaanduiding voor de naam", "voornaam voor een achternaam"} <= whys
    assert {"kop van een e-mail", "contact- of deelnemersveld", "naamveld", "initialen bij een versie",
            "actiehouder", "chatafzender", "chatdeelnemer", "deelnemerslijst", "ondertekening"} <= whys
    for why in whys:
        assert not _words(why) & ENGLISH, why


def test_document_pass_explanations_are_dutch(pipeline, lexicon):
    linked = link_email_names(Document("t.txt", "t.txt", "txt", (Page(1, "Mail j.jansen@minbzk.nl of J. Jansen."),)),
                              lexicon, "person_names_email", 0.9)
    assert {f.explanation for f in linked} == {"naam in het e-mailadres j.jansen@..."}
    pages = (Page(1, "Ik hoor het graag.\n\nMet vriendelijke groet,\n"), Page(2, "Jan Jansen\nBeleidsmedewerker\n"))
    found = pipeline.detector.detect(Document("t.txt", "t.txt", "txt", pages))
    across = [f for f in found if f.page == 2 and f.text == "Jan Jansen" and f.detector_kind is DetectorKind.STRUCTURE]
    assert [f.explanation for f in across] == ["ondertekening (over een paginagrens)"]


def test_phone_explanation_is_dutch(pipeline):
    phone = next(r for r in pipeline.detector.analyzer.registry.recognizers if isinstance(r, PhoneRecognizer))
    results = phone.analyze("bel 06-12345678 of 070 370 79 11", ["PHONE_NUMBER"])
    assert {r.analysis_explanation.textual_explanation for r in results} == {"telefoonnummer (NL)"}


def test_a_chat_position_still_counts_as_a_chat(lexicon):
    text = "Karin Vlaar schreef het."
    role = Roles(lexicon).role(text, 0, 11, "Karin Vlaar", DetectorKind.STRUCTURE, "chatafzender")
    assert role.rank == CHAT and role.action == "redact"
