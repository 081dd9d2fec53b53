"""`run`: detect, decide, burn in, verify and report, in one go.

    collect -> analyse (workers) -> across_dossier -> publish (workers) -> finish

Without the dossier pass (`dossier_wide: false`) each worker analyses and publishes its document
in one step, so the character boxes never travel between processes.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DocumentError, UsageProblem
from ..model import DocumentResult
from ..pipeline import Analysis, failed
from ..verify.record import check_private_dir, default_private_dir
from .common import FlowContext, Options, RunOutcome, finish, internal_error, rules_for
from .dossier import across_dossier, dossier_wide
from .executor import Executor, LocalPool, Progress
from .formats import convert_sources, with_origins
from .sources import SourceFile, collect


def run(sources: list[Path], out_dir: Path, options: Options = Options(), private_dir: Path | None = None,
        executor: Executor | None = None, progress: Progress | None = None) -> RunOutcome:
    """Redact `sources` (files or folders, recursively) into `out_dir`. Raises RulesError (exit 3)
    or UsageProblem (exit 2) before anything is written."""
    rules = rules_for(options)
    private_dir = private_dir or default_private_dir(out_dir)
    items, unsupported = collect(list(sources), out_dir)
    try:
        check_private_dir(private_dir, out_dir)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    out_dir.mkdir(parents=True, exist_ok=True)
    context = FlowContext(rules, out_dir, options.model_dir, options.unreadable_pages)
    executor = executor or LocalPool()
    progress = progress or Progress()
    converted = convert_sources(items, private_dir, executor, progress, out_dir)  # mails, Office, images
    items, unsupported = converted.items, unsupported + converted.failed
    if dossier_wide(rules):  # names redacted anywhere are redacted everywhere
        analysed = executor.map(analyse_one, items, context, progress, "analyseren", _relpath)
        failures = [r for r in analysed if isinstance(r, DocumentResult)]
        analyses = across_dossier(sorted((a for a in analysed if isinstance(a, Analysis)), key=_relpath), rules)
        published = executor.map(publish_one, analyses, context, progress, "publiceren", _relpath)
        results = failures + published
    else:
        results = executor.map(process_one, items, context, progress, "verwerken", _relpath)
    results = with_origins(sorted(results + unsupported, key=_relpath), private_dir)
    record, stale = finish(results, out_dir, private_dir)
    return RunOutcome(out_dir, results, record, stale)


def _relpath(item) -> str:
    return item.relpath


# -- the tasks (top-level, so that they pickle) ------------------------------------------------

def analyse_one(context: FlowContext, item: SourceFile) -> Analysis | DocumentResult:
    """The Analysis of one source, or the result of a document that cannot be used."""
    try:
        return context.pipeline.analyse(item.path, item.relpath, context.unreadable_pages)
    except DocumentError as exc:
        return failed(item.path, item.relpath, context.dest, exc)
    except Exception as exc:
        return internal_error(item.relpath, item.path.suffix.lstrip("."), exc)


def publish_one(context: FlowContext, analysis: Analysis) -> DocumentResult:
    """Render and verify one analysed document."""
    try:
        return context.publisher.publish(analysis.document, analysis.decisions, context.dest,
                                         blackout=context.blackout)
    except Exception as exc:
        return internal_error(analysis.relpath, analysis.document.kind, exc)


def process_one(context: FlowContext, item: SourceFile) -> DocumentResult:
    """Both at once, for a request without the dossier pass."""
    analysed = analyse_one(context, item)
    return analysed if isinstance(analysed, DocumentResult) else publish_one(context, analysed)
