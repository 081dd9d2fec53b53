"""The documents of a flow on a Dask distributed cluster (`--executor dask`, docs/scale.md).

Dask is the established Python engine for spreading tasks over machines; woo-redact writes no
scheduler of its own. This module only adapts Dask's client to the flows' Executor protocol
(flows/executor.py): the same top-level tasks, the same one context, results back to the client.

How the context reaches the workers: a WorkerPlugin, the Dask counterpart of LocalPool's
initializer. The scheduler hands it to every worker that is connected and to every worker that
joins later, once; it stays in that worker process until the executor closes. Whatever the
context builds lazily (FlowContext.pipeline: lexicon, recognizers, the spaCy model) is therefore
built once per worker process and reused by every task of every stage of the flow. Not chosen:
a scattered context (Dask may copy, move or spill data between workers, and each copy would build
its own pipeline), or a module-level cache in the worker (it needs a key for a context and is
global state that outlives the flow).

Workers read the sources and write the outputs by path, so the sources, OUT and the private folder
must be on a file system every worker sees at the same path. Run workers with one thread each
(`dask worker ADDRESS --nthreads 1 --nworkers N`): a spaCy pipeline is built per process and is
not shared between threads.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from .executor import Progress, Task, default_jobs


class ContextPlugin(WorkerPlugin):
    """Carries one flow context to each worker; tasks look it up by the plugin's name."""

    def __init__(self, context: Any, name: str):
        self.context = context
        self.name = name


def _call(task: Task, item: Any, plugin: str) -> Any:
    return task(get_worker().plugins[plugin].context, item)


class DaskExecutor:
    """Tasks on a running cluster (`scheduler`: its address, e.g. tcp://10.0.0.5:8786), or without
    one on a LocalCluster of `workers` processes on this machine. Close it (or use `with`)."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None, client: Client | None = None):
        self.scheduler = scheduler
        self.workers = workers or default_jobs()
        self._client = client
        self._own_client = client is None
        self._cluster: LocalCluster | None = None
        self._plugins: dict[int, tuple[str, Any]] = {}  # id(context) -> (plugin name, the context)

    @property
    def client(self) -> Client:
        if self._client is None:
            if self.scheduler:
                self._client = Client(self.scheduler)
            else:
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
        return self._client

    def _plugin_for(self, context: Any) -> str:
        known = self._plugins.get(id(context))
        if known is None or known[1] is not context:
            name = f"woo-redact-context-{uuid.uuid4().hex}"
            self.client.register_plugin(ContextPlugin(context, name), name=name)
            known = self._plugins[id(context)] = (name, context)
        return known[0]

    def map(self, task: Task, items: Sequence, context: Any, progress: Progress, label: str,
            name: Callable[[Any], str], prepare: Callable[[Any], Any] | None = None) -> list:
        # `prepare` is not called: a worker process shares no memory with the client, and builds
        # what the context needs on its first task (once per process, see the module docstring).
        results: list = []
        with progress.stage(label, len(items)) as tick:
            if not items:
                return results
            plugin = self._plugin_for(context)
            # Scattered first, so that large items (an Analysis carries its document) travel as data,
            # not inside the task graph.
            data = self.client.scatter(list(items), hash=False)  # unique keys: no clash with data just released
            futures = self.client.map(partial(_call, task, plugin=plugin), data, pure=False)
            names = {f.key: name(item) for f, item in zip(futures, items)}
            for future, result in as_completed(futures, with_results=True):
                results.append(result)
                tick(names[future.key], True)
            del data, futures
        return results

    def close(self) -> None:
        if self._client is not None:
            for plugin, _ in self._plugins.values():
                try:
                    self._client.unregister_worker_plugin(plugin)
                except Exception:  # a cluster that went away keeps nothing of ours
                    pass
            self._plugins.clear()
            if self._own_client:
                self._client.close()
                self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
