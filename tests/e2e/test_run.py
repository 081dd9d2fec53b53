"""`woo-redact run` end to end, checked with extractors other than PyMuPDF (pypdf, pdfminer)."""

from __future__ import annotations

import hashlib
import json

import pymupdf
import pypdf

from .conftest import make_pdf, pdfminer_text, pypdf_text, read_inventory

SECRETS = ["j.jansen@minbzk.nl", "06-12345678", "123456782", "NL91 ABNA 0417 1643 00", "Kerkstraat 12a",
           "3512 AB Utrecht"]
LINES = [
    "Van: J. Jansen <j.jansen@minbzk.nl>",
    "Mobiel 06-12345678, centrale 1400",
    "BSN 123456782 van de aanvrager",
    "IBAN NL91 ABNA 0417 1643 00 t.n.v. de aanvrager",
    "Adres: Kerkstraat 12a, 3512 AB Utrecht",
    "Bezoekadres: Turfmarkt 147, 2511 DP Den Haag",
    "Deze regel blijft volledig leesbaar.",
]


def squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_values_gone_labels_present_rest_intact(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    pdf = make_pdf(src / "brief.pdf", LINES, metadata={"author": "Piet Ambtenaar", "title": "Brief Jansen"})
    with pymupdf.open(pdf) as d:  # a comment, a bookmark: channels that must go
        d[0].add_text_annot((300, 300), "Jansen bellen op 06-12345678")
        d.set_toc([[1, "Dossier Jansen", 1]])
        d.saveIncr()
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()

    result = run_cli(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output

    out = tmp_path / "out" / "brief.pdf"
    for text in (pypdf_text(out), pdfminer_text(out)):
        flat = squash(text)
        for secret in SECRETS:
            assert squash(secret) not in flat
        assert flat.count("5.1.2e") == 6 and flat.count("5.1.1e") == 1  # every box carries its ground (J. Jansen too)
        for kept in ("centrale1400", "Turfmarkt147,2511DPDenHaag", "Dezeregelblijftvolledigleesbaar."):
            assert kept in flat
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    assert not reader.metadata or not any(str(v) for v in reader.metadata.values())
    assert not reader.pages[0].get("/Annots") and "/Outlines" not in reader.trailer["/Root"]
    assert out.read_bytes().count(b"%%EOF") == 1  # full rewrite, no earlier revision
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before  # the original is untouched

    row = read_inventory(tmp_path / "out")["brief.pdf"]
    assert row["Beoordeling"] == "Deels openbaar"
    assert row["Beoordelingsgrond"] == "5.1.1e;5.1.2e"
    assert row["Aantal weglakkingen"] == "7"


def test_boxes_do_not_erase_the_neighbouring_line(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    # 11 pt text on 12.5 pt leading: glyph boxes of adjacent lines nearly touch.
    lines = ["Bel 06-12345678 voor info", "Agenda gesprek met de directie", "BSN 123456782 jaarlijks"]
    make_pdf(src / "dicht.pdf", lines, fontsize=11, leading=12.5)
    assert run_cli(str(src), "--out", str(tmp_path / "out")).exit_code == 0
    text = pdfminer_text(tmp_path / "out" / "dicht.pdf")
    assert "Agenda gesprek met de directie" in text
    assert "voor info" in text and "jaarlijks" in text
    assert "06-12345678" not in text and "123456782" not in text


def test_text_output_brackets_and_log_without_values(tmp_path, run_cli):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "mail.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert run_cli(str(src), "--out", str(tmp_path / "out")).exit_code == 0
    out = (tmp_path / "out" / "sub" / "mail.txt").read_text(encoding="utf-8")
    assert out.splitlines()[:5] == [
        "Van: [5.1.2e] <[5.1.2e]>",  # the sender's name is a civil servant's (docs/names.md)
        "Mobiel [5.1.2e], centrale 1400",
        "BSN [5.1.1e] van de aanvrager",
        "IBAN [5.1.2e] t.n.v. de aanvrager",
        "Adres: [5.1.2e], [5.1.2e]",
    ]
    log = (tmp_path / "out" / "redactielog.jsonl").read_text(encoding="utf-8")
    entries = [json.loads(line) for line in log.splitlines()]
    assert len(entries) == 7  # six values and the sender's name
    assert {e["ground"] for e in entries} == {"5.1.2e", "5.1.1e"}
    assert all(set(e) == {"document", "id", "page", "span", "entity_type", "ground", "detector", "score"}
               for e in entries)  # the document ID, never a value
    for secret in SECRETS:
        assert secret not in log


def test_rerun_into_same_folder_gives_same_result(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    make_pdf(src / "a.pdf", LINES)
    (src / "b.txt").write_text("\n".join(LINES), encoding="utf-8")
    out = tmp_path / "out"
    names = ["a.pdf", "b.txt", "inventaris.csv", "redactielog.jsonl"]
    assert run_cli(str(src), "--out", str(out)).exit_code == 0
    first = {n: (out / n).read_bytes() for n in names}
    assert run_cli(str(src), "--out", str(out)).exit_code == 0
    assert {n: (out / n).read_bytes() for n in names} == first
    assert not [p for p in out.rglob("*.tmp")]  # no temporary files left behind


def test_parallel_workers_give_the_same_outputs(tmp_path):
    from click.testing import CliRunner

    from redact.cli import main

    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        make_pdf(src / f"d{i}.pdf", LINES)
    for jobs, out in (("1", "o1"), ("2", "o2")):
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    for i in range(3):
        assert (tmp_path / "o1" / f"d{i}.pdf").read_bytes() == (tmp_path / "o2" / f"d{i}.pdf").read_bytes()
    for name in ("inventaris.csv", "inventaris.xlsx"):  # the xlsx too: no time of the run inside
        assert (tmp_path / "o1" / name).read_bytes() == (tmp_path / "o2" / name).read_bytes()


def test_grounds_command_lists_catalogue():
    from click.testing import CliRunner

    from redact.cli import main

    result = CliRunner().invoke(main, ["grounds"])
    assert result.exit_code == 0
    assert "5.1.2e" in result.output and "persoonlijke" in result.output and "5.1.1e" in result.output
