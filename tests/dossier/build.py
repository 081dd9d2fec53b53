"""A small dossier with copies and a thread, written by the tests (no sample files needed):

    1-planning.eml          Jan de Vries to Piet Bakker           thread 1
    2-re-planning.eml       Piet's reply, quoting 1               thread 1
    3-re-re-planning.eml    Jan's reply, quoting 2 and 1          thread 1, the most complete
    4-vergunning.eml        Karin Smit to a citizen               a near-duplicate of 5
    5-vergunning-kopie.eml  the same mail with a few words more   the original of 4
    6-planning-afdruk.pdf   the PDF print of 1 (the same words)   an exact duplicate of 1
"""

from __future__ import annotations

import textwrap
from email.message import EmailMessage
from pathlib import Path

import pymupdf

JAN = "Jan de Vries <j.devries@minbzk.nl>"
PIET = "Piet Bakker <p.bakker@minbzk.nl>"
CITIZEN = "Fatima el Amrani"
BODY1 = ("Beste Piet,\n\nZoals besproken plannen we het overleg over de subsidieaanvraag van de stichting "
         f"op dinsdag 4 juni om 10.00 uur in zaal 3. Wil jij de stukken van de aanvrager, mevrouw {CITIZEN}, "
         "vooraf rondsturen? Ze heeft gebeld op 06-12345678 en vraagt of de beslissing nog voor de zomer komt.\n\n"
         "Met vriendelijke groet,\nJan de Vries\nBeleidsmedewerker subsidies")
BODY2 = ("Hoi Jan,\n\nPrima, ik stuur de stukken morgen rond. Zaal 3 is gereserveerd.\n\nGroet,\nPiet Bakker\n\n"
         f"Van: {JAN}\nVerzonden: maandag 3 juni 2024 09:12\nAan: {PIET}\n"
         "Onderwerp: Planning overleg subsidie\n\n" + BODY1)
BODY3 = ("Dank je, Piet. Tot dinsdag.\n\nJan\n\n"
         f"Van: {PIET}\nVerzonden: maandag 3 juni 2024 11:40\nAan: {JAN}\n"
         "Onderwerp: RE: Planning overleg subsidie\n\n" + BODY2)
BODY4 = ("Geachte heer Jansen,\n\nHierbij ontvangt u de gevraagde gegevens over de parkeervergunning aan de "
         "Kerkstraat. De vergunning is verleend op 12 maart 2024 en geldt voor een periode van twee jaar. "
         "Het kenteken dat op de vergunning staat is bekend bij de handhavers van de gemeente. "
         "Voor vragen kunt u contact opnemen met het klantcontactcentrum via het algemene nummer. "
         "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\n"
         "Karin Smit\nTeam vergunningen")


def _mail(path: Path, sender: str, to: str, subject: str, body: str, date: str) -> None:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Date"] = sender, to, subject, date
    m.set_content(body)
    path.write_bytes(bytes(m))


def _print(path: Path, header: list[str], body: str) -> None:
    """A mail as a mail client prints it to PDF."""
    lines = list(header) + [""]
    for paragraph in body.split("\n"):
        lines += textwrap.wrap(paragraph, 85) or [""]
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((50, 60 + 14 * i), line, fontsize=10)
    doc.save(path)


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _mail(folder / "1-planning.eml", JAN, PIET, "Planning overleg subsidie", BODY1, "Mon, 03 Jun 2024 09:12:00 +0200")
    _mail(folder / "2-re-planning.eml", PIET, JAN, "RE: Planning overleg subsidie", BODY2,
          "Mon, 03 Jun 2024 11:40:00 +0200")
    _mail(folder / "3-re-re-planning.eml", JAN, PIET, "RE: RE: Planning overleg subsidie", BODY3,
          "Mon, 03 Jun 2024 12:05:00 +0200")
    karin, citizen = "Karin Smit <k.smit@minbzk.nl>", "Henk Jansen <h.jansen@example.nl>"
    subject = "Uw vraag over de parkeervergunning"
    _mail(folder / "4-vergunning.eml", karin, citizen, subject, BODY4, "Tue, 04 Jun 2024 14:00:00 +0200")
    _mail(folder / "5-vergunning-kopie.eml", karin, citizen, subject,
          BODY4.replace("twee jaar.", "twee jaar, tot maart 2026."), "Tue, 04 Jun 2024 14:00:00 +0200")
    _print(folder / "6-planning-afdruk.pdf", [f"Van: {JAN}", f"Aan: {PIET}", "Verzonden: maandag 3 juni 2024 09:12",
                                               "Onderwerp: Planning overleg subsidie"], BODY1)
    return folder
