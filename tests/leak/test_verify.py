"""The output check on its own: it sees each channel in an unsanitized file, it finds values
from plain text and from the salted hashes alike, and `woo-redact verify OUT` fails a folder in
which one output was replaced by its unredacted original."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from redact.cli import main
from redact.errors import ExitCode
from redact.model import Redaction
from redact.verify import verify_output
from redact.fileio import file_sha256
from redact.verify.values import HashedValues, PlainValues, hash_values, new_salt

from . import hostile as fx

VALUES = ("Jan de Vries", "Kok", "JdV", "06-12345678", "J.deVries@minbzk.nl", "Bakker")
TEXTS = {
    "Overleg met Jan  de\nVries over de subsidie.": 1,
    "JAN DE VRIES belde": 1,
    "De kok kookt; dhr. Kok niet.": 1,
    "Kokosnoot en kokkerellen": 0,  # a short value only as a whole word
    "Actie: JdV, MK": 1,
    "bel 06-1234 5678 of mail j.devries@minbzk.nl": 2,
    "Niets persoonlijks hier.": 0,
    "brood van de bakker op de hoek": 0,  # the word, all lower case: not the name
    "de kok kookt": 0,
    "Van: BAKKER, P.": 1,
    "mail J.DEVRIES@MINBZK.NL": 1,  # addresses count in any case
}


@pytest.mark.parametrize("text,expected", sorted(TEXTS.items()))
def test_plain_and_hashed_values_agree(text, expected):
    salt = new_salt()
    assert PlainValues(VALUES).survivors(text) == expected
    assert HashedValues(salt, hash_values(VALUES, salt)).survivors(text) == expected


def test_hashes_differ_per_salt_and_hold_no_value():
    a, b = hash_values(VALUES, new_salt()), hash_values(VALUES, new_salt())
    assert {h.digest for h in a}.isdisjoint({h.digest for h in b})
    assert not any("vries" in h.digest for h in a)


# Channel -> a word the problem report must contain when the file is checked unsanitized.
STRUCTURE_CHANNELS = {
    "metadata": "metadata", "annotations": "annotatie", "form_fields": "formulier",
    "attachments": "bijlage", "bookmarks": "bladwijzers", "page_labels": "paginalabels",
    "alt_text": "structuurboom", "javascript": "JavaScript", "incremental": "revisies",
    "mailto_link": "URI",
}


@pytest.mark.parametrize("name", sorted(STRUCTURE_CHANNELS))
def test_check_sees_each_channel_in_an_unsanitized_file(hostile, name):
    problems = verify_output(hostile[name], "pdf", ())
    assert any(STRUCTURE_CHANNELS[name] in p for p in problems), problems


def test_check_reads_values_with_every_extractor(hostile):
    # Standard fonts: pypdf and poppler (pdfminer would read the same through the same encoding).
    problems = verify_output(hostile["base14"], "pdf", (fx.EMAIL, fx.PHONE))
    for name in ("pypdf", "pdftotext"):
        assert any(name in p for p in problems), problems
    # A font without ToUnicode: pdfminer joins in, and it is the one that reads the value.
    problems = verify_output(hostile["no_tounicode"], "pdf", (fx.EMAIL, fx.PHONE))
    assert any("pdfminer" in p for p in problems), problems


def test_check_reads_pixels_with_ocr(hostile):
    problems = verify_output(hostile["scan"], "pdf", (fx.EMAIL,), ocr_pages=[1])
    assert any("OCR" in p for p in problems), problems


def test_check_reads_the_band_around_a_box_that_left_the_pixels(hostile):
    """A box drawn one line too high over a scan: the value below it is read by OCR."""
    slipped = Redaction(page=1, start=0, end=1, entity_type="EMAIL_ADDRESS", ground="5.1.2e", detector="t",
                        score=1.0, boxes=((72.0, 90.0, 330.0, 102.0),))
    problems = verify_output(hostile["scan"], "pdf", (fx.EMAIL,), (slipped,), ocr_pages=[1])
    assert any("volgens OCR" in p for p in problems), problems


def test_check_reads_pixels_hidden_under_a_drawn_box(hostile, tmp_path):
    """The classic failure: a black rectangle drawn over a scan, the pixels left in the image.
    A rendering shows black; the stored image still holds the address, and OCR reads it."""
    import pymupdf

    box = (72.0, 104.0, 330.0, 121.0)
    covered = tmp_path / "covered.pdf"
    with pymupdf.open(hostile["scan"]) as doc:
        doc[0].draw_rect(pymupdf.Rect(box), color=None, fill=(0, 0, 0))
        doc[0].insert_text((80, 116), "5.1.2e", fontsize=9, color=(1, 1, 1))
        doc.save(covered)
    drawn = Redaction(page=1, start=0, end=1, entity_type="EMAIL_ADDRESS", ground="5.1.2e", detector="t",
                      score=1.0, boxes=(box,))
    problems = verify_output(covered, "pdf", (fx.EMAIL,), (drawn,), ocr_pages=[1])
    assert any("volgens OCR" in p for p in problems), problems


def test_check_needs_a_label_in_every_box(redacted):
    r = redacted["base14"]
    assert verify_output(r.output, "pdf", (fx.EMAIL,), r.result.redactions) == []
    unlabelled = Redaction(page=1, start=0, end=1, entity_type="PERSON", ground="5.1.2e", detector="t", score=1.0,
                           boxes=((300.0, 600.0, 360.0, 612.0),))
    problems = verify_output(r.output, "pdf", (fx.EMAIL,), r.result.redactions + (unlabelled,))
    assert any("zonder hun grond" in p for p in problems), problems


@pytest.fixture(scope="module")
def pristine_run(tmp_path_factory, hostile, blank_model):
    """One `woo-redact run` over a few hostile files and a text file (done once)."""
    base = tmp_path_factory.mktemp("verify_run")
    src = base / "bron"
    src.mkdir()
    for name in ("base14", "metadata", "annotations", "image_text"):
        shutil.copy(hostile[name], src / f"{name}.pdf")
    (src / "notitie.txt").write_text(f"Mail {fx.EMAIL} of bel {fx.PHONE}.\n", encoding="utf-8")
    out = base / "uit"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1", "--model", str(blank_model)])
    assert result.exit_code == ExitCode.OK, result.output
    return base


@pytest.fixture()
def run_folder(pristine_run, tmp_path):
    """A fresh copy of that run (sources, OUT and OUT.woo-private) for a test to tamper with."""
    for name in ("bron", "uit", "uit.woo-private"):
        shutil.copytree(pristine_run / name, tmp_path / name)
    return tmp_path / "bron", tmp_path / "uit"


def test_run_writes_the_private_record_outside_out(run_folder):
    _src, out = run_folder
    record = out.parent / "uit.woo-private" / "register.json"
    assert record.exists()
    assert not list(out.rglob("register.json"))
    text = record.read_text(encoding="utf-8")
    assert "vlietstra" not in text.casefold() and "41234567" not in text


def test_verify_passes_a_fresh_run(run_folder):
    _src, out = run_folder
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.OK, result.output
    assert not (out / "_NIET_PUBLICEREN").exists()


@pytest.mark.parametrize("name,jobs", [("base14.pdf", "1"), ("notitie.txt", "1"), ("image_text.pdf", "2")])
def test_verify_fails_a_file_replaced_by_its_original(run_folder, name, jobs):
    src, out = run_folder
    shutil.copy(src / name, out / name)
    result = CliRunner().invoke(main, ["verify", str(out), "-j", jobs])
    assert result.exit_code == ExitCode.VERIFY_FAILED, result.output
    assert name in result.output
    assert not (out / name).exists() and (out / "_NIET_PUBLICEREN" / name).exists()
    rows = {r["Document"]: r for r in csv.DictReader(io.StringIO((out / "inventaris.csv").read_text(encoding="utf-8-sig")),
                                                           delimiter=";")}
    assert rows[name]["Beoordeling"] == "verificatie mislukt" and "niet publiceren" in rows[name]["Toelichting"]
    assert all(r["Beoordeling"] != "verificatie mislukt" for doc, r in rows.items() if doc != name)


def test_verify_finds_the_values_even_when_the_checksum_is_forged(run_folder):
    """The value check stands on its own: not only the changed checksum gives it away."""
    src, out = run_folder
    shutil.copy(src / "base14.pdf", out / "base14.pdf")
    record_path = out.parent / "uit.woo-private" / "register.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    for d in record["documents"]:
        if d["output"] == "base14.pdf":
            d["sha256"] = file_sha256(out / "base14.pdf")
    record_path.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.VERIFY_FAILED
    assert "weggelakte waarde(n) nog leesbaar" in result.output
    assert "controlegetal" not in result.output


def test_verify_fails_an_unknown_file(run_folder, hostile):
    _src, out = run_folder
    shutil.copy(hostile["scan"], out / "extra.pdf")
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.VERIFY_FAILED
    assert "extra.pdf" in result.output and "register" in result.output


def test_verify_without_record_is_refused(tmp_path):
    (tmp_path / "uit").mkdir()
    result = CliRunner().invoke(main, ["verify", str(tmp_path / "uit")])
    assert result.exit_code == ExitCode.USAGE
    assert "register" in result.output


def test_private_folder_inside_out_is_refused(tmp_path, hostile):
    src = tmp_path / "bron"
    src.mkdir()
    shutil.copy(hostile["base14"], src / "a.pdf")
    out = tmp_path / "uit"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--private", str(out / "geheim")])
    assert result.exit_code == ExitCode.USAGE
    assert not (out / "geheim").exists()
