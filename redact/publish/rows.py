"""The rows of the publication package: one per document, in the platform's terms.

A document processed safely is a row of the productierapport (`Openbaar`, `Deels openbaar`). A
document that still needs work (`niet verwerkt`, `handmatige beoordeling nodig`, `verificatie
mislukt`, or a published copy that could not be made into its upload PDF) is a row of the work
report instead: the platform reads any judgement it does not know as Niet openbaar, silently, so
a working status never goes into the file meant for upload.

`thread_id` and `related_id` come from the DocumentResult, where a dossier step (duplicates, mail
threads) may have set them; None leaves the platform's cell empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from ..model import DocumentResult, Status
from ..report.cells import public_text
from ..report.inventory import DUPLICATE, explanation, relation_text
from .numbering import Numbered
from .platform import DATE_PATTERN, MAX_DOCUMENT, MAX_EXPLANATION


@dataclass(frozen=True)
class PackageRow:
    """One document as the package describes it; the fields follow the productierapport's columns."""

    id: str
    matter: str
    family: int | None  # the family's number (a mail with its attachments); None outside a family
    thread_id: int | None  # Email Thread ID (a dossier step fills it)
    document: str  # the name shown on the platform: the original file's name
    file_type: str  # the platform's vocabulary, or "" (Onbekend)
    date: str  # YYYY-MM-DD or ""
    judgement: str  # Openbaar / Deels openbaar (productierapport) or a working status (work report)
    grounds: str  # codes separated by ";"
    explanation: str  # Toelichting, at most MAX_EXPLANATION characters
    related_id: str | None  # Gerelateerd ID (a dossier step fills it)
    relpath: str  # the document in OUT (not a column of the productierapport)
    output: str | None  # its published copy in OUT, relative (published rows only)
    kind: str  # "pdf" or "txt": what the published copy is
    suspended: str = ""  # Opgeschort: an objection is pending (not known to woo-redact)
    public_link: str = ""  # Publieke Link (Reeds openbaar only)
    case_numbers: str = ""  # Zaaknummer

    @property
    def published(self) -> bool:
        return self.judgement in ("Openbaar", "Deels openbaar")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def file_type(result: DocumentResult, file_types: dict[str, str]) -> str:
    kind = (result.origin.kind if result.origin else PurePosixPath(result.relpath).suffix.lstrip(".") or result.kind)
    return file_types.get(kind.lower(), "pdf" if kind.lower() == "pdf" else "")


def judgement(result: DocumentResult) -> str:
    """A copy published again (`--duplicates publish`) is judged as any document, with its original
    in Gerelateerd ID; a copy not published again (`skip`) has no upload file, so it is a row of the
    work report (`dubbel`), never a platform row without its file."""
    if result.status is Status.OK and not result.output and result.duplicate is not None:
        return DUPLICATE
    if result.status is not Status.OK or not result.output:
        return result.status.value if result.status is not Status.OK else Status.FAILED.value
    return "Deels openbaar" if result.redactions else "Openbaar"


def package_rows(results: list[DocumentResult], numbered: Numbered, matter: str,
                 file_types: dict[str, str]) -> list[PackageRow]:
    """Every result as a row, in inventory order."""
    with_children = {r.origin.root for r in results if r.origin and r.origin.index}
    number = {r.relpath: numbered.id(r.relpath) for r in results}
    out = []
    for r in sorted(results, key=lambda r: numbered.sort_key(r.relpath)):
        in_family = bool(r.origin and (r.origin.index or r.relpath in with_children))
        name = r.origin.name if r.origin else PurePosixPath(r.relpath).name
        date = r.date if r.date and DATE_PATTERN.fullmatch(r.date) else ""
        # The Toelichting as the inventory has it: the copy and thread relations first, then the counts.
        told = "; ".join(p for p in (relation_text(r, number), explanation(r)) if p)
        out.append(PackageRow(
            id=numbered.id(r.relpath), matter=matter, family=numbered.family(r.relpath) if in_family else None,
            thread_id=r.thread_id, document=_cut(public_text(name), MAX_DOCUMENT),
            file_type=file_type(r, file_types), date=date, judgement=judgement(r), grounds=";".join(r.grounds),
            explanation=_cut(public_text(told), MAX_EXPLANATION), related_id=r.related_id,
            relpath=r.relpath, output=r.output if r.status is Status.OK else None, kind=r.kind))
    return out
