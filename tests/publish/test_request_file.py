"""`--request-file`: a request's publication settings in a YAML file (samples/verzoek.yaml), the
command line winning over it; a file with an unknown key or a bad value is refused before
anything is read. Without a publisher the package is still written, and the console says why it
has no DiWoo records."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.publish.requestfile import read_request_file

from . import platform_reader
from .conftest import REPO, VWS, run

BZK = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"


@pytest.fixture
def source(tmp_path) -> Path:
    src = tmp_path / "verzoek"
    src.mkdir()
    (src / "brief.txt").write_text("Beste Pieter de Vries, uw aanvraag is ontvangen.\n", encoding="utf-8")
    return src


def test_the_samples_request_file_is_the_demo_request():
    assert read_request_file(REPO / "samples" / "verzoek.yaml") == {"request": "2024-017", "publisher": VWS}


def test_the_file_gives_the_package_its_kenmerk_and_publisher(source, tmp_path):
    settings = tmp_path / "verzoek.yaml"
    settings.write_text(f"request: 2024-099\npublisher: {VWS}\ndecision_date: 2024-09-30\nstamp: true\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out), "--request-file", str(settings))
    assert result.exit_code == 0, result.output
    assert platform_reader.problems(out / "productierapport.xlsx", out / "upload") == []
    assert sorted(p.name for p in (out / "upload").iterdir()) == ["2024-099-0001.pdf"]
    decision = (out / "diwoo" / "2024-099.xml").read_text(encoding="utf-8")
    assert f'resource="{VWS}"' in decision and "2024-09-30" in decision
    # The command line wins over the file.
    again = tmp_path / "again"
    result = run(str(source), "--out", str(again), "--request-file", str(settings), "--request", "2024-100",
                 "--publisher", BZK)
    assert result.exit_code == 0, result.output
    assert (again / "upload" / "2024-100-0001.pdf").is_file()
    assert f'resource="{BZK}"' in (again / "diwoo" / "2024-100.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    ("request: 2024-017\npublsher: x\n", "onbekende sleutel(s) publsher"),
    ("request: 2024/017\n", "2 tot 60 letters"),
    ("publisher: https://example.org/ministerie\n", "niet in de DiWoo-organisatielijsten"),
    ("decision_date: 30-09-2024\n", "geen datum"),
    ("stamp: misschien\n", "true of false"),
    ("- request\n", "verwacht sleutels"),
])
def test_a_bad_request_file_is_refused_before_anything_is_written(source, tmp_path, text, expected):
    settings = tmp_path / "verzoek.yaml"
    settings.write_text(text, encoding="utf-8")
    result = run(str(source), "--out", str(tmp_path / "out"), "--request-file", str(settings))
    assert result.exit_code == 2 and expected in " ".join(result.output.split()), result.output
    assert not (tmp_path / "out").exists()


def test_without_a_publisher_the_package_is_written_and_the_console_says_why_no_diwoo(source, tmp_path):
    out = tmp_path / "out"
    result = run(str(source), "--out", str(out), "--request", "2024-017")
    assert result.exit_code == 0, result.output
    assert platform_reader.problems(out / "productierapport.xlsx", out / "upload") == []
    assert (out / "upload" / "2024-017-0001.pdf").is_file() and not (out / "diwoo").exists()
    said = " ".join(result.output.split())
    assert "geen DiWoo-metadata" in said and "--request-file" in said

