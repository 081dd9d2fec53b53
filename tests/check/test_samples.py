"""The project's own regression check: `woo-redact check samples` must pass.

Red until detection (names above all) meets samples/*.expected.yaml (the documents are in
samples/documents/) and samples/check.yaml: fix the rules or the model, never the expectations or
the thresholds, to make it green.
"""

from __future__ import annotations

from redact.errors import ExitCode

from .conftest import REPO, invoke


def test_check_samples_passes(tmp_path):
    result = invoke(REPO / "samples", "--junit", tmp_path / "samples.xml")
    problems = [line for line in result.output.splitlines() if line.startswith(("drempel", "controle mislukt"))]
    assert result.exit_code == ExitCode.OK, "\n".join(problems) + "\n\n" + result.output[-6000:]


def test_the_thresholds_file_is_valid_and_names_existing_files():
    from redact.check.config import load_config

    config = load_config(REPO / "samples" / "check.yaml")
    assert config.overall.recall == 1.0  # every must-redact occurrence, always
    for name in config.may_withhold:
        assert (REPO / "samples" / "documents" / name).is_file(), f"may_withhold names a missing file: {name}"
