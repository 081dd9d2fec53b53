"""E-mail end to end: a mail becomes a PDF in the house style, its attachments documents of their own
in its family (0001, 0001.1, 0001.1.1), read back with pdftotext: values gone, labels present."""

from __future__ import annotations

import hashlib

import pytest

from redact.ingest.convert.mail import html_to_text, parse_eml
from redact.model import Status

from .conftest import inventory, mail, needs_pdftotext, pdftotext, run_folder, text_image

pytestmark = needs_pdftotext


@pytest.fixture(scope="module")
def mail_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("bron")
    (src / "mail").mkdir()
    inner = mail("Karin Molenaar <k.molenaar@minbzk.nl>", "Ruud Hoekstra <r.hoekstra@minbzk.nl>",
                 "Doorgestuurd: gegevens aanvrager",
                 "Ruud,\n\nDe aanvrager is mevrouw Anouk Veenstra, bereikbaar op 06-34567816.\n\nGroet, Karin\n")
    inner.add_attachment(b"Bijlage van de doorgestuurde mail: Ilse Kamphuis, 06-34567819.\n", maintype="text",
                         subtype="plain", filename="binnen.txt")
    outer = mail("Pieter Bakhuizen <p.bakhuizen@minbzk.nl>", "Sanne Verbeek <s.verbeek@minbzk.nl>",
                 "Overleg subsidie", "Beste Sanne,\n\nBel mij op 06-12345678 over de aanvraag.\n\n"
                 "Met vriendelijke groet,\n\nPieter Bakhuizen\n", cc="woo@minbzk.nl",
                 html="<p>Beste Sanne,</p><p>Bel mij op 06-12345678 over de aanvraag.</p>"
                      '<img src="https://tracker.example.org/pixel.png" alt="logo">')
    outer.add_attachment(inner, filename="doorgestuurd.eml")
    outer.add_attachment(b"Aantekening: de heer Jorrit Kamphuis, Lindenlaan 14, Zwolle.\n", maintype="text",
                         subtype="plain", filename="aantekening.txt")
    outer.add_attachment(b"\x00\x01\x02 binary", maintype="application", subtype="octet-stream",
                         filename="export.dat")
    pix = text_image(["Handtekening"])
    outer.add_attachment(pix.tobytes("png"), maintype="image", subtype="png", filename="handtekening.png",
                         disposition="inline")
    (src / "mail" / "overleg.eml").write_bytes(bytes(outer))
    (src / "mail" / "kapot.eml").write_bytes(b"\x89PNG\r\n\x1a\n this is no mail at all \x00\x00")
    before = hashlib.sha256((src / "mail" / "overleg.eml").read_bytes()).hexdigest()
    out = tmp_path_factory.mktemp("uit") / "uit"
    outcome = run_folder(src, out)
    return src, out, outcome, before


def test_mail_pdf_has_the_header_block_and_no_values(mail_run):
    src, out, outcome, before = mail_run
    text = pdftotext(out / "mail" / "overleg.eml.pdf")
    for label in ("Van:", "Aan:", "CC:", "Verzonden:", "Onderwerp: Overleg subsidie", "Bijlagen:"):
        assert label in text
    assert "dinsdag 12 maart 2024 09:14" in text
    assert "woo@minbzk.nl" in text  # a functional mailbox stays
    for value in ("Pieter Bakhuizen", "p.bakhuizen@minbzk.nl", "Sanne Verbeek", "s.verbeek@minbzk.nl", "06-12345678"):
        assert value not in text, value
    assert "5.1.2e" in text
    assert "doorgestuurd.eml; aantekening.txt; export.dat; handtekening.png" in text
    # The original is never written to.
    assert hashlib.sha256((src / "mail" / "overleg.eml").read_bytes()).hexdigest() == before


