"""The figures of issue 14's table next to their targets: throughput per core, the ratio to the
PyMuPDF floor, --jobs 2 over --jobs 1, start-up of one worker (bench_startup.py), peak memory of a
worker and of the client (with --big 1000: of one 1,000-page PDF), a resumed run, and the Dask
executor (same outputs, memory per worker).

    python bench/bench_scale.py [--pages 200] [--docs 20] [--no-dask] [--big 1000]

The dossier is bench_run.py's (text PDFs, five personal data items per page). Throughput, the
floor ratio and start-up are CPU seconds (rusage, time.process_time), which a shared, loaded
machine does not inflate as it does the wall clock. --jobs 2 over --jobs 1 is given twice: the
wall clock here and now (only meaningful on an idle machine), and what it would be on an idle
machine with a core per worker, from CPU seconds: --jobs 1's CPU against the --jobs 2 client's own
CPU (what stays serial: start-up, the pipeline built before the fork, the dossier pass, the
writer) plus, per stage, the busiest worker's CPU in its tasks (the client probes each task's CPU,
see CLIENT). The load average is printed at the start and the end. Scanned pages: bench_ocr.py.
Prints; asserts nothing. docs/scale.md projects a 100,000-page dossier from these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_run import build_dossier, floor  # noqa: E402
from bench_startup import one as startup_parts  # noqa: E402

# The client: `woo-redact run` (the console script's entry) with two probes that change nothing it does. On exit it prints its
# own rusage (the parent's CPU: what no worker can take over) and, per stage, the CPU each worker
# process spent in its tasks (flows/executor._call, wrapped in the worker after the fork).
CLIENT = r"""
import atexit, json, os, resource, sys, time
from redact.flows import executor
tasks = {}  # (stage, pid) -> CPU seconds, written by the workers into a pipe-free file
log = os.environ["BENCH_TASKS"]
real_call, real_map = executor._call, executor.LocalPool.map
def _call(task, item):
    start = time.process_time()
    try:
        return real_call(task, item)
    finally:
        with open(log, "a") as fh:
            fh.write(json.dumps([os.environ.get("BENCH_STAGE", "?"), os.getpid(), time.process_time() - start]) + "\n")
_call.__module__, _call.__qualname__ = "redact.flows.executor", "_call"
executor._call = _call
def map_(self, task, items, context, progress, label, *args, **kwargs):
    os.environ["BENCH_STAGE"] = label  # forked workers inherit it
    return real_map(self, task, items, context, progress, label, *args, **kwargs)
executor.LocalPool.map = map_
def report():
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print("CLIENT " + json.dumps({"maxrss": own.ru_maxrss, "cpu": own.ru_utime + own.ru_stime,
                                  "workers": workers.ru_maxrss}), file=sys.stderr)
