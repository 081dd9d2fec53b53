"""E-mail threads: mails that quote each other form one thread.

Two mails are in one thread when one quotes the other's header (the same subject without RE:/FW:,
the same sender), when both quote the same mail, or when both are the same mail (two copies). The
keys are hashes (dossier/mailheads.py). A thread needs two mails at least; its number (the
inventory's Email Thread ID, an integer from 1) follows the inventory order of its first mail.

The most complete mail of a thread is the one that quotes the most earlier mails (header blocks in
its body), then the one with the most words, then the first: the last reply, which holds the whole
conversation.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Fingerprint
from .duplicates import _Groups


def find_threads(fingerprints: Mapping[str, Fingerprint]) -> list[tuple[list[str], str]]:
    """The threads: (their mails' relpaths sorted, the most complete mail), in order of their first mail."""
    mails = sorted(r for r, f in fingerprints.items() if f.mail is not None)
    groups = _Groups(mails)
    holders: dict[str, str] = {}  # key -> the first mail that has it (its own or quoted)
    for r in mails:
        keys = fingerprints[r].mail
        for key in keys.own + keys.quoted:
            first = holders.setdefault(key, r)
            if first != r:
                groups.join(first, r)
    out = []
    for members in groups.groups():
        lead = min(members, key=lambda r: (-fingerprints[r].mail.blocks, -fingerprints[r].words, r))
        out.append((members, lead))
    return sorted(out, key=lambda t: t[0][0])
