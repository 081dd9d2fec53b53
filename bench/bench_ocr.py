"""OCR cost of scanned pages: seconds per scanned A4 page, per core, ingest and verify apart.

    python bench/bench_ocr.py [--pages 4] [--dpi-scan 200] [--jobs 1 2] [--sparse]

Builds PAGES scanned A4 pages (40 lines of Dutch office text with an e-mail address, a mobile
number and a BSN per page, rendered to a grey image at --dpi-scan, no text layer) as one PDF
per page, then measures:
  - ingest: read_pdf (render at the scan's own dpi, 200-300, + Tesseract) per page;
  - verify: the output check's OCR read-back of the redacted outputs' stored images (pdfimages +
    Tesseract), before (verify_ocr.mode full: every image whole) and after (regions: the bands
    around the logged boxes plus the seeded sample, policy.yaml);
  - run: `woo-redact run -j N --verify-ocr full|regions` per page: wall time, and CPU seconds
    (this process and its children: Tesseract, poppler) after subtracting a run over an empty
    folder (start-up, model load). CPU seconds per page is the per-core figure; it does not depend
    on how busy the machine is (the machine is shared), wall time does. A worker's first scanned
    page also pays what is loaded on first use (OpenCV, pdfminer, the face cascade, ...), once a
    process: "a further page" subtracts a run over one page instead of the empty folder, so it is
    what each page after the first costs (with --jobs 1; a dossier's pages are nearly all such).
Target (issues 14 and 19): at most 2.5 s per scanned A4 page per core for the whole run.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redact.ingest.pdf import read_pdf  # noqa: E402
from redact.outfolder import read_log  # noqa: E402
from redact.rules import load_rules  # noqa: E402
from redact.verify.ocr import file_seed, ocr_page_images, sample_rows  # noqa: E402

TARGET = 2.5  # CPU s per scanned page per core, the whole run

WORDS = ("het college van burgemeester en wethouders heeft besloten de aanvraag voor een "
         "omgevingsvergunning gedeeltelijk toe te kennen omdat de gevraagde bouwhoogte afwijkt van het "
         "bestemmingsplan en de buren bezwaar hebben gemaakt tegen de plaatsing van de garage").split()


def scanned_page(doc: pymupdf.Document, rng: random.Random, dpi: int, n: int, sparse: bool = False) -> None:
    src = pymupdf.open()
    page = src.new_page(width=595, height=842)
    y = 60.0
    for i in range(40):
        if sparse and i not in (3, 22):  # --sparse: personal data on two lines of the page only
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 13))).capitalize() + "."
        elif i % 13 == 3:
            line = f"Contact: p.jansen{n}{i}@kpnmail.nl, mobiel 06-{rng.randint(10000000, 99999999)}"
        elif i % 13 == 9:
            line = f"BSN van de aanvrager: 1112223{33 if n % 2 else 33}"
        else:
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 13))).capitalize() + "."
        page.insert_text((60, y), line, fontsize=10.5)
        y += 18.5
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    scan = doc.new_page(width=595, height=842)
    scan.insert_image(scan.rect, pixmap=pix)


def build(folder: Path, pages: int, dpi: int, sparse: bool = False) -> list[Path]:
    rng = random.Random(11)
    paths = []
    for n in range(pages):
        doc = pymupdf.open()
        scanned_page(doc, rng, dpi, n, sparse)
        path = folder / f"scan-{n:03d}.pdf"
        doc.save(path, deflate=True)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=4)
    ap.add_argument("--dpi-scan", type=int, default=200, help="resolution of the simulated scanner")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--sparse", action="store_true",
                    help="personal data on 2 of the 40 lines (default: 6 lines: e-mail + phone, BSN)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "scans"
        src.mkdir()
        paths = build(src, args.pages, args.dpi_scan, args.sparse)
        t, cpu = time.perf_counter(), cpu_seconds()
        words = 0
        for p in paths:
            doc = read_pdf(p, p.name)
            words += sum(len(pg.text.split()) for pg in doc.pages)
        print(f"ingest (render at the scan's dpi, 200-300, + Tesseract nld): "
              f"{(time.perf_counter() - t) / len(paths):.2f} s/page wall, "
              f"{(cpu_seconds() - cpu) / len(paths):.2f} CPU s/page ({words / len(paths):.0f} words/page)")
        empty = tmp / "empty"
        empty.mkdir()
        base_wall, base_cpu = timed_run(empty, tmp / "out-empty", 1, "regions")
        print(f"run start-up (empty folder, model load): {base_wall:.1f} s wall, {base_cpu:.1f} CPU s")
        one = tmp / "one"
        one.mkdir()
        (one / paths[0].name).write_bytes(paths[0].read_bytes())
        first = {mode: timed_run(one, tmp / f"out-one-{mode}", 1, mode)[1] for mode in ("full", "regions")}
        runs = {}
        for mode in ("full", "regions"):
            for jobs in args.jobs:
                wall, cpu = timed_run(src, tmp / f"out-{mode}-{jobs}", jobs, mode)
                runs[mode, jobs] = (wall, cpu)
        policy = load_rules().policy.verify_ocr
        out = tmp / f"out-regions-{args.jobs[0]}"
        logged = read_log(out)
        for mode in ("full", "regions"):
            t, cpu = time.perf_counter(), cpu_seconds()
            for p in paths:
                output = out / p.name
                rows = None
                if mode == "regions":
                    boxes = [b for r in logged.get(p.name, ()) if r.page == 1 for b in r.boxes]
                    rows = sample_rows(boxes, 842.0, policy.margin_lines, policy.sample_share, policy.sample_strip,
                                       f"{file_seed(output)}:1")
                ocr_page_images(output, 1, rows)
            print(f"verify OCR read-back, {mode:7} (pdfimages + Tesseract): "
                  f"{(time.perf_counter() - t) / len(paths):.2f} s/page wall, "
                  f"{(cpu_seconds() - cpu) / len(paths):.2f} CPU s/page")
        for (mode, jobs), (wall, cpu) in runs.items():
            per_core = (cpu - base_cpu * jobs) / len(paths)
            print(f"run -j {jobs} --verify-ocr {mode:7}: {(wall - base_wall) / len(paths):.2f} s/page wall, "
                  f"{per_core:.2f} CPU s/page = per core (target {TARGET} s: "
                  f"{'met' if per_core <= TARGET else 'not met'}; total {wall:.1f} s wall for {len(paths)} pages)")
        if len(paths) > 1:
            for mode in ("full", "regions"):
                further = (runs[mode, 1][1] - first[mode]) / (len(paths) - 1) if (mode, 1) in runs else None
                if further is not None:
                    print(f"run -j 1 --verify-ocr {mode:7}, a further page (a one-page run subtracted): "
                          f"{further:.2f} CPU s/page (target {TARGET} s: {'met' if further <= TARGET else 'not met'})")


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_run(src: Path, out: Path, jobs: int, mode: str) -> tuple[float, float]:
    t, cpu = time.perf_counter(), cpu_seconds()
    proc = subprocess.run([sys.executable, "-m", "redact.cli", "run", str(src), "--out", str(out), "-j", str(jobs),
                           "--verify-ocr", mode],
                          capture_output=True, text=True, cwd=REPO)
    if proc.returncode not in (0, 5):
        print(f"  (exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:]})")
    return time.perf_counter() - t, cpu_seconds() - cpu


if __name__ == "__main__":
    main()
