"""Which executor the command line asks for (`--executor local|dask`, `--scheduler ADDRESS`).

Apart from flows/executor.py so that the Dask executor, which builds on that module, is imported
only when asked for (Dask is an optional dependency).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import UsageProblem
from .executor import Executor, LocalPool

EXECUTORS = ("local", "dask")


@contextmanager
def open_executor(kind: str | None = None, scheduler: str | None = None, jobs: int | None = None
                  ) -> Iterator[Executor]:
    """The executor the command line asks for, closed afterwards: `local` (a LocalPool of `jobs`),
    or `dask` on the cluster at `scheduler` (without one: a LocalCluster of `jobs` processes).
    `kind` None: dask when a scheduler is given, else local. Raises UsageProblem (exit 2)."""
    kind = kind or ("dask" if scheduler else "local")
    if kind == "local":
        if scheduler:
            raise UsageProblem("--scheduler hoort bij --executor dask")
        yield LocalPool(jobs)
        return
    try:
        from .dask_executor import DaskExecutor
    except ImportError:
        raise UsageProblem("--executor dask vraagt Dask: installeer het met pip install 'woo-redact[dask]'") from None
    try:
        executor = DaskExecutor(scheduler, jobs)
        executor.client  # connect now: a wrong address is a usage error, not a bug halfway
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageProblem(f"Dask-scheduler {scheduler} niet bereikbaar ({type(exc).__name__})") from None
    with executor:
        yield executor
