"""E-mail (.eml, and the Mail that msg.py reads from .msg) to a PDF in the house style.

The PDF holds a header block (Van, Aan, CC, BCC when present, Verzonden, Onderwerp, Bijlagen) in the
Outlook form that detect/structure.py reads, then the body: the plain-text part, or the HTML part as
text. HTML is parsed with the standard library and nothing it points to is fetched (no images, no
style sheets); the text of links stays, their targets do not. Attachments (inline images included)
are returned to be converted as documents of their own.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import quopri
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from ...errors import DocumentError
from .textpdf import Line, text_pdf

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@dataclass(frozen=True)
class Attachment:
    name: str  # as the mail names it (may be empty)
    data: bytes
    inline: bool = False  # an image in the body (a signature's logo or photo)


@dataclass(frozen=True)
class Mail:
    sender: str
    to: str
    cc: str
    bcc: str
    sent: str  # already in Dutch: "dinsdag 12 maart 2024 09:14"
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = field(default=())


def dutch_date(value) -> str:
    """A datetime as Outlook's Dutch header writes it; '' when there is none."""
    if value is None:
        return ""
    return f"{DAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year} {value:%H:%M}"


_ONE = re.compile(r"^([^<>]*?)\s*<([^<>\s]+)>\s*$")


def addresses(value: str) -> str:
    """`Name <addr>` pairs, one writing for all of them: 'Jan Jansen <j.jansen@x.nl>; ...'. Outlook
    separates recipients with `;` and leaves a comma in a display name unquoted (`Dekker, M. <...>`),
    so a piece with one address keeps its name whole; the rest is parsed as RFC 5322 lists."""
    out = []
    for piece in (value or "").split(";"):
        piece = " ".join(piece.split())
        one = _ONE.match(piece)
        if one:
            name, addr = one.group(1).strip().strip('"').strip(), one.group(2)
            out.append(f"{name} <{addr}>" if name else addr)
            continue
        for name, addr in getaddresses([piece]) if piece else []:
            name = " ".join(name.split())
            out.append(f"{name} <{addr}>" if name and addr else (name or addr))
    return "; ".join(p for p in out if p) or " ".join((value or "").split())


class _TextOfHtml(HTMLParser):
    """The visible text of an HTML body: block elements become line breaks, scripts and styles
    are dropped, nothing is loaded."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "hr"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "img":  # the alternative text is what a reader sees when images are off
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"[{alt}]")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def read_eml(path: Path) -> Mail:
    data = path.read_bytes()
    return parse_eml(data)


def parse_eml(data: bytes) -> Mail:
    if not re.search(rb"^[!-9;-~]+:", data[:4096], re.M):  # not one header line: not a mail
        raise DocumentError("geen geldige e-mail (geen kopregels gevonden)")
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; what it still refuses is corrupt
        raise DocumentError(f"beschadigde e-mail ({type(exc).__name__})") from None
    if not isinstance(msg, EmailMessage) or not (msg.get("From") or msg.get("To") or msg.get("Subject")):
        raise DocumentError("geen geldige e-mail (geen afzender, ontvanger of onderwerp)")
    try:
        sent = dutch_date(parsedate_to_datetime(msg["Date"])) if msg["Date"] else ""
    except (TypeError, ValueError):
        sent = str(msg["Date"])
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        body = _content(body_part)
        if body_part.get_content_type() == "text/html":
            body = html_to_text(body)
    attachments = []
    for part in msg.iter_attachments():
        attachments.append(_attachment(part))
    # Inline images (a signature's logo or photo) are not "attachments" to iter_attachments when
    # they sit in a multipart/related body: they are documents all the same.
    for part in msg.walk():
        if part.get_content_maintype() == "image" and part.get_content_disposition() != "attachment" \
                and part is not body_part and all(part.get_payload(decode=True) != a.data for a in attachments):
            attachments.append(_attachment(part, inline=True))
    return Mail(sender=addresses(str(msg.get("From", ""))), to=addresses(str(msg.get("To", ""))),
                cc=addresses(str(msg.get("Cc", ""))), bcc=addresses(str(msg.get("Bcc", ""))), sent=sent,
                subject=" ".join(str(msg.get("Subject", "")).split()), body=body, attachments=tuple(attachments))


def _content(part) -> str:
    try:
        return part.get_content()
    except (LookupError, ValueError):  # an unknown or wrong charset: the bytes as cp1252
        return (part.get_payload(decode=True) or b"").decode("cp1252", errors="replace")


def _attachment(part, inline: bool = False) -> Attachment:
    if part.get_content_type() == "message/rfc822":  # a mail attached to a mail: its own bytes
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        data = inner.as_bytes() if hasattr(inner, "as_bytes") else b""
        # RFC 2046 forbids encoding a message part, yet senders base64 it: the parser then holds
        # the encoded text as a headerless message.
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if encoding == "base64":
            try:
                data = base64.b64decode(data, validate=False)
            except binascii.Error:
                data = b""  # the row of this attachment says it has no content
        elif encoding == "quoted-printable":
            data = quopri.decodestring(data)
        name = part.get_filename() or "bijgevoegde e-mail.eml"
        return Attachment(name if name.lower().endswith(".eml") else name + ".eml", data)
    data = part.get_payload(decode=True) or b""
    name = part.get_filename() or ""
    if not name:
        ext = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "application/pdf": ".pdf",
               "text/plain": ".txt"}.get(part.get_content_type(), "")
        name = f"{'afbeelding' if inline else 'bijlage'}{ext}"
    return Attachment(name, data, inline)


def mail_lines(mail: Mail, attachment_names: list[str]) -> list[Line]:
    header = [("Van", mail.sender), ("Aan", mail.to), ("CC", mail.cc), ("BCC", mail.bcc), ("Verzonden", mail.sent),
              ("Onderwerp", mail.subject), ("Bijlagen", "; ".join(attachment_names))]
    lines = [Line(f"{label}: {value}") for label, value in header
             if value or label in ("Van", "Aan", "Onderwerp")]
    lines.append(Line(""))
    lines.extend(Line(t) for t in (mail.body or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return lines


def mail_pdf(mail: Mail, target: Path, attachment_names: list[str]) -> int:
    return text_pdf(mail_lines(mail, attachment_names), target)
