"""`--executor dask`: the same dossier on a Dask LocalCluster of two worker processes gives the same
outputs, inventory and log as the local executor, byte for byte (flows/dask_executor.py)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from redact.cli import main
from redact.flows.common import FlowContext, Options
from redact.flows.executor import LocalPool, Progress
from redact.flows.run import run
from redact.rules import load_rules

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "documents"


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    model = tmp_path_factory.mktemp("model") / "blank_nl"
    spacy.blank("nl").to_disk(model)  # rules only: quick to load in each worker
    return model


def dossier(folder: Path) -> Path:
    """A few sample documents (PDF and text) and a pair the dossier pass joins."""
    folder.mkdir()
    for name in sorted(p.name for p in SAMPLES.iterdir())[:6]:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "a.txt").write_text("Van: Ouali, S. (Samira) <s.ouali@minbzk.nl>\nOnderwerp: subsidie\n\n"
                                  "De aanvraag is binnen.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Verslag\n\nHet advies van Ouali is positief.\n", encoding="utf-8")
    return folder


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_dask_run_is_byte_identical_to_local(tmp_path, client, blank):
    from redact.flows.dask_executor import DaskExecutor

    src = dossier(tmp_path / "in")
    options = Options(model_dir=blank)
    local = run([src], tmp_path / "local", options, executor=LocalPool(1))
    with DaskExecutor(client=client) as executor:
        remote = run([src], tmp_path / "dask", options, executor=executor)
    assert remote.results == local.results  # the results came back to the client whole
    ours, theirs = tree(tmp_path / "local"), tree(tmp_path / "dask")
    assert ours == theirs
    assert {"inventaris.csv", "inventaris.xlsx", "redactielog.jsonl", "b.txt"} <= set(ours)
    assert "Ouali" not in (tmp_path / "dask" / "b.txt").read_text(encoding="utf-8")  # the dossier pass ran


def _pipeline_of(context: FlowContext, item: int) -> tuple[int, int]:
    return os.getpid(), id(context.pipeline)


def test_each_worker_builds_the_pipeline_once(tmp_path, client, blank):
    """Two stages of one flow, eight tasks each: one pipeline per worker process, not per task."""
    from redact.flows.dask_executor import DaskExecutor

    context = FlowContext(load_rules(REPO / "rules"), tmp_path, blank)
    with DaskExecutor(client=client) as executor:
        seen = executor.map(_pipeline_of, list(range(8)), context, Progress(), "a", str)
        seen += executor.map(_pipeline_of, list(range(8)), context, Progress(), "b", str)
    pipelines: dict[int, set[int]] = {}
    for pid, pipeline in seen:
        pipelines.setdefault(pid, set()).add(pipeline)
    assert os.getpid() not in pipelines  # the work was done in the workers
    assert all(len(ids) == 1 for ids in pipelines.values()), pipelines
    assert "pipeline" not in context.__dict__  # the client built none


def test_cli_run_on_a_scheduler(tmp_path, client, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "nota.txt").write_text("Mobiel 06-12345678 van de aanvrager.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), "--model", str(blank),
                                       "--scheduler", client.scheduler.address], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "06-12345678" not in (tmp_path / "out" / "nota.txt").read_text(encoding="utf-8")


def test_scheduler_without_dask_is_a_usage_error(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "nota.txt").write_text("Tekst.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), "--executor", "local",
                                       "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "--scheduler hoort bij --executor dask" in result.output
