"""Outlook .msg: real files built by hand (msgfile.py writes the compound file and its MAPI layout,
as no program here writes one and no third-party .msg is committed) read back with olefile and
extract-msg and run end to end; besides, extract-msg's refusal of a broken file, the run without
extract-msg, and the mapping of extract-msg's Message and Attachment attributes onto the house-style mail."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from types import SimpleNamespace

import pytest

from redact.errors import DocumentError
from redact.ingest.convert import msg as msg_reader
from redact.ingest.convert.mail import mail_lines

from . import msgfile
from .conftest import inventory, needs_pdftotext, pdftotext, run_folder

needs_extract_msg = pytest.mark.skipif(importlib.util.find_spec("extract_msg") is None,
                                       reason="extract-msg ontbreekt (pip install 'woo-redact[msg]')")


SENT = dt.datetime(2024, 3, 12, 8, 14, tzinfo=dt.timezone.utc)


class FakeAttachment(SimpleNamespace):
    def getFilename(self):
        return self.longFilename


def test_what_extract_msg_returns_becomes_the_house_style_mail():
    inner = SimpleNamespace(exportBytes=lambda: b"\xd0\xcf\x11\xe0 inner msg bytes")
    message = SimpleNamespace(
        sender="Dekker, M. (Marloes) <m.dekker@minszw.nl>", to="Youssef El Amrani <y.elamrani@minszw.nl>",
        cc="woo@minszw.nl", bcc="", date=dt.datetime(2024, 3, 12, 9, 14), subject="Verslag  gesprek",
        body="Beste Youssef,\r\n\r\nZie bijlage.\r\n", htmlBody=None,
        attachments=[FakeAttachment(longFilename="nota.docx", data=b"PK\x03\x04", hidden=False),
                     FakeAttachment(longFilename="logo.png", data=b"\x89PNG", hidden=True),
                     FakeAttachment(longFilename="doorgestuurd", data=inner, hidden=False),
                     FakeAttachment(longFilename="link.url", data=None, hidden=False)])
    mail = msg_reader._mail(message)
    assert [a.name for a in mail.attachments] == ["nota.docx", "logo.png", "doorgestuurd.msg", "link.url"]
    assert mail.attachments[1].inline and mail.attachments[2].data.startswith(b"\xd0\xcf")
    assert mail.attachments[3].data == b""  # a reference to elsewhere: its row says it has no content
    text = "\n".join(line.text for line in mail_lines(mail, [a.name for a in mail.attachments]))
    assert text.startswith("Van: Dekker, M. (Marloes) <m.dekker@minszw.nl>\nAan: Youssef El Amrani <y.elamrani@")
    assert "CC: woo@minszw.nl\nVerzonden: dinsdag 12 maart 2024 09:14\nOnderwerp: Verslag gesprek\n" in text
    assert "BCC:" not in text and "Bijlagen: nota.docx; logo.png; doorgestuurd.msg; link.url" in text
    assert "Beste Youssef," in text


def test_the_sent_time_is_dutch_local_time():
    # A .msg stores UTC (a FILETIME); Outlook shows the reader's time: a late summer evening is the next day.
    message = SimpleNamespace(sender="a@b.nl", to="c@d.nl", cc=None, bcc=None, subject="x", body="tekst",
                              htmlBody=None, attachments=[],
                              date=dt.datetime(2024, 7, 1, 22, 30, tzinfo=dt.timezone.utc))
    assert msg_reader._mail(message).sent == "dinsdag 2 juli 2024 00:30"


def test_an_html_only_msg_uses_its_html_body():
    message = SimpleNamespace(sender="a@b.nl", to="c@d.nl", cc=None, bcc=None, date=None, subject="x", body="",
                              htmlBody=b"<p>Alleen <b>html</b></p><img src='http://x.example/t.gif'>",
                              attachments=[])
    assert msg_reader._mail(message).body == "Alleen html"


@needs_extract_msg
def test_a_broken_msg_is_refused_with_a_reason(tmp_path):
    bad = tmp_path / "kapot.msg"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(DocumentError, match="Outlook-bericht"):
        msg_reader.read_msg(bad)


def test_without_extract_msg_the_run_says_so(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "extract_msg", None)  # import fails as if not installed
    src = tmp_path / "bron"
    src.mkdir()
    (src / "overleg.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    out = tmp_path / "uit"
    run_folder(src, out)
    row = inventory(out)["0001"]
    assert row["Document"] == "overleg.msg" and row["Beoordeling"] == "niet verwerkt"
    assert row["Toelichting"].startswith("extract-msg ontbreekt")


@needs_extract_msg
def test_the_hand_built_msg_reads_back_with_olefile_and_extract_msg(tmp_path):
    import extract_msg
    import olefile

    path = tmp_path / "t.msg"
    path.write_bytes(msgfile.msg("Onderwerp", "Pieter Bakhuizen", "p.bakhuizen@minbzk.nl",
                                 [msgfile.Recipient("Sanne Verbeek", "s.verbeek@minbzk.nl")],
                                 "Tekst " * 800,  # over the 4096-byte cutoff: a stream in regular sectors
                                 [("a.txt", b"klein"), ("b.bin", b"B" * 5000)], sent=SENT))
    with olefile.OleFileIO(str(path), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert ole.exists("__nameid_version1.0/__substg1.0_00020102")
        assert ole.openstream("__substg1.0_0037001F").read().decode("utf-16-le") == "Onderwerp"
    msg = extract_msg.openMsg(str(path), delayAttachments=False)
    try:
        assert (msg.subject, msg.sender, msg.to) == ("Onderwerp", "Pieter Bakhuizen <p.bakhuizen@minbzk.nl>",
                                                    "Sanne Verbeek <s.verbeek@minbzk.nl>")
        assert msg.body == "Tekst " * 800 and msg.date == SENT
        assert [(a.getFilename(), a.data) for a in msg.attachments] == [("a.txt", b"klein"), ("b.bin", b"B" * 5000)]
    finally:
        msg.close()


@pytest.fixture(scope="module")
def msg_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("bron")
    (src / "mail").mkdir()
    (src / "mail" / "overleg.msg").write_bytes(msgfile.msg(
        "Aanvraag subsidie", "Pieter Bakhuizen", "p.bakhuizen@minbzk.nl",
        [msgfile.Recipient("Sanne Verbeek", "s.verbeek@minbzk.nl")],
        "Beste Sanne,\r\n\r\nDe aanvrager is mevrouw Anouk Veenstra, te bereiken via anouk.veenstra@gmail.com "
        "of 06-34567816.\r\n\r\nMet vriendelijke groet,\r\n\r\nPieter Bakhuizen\r\n",
        [("aantekening.txt", b"Aantekening: de heer Jorrit Kamphuis, Lindenlaan 14, Zwolle.\n"),
         ("Doorgestuurd: gegevens", msgfile.message(
             "Doorgestuurd: gegevens", "Karin Molenaar", "k.molenaar@minbzk.nl",
             [msgfile.Recipient("Ruud Hoekstra", "r.hoekstra@minbzk.nl")],
             "Ruud,\r\n\r\nBel mevrouw Ilse Kamphuis op 06-34567819.\r\n",
             [("binnen.txt", b"Bijlage van de doorgestuurde mail: Femke de Wit, 06-34567817.\n")], embedded=True))],
        sent=SENT))
    out = tmp_path_factory.mktemp("uit") / "uit"
    run_folder(src, out)
    return src, out


@needs_extract_msg
@needs_pdftotext
def test_a_real_msg_goes_through_the_pipeline(msg_run):
    src, out = msg_run
    text = pdftotext(out / "mail" / "overleg.msg.pdf")
    for label in ("Van:", "Aan:", "Verzonden:", "Onderwerp: Aanvraag subsidie", "Bijlagen: aantekening.txt; Doorgestuurd: gegevens.msg",
                  "5.1.2e"):
        assert label in text, label
    assert "Verzonden: dinsdag 12 maart 2024 09:14" in text  # 08:14 UTC, as Outlook shows it in the Netherlands
    for value in ("Anouk Veenstra", "anouk.veenstra@gmail.com", "06-34567816", "Pieter Bakhuizen",
                  "p.bakhuizen@minbzk.nl", "Sanne Verbeek", "s.verbeek@minbzk.nl"):
        assert value not in text, value
    rows = inventory(out)
    mail_row, note = rows["0001"], rows["0001.1"]
    assert mail_row["Document"] == "mail/overleg.msg.pdf" and mail_row["Bestandsnaam"] == "overleg.msg"
    assert mail_row["Familie"] == "0001" and mail_row["Bijlage bij"] == ""
    assert mail_row["Beoordeling"] == "Deels openbaar"
    assert note["Bestandsnaam"] == "aantekening.txt" and note["Familie"] == "0001" and note["Bijlage bij"] == "0001"
    assert note["Beoordeling"] == "Deels openbaar"
    assert note["Document"] == "mail/overleg.msg-bijlagen/1-aantekening.txt"  # a text attachment stays text
    note_text = (out / note["Document"]).read_text(encoding="utf-8")
    assert "Aantekening:" in note_text and "Jorrit Kamphuis" not in note_text


@needs_extract_msg
@needs_pdftotext
def test_a_mail_attached_to_a_msg_is_a_mail_of_the_family(msg_run):
    src, out = msg_run
    rows = inventory(out)
    forwarded, nested = rows["0001.2"], rows["0001.2.1"]
    assert forwarded["Bestandsnaam"] == "Doorgestuurd: gegevens.msg" and forwarded["Bijlage bij"] == "0001"
    assert forwarded["Document"].endswith(".msg.pdf") and forwarded["Beoordeling"] == "Deels openbaar"
    text = pdftotext(out / forwarded["Document"])
    assert "Onderwerp: Doorgestuurd: gegevens" in text and "Bijlagen: binnen.txt" in text
    for value in ("Karin Molenaar", "k.molenaar@minbzk.nl", "Ruud Hoekstra", "Ilse Kamphuis", "06-34567819"):
        assert value not in text, value
    assert nested["Bestandsnaam"] == "binnen.txt" and nested["Bijlage bij"] == "0001.2" and nested["Familie"] == "0001"
    nested_text = (out / nested["Document"]).read_text(encoding="utf-8")
    assert "Bijlage van de doorgestuurde mail:" in nested_text and "Femke de Wit" not in nested_text
