"""A run of samples/documents as a complete publication package, shared by the package tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from redact.cli import main

REPO = Path(__file__).resolve().parents[2]
VWS = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1025"


def run(*args: str):
    return CliRunner().invoke(main, ["run", *args, "--jobs", "1"], catch_exceptions=False)


@pytest.fixture(scope="session")
def sample_package(tmp_path_factory) -> Path:
    """OUT of the demo `woo-redact run samples/documents --request-file samples/verzoek.yaml` with
    --stamp (the file: --request 2024-017 --publisher VWS; test_package's second run gives these
    options on the command line and must get the same bytes)."""
    out = tmp_path_factory.mktemp("pakket") / "out"
    result = run(str(REPO / "samples" / "documents"), "--out", str(out), "--request-file",
                 str(REPO / "samples" / "verzoek.yaml"), "--stamp")
    assert result.exit_code == 0, result.output
    return out


def copy_tree(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst
