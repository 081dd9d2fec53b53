"""Well-formedness of the regression corpus in samples/.

Each samples/<stem>.expected.yaml must describe its document exactly: values occur verbatim, entity types and
grounds come from the allowed sets, identifiers are valid (BSN 11-proef, IBAN mod-97, phone numbers valid for
region NL), keep and redact occurrences do not overlap, and the PDF twin has the text (or, for a scan, none).

An occurrence is an exact, case-sensitive match that is not part of a longer word: no letter or digit directly
before a value that starts with one, nor directly after a value that ends with one.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DOCUMENTS = SAMPLES / "documents"  # only documents: `woo-redact run samples/documents` reads them all

ENTITIES = {
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "BSN", "IBAN", "ADDRESS",
    "DATE_OF_BIRTH", "LICENSE_PLATE", "NATIONAL_ID", "SPECIAL_CATEGORY", "CRIMINAL_DATA",
}
GROUND_FOR = {e: "5.1.2e" for e in ENTITIES} | {"BSN": "5.1.1e", "NATIONAL_ID": "5.1.1e",
                                                "SPECIAL_CATEGORY": "5.1.1d", "CRIMINAL_DATA": "5.1.1d"}
MIN_DOCUMENTS = 18
FORMAT_TWINS = (".eml", ".msg", ".docx", ".xlsx", ".odt", ".pptx", ".png", ".jpg", ".tif")

EXPECTATIONS = sorted(SAMPLES.glob("*.expected.yaml"))


IMAGE_GROUNDS = {"SIGNATURE": "5.1.2e", "FACE": "5.1.2e", "ID_DOCUMENT": "5.1.1e"}


def _load_build_module():
    spec = importlib.util.spec_from_file_location("samples_build_pdfs", SAMPLES / "build_pdfs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Spans of whole-word, case-sensitive occurrences of value in text."""
    pre = r"(?<![^\W_])" if value[:1].isalnum() else ""
    post = r"(?![^\W_])" if value[-1:].isalnum() else ""
    return [m.span() for m in re.finditer(pre + re.escape(value) + post, text)]


def norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def stem_of(path: Path) -> str:
    return path.name[: -len(".expected.yaml")]


def ids(paths):
    return [stem_of(p) for p in paths]


@pytest.fixture(scope="module")
def build_mod():
    return _load_build_module()


def test_corpus_size_and_pairs():
    txts = sorted(p.name[:-4] for p in DOCUMENTS.glob("*.txt"))
    # Documents only: a .txt with its .pdf twin, and for some a format twin (samples/build_formats.py).
    assert {p.suffix for p in DOCUMENTS.iterdir()} <= {".txt", ".pdf"} | set(FORMAT_TWINS), \
        "samples/documents holds documents only"
    assert len(EXPECTATIONS) >= MIN_DOCUMENTS
    assert txts == ids(EXPECTATIONS), "every .txt needs an .expected.yaml and vice versa"
    assert (SAMPLES / "README.md").is_file()
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for stem in txts:
        assert stem in readme, f"{stem} not described in samples/README.md"


