"""Small sample folders built in tmp_path, so these tests do not depend on the evolving samples/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest
import yaml
from click.testing import CliRunner

from redact.cli import main

REPO = Path(__file__).resolve().parents[2]

# Fictional; the BSN passes the 11-proef, the IBAN mod-97. No names: name detection depends on the
# NER model, which these tests do not test.
LETTER = """\
Van: j.devries@example.nl
Onderwerp: terugbetaling leges

Graag het bedrag overmaken naar rekening NL91 ABNA 0417 1643 00 van de aanvrager.
Het burgerservicenummer van de aanvrager is 111222333.
De aanvrager is bereikbaar op 06-12345678.

Vragen over deze brief kunnen naar info@example.nl.
"""

EXPECTED = {
    "document": "01-brief.txt",
    "description": "A letter with an e-mail address, an IBAN, a BSN and a phone number",
    "redact": [
        {"value": "j.devries@example.nl", "entity": "EMAIL_ADDRESS", "ground": "5.1.2e"},
        {"value": "NL91 ABNA 0417 1643 00", "entity": "IBAN", "ground": "5.1.2e"},
        {"value": "111222333", "entity": "BSN", "ground": "5.1.1e"},
        {"value": "06-12345678", "entity": "PHONE_NUMBER", "ground": "5.1.2e"},
    ],
    "keep": [{"value": "info@example.nl", "why": "generic mailbox of the organisation"}],
}

IBAN = "NL91 ABNA 0417 1643 00"


def write_pdf(text: str, path: Path) -> None:
    with pymupdf.open() as doc:
        page = doc.new_page(width=595, height=842)
        page.insert_text((70, 80), text, fontsize=10.5, fontname="helv")
        doc.save(path, garbage=4, deflate=True)


def make_samples(folder: Path, expected: dict | None = None, pdf: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "01-brief.txt").write_text(LETTER, encoding="utf-8")
    (folder / "01-brief.expected.yaml").write_text(
        yaml.safe_dump(expected or EXPECTED, sort_keys=False, allow_unicode=True), encoding="utf-8")
    if pdf:
        write_pdf(LETTER, folder / "01-brief.pdf")
    return folder


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    return make_samples(tmp_path / "samples")


@pytest.fixture
def rules_without_iban(tmp_path: Path) -> Path:
    """A copy of rules/ whose identifiers.yaml lacks the IBAN recognizer."""
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    path = rules / "recognizers" / "identifiers.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["recognizers"] = [r for r in data["recognizers"] if r["entity"] != "IBAN"]
    assert data["recognizers"], "identifiers.yaml changed shape"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return rules


def invoke(*args: str, input: str | None = None):
    """Run `woo-redact check ARGS` in-process, wide enough that table cells are not folded."""
    return CliRunner().invoke(main, ["check", *map(str, args)], input=input, env={"COLUMNS": "250"},
                              catch_exceptions=False)
