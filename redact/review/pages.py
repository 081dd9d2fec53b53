"""The coordinator's decision on a page that cannot be read reliably (OCR unreliable, ink unread).

Such a page stops the document (`--unreadable-pages withhold`, the default) or is blacked out
whole (`blackout`). A coordinator who has read the page by eye decides per page, in `review`:

    publish   "handmatig beoordeeld: publiceren zoals het is": the page is redacted as any page
              (the findings on it boxed) and published; the output check runs on it too
    blackout  "hele pagina weglakken": a black page under the ground the coordinator names
    withhold  "achterhouden": the document is not published

The decision is stored in the decisions file (kind "page", `value` the page number, `id` the
page's fingerprint below), so it applies to that page only as it was judged: a changed page (a
new scan, another image, a page inserted before it) has another fingerprint, and the old decision
is ignored (the page is then treated as without decision). Without a decision nothing changes:
fail closed stays the default.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Document

PAGE_KIND = "page"
PAGE_ACTIONS = ("publish", "blackout", "withhold")
# What the reviewer sees and the inventory's Toelichting says (no values, no names).
PAGE_ACTIONS_NL = {"publish": "handmatig beoordeeld: gepubliceerd zoals het is",
                   "blackout": "handmatig beoordeeld: hele pagina weggelakt",
                   "withhold": "handmatig beoordeeld: achtergehouden"}
STALE_NL = "eerder besluit over deze pagina geldt niet meer: de pagina is gewijzigd"
PAGE_CHOICES_NL = {"publish": "publiceren zoals het is", "blackout": "hele pagina weglakken",
                   "withhold": "achterhouden"}


def current_decision(source: str | Path, page_number: int, decision):
    """The decision when it was made on this very page (its fingerprint), else None."""
    return decision if decision is not None and decision.id == page_fingerprint(source, page_number) else None


def page_status_nl(page_number: int, why: str, decision) -> str:
    """One line for the reviewer on a page that cannot be read reliably, with its decision if any
    (current_decision: one made on another version of the page is none)."""
    if decision is None:
        return (f"pagina {page_number}: niet betrouwbaar te lezen ({why}); geen besluit: bij export achtergehouden "
                f"of geheel zwart (--unreadable-pages); na lezen: woo-redact review WERK --page DOCUMENT:{page_number} "
                "--page-decision publish|blackout|withhold")
    ground = f" ({decision.ground})" if decision.action == "blackout" else ""
    return (f"pagina {page_number}: niet betrouwbaar te lezen ({why}); besluit: {PAGE_CHOICES_NL[decision.action]}"
            f"{ground} ({decision.reviewer}, {decision.time}; geldt zolang de pagina niet wijzigt)")


def page_fingerprint(source: str | Path, number: int) -> str | None:
    """A SHA-256 of what page `number` of the PDF `source` shows: its size and rotation, its
    content streams and every image and form it draws (their raw bytes). None when it cannot be
    read (not a PDF, no such page): then no decision applies to it."""
    import pymupdf

    try:
        with pymupdf.open(source, filetype="pdf") as doc:
            if not 1 <= number <= doc.page_count:
                return None
            page = doc[number - 1]
            digest = hashlib.sha256(f"{tuple(page.mediabox)}|{page.rotation}|".encode())
            digest.update(page.read_contents())
            for xref in sorted({item[0] for item in page.get_images(full=True)}
                               | {item[0] for item in page.get_xobjects()}):
                digest.update(b"|%d|" % xref)
                digest.update(doc.xref_stream_raw(xref) or b"")
            return digest.hexdigest()[:32]
    except (RuntimeError, ValueError, OSError):
        return None


@dataclass(frozen=True)
class PageJudgement:
    """What the page decisions make of a document with pages that cannot be read reliably."""

    document: Document  # the pages decided "publish" no longer marked needs_review
    grounds: dict[int, str]  # page -> ground of a black page the reviewer chose
    withheld: str | None  # why the document is not published (a page withheld or without decision)
    notes: tuple[str, ...]  # per decided page, for the console and the private record (who, when)


def judge_pages(document: Document, decisions: Mapping[int, object], mode: str) -> PageJudgement:
    """Apply the page decisions (page number -> decision with `action`, `ground`, `id`,
    `reviewer`, `time`; see DecisionBook.pages) to the unreadable pages of `document`. A decision
    applies only when its fingerprint is the page's. Undecided pages follow `mode` ("withhold":
    the document is withheld; "blackout": the page is blacked out under the default ground)."""
    pages, grounds, notes, withheld, undecided, published = [], {}, [], [], [], []
    for page in document.pages:
        decision = decisions.get(page.number) if page.needs_review else None
        if decision is not None and current_decision(document.source, page.number, decision) is None:
            page = replace(page, needs_review=f"{page.needs_review}; {STALE_NL}")
            decision = None
        if page.needs_review and decision is None:
            undecided.append(f"pagina {page.number}: {page.needs_review}")
        elif decision is not None:
            ground = f" ({decision.ground})" if decision.action == "blackout" else ""
            notes.append(f"pagina {page.number}: {PAGE_ACTIONS_NL[decision.action]}{ground} "
                         f"door {decision.reviewer} op {decision.time}")
            if decision.action == "publish":
                published.append(f"pagina {page.number}: {PAGE_ACTIONS_NL['publish']}")
                page = replace(page, needs_review=None)
            elif decision.action == "blackout":
                grounds[page.number] = decision.ground
                published.append(f"pagina {page.number}: {PAGE_ACTIONS_NL['blackout']} ({decision.ground})")
            else:
                withheld.append(f"pagina {page.number}: {PAGE_ACTIONS_NL['withhold']}")
        pages.append(page)
    if undecided and mode != "blackout":
        withheld.extend(undecided)
    # The inventory's Toelichting says which pages were published or blacked out on a person's
    # judgement, and under which ground (no names).
    document = replace(document, pages=tuple(pages), warnings=document.warnings + tuple(published))
    return PageJudgement(document, grounds, "; ".join(withheld) or None, tuple(notes))