@pytest.mark.parametrize("exp_path", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_expectations_shape(exp_path):
    data = load(exp_path)
    assert set(data) - {"images"} == {"document", "description", "redact", "keep"}
    for item in data.get("images") or []:  # areas of the PDF twin (redact/images/)
        assert set(item) <= {"kind", "page", "action", "ground"} and item["kind"] in IMAGE_GROUNDS, item
        assert item.get("action", "redact") in ("redact", "keep") and isinstance(item["page"], int), item
        assert item.get("action", "redact") == "keep" or item.get("ground") == IMAGE_GROUNDS[item["kind"]], item
    assert data["document"] == f"documents/{stem_of(exp_path)}.txt"
    assert (SAMPLES / data["document"]).is_file()
    assert isinstance(data["description"], str) and data["description"].strip()
    assert "\n" not in data["description"].strip()
    assert isinstance(data["redact"] or [], list) and isinstance(data["keep"] or [], list)
    seen = set()
    for item in data["redact"] or []:
        assert set(item) == {"value", "entity", "ground"}, item
        assert isinstance(item["value"], str) and item["value"].strip() == item["value"] != ""
        assert item["entity"] in ENTITIES, item
        assert item["ground"] == GROUND_FOR[item["entity"]], item
        assert item["value"] not in seen, f"duplicate value {item['value']!r}"
        seen.add(item["value"])
    for item in data["keep"] or []:
        assert set(item) == {"value", "why"}, item
        assert isinstance(item["value"], str) and item["value"].strip() == item["value"] != ""
        assert isinstance(item["why"], str) and item["why"].strip()
        assert item["value"] not in seen, f"duplicate value {item['value']!r}"
        seen.add(item["value"])


@pytest.mark.parametrize("exp_path", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_values_occur_verbatim(exp_path):
    data = load(exp_path)
    text = (SAMPLES / data["document"]).read_text(encoding="utf-8")
    for item in (data["redact"] or []) + (data["keep"] or []):
        assert occurrences(text, item["value"]), f"{item['value']!r} does not occur in {data['document']}"


@pytest.mark.parametrize("exp_path", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_identifiers_valid(exp_path):
    import phonenumbers
    from stdnum import iban
    from stdnum.nl import bsn

    for item in load(exp_path)["redact"] or []:
        v, ent = item["value"], item["entity"]
        if ent == "BSN":
            assert bsn.is_valid(v), f"BSN {v!r} fails the 11-proef"
        elif ent == "IBAN":
            assert iban.is_valid(v), f"IBAN {v!r} fails mod-97"
        elif ent == "PHONE_NUMBER":
            num = phonenumbers.parse(v, "NL")
            assert phonenumbers.is_valid_number(num), f"phone number {v!r} is not valid for NL"
        elif ent == "EMAIL_ADDRESS":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v), v


@pytest.mark.parametrize("exp_path", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_keep_and_redact_do_not_overlap(exp_path):
    data = load(exp_path)
    text = (SAMPLES / data["document"]).read_text(encoding="utf-8")
    red = [(s, e, it["value"]) for it in data["redact"] or [] for s, e in occurrences(text, it["value"])]
    for it in data["keep"] or []:
        for ks, ke in occurrences(text, it["value"]):
            for rs, re_, rv in red:
                assert ke <= rs or re_ <= ks, f"keep {it['value']!r} overlaps redact {rv!r} at {ks}"


@pytest.mark.parametrize("exp_path", EXPECTATIONS, ids=ids(EXPECTATIONS))
def test_pdf_twin(exp_path, build_mod):
    import pymupdf

    data = load(exp_path)
    stem = stem_of(exp_path)
    pdf = DOCUMENTS / f"{stem}.pdf"
    assert pdf.is_file(), f"{pdf.name} missing: run python samples/build_pdfs.py"
    with pymupdf.open(pdf) as doc:
        assert doc.page_count >= 1
        for page in doc:
            assert abs(page.rect.width - 595) < 1 and abs(page.rect.height - 842) < 1, "not A4"
        extracted = "\n".join(page.get_text() for page in doc)
        if stem in build_mod.SCANNED:
            assert extracted.strip() == "", "a scanned page must have no text layer"
            assert all(page.get_images() for page in doc), "a scanned page must be an image"
            return
    text = (SAMPLES / data["document"]).read_text(encoding="utf-8")
    pdf_text, txt_text = norm_ws(extracted), norm_ws(text)
    assert pdf_text == txt_text, "PDF text differs from the .txt (after whitespace normalisation)"
    for item in (data["redact"] or []) + (data["keep"] or []):
        n_pdf = len(occurrences(pdf_text, item["value"]))
        assert n_pdf == len(occurrences(txt_text, item["value"])) and n_pdf > 0, item["value"]


def test_format_twins_are_built_from_their_script():
    """Each format twin (.eml, .docx, .xlsx) is what samples/build_formats.py makes, byte for byte,
    and has its .txt (the ground truth) and so its expectations."""
    spec = importlib.util.spec_from_file_location("samples_build_formats", SAMPLES / "build_formats.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0, "run python samples/build_formats.py"
    twins = sorted(p for p in DOCUMENTS.iterdir() if p.suffix in FORMAT_TWINS)
    assert {p.name for p in twins} == {f"{stem}{ext}" for stem, (_, ext, _) in mod.TWINS.items()}
    for twin in twins:
        assert (DOCUMENTS / f"{twin.stem}.txt").is_file() and (SAMPLES / f"{twin.stem}.expected.yaml").is_file()
