"""A dossier with an exact duplicate (a mail and its PDF print), a near-duplicate mail and a thread
of three mails: the inventory's rows, the same redactions in every copy (run, and export after a
review that kept a name visible in one copy), `--duplicates skip`, Dask, and the annex."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner

from redact.cli import main
from redact.flows.common import Options
from redact.flows.executor import LocalPool
from redact.flows.export import export
from redact.flows.run import run
from redact.flows.scan import scan
from redact.report.inventory import read_inventory
from redact.review.decisions import DECISIONS_FILE, DecisionBook, ReviewDecision
from redact.review.workfolder import read_index

from .build import CITIZEN, build

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    folder = build(tmp_path_factory.mktemp("dossier") / "verzoek")
    (folder / "7-archief.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)  # not read: `niet verwerkt`
    return folder


@pytest.fixture(scope="module")
def published(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    return run([source], out, Options(), executor=LocalPool(1))


def by_document(out: Path) -> dict[str, dict[str, str]]:
    return {row["Document"].split("-")[0]: row for row in read_inventory(out)}


def text_of(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in pypdf.PdfReader(path).pages)


def test_inventory_marks_duplicates_and_the_thread(published):
    rows = by_document(published.out_dir)
    assert [rows[k]["ID"] for k in "1234567"] == ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]
    # The thread of three mails, and the print of its first mail in it; the last reply is the most complete.
    assert [rows[k]["Email Thread ID"] for k in "1234567"] == ["1", "1", "1", "", "", "1", ""]
    assert "meest volledige e-mail van e-mailwisseling 1" in rows["3"]["Toelichting"]
    for k in "126":
        assert "e-mailwisseling 1, meest volledig: document 0003" in rows[k]["Toelichting"]
    # The print is an exact duplicate of the mail; the shorter version of the permit mail a near-duplicate.
    assert rows["6"]["Beoordeling"] == "dubbel" and rows["6"]["Gerelateerd ID"] == "0001"
    assert "gelijk aan document 0001" in rows["6"]["Toelichting"]
    assert rows["4"]["Beoordeling"] == "dubbel" and rows["4"]["Gerelateerd ID"] == "0005"
    assert "nagenoeg gelijk aan document 0005" in rows["4"]["Toelichting"]
    for k in "1235":
        assert rows[k]["Beoordeling"] == "Deels openbaar" and rows[k]["Gerelateerd ID"] == ""
    assert rows["7"]["Beoordeling"] == "niet verwerkt"
    # The results carry what the inventory shows (the names pkg's productierapport reads).
    result = {r.relpath.split("-")[0]: r for r in published.results}
    assert result["6"].related_id == "0001" and result["6"].thread_id == 1 and result["4"].related_id == "0005"
    assert result["5"].thread_id is None and result["5"].related_id is None


def test_xlsx_has_the_thread_id_as_a_number(published):
    import openpyxl

    ws = openpyxl.load_workbook(published.out_dir / "inventaris.xlsx").active
    header = [c.value for c in ws[1]]
    assert "Gerelateerd ID" in header
    threads = [row[header.index("Email Thread ID")].value for row in ws.iter_rows(min_row=2)]
    assert threads == [1, 1, 1, None, None, 1, None]


@pytest.mark.parametrize("pair", [("1", "6"), ("5", "4")])
def test_every_copy_has_the_same_redactions(published, pair):
    results = {r.relpath.split("-")[0]: r for r in published.results}
    for a, b in (pair, pair[::-1]):
        output = text_of(published.out_dir / results[b].output).lower()
        for value in results[a].redacted_values:
            assert " ".join(value.lower().split()) not in " ".join(output.split()), (value, b)
    assert CITIZEN in {" ".join(v.split()) for v in results["1"].redacted_values}


def test_skip_leaves_the_copies_out_and_resumes(source, tmp_path):
    out = tmp_path / "out"
    outcome = run([source], out, Options(duplicates="skip"), executor=LocalPool(1))
    rows = by_document(out)
    for k, original in (("4", "0005"), ("6", "0001")):
        assert rows[k]["Beoordeling"] == "dubbel" and rows[k]["Gerelateerd ID"] == original
        assert "niet opnieuw openbaar gemaakt" in rows[k]["Toelichting"] and rows[k]["Aantal weglakkingen"] == "0"
        assert not (out / rows[k]["Document"]).exists()
    assert all((out / rows[k]["Document"]).is_file() for k in "1235")
    inventory = (out / "inventaris.csv").read_bytes()
    again = run([source], out, Options(duplicates="skip"), executor=LocalPool(1))
    assert again.resume.reused and not again.resume.published
    assert (out / "inventaris.csv").read_bytes() == inventory
    # Back to publishing: the copies are written again.
    run([source], out, Options(), executor=LocalPool(1))
    assert (out / rows["6"]["Document"]).is_file() and (out / rows["4"]["Document"]).is_file()
    assert outcome.exit_code == 1  # the .zip


def _rules_without_same_redactions(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(REPO / "rules", rules)
    policy = rules / "policy.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("same_redactions: true", "same_redactions: false"),
                      encoding="utf-8")
    return rules


@pytest.mark.parametrize("same", [True, False])
def test_a_name_kept_visible_in_one_copy_is_redacted_where_another_copy_redacts_it(source, tmp_path, same):
    """The reviewer keeps the citizen's name visible in the print (6) and leaves the mail (1) as
    proposed: the name is redacted in both. Without `same_redactions` it stays readable in the
    print (what this test would catch)."""
    options = Options() if same else Options(rules_dir=_rules_without_same_redactions(tmp_path))
    work = tmp_path / "work"
    scan([source], work, options, executor=LocalPool(1))
    entry = next(e for e in read_index(work).documents if e.relpath.startswith("6-"))
    kept = [row for row in entry.proposals if "amrani" in row.norm]
    assert kept, "the scan proposes the name in the print"
    book = DecisionBook([ReviewDecision(kind="proposal", document=entry.relpath, value=row.norm, action="keep",
                                        ground=None, reviewer="t", time="2026-01-01T00:00:00+00:00", id=row.id)
                         for row in kept])
    book.save(work / DECISIONS_FILE)
    out = tmp_path / "out"
    outcome = export(work, out, "redact", options)
    results = {r.relpath.split("-")[0]: r for r in outcome.results}
    assert "Amrani" not in text_of(out / results["1"].output)
    assert ("Amrani" in text_of(out / results["6"].output)) is (not same)
    rows = by_document(out)
    assert rows["6"]["Beoordeling"] == "dubbel" and rows["6"]["Email Thread ID"] == "1"


def test_dask_gives_the_same_inventory_and_outputs(source, tmp_path, tmp_path_factory):
    pytest.importorskip("distributed")
    import spacy

    from redact.flows.dask_executor import DaskExecutor

    model = tmp_path / "blank_nl"
    spacy.blank("nl").to_disk(model)  # rules only: quick to load in each worker
    options = Options(model_dir=model, duplicates="skip")
    local = run([source], tmp_path / "local", options, executor=LocalPool(1))
    with DaskExecutor(workers=2) as pool:
        dask = run([source], tmp_path / "dask", options, executor=pool)

    def tree(folder: Path) -> dict[str, str]:
        return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    assert tree(local.out_dir) == tree(dask.out_dir)
    rows = by_document(dask.out_dir)
    assert rows["6"]["Gerelateerd ID"] == "0001" and rows["3"]["Email Thread ID"] == "1"


def test_report_writes_the_annex_from_out_alone(published):
    out = published.out_dir
    result = CliRunner().invoke(main, ["report", str(out)])
    assert result.exit_code == 0, result.output
    pdf = pypdf.PdfReader(out / "besluitbijlage.pdf")
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())
    for expected in ("Documenten per beoordeling", "Deels openbaar 4", "dubbel 2", "niet verwerkt 1",
                     "art. 5.1.2e Woo", "eerbiediging van de persoonlijke levenssfeer",
                     "Weglakkingen per grond", "Weglakkingen per document", "0007"):
        assert expected in text, expected
    total = sum(len(r.redactions) for r in published.results)
    assert f"{total} weglakkingen" in text
    for value in {v for r in published.results for v in r.redacted_values}:  # no value in the annex
        assert value not in text
    png = (out / "besluitbijlage-grafiek.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    before = (out / "besluitbijlage.pdf").read_bytes()
    CliRunner().invoke(main, ["report", str(out)])
    assert (out / "besluitbijlage.pdf").read_bytes() == before  # the same bytes on every run
    # verify does not take the annex for a published document
    assert CliRunner().invoke(main, ["verify", str(out)]).exit_code in (0, 1)


def test_report_without_an_inventory_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "inventaris.csv" in result.output
