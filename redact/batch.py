"""Batches: collect the inputs, run documents in worker processes, show progress."""

from __future__ import annotations

import os
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .ingest import is_supported
from .model import DocumentResult, Status
from .rules import RuleSet


@dataclass(frozen=True)
class SourceFile:
    path: Path
    relpath: str


class BatchError(Exception):
    """The batch cannot start (bad folders); the message says why."""


def collect(sources: list[Path], out_dir: Path) -> tuple[list[SourceFile], list[DocumentResult]]:
    """The supported files under each source (recursively) and the skipped ones."""
    out = out_dir.resolve()
    files: dict[str, SourceFile] = {}
    skipped: list[DocumentResult] = []
    for src in sources:
        src_abs = src.resolve()
        if not src_abs.exists():
            raise BatchError(f"{src}: bestaat niet")
        if src_abs.is_dir():
            if out == src_abs or out.is_relative_to(src_abs):
                raise BatchError(f"uitvoermap {out_dir} ligt in bronmap {src}: kies een map erbuiten")
            candidates = sorted(p for p in src_abs.rglob("*") if p.is_file())
            root = src_abs
        else:
            candidates, root = [src_abs], src_abs.parent
        for path in candidates:
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files and folders (.git, .DS_Store) are not documents
            if path.is_relative_to(out):
                continue
            relpath = rel.as_posix()
            if not is_supported(path):
                skipped.append(DocumentResult(relpath=relpath, kind=path.suffix.lower().lstrip(".") or "?",
                                              status=Status.SKIPPED,
                                              error=f"bestandstype {path.suffix or '(geen)'} wordt niet ondersteund"))
                continue
            if relpath in files and files[relpath].path != path:
                raise BatchError(f"{relpath}: staat in meer dan één bron; geef ze apart op")
            files[relpath] = SourceFile(path, relpath)
    return sorted(files.values(), key=lambda f: f.relpath), skipped


# One pipeline per worker process, built by the pool's initializer; the publishing pass of a
# dossier needs only the rules (no model to load again).
_worker_pipeline = None
_worker_rules: RuleSet | None = None


def _init_worker(rules: RuleSet, model_dir: Path | None) -> None:
    global _worker_pipeline, _worker_rules
    from .pipeline import Pipeline

    _worker_pipeline = Pipeline(rules, model_dir)
    _worker_rules = rules


def _init_publisher(rules: RuleSet, model_dir: Path | None) -> None:
    global _worker_rules
    _worker_rules = rules


def worker_pipeline():
    """The pipeline of this worker process, for runners other than `run_one` (e.g. scan)."""
    return _worker_pipeline


def internal_error(relpath: str, kind: str, exc: Exception) -> DocumentResult:
    """A bug must not stop the batch: the document is marked failed, with the traceback."""
    return DocumentResult(relpath=relpath, kind=kind, status=Status.FAILED,
                          error=f"interne fout ({type(exc).__name__}: {exc}); meld dit als bug",
                          warnings=(traceback.format_exc(limit=3),))


def run_one(item: SourceFile, out_dir: Path, unreadable_pages: str = "withhold") -> DocumentResult:
    try:
        return _worker_pipeline.process(item.path, item.relpath, out_dir, unreadable_pages=unreadable_pages)
    except Exception as exc:
        return internal_error(item.relpath, item.path.suffix.lstrip("."), exc)


def run_batch(items: list[SourceFile], out_dir: Path, rules: RuleSet, model_dir: Path | None,
              jobs: int, console: Console, runner=run_one, initializer=_init_worker) -> list[DocumentResult]:
    """Run `runner(item, out_dir)` (a top-level function: it is sent to the workers) on every item,
    after `initializer(rules, model_dir)` once per worker; its results need a `relpath`."""
    results: list[DocumentResult] = []
    progress = Progress(TextColumn("[bold]woo-redact"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.description}"), console=console, transient=False,
                        disable=not items)
    with progress:
        task = progress.add_task("", total=len(items))
        if jobs <= 1 or len(items) <= 1:
            # In this process a pipeline built earlier for the same rules is reused (loading the
            # model again costs seconds).
            if initializer is not _init_worker or _worker_pipeline is None or _worker_rules is not rules:
                initializer(rules, model_dir)
            for item in items:
                progress.update(task, description=item.relpath)
                results.append(runner(item, out_dir))
                progress.advance(task)
        else:
            with ProcessPoolExecutor(max_workers=min(jobs, len(items)), initializer=initializer,
                                     initargs=(rules, model_dir)) as pool:
                futures = {pool.submit(runner, item, out_dir): item for item in items}
                for future in as_completed(futures):
                    results.append(future.result())
                    progress.update(task, description=futures[future].relpath)
                    progress.advance(task)
    return sorted(results, key=lambda r: r.relpath)


def _analyse_one(item: SourceFile, out_dir: Path, unreadable_pages: str = "withhold"):
    """Runner of the first dossier pass: the Analysis, or the result of a document that failed."""
    from .errors import DocumentError
    from .pipeline import failed

    try:
        return _worker_pipeline.analyse(item.path, item.relpath, unreadable_pages)
    except DocumentError as exc:
        return failed(item.path, item.relpath, out_dir, exc)
    except Exception as exc:
        return internal_error(item.relpath, item.path.suffix.lstrip("."), exc)


def _publish_one(analysis, out_dir: Path, unreadable_pages: str = "withhold") -> DocumentResult:
    """Runner of the second dossier pass: render and verify one analysed document."""
    from .pipeline import UNREADABLE_ENTITY, publish

    try:
        rules = _worker_rules
        blackout = rules.ground_for(UNREADABLE_ENTITY) if unreadable_pages == "blackout" else None
        return publish(analysis.document, analysis.decisions, out_dir, blackout_ground=blackout)
    except Exception as exc:
        return internal_error(analysis.relpath, analysis.document.kind, exc)


def run_dossier(items: list[SourceFile], out_dir: Path, rules: RuleSet, model_dir: Path | None, jobs: int,
                console: Console, unreadable_pages: str = "withhold") -> list[DocumentResult]:
    """`run` on a dossier: analyse every document, carry the redacted names into all of them
    (decide.propagate.propagate_dossier), then publish. A name redacted in one document is thus
    redacted in every document of the batch."""
    from .decide.propagate import propagate_dossier

    analysed = run_batch(items, out_dir, rules, model_dir, jobs, console,
                         runner=partial(_analyse_one, unreadable_pages=unreadable_pages))
    failures = [r for r in analysed if isinstance(r, DocumentResult)]
    analyses = propagate_dossier([a for a in analysed if not isinstance(a, DocumentResult)], rules)
    published = run_batch(analyses, out_dir, rules, model_dir, jobs, console,
                          runner=partial(_publish_one, unreadable_pages=unreadable_pages),
                          initializer=_init_publisher)
    return sorted(failures + published, key=lambda r: r.relpath)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
