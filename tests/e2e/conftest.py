"""Helpers for end-to-end runs: build small PDFs, run the CLI, read outputs independently."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pymupdf
import pypdf
import pytest
from click.testing import CliRunner
from pdfminer.high_level import extract_text

from redact.cli import main


def make_pdf(path: Path, lines: list[str], fontsize: float = 11, leading: float = 16,
             metadata: dict | None = None) -> Path:
    with pymupdf.open() as doc:
        page = doc.new_page()
        y = 72.0
        for line in lines:
            page.insert_text((72, y), line, fontsize=fontsize)
            y += leading
        if metadata:
            doc.set_metadata(metadata)
        doc.save(path)
    return path


def pypdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)


def pdfminer_text(path: Path) -> str:
    return extract_text(str(path))


def read_inventory(out: Path) -> dict[str, dict[str, str]]:
    # As Dutch Excel reads it: UTF-8 with a byte-order mark, `;` between fields.
    rows = csv.DictReader(io.StringIO((out / "inventaris.csv").read_text(encoding="utf-8-sig")), delimiter=";")
    return {r["Document"]: r for r in rows}


@pytest.fixture
def run_cli():
    def run(*args: str):
        return CliRunner().invoke(main, ["run", *args, "--jobs", "1"], catch_exceptions=False)
    return run
