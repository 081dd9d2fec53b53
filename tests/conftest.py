"""Shared fixtures: the built-in rule set and a detection engine, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.rules import load_rules

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def rules():
    return load_rules(REPO / "rules")


@pytest.fixture(scope="session")
def pipeline(rules):
    from redact.pipeline import Pipeline

    return Pipeline(rules)
