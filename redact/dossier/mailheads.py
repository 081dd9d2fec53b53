"""The header of a mail and the headers it quotes, from the text of a document.

A mail (converted .eml/.msg, a PDF print, a .txt export) starts with a header block: `Van:`,
`Aan:`, `Verzonden:`, `Onderwerp:` (or `From:`, `To:`, `Sent:`, `Subject:`). A reply or forward
quotes its predecessors with the same block in its body ("Van: ... Verzonden: ... Aan: ...
Onderwerp: ..."), as Outlook writes it, possibly behind `>`. Each block becomes keys: a hash of the
subject without its RE:/FW:/Antw:/Fwd: prefixes and of the sender (one key for the address, one for
the name's words in any order, so that "Jansen, Jan" and "Jan Jansen <j.jansen@...>" meet).
"""

from __future__ import annotations

import hashlib
import re

from ..model import MailKeys

_FIELD = re.compile(r"^\s*(?:>\s*)*(?P<label>[A-Za-z]+)\s*:\s*(?P<value>.*)$")
SENDER = {"van", "from"}
SUBJECT = {"onderwerp", "subject"}
HEADER = SENDER | SUBJECT | {"aan", "to", "cc", "bcc", "verzonden", "sent", "datum", "date", "bijlagen",
                             "attachments", "prioriteit", "importance"}
# RE:, FW:, Fwd:, Antw:, Doorst:, WG:, AW:, TR:, SV:, VS: (Dutch, English, German, French, Nordic
# clients), also stacked ("RE: FW: RE:") and numbered ("RE[2]:").
_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|antw|antwoord|doorst|wg|aw|tr|sv|vs)\s*(?:\[\d+\])?\s*:\s*)+",
                     re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORD = re.compile(r"\w+")
HEAD_LINES = 12  # the own header: among the first lines of the text
BLOCK_LINES = 8  # a quoted block: its subject within this many lines after its sender


def normalised_subject(subject: str) -> str:
    return " ".join(_PREFIX.sub("", subject).lower().split())


def sender_forms(sender: str) -> list[str]:
    """The address (lower case) and the name's words, sorted: both forms of one sender."""
    forms = [a.lower() for a in _ADDRESS.findall(sender)]
    name = _ADDRESS.sub(" ", sender)
    words = sorted(w.lower() for w in _WORD.findall(name))
    if words:
        forms.append(" ".join(words))
    return forms


def _keys(subject: str, sender: str) -> list[str]:
    subject = normalised_subject(subject)
    if not subject:
        return []  # no subject: nothing to thread on
    return [hashlib.sha256(f"{subject}\n{form}".encode()).hexdigest()[:24] for form in sender_forms(sender)]


def _fields(lines: list[str]) -> list[tuple[int, str, str]]:
    out = []
    for i, line in enumerate(lines):
        m = _FIELD.match(line)
        if m and m.group("label").lower() in HEADER:
            out.append((i, m.group("label").lower(), m.group("value").strip()))
    return out


def _head_end(lines: list[str]) -> int:
    """The line after the mail's own header: the first blank line after its first lines (a long
    Aan: line may wrap onto the next), at most HEAD_LINES down."""
    started = False
    for i, line in enumerate(lines[:HEAD_LINES]):
        if line.strip():
            started = True
        elif started:
            return i
    return min(len(lines), HEAD_LINES)


def mail_keys(text: str) -> MailKeys | None:
    """The keys of a mail, or None when the text does not start with a mail header."""
    lines = text.splitlines()
    fields = _fields(lines)
    head = [f for f in fields if f[0] < _head_end(lines)]
    sender = next((v for _, label, v in head if label in SENDER), None)
    subject = next((v for _, label, v in head if label in SUBJECT), None)
    if sender is None or subject is None:
        return None
    own = _keys(subject, sender)
    head_end = max(i for i, _, _ in head)
    quoted: list[str] = []
    blocks = 0
    for i, label, value in fields:
        if i <= head_end or label not in SENDER:
            continue
        following = [(j, lab, v) for j, lab, v in fields if i < j <= i + BLOCK_LINES and lab in SUBJECT]
        if following:
            blocks += 1
            quoted.extend(_keys(following[0][2], value))
    if not own and not quoted:
        return None
    return MailKeys(own=tuple(own), quoted=tuple(dict.fromkeys(quoted)), blocks=blocks)
