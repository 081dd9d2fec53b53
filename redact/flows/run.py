"""`run`: detect, decide, burn in, verify and report, in one go.

    collect -> analyse (workers) -> across_dossier -> publish (workers) -> relations -> finish

Without the dossier pass (`dossier_wide: false`, `duplicates: same_redactions: false` and
`--duplicates publish`; flows/dossier.two_stage) each worker analyses and publishes its document
in one step, so the character boxes never travel between processes. With the dossier pass the
client holds each document's analysis without its character boxes (flows/analyses.py: the worker
keeps the whole analysis in the private folder, the publishing worker reads its boxes back), and a
resumed run takes the kept analyses of unchanged documents instead of analysing them again. Either
way the duplicates and threads are marked at the end from the fingerprints the workers made
(dossier/relations.py).

A run into an OUT that an earlier run wrote resumes (flows/journal.py): what is unchanged and
still in place is not done again, and its earlier result goes into the inventory and log.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from ..errors import DocumentError, UsageProblem, write_problem
from ..model import DocumentResult, Status
from ..pipeline import Analysis, failed
from ..verify.record import check_private_dir, default_private_dir
from .common import (FlowContext, Options, RunOutcome, document_numbers, finish, internal_error, rules_for,
                     with_pipeline)
from ..outfolder import remove_output
from .dossier import across_dossier, two_stage
from .executor import Executor, LocalPool, Progress
from .formats import convert_sources, with_origins
from .guard import guarded_output, is_write_error
from .analyses import ANALYSES_DIR, AnalysisStore, light
from .journal import JOURNAL_DIR, Journal, Keyed, Resumption, settings_key, source_sha
from .sources import SourceFile, collect


def run(sources: list[Path], out_dir: Path, options: Options = Options(), private_dir: Path | None = None,
        executor: Executor | None = None, progress: Progress | None = None, force: bool = False) -> RunOutcome:
    """Redact `sources` (files or folders, recursively) into `out_dir`. Raises RulesError (exit 3)
    or UsageProblem (exit 2) before anything is written; FolderBusy (exit 75) when another run
    holds the folder; EnvironmentProblem (exit 74) when the folder cannot be written, up front or
    midway (the inventory and log are then not written).
    `force`: redo every document, whatever the journal of an earlier run says."""
    rules = rules_for(options)
    private_dir = private_dir or default_private_dir(out_dir)
    items, unsupported = collect(list(sources), out_dir)
    try:
        check_private_dir(private_dir, out_dir)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    with guarded_output(out_dir, private_dir):
        try:
            return _run(rules, items, unsupported, out_dir, options, private_dir, executor or LocalPool(),
                        progress or Progress(), force)
        except OSError as exc:  # a worker's or the report's write failed: stop, report nothing half
            if is_write_error(exc):
                raise write_problem(exc, f"uitvoermap {out_dir} of privémap {private_dir}") from None
            raise


def _run(rules, items: list[SourceFile], unsupported: list[DocumentResult], out_dir: Path, options: Options,
         private_dir: Path, executor: Executor, progress: Progress, force: bool) -> RunOutcome:
    paths = {i.relpath: i.path for i in items}  # a new source is hashed: a moved file keeps its number
    converted = convert_sources(items, private_dir, executor, progress, out_dir)  # mails, Office, images
    items, unsupported = converted.items, unsupported + converted.failed
    # The stable document numbers, before anything is published: --stamp draws them on the pages.
    numbered = document_numbers([(i.relpath, converted.origins.get(i.relpath)) for i in items]
                                + [(r.relpath, r.origin) for r in unsupported], private_dir, options,
                                lambda key: source_sha(paths[key]) if key in paths else None)
    stamps = tuple(numbered.ids().items()) if options.stamp else ()
    context = FlowContext(rules, out_dir, options.model_dir, options.unreadable_pages, stamps, options.page_decisions)
    journal = Journal(private_dir / JOURNAL_DIR, settings_key(rules, options.model_dir, options.keep_names,
                                                              options.unreadable_pages, options.special_categories,
                                                              options.duplicates, options.page_decisions))
    store = AnalysisStore(private_dir / ANALYSES_DIR, journal.settings)
    whole = two_stage(rules, options.duplicates)
    resuming = Resumption(journal, items, out_dir, whole, force, dict(stamps), store)
    if whole:  # names redacted anywhere are redacted everywhere; copies get the same redactions
        todo, kept = resuming.to_analyse()  # kept: unchanged documents' analyses from an earlier run
        analysed = executor.map(partial(analyse_kept, store=store), largest_first(todo, _source_size), context,
                                progress, "analyseren", _relpath, prepare=with_pipeline)
        failures = resuming.failed([r for r in analysed if isinstance(r, DocumentResult)])
        analyses = across_dossier(sorted(kept + [a for a in analysed if isinstance(a, Analysis)], key=_relpath),
                                  rules, duplicates=options.duplicates, built=context.built)
        published = executor.map(resuming.task(partial(publish_kept, store=store)),
                                 largest_first(resuming.to_publish(analyses), _text_size), context, progress,
                                 "publiceren", _relpath)
        results = failures + published
    else:
        results = executor.map(resuming.task(process_one), largest_first(resuming.to_process(), _source_size),
                               context, progress, "verwerken", _relpath, prepare=with_pipeline)
    results = with_origins(sorted(results + resuming.reused() + unsupported, key=_relpath), private_dir)
    done = finish(results, out_dir, private_dir, options, rules, numbered, executor, progress)
    return RunOutcome(out_dir, done.results, done.record, done.stale, resume=resuming.close(done.results),
                      package=done.package)


def _relpath(item) -> str:
    return item.relpath


def largest_first(items: list, size) -> list:
    """The largest documents first (then by path): the workers take them in this order, so a
    large document begun last does not keep one worker busy while the others wait (issue 14).
    The results are sorted by path afterwards, whatever the order."""
    return sorted(items, key=lambda k: (-size(k), k.relpath))


def _source_size(keyed: Keyed) -> int:
    try:
        return keyed.item.path.stat().st_size
    except OSError:
        return 0


def _text_size(keyed: Keyed) -> int:
    return sum(len(p.text) for p in keyed.item.document.pages)


# -- the tasks (top-level, so that they pickle) ------------------------------------------------

def analyse_one(context: FlowContext, item: SourceFile) -> Analysis | DocumentResult:
    """The Analysis of one source, or the result of a document that cannot be used."""
    try:
        return context.pipeline.analyse(item.path, item.relpath, context.unreadable_pages,
                                        context.pages_for(item.relpath))
    except DocumentError as exc:
        return failed(item.path, item.relpath, context.dest, exc)
    except Exception as exc:
        _stop_on_write_error(context, exc)
        return internal_error(item.relpath, item.path.suffix.lstrip("."), exc)


def analyse_kept(context: FlowContext, keyed: Keyed, store: AnalysisStore) -> Analysis | DocumentResult:
    """With the dossier pass: analyse in the worker, keep the analysis in the private folder, and
    send the client only what the dossier pass and the report need (no character boxes)."""
    analysed = analyse_one(context, keyed.item)
    if isinstance(analysed, DocumentResult):
        store.path(keyed.relpath).unlink(missing_ok=True)
        return analysed
    store.write(analysed, keyed.sha)
    return light(analysed)


def publish_kept(context: FlowContext, analysis: Analysis, store: AnalysisStore) -> DocumentResult:
    """Publish a light analysis (its final decisions): its boxes read back in the worker."""
    if analysis.skip:  # a copy not published again: no boxes needed
        return publish_one(context, analysis)
    try:
        full = store.restore(analysis, context.rules)
    except DocumentError as exc:
        return failed(Path(analysis.document.source), analysis.relpath, context.dest, exc)
    except Exception as exc:
        _stop_on_write_error(context, exc)
        return internal_error(analysis.relpath, analysis.document.kind, exc)
    return publish_one(context, full)


def publish_one(context: FlowContext, analysis: Analysis) -> DocumentResult:
    """Render and verify one analysed document; a copy left out (`--duplicates skip`) is not
    written, and an earlier run's copy of it is removed. The result carries the fingerprint."""
    document = analysis.document
    if analysis.skip:
        remove_output(context.dest, analysis.relpath)
        return DocumentResult(relpath=analysis.relpath, kind=document.kind, status=Status.OK, date=document.date,
                              warnings=document.warnings, pages=len(document.pages), source=document.source,
                              fingerprint=analysis.fingerprint)
    try:
        result = context.publisher.publish(document, analysis.decisions, context.dest, blackout=context.blackout,
                                           stamp=context.stamp_for(analysis.relpath),
                                           page_grounds=dict(analysis.page_grounds), page_notes=analysis.page_notes)
    except Exception as exc:
        _stop_on_write_error(context, exc)
        result = internal_error(analysis.relpath, document.kind, exc)
    return replace(result, fingerprint=analysis.fingerprint)


def _stop_on_write_error(context: FlowContext, exc: Exception) -> None:
    """A read-only folder or a full disk is not this document's fault, nor a bug: the run stops
    (EnvironmentProblem, exit 74) instead of marking every document as an internal error."""
    if is_write_error(exc):
        raise write_problem(exc, f"uitvoermap {context.dest}") from None


def process_one(context: FlowContext, item: SourceFile) -> DocumentResult:
    """Both at once, for a request without the dossier pass."""
    analysed = analyse_one(context, item)
    return analysed if isinstance(analysed, DocumentResult) else publish_one(context, analysed)
