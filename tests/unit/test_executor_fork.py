"""LocalPool: what a stage prepares is built once in this process and shared by forked workers."""

import gc
import multiprocessing
import os
from dataclasses import dataclass, field
from functools import cached_property

import pytest

from redact.flows.common import FlowContext, with_pipeline
from redact.flows.executor import LocalPool, Progress

fork_only = pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers are forked on Linux only")


@dataclass(frozen=True)
class Context:
    tag: str = "x"
    builds: list = field(default_factory=list, compare=False)

    @cached_property
    def built(self) -> int:
        """Stands in for the pipeline: the pid of the process that built it."""
        self.builds.append(os.getpid())
        return os.getpid()

    def __getstate__(self):  # as FlowContext: what was built is not pickled
        return {k: v for k, v in self.__dict__.items() if k != "built"}


def where_built(context: Context, item: int) -> tuple[int, int]:
    return context.built, os.getpid()


@fork_only
def test_prepared_in_the_parent_and_shared_by_the_workers():
    context = Context()
    results = LocalPool(2).map(where_built, list(range(6)), context, Progress(), "t", str,
                               prepare=lambda c: c.built)
    assert context.builds == [os.getpid()]  # once, here
    assert {built for built, _ in results} == {os.getpid()}
    assert all(worker != os.getpid() for _, worker in results)  # and the tasks ran in the workers


def test_without_prepare_each_worker_builds_its_own():
    context = Context()
    results = LocalPool(2).map(where_built, list(range(6)), context, Progress(), "t", str)
    assert context.builds == []
    assert all(built == worker != os.getpid() for built, worker in results)


def test_one_job_builds_lazily_here_and_prepare_is_not_needed():
    context = Context()
    results = LocalPool(1).map(where_built, [1, 2], context, Progress(), "t", str, prepare=lambda c: c.built)
    assert results == [(os.getpid(), os.getpid())] * 2 and context.builds == [os.getpid()]


def test_with_pipeline_builds_the_flow_contexts_pipeline(tmp_path):
    from redact.flows.common import Options, rules_for

    blank = tmp_path / "blank"
    import spacy

    spacy.blank("nl").to_disk(blank)
    context = FlowContext(rules_for(Options()), tmp_path, blank)
    pipeline = with_pipeline(context)
    assert context.pipeline is pipeline and context.publisher is pipeline
    assert "pipeline" not in context.__getstate__()


def freeze_count(context: Context, item: int) -> tuple[int, int]:
    return gc.get_freeze_count(), os.getpid()


@pytest.mark.parametrize("jobs", [1, 2])
def test_what_was_built_is_frozen_while_a_stage_runs_and_thawed_after(jobs):
    """The built pipeline is out of the garbage collector's sight in the tasks (no full collection
    walks it, nor copies its shared pages in a forked worker); after the stage nothing stays frozen."""
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("workers are forked on Linux only")
    assert gc.get_freeze_count() == 0
    context = Context()
    results = LocalPool(jobs).map(freeze_count, list(range(4)), context, Progress(), "t", str,
                                  prepare=lambda c: c.built)
    assert all(frozen > 0 for frozen, _ in results)
    assert (jobs == 1) == all(pid == os.getpid() for _, pid in results)
    assert gc.get_freeze_count() == 0  # thawed here: garbage of this stage is collected as before


def test_nothing_is_thawed_that_someone_else_froze():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        LocalPool(1).map(freeze_count, [1], Context(), Progress(), "t", str)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
