"""Outlook .msg to a Mail (mail.py), read with extract-msg (GPL-3.0, an optional dependency:
`pip install 'woo-redact[msg]'`; see docs/formats.md for why its licence fits EUPL-1.2)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ...errors import DocumentError
from .mail import Attachment, Mail, addresses, dutch_date, html_to_text

MISSING = "extract-msg ontbreekt: installeer het met pip install 'woo-redact[msg]' om .msg te lezen"


def read_msg(path: Path) -> Mail:
    try:
        import extract_msg
    except ImportError:
        raise DocumentError(MISSING) from None
    logging.getLogger("extract_msg").setLevel(logging.CRITICAL)  # it logs every unknown property
    try:
        msg = extract_msg.openMsg(str(path), delayAttachments=False)
    except Exception as exc:  # extract-msg raises many types for a bad file; none may stop the batch
        raise DocumentError(f"beschadigd of geen Outlook-bericht ({type(exc).__name__})") from None
    try:
        return _mail(msg)
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(f"Outlook-bericht niet leesbaar ({type(exc).__name__})") from None
    finally:
        msg.close()


def _mail(msg) -> Mail:
    if not hasattr(msg, "body"):  # a calendar item, contact or task: not a mail
        raise DocumentError(f"Outlook-item van type {type(msg).__name__} wordt niet ondersteund")
    body = msg.body or ""
    if not body.strip() and getattr(msg, "htmlBody", None):
        raw = msg.htmlBody
        body = html_to_text(raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw)
    attachments = []
    for att in msg.attachments:
        data = getattr(att, "data", None)
        name = att.getFilename() if hasattr(att, "getFilename") else (att.longFilename or att.shortFilename or "")
        if hasattr(data, "exportBytes"):  # an attached Outlook item: its own .msg bytes
            data = data.exportBytes()
            name = name if name.lower().endswith(".msg") else (name or "bijgevoegd bericht") + ".msg"
        if not isinstance(data, bytes):
            data = b""  # a reference to a file elsewhere: nothing here to read (the row says so)
        attachments.append(Attachment(name or "bijlage", data, inline=bool(getattr(att, "hidden", False))))
    return Mail(sender=addresses(msg.sender or ""), to=addresses(msg.to or ""), cc=addresses(msg.cc or ""),
                bcc=addresses(msg.bcc or ""), sent=dutch_date(_local(msg.date)) if msg.date else "",
                subject=" ".join((msg.subject or "").split()), body=body, attachments=tuple(attachments))


def _local(when: dt.datetime) -> dt.datetime:
    """A .msg keeps its times in UTC (FILETIME); Outlook shows them in the reader's time, which for a
    Dutch dossier is Europe/Amsterdam. A naive time is taken as it is."""
    if when.tzinfo is None:
        return when
    try:
        return when.astimezone(ZoneInfo("Europe/Amsterdam"))
    except ZoneInfoNotFoundError:  # no time zone data on this machine: UTC, rather than nothing
        return when
