"""Python's garbage collector as a batch process sets it (issue 14: start-up and per-page CPU).

Python collects its youngest generation after every 700 new container objects. Building a worker
(the name lists' tuples and sets, the spaCy model, the recognizers' regex parse trees) and working
on a document make millions of them that live long or are freed by reference counting, so nearly
every collection finds nothing to free: ~0.12 CPU-s of a fresh worker's start-up and ~5 % of a
run (docs/scale.md, fifth and sixth sessions). A batch collects it after 50,000 instead; the
older generations keep Python's thresholds, so cycles are still collected, just later.

Set by the console script only (cli.entry), before a command runs; forked `--jobs` workers
inherit it. A process that imports woo-redact as a library (the tests, an application, a Dask
worker) keeps its collector as it was.
"""

from __future__ import annotations

import gc

BATCH_THRESHOLD = 50_000  # new objects between two collections of the youngest generation


def for_batch() -> None:
    """The youngest generation collected after BATCH_THRESHOLD new objects (module docstring)."""
    gc.set_threshold(BATCH_THRESHOLD, *gc.get_threshold()[1:])