def test_attachments_are_documents_of_the_family(mail_run):
    src, out, outcome, _ = mail_run
    rows = inventory(out)
    kapot, mail_row = rows["0001"], rows["0002"]
    assert kapot["Document"] == "mail/kapot.eml" and kapot["Beoordeling"] == "niet verwerkt"
    assert "geen geldige e-mail" in kapot["Toelichting"]
    assert mail_row["Document"] == "mail/overleg.eml.pdf" and mail_row["Familie"] == "0002"
    assert mail_row["Bijlage bij"] == "" and mail_row["Bestandsnaam"] == "overleg.eml"
    forwarded, nested = rows["0002.1"], rows["0002.1.1"]
    assert forwarded["Bestandsnaam"] == "doorgestuurd.eml" and forwarded["Bijlage bij"] == "0002"
    assert forwarded["Beoordeling"] == "Deels openbaar"
    # An attachment of the attached mail: same family, attached to 0002.1.
    assert nested["Bestandsnaam"] == "binnen.txt" and nested["Bijlage bij"] == "0002.1" and nested["Familie"] == "0002"
    assert nested["Document"] == "mail/overleg.eml-bijlagen/1-doorgestuurd.eml-bijlagen/1-binnen.txt"
    note = rows["0002.2"]
    assert note["Document"] == "mail/overleg.eml-bijlagen/2-aantekening.txt" and note["Familie"] == "0002"
    dat = rows["0002.3"]
    assert dat["Beoordeling"] == "niet verwerkt" and "bestandstype .dat wordt niet ondersteund" in dat["Toelichting"]
    assert dat["Bijlage bij"] == "0002" and dat["Bestandsnaam"] == "export.dat"
    image = rows["0002.4"]  # an inline image (a signature) is an attachment too: OCR or manual review
    assert image["Bestandsnaam"] == "handtekening.png" and image["File type"] == "png"
    assert image["Beoordeling"] in ("Openbaar", "Deels openbaar", "handmatige beoordeling nodig")
    assert len(rows) == 7


def test_a_mail_attached_to_a_mail_is_redacted_like_any(mail_run):
    _, out, outcome, _ = mail_run
    text = pdftotext(out / "mail" / "overleg.eml-bijlagen" / "1-doorgestuurd.eml.pdf")
    assert "Onderwerp: Doorgestuurd: gegevens aanvrager" in text
    for value in ("Karin Molenaar", "k.molenaar@minbzk.nl", "Ruud Hoekstra", "Anouk Veenstra", "06-34567816"):
        assert value not in text, value
    note = (out / "mail" / "overleg.eml-bijlagen" / "2-aantekening.txt").read_text(encoding="utf-8")
    assert "Jorrit Kamphuis" not in note and "Lindenlaan 14" not in note and "[5.1.2e]" in note


def test_the_batch_goes_on_and_the_exit_status_says_so(mail_run):
    _, _, outcome, _ = mail_run
    failed = [r for r in outcome.results if r.status is Status.FAILED]
    assert {r.relpath for r in failed} >= {"mail/kapot.eml", "mail/overleg.eml-bijlagen/3-export.dat"}
    assert int(outcome.exit_code) in (1, 5)


def test_html_body_becomes_text_and_fetches_nothing():
    text = html_to_text('<html><head><style>p{color:red}</style><script>fetch("https://x.example")</script></head>'
                        '<body><p>Beste Jan,</p><div>Tot <b>morgen</b>.</div>'
                        '<img src="https://tracker.example.org/p.gif" alt="logo ministerie"></body></html>')
    assert text.splitlines() == ["Beste Jan,", "", "Tot morgen.", "[logo ministerie]"] or \
        "Beste Jan," in text and "Tot morgen." in text
    assert "fetch" not in text and "tracker" not in text and "color" not in text


def test_html_only_mail_uses_the_html_part():
    msg = mail("a@b.nl", "c@d.nl", "Html", "x")
    msg.set_content("<p>Alleen <i>html</i></p>", subtype="html")
    assert parse_eml(bytes(msg)).body == "Alleen html"


def test_corrupt_mail_is_refused_with_a_reason():
    from redact.errors import DocumentError

    with pytest.raises(DocumentError, match="geen geldige e-mail"):
        parse_eml(b"%PDF-1.7 not a mail")
