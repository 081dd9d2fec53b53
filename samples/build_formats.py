"""Build the format twins of the corpus: a mail (.eml) with an attachment, a Word nota (.docx) with a
tracked change and a comment, and a spreadsheet (.xlsx) with a hidden row; each beside its .txt.

The .txt of each is the ground truth of what a reader of the original sees, in the order woo-redact's
PDF of it shows it (ingest/convert/): the mail's header block and body; the nota's text with the
tracked insertion and deletion in place, then the comment and the changes on the extra pages; the
spreadsheet's cells, the hidden row included. `build_pdfs.py` makes the usual .pdf twin from it.

The files are written by hand (zip and XML, the standard library's email package), not by an Office
program, so they are small and the same bytes on every run (fixed zip times, fixed MIME boundary).

Usage: python samples/build_formats.py [--check]
"""
from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# -- the mail ---------------------------------------------------------------------------------------

MAIL = {
    "From": "Marloes Dekker <m.dekker@minszw.nl>",
    "To": "Youssef El Amrani <y.elamrani@minszw.nl>",
    "Cc": "woo@minszw.nl",
    "Date": "Tue, 12 Mar 2024 09:14:00 +0100",
    "Subject": "Verslag gesprek re-integratie",
}
MAIL_SENT = "dinsdag 12 maart 2024 09:14"
MAIL_BODY = """Beste Youssef,

Zoals afgesproken stuur ik je de gespreksnotitie van het gesprek met de aanvrager, de heer Jorrit Kamphuis. Hij is bereikbaar op 06-34567812 en via jorrit.kamphuis@ziggo.nl.

Wil je de notitie voor vrijdag doorsturen aan woo@minszw.nl? De minister wordt donderdag geïnformeerd.

Met vriendelijke groet,

Marloes Dekker
Beleidsmedewerker Directie Participatie
Ministerie van Sociale Zaken en Werkgelegenheid
"""
ATTACHMENT_NAME = "gespreksnotitie.txt"
ATTACHMENT = """Gespreksnotitie re-integratietraject

Aanwezig: Marloes Dekker, Jorrit Kamphuis

De heer Kamphuis woont aan de Lindenlaan 14 in Zwolle en wil in september starten.
"""


def mail_txt() -> str:
    return (f"Van: {MAIL['From']}\nAan: {MAIL['To']}\nCC: {MAIL['Cc']}\nVerzonden: {MAIL_SENT}\n"
            f"Onderwerp: {MAIL['Subject']}\nBijlagen: {ATTACHMENT_NAME}\n\n{MAIL_BODY}")


def mail_eml() -> bytes:
    msg = EmailMessage(policy=SMTP)
    for key, value in MAIL.items():
        msg[key] = value
    msg["Message-ID"] = "<22-mail-bijlage@samples.woo-redact>"
    msg.set_content(MAIL_BODY)
    msg.add_attachment(ATTACHMENT.encode("utf-8"), maintype="text", subtype="plain", filename=ATTACHMENT_NAME)
    msg.set_boundary("woo-redact-sample-boundary")
    return msg.as_bytes()


# -- the Word nota ----------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NOTA_AUTHOR = "Sanne Verbeek"
# Paragraphs: plain text, or a list of (kind, text) runs with kind "", "ins" or "del".
NOTA = [
    "Nota aan de minister van Sociale Zaken en Werkgelegenheid",
    "Onderwerp: re-integratie van de aanvrager in Zwolle",
    "Contactpersoon: Marloes Dekker, telefoon 06-34567813",
    [("", "Het gesprek is gevoerd met de aanvrager, de heer Jorrit Kamphuis"),
     ("ins", ", en zijn begeleider mevrouw Fenna de Groot"), ("del", " en zijn zus Ilse Kamphuis"), ("", ".")],
    "Het advies is het traject in september te laten starten.",
]
COMMENT_ON = 4  # the paragraph the comment is anchored to
COMMENT = "Graag eerst afstemmen met Youssef El Amrani (06-34567814) voor het besluit."


