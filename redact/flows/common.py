"""What the flows share: their options and worker context, rule loading, the result of a document
a bug stopped, the exit status, and the finishing step (private record, inventory, log)."""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..decide.roles import add_keep_names
from ..errors import ExitCode
from ..model import DocumentResult, Status
from ..outfolder import write_log
from ..pipeline import Pipeline, Publisher
from ..report.inventory import write_inventory
from ..rules import RuleSet, load_rules
from ..verify.record import write_record


@dataclass(frozen=True)
class Options:
    """How a flow treats the documents; every field has the command line's default."""

    rules_dir: Path | None = None  # None: the built-in rules/ (export and review: the scan's)
    model_dir: Path | None = None  # None: the shipped models/nl_woo
    keep_names: tuple[str, ...] = ()  # public officials of this request: always visible
    unreadable_pages: str = "withhold"  # or "blackout"


def rules_for(options: Options, work: Path | None = None) -> RuleSet:
    """The rule set, loaded the one way every command loads it: the folder given, else (for a
    work folder) the one its scan used when it is still there, else the built-in rules; plus the
    request's public officials. Raises RulesError (exit 3) naming the file and the problem."""
    rules_dir = options.rules_dir
    if rules_dir is None and work is not None:
        from ..work import WorkError, read_index

        try:
            recorded = read_index(work).rules
        except WorkError:
            recorded = None
        if recorded and Path(recorded).is_dir():
            rules_dir = Path(recorded)
    rules = load_rules(rules_dir)
    if options.keep_names:  # the per-request list of public officials (docs/names.md)
        rules = add_keep_names(rules, list(options.keep_names))
    return rules


@dataclass(frozen=True)
class FlowContext:
    """What every worker of a flow gets (flows/executor.py): plain, picklable data. The pipeline
    is built on first use, so once per worker process, and is never pickled."""

    rules: RuleSet
    dest: Path  # OUT (run) or WORK (scan)
    model_dir: Path | None = None
    unreadable_pages: str = "withhold"

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.rules, self.model_dir)

    @property
    def publisher(self) -> Publisher:
        """The pipeline when this process built one; else a Publisher, which loads no model."""
        return self.__dict__.get("pipeline") or self._publisher

    @cached_property
    def _publisher(self) -> Publisher:
        return Publisher(self.rules)

    @property
    def blackout(self) -> bool:
        return self.unreadable_pages == "blackout"

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("pipeline", "_publisher")}


def internal_error(relpath: str, kind: str, exc: Exception) -> DocumentResult:
    """A bug must not stop the batch: the document is marked failed, with the traceback (call it
    inside the `except`)."""
    return DocumentResult(relpath=relpath, kind=kind, status=Status.FAILED,
                          error=f"interne fout ({type(exc).__name__}: {exc}); meld dit als bug",
                          warnings=(traceback.format_exc(limit=3),))


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
class RunOutcome:
    """What `run` and `export` did: a result per processed document, the files skipped, and where
    the private record went."""

    out_dir: Path
    results: list[DocumentResult]
    skipped: list[DocumentResult] = field(default_factory=list)
    record: Path | None = None

    @property
    def exit_code(self) -> ExitCode:
        return exit_status(r.status for r in self.results)

    @property
    def problems(self) -> list[DocumentResult]:
        return [r for r in self.results if r.status is not Status.OK]


def finish(results: list[DocumentResult], out_dir: Path, private_dir: Path) -> Path:
    """The end of `run` and `export`: the private record for `verify` (outside OUT), the inventory
    and the redaction log; returns the record's path."""
    record = write_record(private_dir, out_dir, results)
    write_inventory(results, out_dir)
    write_log(results, out_dir)
    return record
