"""Helpers for the name tests: the name finders built once, and a document analysed end to end."""

from __future__ import annotations

import pytest

from redact.detect.names import NamePatterns
from redact.detect.structure import StructureFinder
from redact.lexicon import Lexicon
from redact.render.text import render_text


@pytest.fixture(scope="session")
def lexicon(rules):
    return Lexicon.from_rules(rules)


@pytest.fixture(scope="session")
def patterns(lexicon):
    return NamePatterns(lexicon)


@pytest.fixture(scope="session")
def structure(lexicon):
    return StructureFinder(lexicon)


def spans_of(finder, text: str) -> set[str]:
    return {text[s.start:s.end] for s in finder.spans(text)}


@pytest.fixture
def redacted(pipeline, tmp_path):
    """analyse + render a text document: returns (output text, analysis)."""

    def run(text: str, name: str = "doc.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        analysis = pipeline.analyse(path, name)
        out, _ = render_text(analysis.document, analysis.decisions)
        return out, analysis

    return run


@pytest.fixture
def redacted_with_keep_names(rules, tmp_path):
    """As `redacted`, with a per-request list of public officials (`--keep-names`)."""
    from redact.decide.roles import add_keep_names
    from redact.pipeline import Pipeline

    def run(names: list[str], text: str) -> str:
        pipeline = Pipeline(add_keep_names(rules, names))
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        analysis = pipeline.analyse(path, "doc.txt")
        return render_text(analysis.document, analysis.decisions)[0]

    return run


@pytest.fixture(scope="session")
def roles(lexicon):
    from redact.decide.roles import Roles

    return Roles(lexicon)
