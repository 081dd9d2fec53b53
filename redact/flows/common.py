"""What the flows share: their options and worker context, rule loading, the result of a document
a bug stopped, the exit status, and the finishing step (private record, inventory, log)."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from ..decide.roles import add_keep_names
from ..decide.special import with_mode as special_categories_mode
from ..dossier.relations import related
from ..errors import ExitCode
from ..fileio import file_sha256
from ..model import DocumentResult, Origin, Status
from ..outfolder import UPLOAD_DIR, WITHHELD_DIR, remove_file, write_log
from ..pipeline import Pipeline, Publisher
from ..publish.numbering import Numbered, number_documents
from ..publish.package import Package, PackageOptions, remove_package, write_package
from ..publish.upload import print_here, print_job
from ..report.inventory import inventoried, write_inventory
from ..rules import RuleSet, load_rules
from ..verify.record import read_record, write_record
from .executor import Progress
from .journal import Resume


@dataclass(frozen=True)
class Options:
    """How a flow treats the documents; every field has the command line's default."""

    rules_dir: Path | None = None  # None: the built-in rules/ (export and review: the scan's)
    model_dir: Path | None = None  # None: the shipped models/nl_woo
    keep_names: tuple[str, ...] = ()  # public officials of this request: always visible
    unreadable_pages: str = "withhold"  # or "blackout"
    # A reviewer's decisions on pages that cannot be read reliably (`run --page-decisions`, a review's
    # decisions.json; review/pages.py): (relpath, ((page, decision), ...)), applied to unchanged pages.
    page_decisions: tuple = ()
    special_categories: str = "redact"  # or "propose", "off" (decide/special.py)
    duplicates: str = "publish"  # or "skip": a copy of another document is not published again (flows/dossier.py)
    verify_ocr: str | None = None  # "full" | "regions": the output check's OCR (None: policy.yaml's)
    # The publication package (docs/publication.md): the request's kenmerk (ID prefix and Matter;
    # with it the productierapport, upload/ and DiWoo records are written), the document number in
    # each published PDF's margin, and the publisher of the DiWoo records (else rules/policy.yaml).
    request: str | None = None
    stamp: bool = False
    publisher: str | None = None
    decision_date: str | None = None  # YYYY-MM-DD: the decision's date in its DiWoo record


def rules_for(options: Options, work: Path | None = None) -> RuleSet:
    """The rule set, loaded the one way every command loads it: the folder given, else (for a
    work folder) the one its scan used when it is still there, else the built-in rules; plus the
    request's public officials. Raises RulesError (exit 3) naming the file and the problem."""
    rules_dir = options.rules_dir
    if rules_dir is None and work is not None:
        from ..review.workfolder import WorkError, read_index

        try:
            recorded = read_index(work).rules
        except WorkError:
            recorded = None
        if recorded and Path(recorded).is_dir():
            rules_dir = Path(recorded)
    rules = load_rules(rules_dir)
    if options.keep_names:  # the per-request list of public officials (docs/names.md)
        rules = add_keep_names(rules, list(options.keep_names))
    if options.verify_ocr:  # --verify-ocr over policy.yaml's verify_ocr.mode
        policy = replace(rules.policy, verify_ocr=replace(rules.policy.verify_ocr, mode=options.verify_ocr))
        rules = replace(rules, policy=policy)
    return special_categories_mode(rules, options.special_categories)


@dataclass(frozen=True)
class FlowContext:
    """What every worker of a flow gets (flows/executor.py): plain, picklable data. The pipeline
    is built on first use, so once per worker process (a forked local pool's workers share the
    parent's: with_pipeline, flows/executor.py), and is never pickled."""

    rules: RuleSet
    dest: Path  # OUT (run) or WORK (scan)
    model_dir: Path | None = None
    unreadable_pages: str = "withhold"
    stamps: tuple[tuple[str, str], ...] = ()  # (relpath, document ID) of the PDFs to stamp (--stamp)
    page_decisions: tuple = ()  # Options.page_decisions

    def pages_for(self, relpath: str) -> dict:
        """The reviewer's page decisions of one document (page -> decision)."""
        return dict(dict(self.page_decisions).get(relpath, ()))

    def stamp_for(self, relpath: str) -> str | None:
        return self._stamps.get(relpath)

    @cached_property
    def _stamps(self) -> dict[str, str]:
        return dict(self.stamps)

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.rules, self.model_dir)

    @property
    def built(self) -> Pipeline | None:
        """The pipeline when this process built it already (never builds one)."""
        return self.__dict__.get("pipeline")

    @property
    def publisher(self) -> Publisher:
        """The pipeline when this process built one; else a Publisher, which loads no model."""
        return self.built or self._publisher

    @cached_property
    def _publisher(self) -> Publisher:
        return Publisher(self.rules)

    @property
    def blackout(self) -> bool:
        return self.unreadable_pages == "blackout"

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("pipeline", "_publisher", "_stamps")}


def with_pipeline(context: FlowContext) -> Pipeline:
    """The context's pipeline, built: `prepare` for the stages that detect (flows/executor.py)."""
    return context.pipeline


def internal_error(relpath: str, kind: str, exc: Exception) -> DocumentResult:
    """A bug must not stop the batch: the document is marked failed, with the traceback for the
    console only (call it inside the `except`)."""
    return DocumentResult(relpath=relpath, kind=kind, status=Status.FAILED,
                          # the message can name paths and values: it goes with the traceback
                          error=f"interne fout ({type(exc).__name__}); meld dit als bug met de melding in de console",
                          traceback=traceback.format_exc(limit=3))


