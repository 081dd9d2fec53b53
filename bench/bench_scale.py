"""The figures of issue 14's table next to their targets: throughput per core, the ratio to the
PyMuPDF floor, --jobs 2 over --jobs 1, start-up of one worker (bench_startup.py), peak memory of a
worker and of the client, a resumed run, and the Dask executor (time per page, memory per worker).

    python bench/bench_scale.py [--pages 200] [--docs 20] [--no-dask]

The dossier is bench_run.py's (text PDFs, five personal data items per page). Throughput, the
floor ratio and start-up are CPU seconds (rusage, time.process_time), which a shared, loaded
machine does not inflate as it does the wall clock; --jobs 2 over --jobs 1 can only be wall time
(read it on an idle machine). Scanned pages: bench_ocr.py. Prints; asserts nothing. docs/scale.md projects a 100,000-page dossier
from these figures.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_run import build_dossier, floor  # noqa: E402
from bench_startup import one as startup_parts  # noqa: E402

CLIENT = ("import atexit, json, resource, sys\n"
          "atexit.register(lambda: print('CLIENT ' + json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),"
          " file=sys.stderr))\n"
          "from redact.cli import main\n"
          "main(sys.argv[1:], prog_name='woo-redact')\n")


def timed_run(src: Path, out: Path, jobs: int) -> tuple[float, float, float, float]:
    """One `woo-redact run`: (wall seconds, CPU seconds of all its processes, peak RSS in MiB of the
    largest process, peak RSS in MiB of the client, the main process). On a loaded machine the
    CPU seconds say more about the work than the wall clock."""
    cmd = [sys.executable, "-c", CLIENT, "run", str(src), "--out", str(out), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    client = next(int(line.split()[1]) for line in result.stderr.splitlines() if line.startswith("CLIENT "))
    return seconds, cpu, after.ru_maxrss / 1024, client / 1024


def floor_cpu(src: Path, log: Path, target: Path) -> float:
    """bench_run.floor (PyMuPDF alone: extract, the run's boxes, save) in CPU seconds."""
    start = time.process_time()
    floor(src, log, target)
    return time.process_time() - start


def unfinish(out: Path, fraction: float, seed: int = 1) -> int:
    """As a run killed partway leaves OUT: a share of the outputs and their journal entries gone."""
    from redact.flows.journal import JOURNAL_DIR, Journal

    journal = Journal(Path(f"{out}.woo-private") / JOURNAL_DIR, "")
    docs = sorted(p.name for p in out.glob("*.pdf"))
    gone = random.Random(seed).sample(docs, max(1, int(len(docs) * fraction)))
    for name in gone:
        (out / name).unlink()
        journal.path(name).unlink(missing_ok=True)
    return len(gone)


def dask_run(src: Path, out: Path, workers: int) -> tuple[float, float, list[float]]:
    """A run on a LocalCluster of `workers` processes: (seconds including the cluster's start,
    seconds of the run alone, peak RSS per worker in MiB)."""
    from redact.flows.common import Options
    from redact.flows.dask_executor import DaskExecutor
    from redact.flows.run import run

    start = time.perf_counter()
    with DaskExecutor(workers=workers) as executor:
        executor.client.wait_for_workers(workers)
        begun = time.perf_counter()
        run([src], out, Options(), executor=executor)
        seconds = time.perf_counter() - begun
        peaks = executor.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return time.perf_counter() - start, seconds, sorted(peaks.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "dossier"
        src.mkdir()
        build_dossier(src, args.pages, args.docs)
        pages = sum(pymupdf.open(p).page_count for p in src.glob("*.pdf"))
        print(f"dossier: {pages} text-PDF pages in {args.docs} files")

        one, cpu1, peak1, client1 = timed_run(src, tmp / "out1", 1)
        two, cpu2, peak2, client2 = timed_run(src, tmp / "out2", 2)
        parts, whole = startup_parts()
        inside = sum(p[1] for p in parts)
        model = next(p[1] for p in parts if p[0].startswith("spaCy model"))
        work1 = cpu1 - whole  # less one worker's start-up: the pages' own CPU
        rows.append(("run --jobs 1, pages per CPU-s (one core)", f"{pages / cpu1:.1f} ({pages / work1:.1f} without the "
                     f"start-up; {cpu1:.0f} CPU-s, {one:.0f} s wall, {pages / one:.1f} pages/s wall)", ">= 20 per core"))
        floor_s = floor_cpu(src, tmp / "out1" / "redactielog.jsonl", tmp / "floor")
        rows.append(("ratio to the PyMuPDF floor (same boxes), CPU", f"{work1 / floor_s:.1f}x (floor {floor_s:.2f} "
                     f"CPU-s, {pages / floor_s:.0f} pages per CPU-s)", "<= 3x"))
        rows.append(("--jobs 2 over --jobs 1 (wall)", f"{one / two:.2f}x ({two:.0f} s; {cpu2:.0f} CPU-s = "
                     f"{cpu2 / cpu1:.2f}x the CPU of --jobs 1)", ">= 1.8x on an idle machine"))
        rows.append(("start-up of one worker (imports, lists, model)", f"{inside:.2f} CPU-s in the process "
                     f"({whole:.2f} with the interpreter; the spaCy model {model:.2f})", "<= 1.5 s"))
        rows.append(("scanned pages (OCR at ingest and in verify)", "not measured here: bench/bench_ocr.py",
                     "<= 2.5 s per page per core"))
        rows.append(("peak RSS, largest process / the client (--jobs 1)", f"{peak1:.0f} / {client1:.0f} MiB",
                     "<= 1 GB per worker"))
        rows.append(("peak RSS of the client (--jobs 2: it only collects)", f"{client2:.0f} MiB",
                     "fits 100,000 pages (docs/scale.md)"))

        again, cpu_again, _, _ = timed_run(src, tmp / "out1", 1)
        rows.append(("run again, nothing changed (--jobs 1)", f"{again:.1f} s, {cpu_again:.0f} CPU-s "
                     f"({cpu_again / cpu1:.0%} of the full run's CPU)", "finished documents not redone"))
        gone = unfinish(tmp / "out1", 0.5)
        half, cpu_half, _, _ = timed_run(src, tmp / "out1", 1)
        rows.append((f"resumed after a kill, {gone} of {args.docs} unfinished (--jobs 1)",
                     f"{half:.1f} s, {cpu_half:.0f} CPU-s ({cpu_half / cpu1:.0%} of the full run's CPU)",
                     "only the unfinished redone"))
        same = all((tmp / "out1" / p.name).read_bytes() == (tmp / "out2" / p.name).read_bytes()
                   for p in (tmp / "out2").iterdir() if p.is_file())
        rows.append(("resumed outputs, inventory, log = full run's", "yes" if same else "NO", "byte for byte"))

        if not args.no_dask:
            total, seconds, peaks = dask_run(src, tmp / "dask", 2)
            rows.append(("--executor dask, LocalCluster of 2 workers",
                         f"{pages / seconds:.1f} pages/s ({seconds:.1f} s; {total:.1f} s with the cluster's start)",
                         "same outputs as local"))
            rows.append(("peak RSS per Dask worker", ", ".join(f"{p:.0f} MiB" for p in peaks), "<= 1 GB"))
            rows.append(("seconds per page per worker (Dask)", f"{seconds * 2 / pages:.3f} s", "for docs/scale.md"))
        shutil.rmtree(tmp / "dask", ignore_errors=True)

    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{width}}  {'measured':<62}  target")
    for name, measured, target in rows:
        print(f"{name:<{width}}  {measured:<62}  {target}")


if __name__ == "__main__":
    main()
