"""The publication package, written by flows/common.py: finish when the request has a kenmerk
(`--request`): productierapport.xlsx and werkrapport.xlsx, upload/ and upload.zip, diwoo/.

    OUT/productierapport.xlsx   the platform's 14 columns, one row per document in upload/
    OUT/werkrapport.xlsx        the documents that still need work (never uploaded)
    OUT/upload/ID.pdf           each published document under its ID
    OUT/upload.zip              the same files in one zip
    OUT/diwoo/ID.xml            DiWoo metadata per published document; <request>.xml: the decision
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..model import DocumentResult, Status
from ..outfolder import DIWOO_DIR, PRODUCTION_REPORT, UPLOAD_DIR, UPLOAD_ZIP, WORK_REPORT
from ..rules import RuleSet
from .diwoo import MetadataError, Settings, category, organisation, write_records
from .numbering import Numbered
from .productierapport import write_reports
from .rows import PackageRow, package_rows
from .upload import Printer, Upload, print_here, write_upload, write_zip

PACKAGE_FILES = (PRODUCTION_REPORT, WORK_REPORT, UPLOAD_ZIP)  # beside upload/ and diwoo/
PACKAGE_DIRS = (UPLOAD_DIR, DIWOO_DIR)


@dataclass(frozen=True)
class PackageOptions:
    request: str
    stamp: bool = False
    publisher: str | None = None  # a TOOI address; None: policy.yaml publication.publisher
    decision_date: str | None = None


@dataclass(frozen=True)
class Package:
    """What the package holds, for the console and the private record."""

    published: list[PackageRow]
    pending: list[PackageRow]
    upload: Upload
    diwoo: int = 0  # records written
    diwoo_skipped: str | None = None  # why no DiWoo records were written
    diwoo_failed: dict[str, list[str]] = field(default_factory=dict)

    def copies(self, results: list[DocumentResult]) -> list[tuple[DocumentResult, str, str]]:
        """(result, upload path, kind) of each upload copy, for the private record: `verify`
        checks them as it checks OUT (a copy printed from text: kind txt, no layout source)."""
        by_relpath = {r.relpath: r for r in results}
        return [(by_relpath[row.relpath], self.upload.files[row.id], "pdf" if row.kind == "pdf" else "txt")
                for row in self.published]


def settings(rules: RuleSet, options: PackageOptions) -> Settings | str:
    """The DiWoo settings, or why there are none."""
    section = rules.policy.publication
    publisher = options.publisher or section.get("publisher")
    if not publisher:
        return ("geen uitgever: geef --publisher, publisher in een --request-file (samples/verzoek.yaml) of "
                "publication.publisher in policy.yaml")
    try:
        return Settings(options.request, organisation(publisher),
                        category(section.get("information_category") or "https://identifier.overheid.nl/tooi/def/"
                                 "thes/kern/c_3baef532"), options.decision_date)
    except MetadataError as exc:
        return str(exc)


def write_package(results: list[DocumentResult], numbered: Numbered, out_dir: Path, rules: RuleSet,
                  options: PackageOptions, printer: Printer = print_here) -> Package:
    rows = package_rows(results, numbered, options.request, rules.policy.publication.get("file_types", {}))
    upload = write_upload(rows, out_dir, options.stamp, {r.relpath: r.redacted_values for r in results}, printer)
    published, pending = [], []
    for row in rows:
        if row.published and row.id in upload.files:
            published.append(row)
        elif row.published:  # no upload copy: not a row of the productierapport
            reason = upload.failed.get(row.relpath, "geen upload-bestand")
            pending.append(replace(row, judgement=Status.NEEDS_REVIEW.value,
                                   explanation="; ".join(p for p in (row.explanation, reason) if p)))
        else:
            pending.append(row)
    write_zip(upload, out_dir)
    write_reports(published, pending, out_dir / PRODUCTION_REPORT, out_dir / WORK_REPORT)
    wanted = settings(rules, options)
    if isinstance(wanted, str):
        remove_records(out_dir)
        return Package(published, pending, upload, diwoo_skipped=wanted)
    failed = write_records(published, wanted, out_dir)
    return Package(published, pending, upload, diwoo=len(published) + 1 - len(failed), diwoo_failed=failed)


def _remove_own(folder: Path, pattern: str) -> None:
    """The package's files in `folder` (`pattern`), and the folder when nothing else is in it."""
    if folder.is_dir():
        for path in folder.glob(pattern):
            path.unlink()
        if not any(folder.iterdir()):
            folder.rmdir()


def remove_records(out_dir: Path) -> None:
    _remove_own(out_dir / DIWOO_DIR, "*.xml")


def remove_package(out_dir: Path) -> None:
    """A run without --request: an earlier run's package must not stand as if it were current."""
    for name in PACKAGE_FILES:
        (out_dir / name).unlink(missing_ok=True)
    remove_records(out_dir)
    _remove_own(out_dir / UPLOAD_DIR, "*.pdf")
