"""Outlook .msg. No program here can write a real .msg (extract-msg reads only, and no fixture with
a known provenance is committed), so these tests cover what can be tested honestly: extract-msg's
refusal of a broken file, the run without extract-msg, and the mapping of what extract-msg returns
(its Message and Attachment attributes) onto the house-style mail."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from types import SimpleNamespace

import pytest

from redact.errors import DocumentError
from redact.ingest.convert import msg as msg_reader
from redact.ingest.convert.mail import mail_lines

from .conftest import inventory, run_folder

needs_extract_msg = pytest.mark.skipif(importlib.util.find_spec("extract_msg") is None,
                                       reason="extract-msg ontbreekt (pip install 'woo-redact[msg]')")


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
