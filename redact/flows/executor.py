"""Where the documents of a flow are worked on: a pool of local processes today, another engine later.

A flow hands the executor a *task* (a top-level function, so it pickles), the items, and one
*context*: the plain object every task needs (rules, model folder, options, destination). Each
worker process receives the context once, through the pool's initializer, and every task is called
as `task(context, item)`; there is no other state. Whatever a context builds lazily (the pipeline,
see flows/common.FlowContext) lives on the context, so it is built once per worker process and
never sent back.

On Linux the local pool forks its workers, so a context built in the parent before the pool starts
is the workers' own at no cost: a stage that needs the pipeline passes `prepare` (a function of
the context, e.g. flows/common.with_pipeline), which the pool calls in this process before it forks,
and every worker shares the built pipeline copy-on-write instead of loading lists, recognizers
and the spaCy model itself (issue 14: ~3.5 CPU-s a worker). Nothing is global: the pipeline lives
on the context, which `_install` hands each worker. Other start methods (spawn, forkserver) and
other executors pickle the context without what it built (FlowContext.__getstate__), so their
workers build their own, once per process, as before.

While a stage runs, what was built before it (the pipeline: ~190,000 objects) is frozen out of
Python's cyclic garbage collector (`gc.freeze`, `_frozen`): no full collection walks it again, in
this process (`--jobs 1`) nor in a forked worker, where that walk also wrote to every page of it
and so copied the shared pipeline into each worker (copy-on-write). It is unfrozen when the
stage ends here (at once after the fork for the parent of a pool), so nothing stays frozen after
a flow: garbage it held is collected as before.

An executor only has to offer `map`. `--executor dask` is flows/dask_executor.DaskExecutor: the
same tasks and context on a Dask distributed cluster (docs/scale.md); flows/engines.open_executor
picks one.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

C = TypeVar("C")
T = TypeVar("T")
R = TypeVar("R")

Task = Callable[[C, T], R]
# Called after each item: its name (a relative path) and whether it is done (False: just started).
Tick = Callable[[str, bool], None]


class Progress:
    """Progress of a flow's stages. This one shows nothing (the API's default); the commands pass
    one that draws a bar on the console (commands/console.py)."""

    @contextmanager
    def stage(self, label: str, total: int) -> Iterator[Tick]:
        yield lambda name, done: None


class Executor(Protocol):
    def map(self, task: Task, items: Sequence[T], context: C, progress: Progress, label: str,
            name: Callable[[T], str], prepare: Callable[[C], Any] | None = None) -> list[R]:
        """`task(context, item)` for every item, in any order; the results in the order of `items`
        is NOT promised (flows sort by relpath). `prepare(context)`: what the tasks will build on
        the context, built here first where the workers share this process's memory (a forked
        local pool); elsewhere it is not called and the workers build it on first use."""


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# The one slot a worker process holds: the context its initializer received.
_worker_context: Any = None


def _install(context: Any, parent: int | None = None) -> None:
    global _worker_context
    _worker_context = context
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent alone decides, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (fork copies it): just die


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int | None) -> None:
    """A worker must not outlive the run (SIGKILL to the parent included): on Linux the kernel
    sends it SIGKILL when its parent dies; if the parent died before this was set, exit now."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (their current documents too): on Ctrl-C, SIGTERM or an error that
    ends the run; shutdown() alone would wait for every document still queued."""
    pool.shutdown(wait=False, cancel_futures=True)
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public API before 3.14
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join()
    # The pool's manager thread closes its wake-up pipe as it ends; Python's exit handler for the
    # pools writes to that pipe without a lock (CPython 3.11), and a close between its check and its
    # write printed a traceback after the summary (a Ctrl-C right at the start). Waiting here for the
    # thread to end leaves the exit handler a closed pipe, which it skips.
    manager = getattr(pool, "_executor_manager_thread", None)  # no public API
    if manager is not None and manager is not threading.current_thread():
        manager.join(timeout=10)


@contextmanager
def _frozen(freeze: bool = True) -> Iterator[None]:
    """Every object that exists now out of the garbage collector's sight until the block ends
    (module docstring). Nothing is done when something else froze objects already: unfreezing
    would thaw those too."""
    if not freeze or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _call(task: Task, item: Any) -> Any:
    return task(_worker_context, item)


class LocalPool:
    """`jobs` worker processes on this machine; with one job (or one item) everything runs in this
    process, on the context as given (so a pipeline it built earlier is reused)."""

    def __init__(self, jobs: int | None = None):
        self.jobs = jobs or default_jobs()

    def map(self, task: Task, items: Sequence[T], context: C, progress: Progress, label: str,
            name: Callable[[T], str], prepare: Callable[[C], Any] | None = None) -> list[R]:
        results: list[R] = []
        with progress.stage(label, len(items)) as tick:
            if self.jobs <= 1 or len(items) <= 1:
                if prepare is not None and items:
                    prepare(context)  # what the first task would build, built before the freeze
                with _frozen():
                    for item in items:
                        tick(name(item), False)
                        results.append(task(context, item))
                        tick(name(item), True)
                return results
            mp = multiprocessing.get_context()
            forked = mp.get_start_method() == "fork"
            if prepare is not None and forked:
                prepare(context)  # built once, here: the forked workers share it (module docstring)
            # The pid a worker's parent has (a forkserver's workers have the server as theirs).
            parent = os.getpid() if mp.get_start_method() in ("fork", "spawn") else None
            pool = ProcessPoolExecutor(max_workers=min(self.jobs, len(items)), mp_context=mp, initializer=_install,
                                       initargs=(context, parent))
            try:
                with _frozen(forked):  # the workers are forked frozen (on the first submit); the parent thaws
                    futures = {pool.submit(_call, task, item): item for item in items}
                for future in as_completed(futures):
                    results.append(future.result())
                    tick(name(futures[future]), True)
            except BaseException:  # Ctrl-C, SIGTERM (errors.Interrupted), a write error: stop all
                _stop(pool)
                raise
            pool.shutdown()
        return results

