"""Issue 16's six leak classes (tricks.py builds one file per class): each source shown to carry
the personal data, the redacted output to carry none through any reader (three extractors,
PyMuPDF itself, every object and inflated stream), and the output check to fail on a file that
still holds it (the source itself, or the output with the data put back)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from redact.model import Status
from redact.verify import verify_output
from redact.verify.structure import read_structure

from . import tricks
from .readback import EXTRACTORS, raw_text

PDFS = sorted(n for n in tricks.BUILDERS if n not in tricks.SUFFIX)
TEXTS = sorted(tricks.SUFFIX)


def squash(text: str) -> str:
    """Case, width, whitespace and invisible characters ignored (a reader does not see them)."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", "", text.casefold())


def secrets_in(text: str) -> list[str]:
    t = squash(text)
    return [s for s in tricks.SECRETS + (tricks.SPACED_SECRET,) if s in t]


def mupdf_text(path: Path) -> str:
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text(clip=pymupdf.INFINITE_RECT()) for p in doc)


READERS = {**EXTRACTORS, "pymupdf": mupdf_text, "raw": raw_text}


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    return tricks.build_all(tmp_path_factory.mktemp("tricks"))


@pytest.fixture(scope="module")
def outputs(sources, leak_pipeline, tmp_path_factory):
    out = tmp_path_factory.mktemp("tricks_out")
    return {name: (out / src.name, leak_pipeline.process(src, src.name, out)) for name, src in sources.items()}


# -- before: each source carries the data through its channel --------------------------------

def test_sources_carry_the_data(sources):
    # The page text, read by an independent extractor (all but the chunk files, which are text).
    for name in PDFS:
        assert secrets_in(EXTRACTORS["pdftotext"](sources[name])), name
    # ... hidden from the reading the detectors had: MuPDF's drawing order, letter-spaced, split.
    assert tricks.EMAIL not in mupdf_text(sources["letter_spacing"])
    assert tricks.EMAIL not in mupdf_text(sources["reading_order"])
    assert tricks.EMAIL in EXTRACTORS["pdftotext"](sources["reading_order"])
    assert tricks.EMAIL not in mupdf_text(sources["unicode_pdf"])
    # ... in the JPEG's comment and EXIF segments, in the raw image stream.
    with pymupdf.open(sources["image_metadata"]) as doc:
        jpeg = doc.xref_stream_raw(doc[0].get_images()[0][0])
    assert tricks.EMAIL.encode() in jpeg and tricks.PHONE.encode() in jpeg
    # ... in private catalog and page keys, 40 dictionaries deep.
    with pymupdf.open(sources["private_keys"]) as doc:
        assert tricks.EMAIL in doc.xref_get_key(doc.pdf_catalog(), "XPrivateContact")[1]
        assert doc.xref_get_key(doc[0].xref, "XAppData")[1].count("<<") == tricks.DEEP
    for name in TEXTS:
        assert secrets_in(sources[name].read_text(encoding="utf-8")), name
    text = sources["chunk_email"].read_text(encoding="utf-8")
    at = text.index(tricks.EMAIL)
    assert at < tricks.CHUNK_AT < at + len(tricks.EMAIL)


# -- after: nothing readable, through any reader ---------------------------------------------

@pytest.mark.parametrize("name", sorted(tricks.BUILDERS))
def test_published(outputs, name):
    output, result = outputs[name]
    assert result.status is Status.OK, result.error
    assert output.exists() and result.redactions


@pytest.mark.parametrize("name", PDFS)
@pytest.mark.parametrize("reader", sorted(READERS))
def test_no_personal_data_in_pdf(outputs, name, reader):
    output, _ = outputs[name]
    assert not secrets_in(READERS[reader](output)), f"readable by {reader} in {name}"


@pytest.mark.parametrize("name", TEXTS)
def test_no_personal_data_in_text(outputs, name):
    output, _ = outputs[name]
    text = output.read_text(encoding="utf-8")
    assert not secrets_in(text)
    assert "Het college besluit" in text or "de gemeente neemt" in text


def test_image_kept_without_metadata(outputs):
    output, _ = outputs["image_metadata"]
    with pymupdf.open(output) as doc:
        images = doc[0].get_images()
        assert images, "the (harmless) image itself stays"
        data = doc.xref_stream_raw(images[0][0])
    assert data[:2] == b"\xff\xd8" and b"\xff\xfe" not in data[:200] and b"Exif" not in data


@pytest.mark.parametrize("name", PDFS)
def test_ordinary_text_survives(outputs, name):
    output, _ = outputs[name]
    text = EXTRACTORS["pdftotext"](output)
    for line in tricks.KEEP_LINES:
        assert line in text, f"{line!r} lost in {name}"


def _words(path: Path) -> list[tuple[str, float, float, float, float]]:
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in
            re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html)]


