"""The output folder matches the request: every file of it in the inventory, nothing stale left,
no folder layout that would mix sources and outputs; and the console says what each stage does."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from redact.cli import main

from .conftest import read_inventory

UNSUPPORTED = "bestandstype .pages wordt niet ondersteund"


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    """A blank Dutch pipeline: the personal data here is found by the rule patterns."""
    import spacy

    path = tmp_path_factory.mktemp("blank") / "nl"
    spacy.blank("nl").to_disk(path)
    return path


def woo(*args) -> object:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def run(src, out, blank, *extra):
    return woo("run", src, "--out", out, "--jobs", "1", "--model", blank, *extra)


def flat(output: str) -> str:
    return " ".join(output.split())  # rich wraps at 80 columns


def test_source_inside_the_output_folder_is_refused(tmp_path, blank):
    src = tmp_path / "m" / "in"
    src.mkdir(parents=True)
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    result = run(src, tmp_path / "m", blank)
    assert result.exit_code == 2, result.output
    assert "ligt in uitvoermap" in flat(result.output)
    assert not (tmp_path / "m" / "inventaris.csv").exists()
    result = run(src / "a.txt", tmp_path / "m", blank)  # a file, too
    assert result.exit_code == 2 and "ligt in uitvoermap" in flat(result.output)


def test_source_inside_the_work_folder_is_refused(tmp_path, blank):
    src = tmp_path / "w" / "in"
    src.mkdir(parents=True)
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    result = woo("scan", src, "--work", tmp_path / "w", "-j", "1", "--model", blank)
    assert result.exit_code == 2, result.output
    assert "ligt in werkmap" in flat(result.output)
    assert not (tmp_path / "w" / "index.json").exists()


def test_unsupported_files_are_in_the_inventory_and_the_summary(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    (src / "notitie.pages").write_bytes(b"PK\x03\x04")
    result = run(src, tmp_path / "out", blank)
    assert result.exit_code == 1, result.output
    inv = read_inventory(tmp_path / "out")
    assert inv["notitie.pages"]["Beoordeling"] == "niet verwerkt"
    assert inv["notitie.pages"]["Toelichting"] == UNSUPPORTED
    assert inv["notitie.pages"]["File type"] == "pages"
    assert inv["a.txt"]["Beoordeling"] == "Deels openbaar"
    summary = flat(result.output)
    assert "Aandacht nodig" in summary and "notitie.pages" in summary.split("Aandacht nodig", 1)[1]


def test_a_folder_of_only_unsupported_files_does_not_exit_0(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "bericht.mbox").write_text("From: a@b.nl\n", encoding="utf-8")
    (src / "lijst.numbers").write_bytes(b"PK\x03\x04")
    result = run(src, tmp_path / "out", blank)
    assert result.exit_code == 1, result.output
    inv = read_inventory(tmp_path / "out")
    assert set(inv) == {"bericht.mbox", "lijst.numbers"}
    assert inv["lijst.numbers"]["Toelichting"] == "bestandstype .numbers wordt niet ondersteund"


def test_scan_and_export_list_unsupported_files_too(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    (src / "notitie.pages").write_bytes(b"PK\x03\x04")
    scanned = woo("scan", src, "--work", tmp_path / "work", "-j", "1", "--model", blank)
    assert scanned.exit_code == 1, scanned.output
    exported = woo("export", tmp_path / "work", "--out", tmp_path / "out")
    assert exported.exit_code == 1, exported.output
    inv = read_inventory(tmp_path / "out")
    assert inv["notitie.pages"]["Beoordeling"] == "niet verwerkt" and inv["notitie.pages"]["Toelichting"] == UNSUPPORTED


def test_a_removed_source_leaves_no_output_behind(tmp_path, blank):
    src, out = tmp_path / "in", tmp_path / "out"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Bel 06-12345678\n", encoding="utf-8")
    assert run(src, out, blank).exit_code == 0
    assert (out / "sub" / "b.txt").is_file()
    (out / "eigen-notitie.txt").write_text("van de gebruiker\n", encoding="utf-8")  # not woo-redact's
    (src / "sub" / "b.txt").unlink()
    result = run(src, out, blank)
    assert result.exit_code == 0, result.output
    assert not (out / "sub" / "b.txt").exists() and not (out / "sub").exists()
    assert set(read_inventory(out)) == {"a.txt"}
    assert "verwijderd sub/b.txt" in flat(result.output)
    assert (out / "eigen-notitie.txt").read_text(encoding="utf-8") == "van de gebruiker\n"
    assert (out / "a.txt").is_file()


def test_a_changed_output_of_a_removed_source_is_left_alone(tmp_path, blank):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    (src / "b.txt").write_text("BSN 123456782\n", encoding="utf-8")
    assert run(src, out, blank).exit_code == 0
    (out / "b.txt").write_text("bewerkt door de gebruiker\n", encoding="utf-8")
    (src / "b.txt").unlink()
    result = run(src, out, blank)
    assert (out / "b.txt").read_text(encoding="utf-8") == "bewerkt door de gebruiker\n"
    assert "niet verwijderd b.txt" in flat(result.output)


def test_each_progress_bar_names_its_stage(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782\n", encoding="utf-8")
    (src / "b.txt").write_text("BSN 123456782\n", encoding="utf-8")
    result = run(src, tmp_path / "out", blank)
    assert "analyseren" in result.output and "publiceren" in result.output
    woo("scan", src, "--work", tmp_path / "work", "-j", "1", "--model", blank)
    exported = woo("export", tmp_path / "work", "--out", tmp_path / "out2")
    assert "exporteren" in exported.output


def test_export_says_how_many_open_proposals_it_decided_by_policy(tmp_path, blank):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("BSN 123456782, bel 06-12345678\n", encoding="utf-8")
    woo("scan", src, "--work", tmp_path / "work", "-j", "1", "--model", blank)
    result = woo("export", tmp_path / "work", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "2 open voorstel(len) zonder beoordeling weggelakt (--unreviewed redact)" in flat(result.output)
    kept = woo("export", tmp_path / "work", "--out", tmp_path / "out2", "--unreviewed", "keep")
    assert "2 open voorstel(len) zonder beoordeling zichtbaar gelaten (--unreviewed keep)" in flat(kept.output)
