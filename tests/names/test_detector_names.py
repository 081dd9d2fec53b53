"""Decisions read the kind of detector on a Finding, never the detector's name from the rule files:
an organisation that renames its recognizers gets the same decisions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from redact.pipeline import Pipeline
from redact.rules import load_rules

REPO = Path(__file__).resolve().parents[2]
RENAMED = {"person_ner": "model_names", "person_names": "lexicon_names", "person_structure": "position_names"}


def _renamed_rules(tmp_path: Path) -> Path:
    root = tmp_path / "rules"
    shutil.copytree(REPO / "rules", root)
    path = root / "recognizers" / "names.yaml"
    text = path.read_text(encoding="utf-8")
    for old, new in RENAMED.items():
        assert f"name: {old}\n" in text
        text = text.replace(f"name: {old}\n", f"name: {new}\n")
    path.write_text(text, encoding="utf-8")
    return root


def _as_before(text: str) -> str:
    for old, new in RENAMED.items():
        text = text.replace(new, old)
    return text


def _decisions(pipeline: Pipeline, source: Path) -> list[tuple]:
    analysis = pipeline.analyse(source, source.name)
    return [(d.finding.page, d.finding.start, d.finding.end, d.finding.text, d.finding.entity_type, d.finding.score,
             _as_before(d.finding.detector), _as_before(d.finding.explanation), d.action, d.ground,
             _as_before(d.reason)) for d in analysis.decisions]


@pytest.fixture(scope="module")
def renamed_pipeline(tmp_path_factory):
    return Pipeline(load_rules(_renamed_rules(tmp_path_factory.mktemp("renamed"))))


@pytest.mark.parametrize("source", sorted((REPO / "samples" / "documents").glob("*.txt")), ids=lambda p: p.stem)
def test_renaming_the_name_recognizers_changes_no_decision(pipeline, renamed_pipeline, source):
    assert {s.name for s in renamed_pipeline.rules.recognizers} >= set(RENAMED.values())
    assert _decisions(renamed_pipeline, source) == _decisions(pipeline, source)
