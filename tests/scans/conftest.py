"""The scan fixtures built once, each read and redacted once per test session (OCR is slow)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from redact.ingest.ocr import tesseract_problem
from redact.model import Document, DocumentResult

from .build import build_all


@dataclass(frozen=True)
class Redacted:
    source: Path
    output: Path
    result: DocumentResult


@pytest.fixture(scope="session", autouse=True)
def _needs_tesseract():
    if tesseract_problem():
        pytest.skip(tesseract_problem())


@pytest.fixture(scope="session")
def scans(tmp_path_factory) -> dict[str, Path]:
    return build_all(tmp_path_factory.mktemp("scans"))


@pytest.fixture(scope="session")
def scan_pipeline(rules, tmp_path_factory):
    """The rules with a blank Dutch model: the data in the fixtures is found by the patterns."""
    import spacy

    from redact.pipeline import Pipeline

    blank = tmp_path_factory.mktemp("blank_nl")
    spacy.blank("nl").to_disk(blank)
    return Pipeline(rules, blank)


@pytest.fixture(scope="session")
def read(scans, rules) -> dict[str, Document]:
    from redact.ingest.pdf import read_pdf

    return {name: read_pdf(path, path.name, ocr=rules.policy.ocr) for name, path in scans.items()}


@pytest.fixture(scope="session")
def redacted(scans, scan_pipeline, tmp_path_factory) -> dict[str, Redacted]:
    out = tmp_path_factory.mktemp("out")
    return {name: Redacted(src, out / src.name, scan_pipeline.process(src, src.name, out))
            for name, src in scans.items()}
