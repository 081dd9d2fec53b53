"""A nanny preload for the workers of a Dask cluster that woo-redact runs on (docs/scale.md):

    dask worker ADDRESS --nworkers N --nthreads 1 --preload-nanny redact.flows.dask_preload

Each nanny then starts its worker process from a forkserver that imported Dask and woo-redact's
flows once (flows/dask_executor.py, PRELOAD), instead of spawning one that imports them itself:
~0.75 CPU-s less a worker before its first task, the same tasks and results. It sets the nanny
process's Dask multiprocessing method to forkserver; nothing else.
"""

from __future__ import annotations

import dask

from .dask_executor import preload_forkserver


def dask_setup(nanny) -> None:
    """Called by the nanny as it starts, before it starts its worker process."""
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    preload_forkserver()
