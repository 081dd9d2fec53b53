"""Where the CPU of a run on scanned pages goes: the OCR stages, and Tesseract apart.

    python bench/profile_ocr.py [--pages 4] [--sparse] [--src FOLDER] [--cprofile] [--top 40]

The pages are bench_ocr.py's dense scans (or the PDFs of --src, e.g. released scans fetched with
fetch_released_scans.py). The run is `Pipeline.process` per document in this process after a warm-up
(start-up is not in the figures; the flows' inventory and log are not either). Per layer the CPU of the process and of
the subprocesses it waits for (Tesseract, poppler), and per program the subprocesses' CPU; with
--cprofile a second run under cProfile. A layer inside another is counted in both. Asserts nothing.
"""
import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))
import bench_profile as bp  # noqa: E402
from bench_ocr import build  # noqa: E402

bp.LAYERS[:] = [  # (label, where, attribute), as in bench_profile.py
    ("ingest: read_document", "redact.pipeline", "read_document"),
    ("  page_text", "redact.ingest.pdf", "page_text"),
    ("  earlier redactions", "redact.ingest.pdf", "find_earlier_redactions"),
    ("  judge layer", "redact.ingest.pdf", "judge"),
    ("    tesseract (layer sample)", "redact.ingest.layer", "_tesseract_tsv"),
    ("  read_area", "redact.ingest.pdf", "read_area"),
    ("    ink_map", "redact.ingest.pdf", "ink_map"),
    ("    ocr_area", "redact.ingest.pdf", "ocr_area"),
    ("    _has_ink", "redact.ingest.pdf", "_has_ink"),
    ("    reading_dpi", "redact.ingest.pdf", "reading_dpi"),
    ("    tesseract (page OCR)", "redact.ingest.ocr", "_tesseract_tsv"),
    ("  add_ocr_words", "redact.ingest.pdf", "add_ocr_words"),
    ("detect", "redact.detect.engine:DetectionEngine", "detect"),
    ("decide", "redact.decide.policy:Decider", "decide"),
    ("images: image_decisions", "redact.pipeline", "image_decisions"),
    ("fingerprint", "redact.pipeline", "fingerprint"),
    ("publish", "redact.pipeline:Publisher", "publish"),
    ("  render_pdf", "redact.pipeline", "render_pdf"),
    ("  verify_output", "redact.pipeline", "verify_output"),
    ("    read_structure", "redact.verify.check", "read_structure"),
    ("    pypdf_text", "redact.verify.extract", "pypdf_text"),
    ("    pdftotext_text", "redact.verify.extract", "pdftotext_text"),
    ("    pdfminer_text", "redact.verify.extract", "pdfminer_text"),
    ("    unjudged", "redact.verify.check", "unjudged"),
    ("    page_words", "redact.verify.check", "page_words"),
    ("    unlabelled_boxes", "redact.verify.check", "unlabelled_boxes"),
    ("    misplaced_words", "redact.verify.check", "misplaced_words"),
    ("    image_area_problems", "redact.verify.check", "image_area_problems"),
    ("    ocr_page_images", "redact.verify.check", "ocr_page_images"),
    ("      image_placements", "redact.verify.ocr", "image_placements"),
    ("      tesseract (verify)", "redact.verify.ocr", "_tesseract"),
]

PROGRAMS: dict[str, float] = {}  # subprocess program -> its CPU seconds


def _counted(run):
    def counted(args, *a, **k):
        before = bp._children()
        try:
            return run(args, *a, **k)
        finally:
            name = Path(str(args[0] if isinstance(args, (list, tuple)) else args).split()[0]).name
            PROGRAMS[name] = PROGRAMS.get(name, 0.0) + bp._children() - before
    return counted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=4)
    ap.add_argument("--sparse", action="store_true", help="bench_ocr.py's --sparse pages")
    ap.add_argument("--src", type=Path, help="a folder of PDFs instead of the bench pages")
    ap.add_argument("--cprofile", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    import pymupdf

    from redact.pipeline import Pipeline
    from redact.rules import load_rules

    subprocess.run = _counted(subprocess.run)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = args.src
        if src is None:
            src = tmp / "scans"
            src.mkdir()
            build(src, args.pages, 200, args.sparse)
        files = sorted(src.glob("*.pdf"))
        pages = sum(pymupdf.open(p).page_count for p in files)
        warm = tmp / "warm"
        warm.mkdir()
        pipeline = Pipeline(load_rules())
        for path in build(warm, 1, 200):  # the warm-up: models and lists loaded before the measured run
            pipeline.process(path, path.name, tmp / "warm-out")

        def run(out: Path) -> None:
            for path in files:
                pipeline.process(path, path.name, out)

        PROGRAMS.clear()
        timers = bp.Timers()
        timers.install()
        own, kids = time.process_time(), bp._children()
        run(tmp / "plain")
        own, kids = time.process_time() - own, bp._children() - kids
        timers.remove()
        programs = dict(PROGRAMS)  # of the measured run only (the cProfile run below starts them again)
        if args.cprofile:
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            run(tmp / "out")
            profile.disable()
    print(f"{pages} pages: {own:.2f} CPU-s in the process + {kids:.2f} in subprocesses = "
          f"{(own + kids) / pages:.2f} CPU-s a page")
    for label, *_ in bp.LAYERS:
        if label in timers.cpu:
            print(f"  {label:<32} {timers.cpu[label] / pages:6.3f} CPU-s a page  {timers.calls[label]:5d} calls")
    for name, spent in sorted(programs.items(), key=lambda t: -t[1]):
        print(f"  program {name:<24} {spent / pages:6.3f} CPU-s a page")
    if args.cprofile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
