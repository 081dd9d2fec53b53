"""The work folder holds every value in the clear: its owner's only (0700, files 0600), as the private record."""

from __future__ import annotations

import os
import stat

import pytest

from redact.review.session import ReviewSession
from redact.rules import load_rules

from .conftest import make_sources, scan


@pytest.fixture
def umask_022():
    """The usual umask, under which a plain mkdir/write gives 0755/0644."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(work):
    return {p.relative_to(work).as_posix() or ".": stat.S_IMODE(p.stat().st_mode)
            for p in (work, *work.rglob("*"))}


def test_scan_creates_the_work_folder_private(tmp_path, blank_model, umask_022):
    work = tmp_path / "work"
    assert scan(make_sources(tmp_path / "src"), work, blank_model).exit_code == 0
    session = ReviewSession(work, load_rules(), reviewer="tester")
    session.decide("keep")  # writes decisions.json
    modes = _modes(work)
    assert "decisions.json" in modes and "docs/b-nota.pdf.json" in modes
    assert {m for p, m in modes.items() if (work / p).is_dir()} == {0o700}
    assert {m for p, m in modes.items() if (work / p).is_file()} == {0o600}


@pytest.mark.parametrize("reopen", ["scan", "review"])
def test_an_older_open_work_folder_is_tightened(tmp_path, blank_model, umask_022, reopen):
    sources, work = make_sources(tmp_path / "src"), tmp_path / "work"
    assert scan(sources, work, blank_model).exit_code == 0
    for path in (work, *work.rglob("*")):  # as an earlier woo-redact left it
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    if reopen == "scan":
        assert scan(sources, work, blank_model).exit_code == 0
    else:
        ReviewSession(work, load_rules(), reviewer="tester")
    modes = _modes(work)
    assert modes["."] == 0o700 and modes["docs"] == 0o700
    assert modes["index.json"] == 0o600 and modes["docs/a-brief.txt.json"] == 0o600
