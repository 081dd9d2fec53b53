"""The workers are handed the largest documents first (flows/run.largest_first): a large document
begun last would keep one worker busy while the others wait. The results are the same."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import spacy

from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.flows.run import run

from .conftest import make_pdf


class Recording(LocalPool):
    """LocalPool(1) that notes the order in which each stage hands out its items."""

    def __init__(self):
        super().__init__(1)
        self.order: dict[str, list[str]] = {}

    def map(self, task, items, context, progress, label, name, prepare=None):
        self.order[label] = [name(i) for i in items]
        return super().map(task, items, context, progress, label, name, prepare)


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    model = tmp_path_factory.mktemp("model") / "blank_nl"
    spacy.blank("nl").to_disk(model)
    return model


def test_the_largest_documents_go_first_and_the_outputs_do_not_change(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    for name, lines in (("a.pdf", 2), ("b.pdf", 30), ("c.pdf", 10), ("d.pdf", 30)):
        make_pdf(src / name, [f"Regel {i}: bel 06-1234{i:04d} voor het dossier" for i in range(lines)])
    pool = Recording()
    outcome = run([src], tmp_path / "out", Options(model_dir=blank), executor=pool)
    assert pool.order["analyseren"][:2] == sorted(pool.order["analyseren"][:2])  # the two largest by path
    assert set(pool.order["analyseren"][:2]) == {"b.pdf", "d.pdf"} and pool.order["analyseren"][2:] == ["c.pdf", "a.pdf"]
    assert pool.order["publiceren"] == ["b.pdf", "d.pdf", "c.pdf", "a.pdf"]
    assert [r.relpath for r in outcome.results] == ["a.pdf", "b.pdf", "c.pdf", "d.pdf"]
    again = run([src], tmp_path / "plain", Options(model_dir=blank), executor=LocalPool(1))
    def tree(out):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir() if p.is_file()}
    assert tree(tmp_path / "out") == tree(tmp_path / "plain") and again.results == outcome.results