@pytest.mark.parametrize("name", ["letter_spacing", "reading_order"])
def test_boxes_sit_on_the_value(sources, outputs, name):
    """The boxes cover the address and the number as poppler places them in the source, and
    reach neither `Contact:` before them, nor `of` between them, nor the lines above and below."""
    words = _words(sources[name])
    contact = next(w for w in words if w[0] == "Contact:")
    line = sorted((w for w in words if abs(w[2] - contact[2]) < 1), key=lambda w: w[1])
    of = next(i for i, w in enumerate(line) if w[0] == "of")
    _, result = outputs[name]
    boxes = [b for r in result.redactions for b in r.boxes]
    for value in (line[1:of], line[of + 1:]):  # poppler reads the pieces as words of their own
        assert "".join(w[0] for w in value) in (tricks.EMAIL, tricks.PHONE)
        x0, x1 = value[0][1], value[-1][3]
        y0, y1 = contact[2], contact[4]
        inside = [b for b in boxes if b[0] < x1 and x0 < b[2] and b[1] < y1 and y0 < b[3]]
        assert inside and min(b[0] for b in inside) <= x0 + 1 and max(b[2] for b in inside) >= x1 - 1, value
    by_text = {w[0]: w for w in words}
    for neighbour in ("Contact:", "of", "subsidieaanvraag.", "kennen."):
        _, x0, y0, x1, y1 = by_text[neighbour]
        assert not [b for b in boxes if b[0] < x1 - 0.5 and x0 + 0.5 < b[2] and b[1] < y1 and y0 < b[3]], neighbour


# -- the output check fails on a file that still holds the data ------------------------------

@pytest.mark.parametrize("name", sorted(tricks.BUILDERS))
def test_verify_fails_on_the_source(sources, outputs, name):
    _, result = outputs[name]
    kind = "txt" if name in tricks.SUFFIX else "pdf"
    assert verify_output(sources[name], kind, result.redacted_values), name
    assert verify_output(outputs[name][0], kind, result.redacted_values) == []


@pytest.mark.parametrize("name", ["reading_order", "letter_spacing"])
def test_verify_finds_values_nobody_judged(sources, name):
    """Without any known value: an address that pdftotext reads whole and MuPDF's reading does
    not hold was never judged."""
    problems = verify_output(sources[name], "pdf", ())
    assert any("niet beoordeeld" in p for p in problems), problems
    assert not any(tricks.EMAIL in p or tricks.PHONE in p for p in problems), "problems are published"


def test_verify_fails_on_image_metadata_put_back(outputs, tmp_path):
    output, result = outputs["image_metadata"]
    doc = pymupdf.open(output)
    xref = doc[0].get_images()[0][0]
    doc.update_stream(xref, tricks.JPEG, compress=False)
    doc.xref_set_key(xref, "Filter", "/DCTDecode")
    back = tmp_path / "back.pdf"
    doc.save(back, garbage=4, deflate=True)
    problems = verify_output(back, "pdf", result.redacted_values)
    assert any("metadata" in p for p in problems), problems
    assert any("PDF-objecten" in p for p in problems), problems


def test_verify_fails_on_private_keys_put_back(outputs, tmp_path):
    output, result = outputs["private_keys"]
    doc = pymupdf.open(output)
    doc.xref_set_key(doc[0].xref, "XAppData", tricks._nested(tricks.DEEP, tricks._literal("onschuldig")))
    doc.xref_set_key(doc.pdf_catalog(), "XPrivateContact", tricks._literal("onschuldig"))
    back = tmp_path / "back.pdf"
    doc.save(back, garbage=4, deflate=True)
    problems = verify_output(back, "pdf", result.redacted_values)
    assert any("catalogus bevat onbekende sleutel" in p for p in problems), problems
    assert any("pagina 1 bevat onbekende sleutel" in p for p in problems), problems


def test_verify_reads_strings_at_any_depth(sources):
    strings = read_structure(sources["private_keys"]).strings
    assert f"{tricks.EMAIL} {tricks.PHONE}" in strings  # 40 dictionaries deep


def test_woo_redact_run_and_verify_on_every_trick(sources, blank_model, tmp_path):
    """The command line: `run` publishes every trick file (exit 0), `verify` passes the folder
    from the private record's hashes, and fails it (exit 4) once an output is its original
    again, for each class."""
    import json
    import shutil

    from click.testing import CliRunner

    from redact.cli import main
    from redact.errors import ExitCode
    from redact.fileio import file_sha256

    src = tmp_path / "bron"
    src.mkdir()
    for path in sources.values():
        shutil.copy(path, src / path.name)
    out = tmp_path / "uit"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-j", "1", "--model", str(blank_model)])
    assert result.exit_code == ExitCode.OK, result.output
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.OK, result.output
    # The originals put back, with their checksums forged into the record: the content gives
    # each one away, not the checksum.
    record_path = out.parent / "uit.woo-private" / "register.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    for path in sources.values():
        shutil.copy(path, out / path.name)
    for d in record["documents"]:
        if d.get("output"):
            d["sha256"] = file_sha256(out / d["output"])
    record_path.write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(main, ["verify", str(out)])
    assert result.exit_code == ExitCode.VERIFY_FAILED, result.output
    assert "controlegetal" not in result.output
    for path in sources.values():
        assert (out / "_NIET_PUBLICEREN" / path.name).exists(), path.name
