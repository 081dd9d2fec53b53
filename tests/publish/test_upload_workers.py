"""The upload copies of text outputs are printed by the executor's workers (publish/upload.py:
print_job, flows/common.py: _printer)."""

from __future__ import annotations

import hashlib

from click.testing import CliRunner

from redact.cli import main


def test_text_outputs_printed_in_the_workers_give_the_same_upload(tmp_path):
    """With --jobs 2 the executor's worker processes print the text outputs (publish/upload.py:
    print_job); the upload is the same byte for byte as printed in this process (--jobs 1)."""
    src = tmp_path / "verzoek"
    src.mkdir()
    for n, name in enumerate(("Pieter de Vries", "Sanne Verbeek", "Jorrit Kamphuis"), 1):
        (src / f"brief-{n}.txt").write_text(f"Beste {name}, uw aanvraag {n} is ontvangen.\n", encoding="utf-8")

    def upload(jobs: str) -> dict[str, str]:
        out = tmp_path / f"out-{jobs}"
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--request", "2024-017", "--stamp",
                                           "--jobs", jobs], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "upload").iterdir())}

    one = upload("1")
    assert sorted(one) == ["2024-017-0001.pdf", "2024-017-0002.pdf", "2024-017-0003.pdf"]
    assert upload("2") == one