def _runs(paragraph) -> str:
    if isinstance(paragraph, str):
        paragraph = [("", paragraph)]
    out = []
    for i, (kind, text) in enumerate(paragraph):
        t = escape(text)
        if kind == "ins":
            out.append(f'<w:ins w:id="{10 + i}" w:author="{NOTA_AUTHOR}" w:date="2024-03-11T10:00:00Z">'
                       f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>')
        elif kind == "del":
            out.append(f'<w:del w:id="{10 + i}" w:author="{NOTA_AUTHOR}" w:date="2024-03-11T10:00:00Z">'
                       f'<w:r><w:delText xml:space="preserve">{t}</w:delText></w:r></w:del>')
        else:
            out.append(f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>')
    return "".join(out)


def _plain(paragraph) -> str:
    return paragraph if isinstance(paragraph, str) else "".join(text for _, text in paragraph)


def nota_txt() -> str:
    lines = [_plain(p) for p in NOTA]
    lines += ["Verborgen inhoud van het origineel",
              "(door woo-redact toegevoegd: in het origineel zichtbaar, niet in de afdruk)", "",
              "Opmerking 1", f"Auteur: {NOTA_AUTHOR}", COMMENT, ""]
    changes = [(kind, text) for p in NOTA if not isinstance(p, str) for kind, text in p if kind]
    for i, (kind, text) in enumerate(changes, 1):
        lines += [f"Bijgehouden wijziging {i} ({'ingevoegd' if kind == 'ins' else 'verwijderd'})",
                  f"Auteur: {NOTA_AUTHOR}", text.strip(" ,"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def nota_docx() -> bytes:
    body = []
    for i, p in enumerate(NOTA):
        if i == COMMENT_ON:
            body.append(f'<w:p><w:commentRangeStart w:id="0"/>{_runs(p)}<w:commentRangeEnd w:id="0"/>'
                        '<w:r><w:commentReference w:id="0"/></w:r></w:p>')
        else:
            body.append(f"<w:p>{_runs(p)}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body) + "</w:body></w:document>")
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {W}>'
                f'<w:comment w:id="0" w:author="{NOTA_AUTHOR}" w:initials="SV" w:date="2024-03-11T10:00:00Z">'
                f'<w:p><w:r><w:t xml:space="preserve">{escape(COMMENT)}</w:t></w:r></w:p></w:comment></w:comments>')
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return _zip({
        "[Content_Types].xml": _types({"/word/document.xml": f"{main}.document.main+xml",
                                       "/word/comments.xml": f"{main}.comments+xml"}),
        "_rels/.rels": _rels({"rId1": ("officeDocument", "word/document.xml")}),
        "word/_rels/document.xml.rels": _rels({"rId1": ("comments", "comments.xml")}),
        "word/document.xml": document,
        "word/comments.xml": comments,
    })


# -- the spreadsheet --------------------------------------------------------------------------------

SHEET = [
    ["Overzicht van de aanvragen voor de subsidie re-integratie 2024, stand per 1 maart 2024"],
    ["Dossier", "Aanvrager", "E-mail", "Telefoon", "Bedrag"],
    ["SZW-2024-0117", "de heer Pieter Bakhuizen", "p.bakhuizen@kpnmail.nl", "06-34567815", "2500"],
    ["SZW-2024-0118", "mevrouw Anouk Veenstra", "anouk.veenstra@gmail.com", "06-34567816", "1800"],
    ["SZW-2024-0119", "de heer Gerrit Hoekstra", "g.hoekstra@hetnet.nl", "06-34567817", "3200"],
    ["Totaal aangevraagd", "", "", "", "7500"],
]
HIDDEN_ROW = 5  # 1-based row number (the third applicant): hidden in Excel, shown by woo-redact


def sheet_txt() -> str:
    return "\n".join(" | ".join(cell for cell in row if cell) for row in SHEET) + "\n"


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def sheet_xlsx() -> bytes:
    rows = []
    for r, row in enumerate(SHEET, 1):
        cells = "".join(f'<c r="{_col(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                        for c, v in enumerate(row) if v)
        hidden = ' hidden="1"' if r == HIDDEN_ROW else ""
        rows.append(f'<row r="{r}"{hidden}>{cells}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}>'
             '<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="28" customWidth="1"/>'
             '<col min="3" max="3" width="28" customWidth="1"/><col min="4" max="5" width="14" customWidth="1"/></cols>'
             f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel_ns}><sheets>'
                '<sheet name="Aanvragen" sheetId="1" r:id="rId1"/></sheets></workbook>')
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return _zip({
        "[Content_Types].xml": _types({"/xl/workbook.xml": f"{main}.sheet.main+xml",
                                       "/xl/worksheets/sheet1.xml": f"{main}.worksheet+xml"}),
        "_rels/.rels": _rels({"rId1": ("officeDocument", "xl/workbook.xml")}),
        "xl/_rels/workbook.xml.rels": _rels({"rId1": ("worksheet", "worksheets/sheet1.xml")}),
        "xl/workbook.xml": workbook,
        "xl/worksheets/sheet1.xml": sheet,
    })


# -- OOXML packaging --------------------------------------------------------------------------------

def _types(overrides: dict[str, str]) -> str:
    parts = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{parts}</Types>')


def _rels(rels: dict[str, tuple[str, str]]) -> str:
    base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    items = "".join(f'<Relationship Id="{i}" Type="{base}{t}" Target="{target}"/>' for i, (t, target) in rels.items())
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>')


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=ZIP_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()


TWINS = {
    "22-mail-bijlage": (mail_txt, ".eml", mail_eml),
    "23-nota-wijzigingen": (nota_txt, ".docx", nota_docx),
    "24-spreadsheet-aanvragen": (sheet_txt, ".xlsx", sheet_xlsx),
}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    for stem, (txt, ext, twin) in TWINS.items():
        files = {DOCUMENTS / f"{stem}.txt": txt().encode("utf-8"), DOCUMENTS / f"{stem}{ext}": twin()}
        for path, data in files.items():
            if check:
                if not path.is_file() or path.read_bytes() != data:
                    print(f"{path.name}: differs from what build_formats.py makes", file=sys.stderr)
                    return 1
            else:
                path.write_bytes(data)
                print(f"wrote {path.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
