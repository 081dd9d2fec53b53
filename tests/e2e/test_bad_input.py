"""Bad input: each file gets a clear reason in the inventory; the batch goes on; nothing is lost."""

from __future__ import annotations

import hashlib

import pymupdf
import pypdf
from click.testing import CliRunner

from redact.cli import main
from redact.model import Status

from .conftest import make_pdf, read_inventory


def build_bad_batch(src):
    make_pdf(src / "goed.pdf", ["BSN 123456782"])
    good = (src / "goed.pdf").read_bytes()
    (src / "afgebroken.pdf").write_bytes(good[: len(good) // 2])
    (src / "kapot.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    (src / "leeg.pdf").write_bytes(b"")
    writer = pypdf.PdfWriter()  # a well-formed PDF with zero pages
    with (src / "nul-paginas.pdf").open("wb") as fh:
        writer.write(fh)
    with pymupdf.open() as d:
        d.new_page().insert_text((72, 72), "BSN 123456782")
        d.save(src / "versleuteld.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="geheim", owner_pw="geheim")
    (src / "windows.txt").write_bytes("Café, BSN 123456782".encode("cp1252"))
    (src / "binair.txt").write_bytes(bytes(range(256)) * 16)
    (src / "notitie.docx").write_bytes(b"PK\x03\x04")  # a Word file cut off after its first bytes
    (src / "notitie.pages").write_bytes(b"PK\x03\x04")  # a type woo-redact does not read


def test_bad_input_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    build_bad_batch(src)
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()}

    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 1, result.output  # some documents were not processed

    inv = read_inventory(tmp_path / "out")
    expected_reasons = {
        "afgebroken.pdf": "beschadigd",
        "kapot.pdf": "beschadigd",
        "leeg.pdf": "leeg bestand",
        "nul-paginas.pdf": "zonder pagina",
        "versleuteld.pdf": "wachtwoord",
        "binair.txt": "binaire inhoud",
        "notitie.docx": "beschadigd",
    }
    for name, reason in expected_reasons.items():
        assert inv[name]["Beoordeling"] == Status.FAILED.value, name
        assert reason in inv[name]["Toelichting"], (name, inv[name]["Toelichting"])
        assert name in result.output  # the console names the file too
        assert not (tmp_path / "out" / name).exists()
    assert inv["goed.pdf"]["Beoordeling"] == "Deels openbaar"
    assert inv["windows.txt"]["Beoordeling"] == "Deels openbaar"
    assert "cp1252" in inv["windows.txt"]["Toelichting"]
    assert (tmp_path / "out" / "windows.txt").read_text(encoding="utf-8") == "Café, BSN [5.1.1e]"
    # Not a document this tool reads: still a file of the request, so in the inventory.
    assert inv["notitie.pages"]["Beoordeling"] == Status.FAILED.value
    assert inv["notitie.pages"]["Toelichting"] == "bestandstype .pages wordt niet ondersteund"
    # originals untouched
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()} == hashes


def test_file_that_vanishes_mid_run(tmp_path, pipeline):
    src = tmp_path / "in"
    src.mkdir()
    path = src / "weg.txt"
    path.write_text("BSN 123456782", encoding="utf-8")
    path.unlink()  # listed, then gone before it is read
    result = pipeline.process(path, "weg.txt", tmp_path / "out")
    assert result.status is Status.FAILED
    assert "bestaat niet (meer)" in result.error


def test_stale_output_removed_when_document_now_fails(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    doc = src / "a.txt"
    doc.write_text("BSN 123456782", encoding="utf-8")
    assert run_cli(str(src), "--out", str(tmp_path / "out")).exit_code == 0
    assert (tmp_path / "out" / "a.txt").exists()
    doc.write_bytes(bytes(range(256)) * 4)  # the source is replaced by garbage
    assert run_cli(str(src), "--out", str(tmp_path / "out")).exit_code == 1
    assert not (tmp_path / "out" / "a.txt").exists()


def test_output_inside_source_is_refused(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(src / "out")])
    assert result.exit_code == 2
    assert "ligt in bronmap" in result.output
    assert not (src / "out").exists()


def test_missing_source_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_file_over_the_size_limit_is_refused(tmp_path):
    import shutil
    from pathlib import Path

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[2] / "rules", rules)
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("max_file_mb: 1024", "max_file_mb: 1"),
                      encoding="utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "groot.txt").write_text("BSN 123456782\n" * 100_000, encoding="utf-8")  # 1.4 MB
    (src / "klein.txt").write_text("BSN 123456782\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "out"), "--jobs", "1",
                                       "--rules", str(rules)])
    assert result.exit_code == 1
    inv = read_inventory(tmp_path / "out")
    assert "te groot" in inv["groot.txt"]["Toelichting"] and inv["klein.txt"]["Beoordeling"] == "Deels openbaar"


def test_an_escaping_exception_exits_70(monkeypatch, capsys):
    import pytest

    from redact import cli

    def boom(*args, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(cli, "main", boom)
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    assert exit_info.value.code == 70
    assert "interne fout" in capsys.readouterr().err


def test_a_bug_in_one_document_keeps_its_traceback_out_of_the_inventory(tmp_path, run_cli, monkeypatch):
    """The traceback names files and absolute paths: the console shows it (the bug report), the
    published inventory only says 'interne fout'."""
    from redact.pipeline import Pipeline

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Geachte heer Jansen,\n", encoding="utf-8")
    (src / "b.txt").write_text("Geachte mevrouw Bakker,\n", encoding="utf-8")
    real = Pipeline.analyse

    def analyse(self, source, relpath, *args, **kwargs):
        if relpath == "a.txt":
            raise KeyError("bug")
        return real(self, source, relpath, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "analyse", analyse)
    result = run_cli(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert "Traceback" in result.output and "KeyError" in result.output
    inv = read_inventory(tmp_path / "out")
    assert "interne fout" in inv["a.txt"]["Toelichting"]
    assert "Traceback" not in inv["a.txt"]["Toelichting"] and str(tmp_path) not in inv["a.txt"]["Toelichting"]
    assert inv["b.txt"]["Beoordeling"] == "Deels openbaar"  # the batch went on
