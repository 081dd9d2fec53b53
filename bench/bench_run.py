"""Throughput and memory of `woo-redact run` on a synthetic dossier of text PDFs, next to the floor.

    python bench/bench_run.py [--pages 200] [--docs 20] [--jobs 1 2]

The dossier: DOCS PDFs with PAGES pages in all, ~40 lines of Dutch office text per page and five
personal data items per page (e-mail, mobile number, BSN, IBAN, street address). The floor is
PyMuPDF alone on the same files: extract the text, apply the same boxes (from the run's
redaction log) and save with the same options. Prints pages/s and peak RSS; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

FILLER = ("In het overleg van vorige week is afgesproken dat de directie het voorstel nader uitwerkt, "
          "zodat de minister voor het zomerreces een besluit kan nemen over de subsidieregeling.").split()


def bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1)))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def build_dossier(folder: Path, pages: int, docs: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    ibans = ["NL91 ABNA 0417 1643 00", "NL44 RABO 0123 4567 89", "NL20 INGB 0001 2345 67"]
    per_doc = max(1, pages // docs)
    for d in range(docs):
        with pymupdf.open() as doc:
            for p in range(per_doc):
                page = doc.new_page()
                lines = [" ".join(rng.choice(FILLER) for _ in range(12)) for _ in range(40)]
                n = rng.randint(1000, 9999)
                pii = [f"Mail: p.devries{n}@minbzk.nl", f"Mobiel: 06-{rng.randint(10000000, 99999999)}",
                       f"BSN {bsn(rng)} van betrokkene", f"IBAN {rng.choice(ibans)} t.n.v. betrokkene",
                       f"Adres: Kerkstraat {rng.randint(1, 200)}, 3512 AB Utrecht"]
                for i, item in enumerate(pii):
                    lines[4 + i * 8] = item
                page.insert_text((50, 50), "\n".join(lines), fontsize=9.5, lineheight=1.45)
            doc.save(folder / f"doc{d:03d}.pdf")


def floor(src: Path, log: Path, target: Path) -> float:
    """PyMuPDF alone: extract, apply the run's boxes, save. Returns seconds."""
    boxes: dict[tuple[str, int], list] = {}
    for line in log.read_text().splitlines():
        e = json.loads(line)
        boxes.setdefault((e["document"], e["page"]), []).extend(e.get("boxes", []))
    target.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for path in sorted(src.glob("*.pdf")):
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
                for box in boxes.get((path.name, page.number + 1), []):
                    page.add_redact_annot(pymupdf.Rect(box), fill=(0, 0, 0))
                page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
            doc.save(target / path.name, garbage=4, deflate=True, clean=True)
    return time.perf_counter() - start


def timed_run(src: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MiB, largest single process) of one `woo-redact run`."""
    cmd = [sys.executable, "-m", "redact.cli", "run", str(src), "--out", str(out), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return seconds, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "dossier"
        src.mkdir()
        build_dossier(src, args.pages, args.docs)
        pages = sum(pymupdf.open(p).page_count for p in src.glob("*.pdf"))
        print(f"dossier: {pages} text-PDF pages in {args.docs} files, 5 personal data items per page")
        results = {}
        for jobs in args.jobs:
            seconds, peak = timed_run(src, tmp / f"out{jobs}", jobs)
            results[jobs] = seconds
            print(f"woo-redact run --jobs {jobs}: {seconds:6.1f} s  {pages / seconds:6.1f} pages/s  "
                  f"({pages / seconds / jobs:5.1f} pages/s per core)  peak RSS {peak:6.0f} MiB")
        first = args.jobs[0]
        floor_s = floor(src, tmp / f"out{first}" / "redactielog.jsonl", tmp / "floor")
        print(f"floor (PyMuPDF extract + same boxes + save, 1 process): {floor_s:6.1f} s  {pages / floor_s:6.1f} pages/s")
        print(f"ratio run --jobs {first} / floor: {results[first] / floor_s:4.1f}x (target: at most 3x; wall clock, bench_scale.py has it in CPU)")
        boxes = sum(1 for _ in (tmp / f"out{first}" / "redactielog.jsonl").open())
        print(f"redactions: {boxes} (expected about {6 * pages}: an address is two, street and postcode)")


if __name__ == "__main__":
    main()
