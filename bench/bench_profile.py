"""Where the CPU of `woo-redact run` goes: its layers, and (with --cprofile) its functions.

    python bench/bench_profile.py [--pages 60] [--docs 6] [--jobs 1] [--cprofile] [--top 30] [--stats FILE]

The dossier is bench_run.py's (text PDFs, five personal data items per page). The run is
`flows.run.run` with one job in this process, after a warm-up that builds the pipeline (so
start-up is not in the figures: bench_startup.py measures it). Prints CPU seconds
(time.process_time and the subprocesses' rusage: not the wall clock, which a shared machine
inflates), pages per CPU-second, and the CPU per layer; with --cprofile a second run under
cProfile and its top functions by own time. Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_run import build_dossier  # noqa: E402

# (label, where it is looked up, attribute): the layers of a run. Timed with time.process_time
# around each call (plus the CPU of subprocesses it waits for), which costs nothing next to them;
# cProfile's own figures inflate pure-Python code (pdfminer, the character walk) several-fold.
LAYERS = [
    ("ingest: read_document", "redact.pipeline", "read_document"),
    ("  page_text (character walk)", "redact.ingest.pdf", "page_text"),
    ("detect: DetectionEngine.detect", "redact.detect.engine:DetectionEngine", "detect"),
    ("  Presidio analyze (all calls)", "presidio_analyzer.analyzer_engine:AnalyzerEngine", "analyze"),
    ("    spaCy pipeline (nlp call)", "spacy.language:Language", "__call__"),
    ("    spaCy pipeline (nlp.pipe)", "spacy.language:Language", "pipe"),
    ("    tokens to NlpArtifacts", "redact.detect.engine:LoadedSpacyNlpEngine", "_doc_to_nlp_artifact"),
    ("    context words (Presidio)",
     "presidio_analyzer.context_aware_enhancers.lemma_context_aware_enhancer:LemmaContextAwareEnhancer",
     "enhance_using_context"),
    ("  other readings", "redact.detect.engine:DetectionEngine", "_other_readings"),
    ("    page_readings", "redact.detect.engine", "page_readings"),
    ("decide: Decider.decide", "redact.decide.policy:Decider", "decide"),
    ("images: image_decisions", "redact.pipeline", "image_decisions"),
    ("  signature_areas", "redact.images", "signature_areas"),
    ("fingerprint", "redact.pipeline", "fingerprint"),
    ("dossier pass", "redact.flows.run", "across_dossier"),
    ("publish: Publisher.publish", "redact.pipeline:Publisher", "publish"),
    ("  render_pdf", "redact.pipeline", "render_pdf"),
    ("    labels (insert_text)", "redact.render.pdf", "_label"),
    ("    scrub", "redact.render.pdf", "scrub"),
    ("  verify_output", "redact.pipeline", "verify_output"),
    ("    structure (pypdf, all objects)", "redact.verify.check", "read_structure"),
    ("    extractors: pypdf", "redact.verify.extract", "pypdf_text"),
    ("    extractors: pdftotext", "redact.verify.extract", "pdftotext_text"),
    ("    extractors: pdfminer", "redact.verify.extract", "pdfminer_text"),
    ("    known values (survivors)", "redact.verify.values:PlainValues", "survivors"),
    ("    unjudged values", "redact.verify.check", "unjudged"),
    ("      pipeline_text (PyMuPDF)", "redact.verify.judged", "pipeline_text"),
    ("    poppler words of the output", "redact.verify.check", "page_words"),
    ("    labels in the boxes", "redact.verify.check", "unlabelled_boxes"),
    ("    layout: misplaced_words", "redact.verify.check", "misplaced_words"),
    ("      poppler words of the source", "redact.verify.layout", "source_words"),
    ("      text trace (PyMuPDF)", "redact.verify.layout", "_invisible"),
    ("      layout glyphs (pdfium)", "redact.verify.layout", "_glyphs_on_pages"),
    ("    image areas", "redact.verify.check", "image_area_problems"),
    ("finish (record, inventory, log)", "redact.flows.run", "finish"),
    # With --jobs N the layers above run in forked workers and are not seen here (but the dossier pass
    # and finish, which stay in this process); these are this process's own share of each stage.
    ("stages: own CPU here (LocalPool.map)", "redact.flows.executor:LocalPool", "map"),
]


class Timers:
    """Wraps each layer's function to add up its CPU (own and subprocesses') and calls."""

    def __init__(self):
        self.cpu: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.undo: list = []

    def install(self) -> None:
        import importlib
        import inspect

        for label, where, attr in LAYERS:
            module, _, cls = where.partition(":")
            owner = importlib.import_module(module)
            owner = getattr(owner, cls) if cls else owner
            original = inspect.getattr_static(owner, attr, None)
            if original is None:
                continue
            self.undo.append((owner, attr, original))
            setattr(owner, attr, self._timed(label, original))

    def _timed(self, label, func):
        import functools

        own_only = "own CPU" in label  # not the workers it waits for

        @functools.wraps(func)
        def timed(*a, **k):
            start = time.process_time() + (0.0 if own_only else _children())
            try:
                return func(*a, **k)
            finally:
                self.cpu[label] = (self.cpu.get(label, 0.0) + time.process_time()
                                   + (0.0 if own_only else _children()) - start)
                self.calls[label] = self.calls.get(label, 0) + 1
        return timed

    def remove(self) -> None:
        for owner, attr, original in reversed(self.undo):
            setattr(owner, attr, original)
        self.undo.clear()


class GcTimer:
    """The CPU spent in Python's garbage collections (gc.callbacks: start and stop of each)."""

    def __init__(self):
        self.cpu, self.count, self.full, self._start = 0.0, 0, 0, 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.cpu += time.process_time() - self._start
            self.count += 1
            self.full += info["generation"] == 2

    def remove(self) -> None:
        gc.callbacks.remove(self._callback)


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--docs", type=int, default=6)
    ap.add_argument("--cprofile", action="store_true", help="a second run under cProfile: its top functions")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes of the measured run (default 1); with more, the layers are this "
                         "process's own CPU: the serial part of a --jobs N run (the workers' CPU is in the "
                         "subprocess figure)")
    ap.add_argument("--stats", type=Path, help="also save the raw profile here (for snakeviz, pstats)")
    ap.add_argument("--gc-threshold", type=int,
                    help="the youngest generation's collection threshold, set after the warm-up (default: the "
                         "console script's, cli.batch_gc; Python's own is 700)")
    ap.add_argument("--library-gc", action="store_true",
                    help="leave Python's garbage collector as it is, as a library caller does (the console "
                         "script sets it: cli.batch_gc)")
    args = ap.parse_args()

    from redact.flows.common import Options
    from redact.flows.executor import LocalPool
    from redact.flows import run as run_flow

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "dossier"
        src.mkdir()
        build_dossier(src, args.pages, args.docs)
        pages = sum(pymupdf.open(p).page_count for p in src.glob("*.pdf"))
        warm = tmp / "warm"
        warm.mkdir()
        build_dossier(warm, 1, 1, seed=3)
        # One context for both runs: the warm-up builds the pipeline the measured run reuses.
        contexts = []
        original = run_flow.FlowContext

        def keep(*a, **k):
            if not contexts:
                contexts.append(original(*a, **k))
            return contexts[0] if contexts[0].rules is a[0] else original(*a, **k)

        run_flow.FlowContext = keep
        options = Options()
        rules = run_flow.rules_for(options)
        run_flow.rules_for = lambda _o: rules
        run_flow.run([warm], tmp / "warm-out", options, executor=LocalPool(1))
        collector = "Python's default (a library caller's)"
        if args.gc_threshold:
            gc.set_threshold(args.gc_threshold, *gc.get_threshold()[1:])
            collector = f"youngest generation's threshold {args.gc_threshold}"
        elif not args.library_gc:
            try:
                from redact.cli import batch_gc
            except ImportError:  # code from before the sixth session
                collector += " (this code has no cli.batch_gc)"
            else:
                batch_gc()
                collector = f"as the console script sets it (cli.batch_gc: threshold {gc.get_threshold()[0]})"
        collections = GcTimer()
        # Unprofiled first: this process's CPU and its children's (pdftotext, pdftoppm, tesseract).
        timers = Timers()
        timers.install()
        own, kids = time.process_time(), _children()
        run_flow.run([src], tmp / "plain", options, executor=LocalPool(args.jobs))
        own, kids = time.process_time() - own, _children() - kids
        timers.remove()
        collections.remove()
        if args.cprofile:
            profile = cProfile.Profile(time.process_time)
            start = time.process_time()
            profile.enable()
            run_flow.run([src], tmp / "out", options, executor=LocalPool(1))
            profile.disable()
            cpu = time.process_time() - start
        run_flow.FlowContext = original

    print(f"dossier: {pages} text-PDF pages in {args.docs} files")
    print(f"run, --jobs {args.jobs}, pipeline built: {own:.2f} CPU-s in the process + {kids:.2f} CPU-s in its "
          f"subprocesses = {pages / (own + kids):.1f} pages per CPU-s")
    total = own + kids
    print("\nlayer (CPU-s, unprofiled run, subprocesses included; share of the run; calls)")
    for label, _where, _attr in LAYERS:
        if label in timers.cpu:
            spent = timers.cpu[label]
            print(f"  {label:<38} {spent:7.2f} s {spent / total:6.1%}  {timers.calls[label]:6d} calls")
    print(f"  garbage collector: {collector}")
    print(f"  {'garbage collection (gc callbacks)':<38} {collections.cpu:7.2f} s {collections.cpu / total:6.1%}  "
          f"{collections.count:6d} collections, {collections.full} full; frozen: {gc.get_freeze_count()} objects")
    if args.cprofile:
        stats = pstats.Stats(profile)
        if args.stats:
            stats.dump_stats(args.stats)
        print(f"\nunder cProfile: {cpu:.2f} CPU-s (its overhead included); top {args.top} functions by own time")
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
