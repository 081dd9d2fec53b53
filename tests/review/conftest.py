"""Small documents made here (not the samples), scanned once per module with a blank spaCy pipeline,
so that the proposals are those of the rule patterns and do not change when the model does."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pymupdf
import pypdf
import pytest
from click.testing import CliRunner

from redact.cli import main

LETTER = [
    "Geachte mevrouw,",
    "",
    "Mail mij op p.bakker@voorbeeld.nl of bel 06-12345678.",
    "Voor vragen: info@minbzk.nl.",
    "Het IBAN is NL91ABNA0417164300.",
    "Dossiercode ZX-4411-Q wordt later besproken.",
]


def make_pdf(path: Path, lines: list[str]) -> Path:
    with pymupdf.open() as doc:
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 72 + 16 * i), line, fontsize=11)
        doc.save(path)
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def cli(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result


def woo_redact() -> str:
    """The installed entry point beside this interpreter (for runs in a pseudo-terminal)."""
    beside = Path(sys.executable).with_name("woo-redact")
    return str(beside) if beside.exists() else shutil.which("woo-redact")


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory) -> Path:
    import spacy

    path = tmp_path_factory.mktemp("model") / "blank_nl"
    spacy.blank("nl").to_disk(path)
    return path


def make_sources(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-brief.txt").write_text("\n".join(LETTER) + "\n", encoding="utf-8")
    make_pdf(folder / "b-nota.pdf", LETTER)
    return folder


def scan(sources: Path, work: Path, model: Path, *extra: str):
    return cli("scan", sources, "--work", work, "-j", "1", "--model", model, *extra)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory, blank_model) -> Path:
    """A work folder of the two documents; copy it before changing it (see `work`)."""
    root = tmp_path_factory.mktemp("scanned")
    sources = make_sources(root / "src")
    result = scan(sources, root / "work", blank_model)
    assert result.exit_code == 0, result.output
    return root / "work"


@pytest.fixture
def work(scanned, tmp_path) -> Path:
    target = tmp_path / "work"
    shutil.copytree(scanned, target)
    return target
