"""The scale figures of issue 14 next to their targets: throughput per core, --jobs 2 over --jobs 1,
start-up of one worker, a resumed run, and the Dask executor (time per page, peak memory per worker).

    python bench/bench_scale.py [--pages 200] [--docs 20] [--no-dask]

The dossier is bench_run.py's (text PDFs, five personal data items per page). Every figure is
wall-clock time on this machine as it is: on a shared, loaded machine they are lower bounds of
what an idle one gives. Prints; asserts nothing. docs/scale.md projects a 100,000-page dossier
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
from bench_run import build_dossier  # noqa: E402

STARTUP = ("import time; t = time.perf_counter(); "
           "from redact.flows.common import FlowContext, Options, rules_for; "
           "ctx = FlowContext(rules_for(Options()), __import__('pathlib').Path('.')); ctx.pipeline; "
           "print(time.perf_counter() - t)")


def worker_startup() -> tuple[float, float]:
    """Seconds for a fresh process to import woo-redact and build its pipeline (rules, lists, model):
    (inside the process, the whole process including the interpreter)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1]), time.perf_counter() - start


def timed_run(src: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """One `woo-redact run`: (wall seconds, CPU seconds of all its processes, peak RSS in MiB of the
    largest one). On a loaded machine the CPU seconds say more about the work than the wall clock."""
    cmd = [sys.executable, "-m", "redact.cli", "run", str(src), "--out", str(out), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"run failed ({result.returncode}):\n{result.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, after.ru_maxrss / 1024


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

        one, cpu1, peak1 = timed_run(src, tmp / "out1", 1)
        two, cpu2, peak2 = timed_run(src, tmp / "out2", 2)
        rows.append(("run --jobs 1, pages/s per core", f"{pages / one:.1f} wall, {pages / cpu1:.1f} per CPU-s "
                     f"({one:.0f} s, {cpu1:.0f} CPU-s, peak RSS {peak1:.0f} MiB)", ">= 20"))
        rows.append(("--jobs 2 over --jobs 1", f"{one / two:.2f}x ({two:.0f} s, {cpu2:.0f} CPU-s, peak RSS "
                     f"{peak2:.0f} MiB)", ">= 1.8x on an idle machine"))

        inside, whole = worker_startup()
        rows.append(("start-up of one worker (imports, lists, model)", f"{inside:.1f} s ({whole:.1f} s with Python)",
                     "<= 1.5 s"))

        again, cpu_again, _ = timed_run(src, tmp / "out1", 1)
        rows.append(("run again, nothing changed (--jobs 1)", f"{again:.1f} s, {cpu_again:.0f} CPU-s "
                     f"({cpu_again / cpu1:.0%} of the full run's CPU)", "finished documents not redone"))
        gone = unfinish(tmp / "out1", 0.5)
        half, cpu_half, _ = timed_run(src, tmp / "out1", 1)
        rows.append((f"resumed after a kill, {gone} of {args.docs} unfinished (--jobs 1)",
                     f"{half:.1f} s, {cpu_half:.0f} CPU-s ({cpu_half / cpu1:.0%}; all analysed again: dossier pass)",
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