def exit_status(statuses: Iterable[Status]) -> ExitCode:
    """The most serious outcome wins: a leak (4), then a withheld page (5), then a failure (1)."""
    found = set(statuses)
    if Status.LEAK in found:
        return ExitCode.VERIFY_FAILED
    if Status.NEEDS_REVIEW in found:
        return ExitCode.NEEDS_REVIEW
    if Status.FAILED in found:
        return ExitCode.DOCUMENTS_FAILED
    return ExitCode.OK


@dataclass(frozen=True)
class Stale:
    """Outputs in OUT of documents that are no longer in the request (their source was removed)."""

    removed: tuple[str, ...]  # written by an earlier run and unchanged since: removed
    changed: tuple[str, ...]  # changed since an earlier run wrote them: left for the user to judge


@dataclass(frozen=True)
class RunOutcome:
    """What `run` and `export` did: a result per file of the request (also those of a type this
    tool does not read), where the private record went, and what was cleared from OUT."""

    out_dir: Path
    results: list[DocumentResult]
    record: Path | None = None
    stale: Stale = field(default_factory=lambda: Stale((), ()))
    open_by_policy: int = 0  # export: open proposals decided by --unreviewed (redact or keep)
    resume: Resume | None = None  # run: what was taken from an earlier run (flows/journal.py), what was redone
    package: Package | None = None  # with --request: the publication package (publish/package.py)

    @property
    def exit_code(self) -> ExitCode:
        return exit_status(r.status for r in self.results)

    @property
    def problems(self) -> list[DocumentResult]:
        return [r for r in self.results if r.status is not Status.OK]


@dataclass(frozen=True)
class Finished:
    results: list[DocumentResult]  # with their duplicate and thread marks (dossier/relations.py)
    record: Path
    stale: Stale
    package: Package | None = None  # with --request: the publication package


def document_numbers(results_or_items: Iterable[tuple[str, Origin | None]], private_dir: Path, options: Options,
                     sha_of: Callable[[str], str | None] | None = None) -> Numbered:
    """The stable numbers of this run's documents (publish/numbering.py), kept in the private folder."""
    return number_documents(private_dir, results_or_items, sha_of, options.request)


def _printer(executor, progress):
    """The package's text outputs printed by the executor's workers (plain data both ways)."""
    if executor is None:
        return print_here
    return lambda jobs: executor.map(print_job, jobs, None, progress or Progress(), "upload-PDF's maken",
                                     lambda job: job.relpath)


def finish(results: list[DocumentResult], out_dir: Path, private_dir: Path, options: Options = Options(),
           rules: RuleSet | None = None, numbered: Numbered | None = None, executor=None,
           progress=None) -> Finished:
    """The end of `run` and `export`: OUT made to match the request (clear_stale), the document
    numbers (kept in the private folder; `numbered` when the flow numbered before publishing), the
    duplicates and threads marked with those numbers (dossier/relations.py), with --request the
    publication package (publish/package.py), then the private record for `verify` (outside OUT,
    also knowing the upload copies), the inventory and the redaction log. `executor`
    (flows/executor.py) prints the package's text outputs to PDF in its workers; None: here."""
    rules = rules or rules_for(options)
    stale = clear_stale({r.relpath for r in results}, out_dir, private_dir)
    numbered = numbered or document_numbers(((r.relpath, r.origin) for r in results), private_dir, options)
    if not all(r.relpath in numbered.numbers for r in results):  # a result the flow did not number before
        numbered = document_numbers(((r.relpath, r.origin) for r in results), private_dir, options)
    results = related(results, rules.policy.duplicates, numbered.ids())  # Gerelateerd ID, Email Thread ID
    package = None
    if options.request:
        package = write_package(results, numbered, out_dir, rules,
                                PackageOptions(options.request, options.stamp, options.publisher,
                                               options.decision_date), _printer(executor, progress))
    else:
        remove_package(out_dir)
    record = write_record(private_dir, out_dir, results, package.copies(results) if package else ())
    ids = numbered.ids()
    write_inventory(results, out_dir, ids)
    write_log(results, out_dir, ids)
    return Finished(results, record, stale, package)


def clear_stale(current: set[str], out_dir: Path, private_dir: Path) -> Stale:
    """Remove the outputs of documents an earlier run wrote into OUT that are not in this request.
    Only what that run wrote goes: the documents its inventory lists; a published copy only when
    its private record knows the file and it is unchanged (same SHA-256). Files of the user, or
    changed since, stay."""
    try:
        record = read_record(private_dir)
        written = {e.output: e.sha256 for e in record.entries.values()  # upload/ is the package's own
                   if not e.output.startswith(UPLOAD_DIR + "/")}
    except (OSError, ValueError, KeyError):  # no (usable) record: nothing is known to be ours
        written = {}
    removed, changed = [], []
    for relpath in sorted((inventoried(out_dir) | set(written)) - current):
        copy, aside = out_dir / relpath, out_dir / WITHHELD_DIR / relpath
        gone = aside.is_file()
        if gone:  # the withheld copy: _NIET_PUBLICEREN/ is woo-redact's own
            remove_file(out_dir, aside)
        if copy.is_file():
            if written.get(relpath) == file_sha256(copy):
                remove_file(out_dir, copy)
                gone = True
            else:
                changed.append(relpath)
                continue
        if gone:
            removed.append(relpath)
    return Stale(tuple(removed), tuple(changed))