atexit.register(report)
from redact.cli import entry
sys.argv[0] = "woo-redact"
entry()  # the console script's own entry: what it sets (cli.batch_gc) is measured too
"""


@dataclass
class Timed:
    """One `woo-redact run`: wall seconds, CPU seconds of all its processes, peak RSS (MiB) of the
    largest worker (or child process: 0 without) and of the client, the client's own CPU seconds, and per stage the CPU seconds
    each worker process (by pid) spent in its tasks (the client's own pid for --jobs 1)."""

    wall: float
    cpu: float
    peak: float
    client: float
    client_cpu: float
    stages: dict[str, dict[int, float]]
    pid: int

    def idle_wall(self) -> float:
        """What the wall clock would be on an idle machine with a core per worker: the client's
        CPU (start-up, the pipeline built before the fork, the dossier pass, the writer; with
        --jobs 1 it does all), plus per stage the busiest worker, plus what the workers' own
        child processes (poppler) took, spread over the workers."""
        workers = {pid for stage in self.stages.values() for pid in stage} - {self.pid}
        in_tasks = sum(sum(stage.values()) for stage in self.stages.values())
        if not workers:  # --jobs 1: everything in the client, one core
            return self.cpu
        rest = max(0.0, self.cpu - self.client_cpu - in_tasks)  # the workers' children, their start and exit
        return self.client_cpu + sum(max(stage.values()) for stage in self.stages.values()) + rest / len(workers)

    def serial(self) -> float:
        """The client's share of all CPU: what does not get faster with more workers."""
        return self.client_cpu / self.cpu


def timed_run(src: Path, out: Path, jobs: int) -> Timed:
    """One `woo-redact run` in a fresh process (module docstring). On a loaded machine the CPU
    seconds say more about the work than the wall clock."""
    cmd = [sys.executable, "-c", CLIENT, "run", str(src), "--out", str(out), "--jobs", str(jobs)]
    with tempfile.NamedTemporaryFile(prefix="bench-tasks-", suffix=".jsonl") as log:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=dict(os.environ, BENCH_TASKS=log.name))
        _, stderr = proc.communicate()
        seconds = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            sys.exit(f"run failed ({proc.returncode}):\n{stderr[-2000:]}")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        stages: dict[str, dict[int, float]] = {}
        for line in Path(log.name).read_text().splitlines():
            stage, pid, cpu = json.loads(line)
            stages.setdefault(stage, {}).setdefault(pid, 0.0)
            stages[stage][pid] += cpu
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    client = json.loads(next(line[7:] for line in stderr.splitlines() if line.startswith("CLIENT ")))
    return Timed(seconds, cpu, client["workers"] / 1024, client["maxrss"] / 1024, client["cpu"], stages, proc.pid)


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


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--docs", type=int, default=20)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--big", type=int, default=0, metavar="PAGES",
                    help="also run one PDF of PAGES pages (1000 for the issue's memory figure; ~160 CPU-s)")
    args = ap.parse_args()
    rows: list[tuple[str, str, str]] = []
    print(f"load average at the start: {load()} (1/5/15 min) on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        tmp = Path(tmp)
        src = tmp / "dossier"
        src.mkdir()
        build_dossier(src, args.pages, args.docs)
        pages = sum(pymupdf.open(p).page_count for p in src.glob("*.pdf"))
        print(f"dossier: {pages} text-PDF pages in {args.docs} files")

        one = timed_run(src, tmp / "out1", 1)
        two = timed_run(src, tmp / "out2", 2)
        started, whole = startup_parts(batch_gc=True)  # the collector as the console script sets it
        parts = started["parts"]
        inside = sum(p[1] for p in parts)
        model = next(p[1] for p in parts if p[0].startswith("spaCy model"))
        work1 = one.cpu - whole  # less one worker's start-up: the pages' own CPU
        rows.append(("run --jobs 1, pages per CPU-s (one core)", f"{pages / one.cpu:.1f} ({pages / work1:.1f} without the "
                     f"start-up; {one.cpu:.0f} CPU-s, {one.wall:.0f} s wall, {pages / one.wall:.1f} pages/s wall)",
                     ">= 20 per core"))
        floor_s = floor_cpu(src, tmp / "out1" / "redactielog.jsonl", tmp / "floor")
        rows.append(("ratio to the PyMuPDF floor (same boxes), CPU", f"{work1 / floor_s:.1f}x (floor {floor_s:.2f} "
                     f"CPU-s, {pages / floor_s:.0f} pages per CPU-s)", "<= 3x"))
        idle = two.idle_wall()
        # The same run's CPU on one core against its idle wall clock: --jobs 1 does the same work (one
        # start-up either way), and its own CPU-s, measured minutes apart, drift with the load.
        rows.append(("--jobs 2 over --jobs 1, idle machine (from CPU)", f"{two.cpu / idle:.2f}x ({two.cpu:.1f} CPU-s "
                     f"on one core against {idle:.1f} s: the client's {two.client_cpu:.1f} CPU-s + the busiest "
                     f"worker per stage; against --jobs 1's own {one.cpu:.1f} CPU-s: {one.cpu / idle:.2f}x)",
                     ">= 1.8x on an idle machine"))
        for stage, workers in two.stages.items():
            rows.append((f"  --jobs 2, CPU-s per worker: {stage}", ", ".join(f"{c:.1f}" for c in workers.values()),
                         "even"))
        rows.append(("  --jobs 2, the client's share (serial)", f"{two.serial():.0%} of {two.cpu:.1f} CPU-s "
                     f"({two.cpu / one.cpu:.2f}x the CPU of --jobs 1)", "<= 11 % for 1.8x (Amdahl)"))
        rows.append(("  --jobs 2 over --jobs 1, wall (this machine, now)", f"{one.wall / two.wall:.2f}x "
                     f"({one.wall:.0f} s, {two.wall:.0f} s; load {load()})", "read only on an idle machine"))
        rows.append(("start-up of one worker (imports, lists, model)", f"{inside:.2f} CPU-s in the process "
                     f"({whole:.2f} with the interpreter; the spaCy model {model:.2f})", "<= 1.5 s"))
        rows.append(("scanned pages (OCR at ingest and in verify)", "not measured here: bench/bench_ocr.py",
                     "<= 2.5 s per page per core"))
        rows.append(("peak RSS, --jobs 1 (one process)", f"{one.client:.0f} MiB", "<= 1 GB per worker"))
        rows.append(("peak RSS, --jobs 2: largest worker / the client", f"{two.peak:.0f} / {two.client:.0f} MiB "
                     "(the pipeline's pages shared by fork count in each)", "<= 1 GB; fits 100,000 pages"))

        again = timed_run(src, tmp / "out1", 1)
        rows.append(("run again, nothing changed (--jobs 1)", f"{again.wall:.1f} s, {again.cpu:.0f} CPU-s "
                     f"({again.cpu / one.cpu:.0%} of the full run's CPU)", "finished documents not redone"))
        gone = unfinish(tmp / "out1", 0.5)
        half = timed_run(src, tmp / "out1", 1)
        rows.append((f"resumed after a kill, {gone} of {args.docs} unfinished (--jobs 1)",
                     f"{half.wall:.1f} s, {half.cpu:.0f} CPU-s ({half.cpu / one.cpu:.0%} of the full run's CPU)",
                     "only the unfinished redone"))
        same = all((tmp / "out1" / p.name).read_bytes() == (tmp / "out2" / p.name).read_bytes()
                   for p in (tmp / "out2").iterdir() if p.is_file())
        rows.append(("resumed outputs, inventory, log = full run's", "yes" if same else "NO", "byte for byte"))

        if not args.no_dask:
            total, seconds, peaks = dask_run(src, tmp / "dask", 2)
            same = all((tmp / "dask" / p.name).read_bytes() == (tmp / "out2" / p.name).read_bytes()
                       for p in (tmp / "out2").iterdir() if p.is_file())
            rows.append(("--executor dask, LocalCluster of 2 workers",
                         f"{pages / seconds:.1f} pages/s wall ({seconds:.1f} s; {total:.1f} s with the cluster's "
                         f"start); outputs {'the same' if same else 'NOT the same'}", "same outputs as local"))
            rows.append(("peak RSS per Dask worker", ", ".join(f"{p:.0f} MiB" for p in peaks), "<= 1 GB"))
        shutil.rmtree(tmp / "dask", ignore_errors=True)

        if args.big:
            big = tmp / "big"
            big.mkdir()
            build_dossier(big, args.big, 1)
            shutil.rmtree(src)  # room on /tmp
            one_big = timed_run(big, tmp / "outbig", 1)
            rows.append((f"peak RSS, one {args.big}-page PDF (--jobs 1: one process)",
                         f"{one_big.client:.0f} MiB ({one_big.cpu:.0f} CPU-s, {args.big / one_big.cpu:.1f} pages "
                         "per CPU-s)", "<= 1 GB per worker"))

    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{width}}  {'measured':<62}  target")
    for name, measured, target in rows:
        print(f"{name:<{width}}  {measured:<62}  {target}")
    print(f"load average at the end: {load()}")


if __name__ == "__main__":
    main()
