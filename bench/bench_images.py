"""Time the image stage (redact/images/) adds per page on a dossier without images.

    python bench/bench_images.py [--pages 100] [--docs 10]

The dossier is bench_run.py's (text PDFs, ~40 lines and five personal data items a page), with a
signature block ("Met vriendelijke groet," a gap, a name) at the end of each document, so the stage
does its work for a closing too. Per document: analyse and publish as `run` does (one process), and
the image stage alone on the same decisions. Prints seconds per page and the stage's share; asserts
nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_run import build_dossier  # noqa: E402

from redact.images import image_decisions  # noqa: E402
from redact.pipeline import Pipeline  # noqa: E402
from redact.rules import load_rules  # noqa: E402


def add_closings(folder: Path) -> None:
    for path in sorted(folder.glob("*.pdf")):
        with pymupdf.open(path) as doc:
            page = doc[-1]
            page.insert_text((50, 700), "Met vriendelijke groet,\n\n\n\nMarloes Dekker\nteamleider Vergunningen",
                             fontsize=10)
            data = doc.tobytes(garbage=4, deflate=True)
        path.write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--docs", type=int, default=10)
    args = parser.parse_args()
    rules = load_rules()
    pipeline = Pipeline(rules)
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        src.mkdir()
        out.mkdir()
        build_dossier(src, args.pages, args.docs)
        add_closings(src)
        pipeline.analyse(sorted(src.glob("*.pdf"))[0], "warmup.pdf")  # the model loads once
        total = stage = 0.0
        pages = found = 0
        for path in sorted(src.glob("*.pdf")):
            started = time.perf_counter()
            analysis = pipeline.analyse(path, path.name)
            pipeline.publish(analysis.document, analysis.decisions, out)
            total += time.perf_counter() - started
            decisions = tuple(d for d in analysis.decisions if d.finding.area is None)
            started = time.perf_counter()
            found += len(image_decisions(analysis.document, decisions, rules))
            stage += time.perf_counter() - started
            pages += len(analysis.document.pages)
    without = total - stage
    print(f"{pages} pages, {args.docs} documents, image decisions: {found}")
    print(f"run (analyse + publish) : {total / pages * 1000:8.2f} ms/page")
    print(f"image stage             : {stage / pages * 1000:8.2f} ms/page")
    print(f"added by the stage      : {stage / without * 100:8.2f} % of the run without it")


if __name__ == "__main__":
    main()
