"""Stable document numbers (redact/publish/numbering.py): kept in the private folder, a new file
gets the next free number, a removed file's number is never given out again."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from redact.model import Origin
from redact.publish.numbering import REGISTER_NAME, assign_numbers, format_id, number_documents

from .conftest import run

LETTER = ("Geachte heer,\n\nHierbij de stukken over de subsidieaanvraag {n}. Vragen kunt u sturen aan "
          "p.van.dijk84@gmail.com.\n\nMet vriendelijke groet,\nAfdeling Subsidies\n")


def ids(out: Path) -> dict[str, str]:
    text = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    return {r["Document"]: r["ID"] for r in csv.DictReader(io.StringIO(text), delimiter=";")}


def test_a_new_source_gets_the_next_number_and_a_removed_number_is_not_reused(tmp_path):
    private = tmp_path / "priv"
    assert assign_numbers(private, {"b.txt": None, "a.txt": None, "c.txt": None}) == {"a.txt": 1, "b.txt": 2,
                                                                                     "c.txt": 3}
    # b leaves, a file that sorts first arrives: it gets 4, nobody gets 2.
    assert assign_numbers(private, {"0.txt": None, "a.txt": None, "c.txt": None}) == {"0.txt": 4, "a.txt": 1,
                                                                                     "c.txt": 3}
    assert assign_numbers(private, {"d.txt": None, "a.txt": None}) == {"a.txt": 1, "d.txt": 5}
    assert assign_numbers(private, {"b.txt": None}) == {"b.txt": 2}  # back in the request: its own number
    assert json.loads((private / REGISTER_NAME).read_text())["next"] == 6


def test_a_moved_file_keeps_its_number_by_its_hash(tmp_path):
    private = tmp_path / "priv"
    assign_numbers(private, {"a.txt": "aaa", "b.txt": "bbb"})
    assert assign_numbers(private, {"a.txt": "aaa", "map/b-nieuw.txt": "bbb", "c.txt": "ccc"}) == {
        "a.txt": 1, "map/b-nieuw.txt": 2, "c.txt": 3}


def test_attachments_are_numbered_under_their_mail_with_the_request(tmp_path):
    mail = Origin("overleg.msg", "msg", "mail/overleg.msg.pdf")
    numbered = number_documents(tmp_path, [
        ("mail/overleg.msg.pdf", mail), ("mail/overleg.msg-bijlagen/1-nota.docx.pdf",
                                         Origin("nota.docx", "docx", "mail/overleg.msg.pdf", (1,))),
        ("a.pdf", None)], request="2024-017")
    assert numbered.ids() == {"a.pdf": "2024-017-0001", "mail/overleg.msg.pdf": "2024-017-0002",
                              "mail/overleg.msg-bijlagen/1-nota.docx.pdf": "2024-017-0002.1"}
    assert format_id(12, (2, 1)) == "0012.2.1"
    # A mail that failed to convert this time (relpath without .pdf) keeps the same number.
    again = number_documents(tmp_path, [("mail/overleg.msg", mail)])
    assert again.id("mail/overleg.msg") == "0002"


def test_rerunning_after_adding_and_removing_files_keeps_every_number(tmp_path):
    src, out = tmp_path / "verzoek", tmp_path / "out"
    src.mkdir()
    for name in ("b-brief.txt", "c-brief.txt", "d-brief.txt"):
        (src / name).write_text(LETTER.format(n=name), encoding="utf-8")
    assert run(str(src), "--out", str(out)).exit_code == 0
    first = ids(out)
    assert first == {"b-brief.txt": "0001", "c-brief.txt": "0002", "d-brief.txt": "0003"}  # today's format
    (src / "c-brief.txt").unlink()
    (src / "a-brief.txt").write_text(LETTER.format(n="a"), encoding="utf-8")  # sorts first: no renumbering
    (src / "e-brief.txt").write_text(LETTER.format(n="e"), encoding="utf-8")
    assert run(str(src), "--out", str(out), "--request", "2024-017").exit_code == 0
    second = ids(out)
    assert second == {"a-brief.txt": "2024-017-0004", "b-brief.txt": "2024-017-0001",
                      "d-brief.txt": "2024-017-0003", "e-brief.txt": "2024-017-0005"}
    log = [json.loads(line) for line in (out / "redactielog.jsonl").read_text().splitlines()]
    assert len(log) == 4 and all(e["id"] == second[e["document"]] for e in log)
    assert sorted(p.name for p in (out / "upload").iterdir()) == sorted(f"{i}.pdf" for i in second.values())


def test_a_request_that_cannot_be_an_id_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(LETTER.format(n=1), encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--request", "2024/017")
    assert result.exit_code == 2 and "--request" in result.output
    assert not (tmp_path / "out" / "inventaris.csv").exists()


def test_a_file_moved_between_runs_keeps_its_number(tmp_path):
    src, out = tmp_path / "verzoek", tmp_path / "out"
    (src / "oud").mkdir(parents=True)
    (src / "a-brief.txt").write_text(LETTER.format(n="a"), encoding="utf-8")
    (src / "oud" / "b-brief.txt").write_text(LETTER.format(n="b"), encoding="utf-8")
    assert run(str(src), "--out", str(out)).exit_code == 0
    assert ids(out) == {"a-brief.txt": "0001", "oud/b-brief.txt": "0002"}
    (src / "nieuw").mkdir()
    (src / "oud" / "b-brief.txt").rename(src / "nieuw" / "b.txt")
    assert run(str(src), "--out", str(out)).exit_code == 0
    assert ids(out) == {"a-brief.txt": "0001", "nieuw/b.txt": "0002"}
