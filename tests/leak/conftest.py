"""Build every hostile PDF once and redact it once per test session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from redact.model import DocumentResult

from .hostile import build_all


@dataclass(frozen=True)
class Redacted:
    source: Path
    output: Path
    result: DocumentResult


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory) -> Path:
    """A blank Dutch spaCy pipeline: the personal data in the fixtures is found by the rules
    (e-mail, phone), so these tests are about the channels, not about the model (whose names,
    and false positives, change as it is retrained)."""
    import spacy

    blank = tmp_path_factory.mktemp("blank_nl")
    spacy.blank("nl").to_disk(blank)
    return blank


@pytest.fixture(scope="session")
def leak_pipeline(rules, blank_model):
    from redact.pipeline import Pipeline

    return Pipeline(rules, blank_model)


@pytest.fixture(scope="session")
def redacted(hostile, leak_pipeline, tmp_path_factory) -> dict[str, Redacted]:
    out = tmp_path_factory.mktemp("redacted")
    return {name: Redacted(src, out / src.name, leak_pipeline.process(src, src.name, out))
            for name, src in hostile.items()}
