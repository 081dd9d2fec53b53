"""Throughput of a mixed folder of mails and Office files, and the share of time spent converting.

    python bench/bench_formats.py [--mails 6] [--office 6] [--jobs 1 2]

Builds a request folder from the sample builders (samples/build_formats.py): MAILS mails (half with
the sample's text attachment, half with the Word nota attached) and OFFICE Office files (Word notas
with a tracked change and a comment, spreadsheets with a hidden row, alternating). Then, per job count:
  - convert: the conversion step alone (flows/formats.convert_sources: mail PDFs, LibreOffice);
  - run: `run` over the folder (convert, analyse, publish, inventory), wall time, minus a run over an
    empty folder (start-up; the model loads with the first document, so it counts in the figure);
and prints documents per second (every row of the inventory: mails, attachments, Office files) and the
share of the run's time that converting takes. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from redact.flows.common import Options  # noqa: E402
from redact.flows.executor import LocalPool  # noqa: E402
from redact.flows.formats import convert_sources  # noqa: E402
from redact.flows.run import run  # noqa: E402
from redact.flows.sources import collect  # noqa: E402


def _builders():
    spec = importlib.util.spec_from_file_location("build_formats", REPO / "samples" / "build_formats.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(folder: Path, mails: int, office: int) -> None:
    b = _builders()
    (folder / "mail").mkdir(parents=True)
    (folder / "stukken").mkdir()
    for i in range(mails):
        if i % 2 == 0:
            (folder / "mail" / f"bericht-{i:03d}.eml").write_bytes(b.mail_eml())
        else:
            msg = EmailMessage()
            for key, value in b.MAIL.items():
                msg[key] = value
            msg.set_content(b.MAIL_BODY)
            msg.add_attachment(b.nota_docx(), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename="nota.docx")
            (folder / "mail" / f"bericht-{i:03d}.eml").write_bytes(bytes(msg))
    for i in range(office):
        if i % 2 == 0:
            (folder / "stukken" / f"nota-{i:03d}.docx").write_bytes(b.nota_docx())
        else:
            (folder / "stukken" / f"lijst-{i:03d}.xlsx").write_bytes(b.sheet_xlsx())


def timed_run(src: Path, out: Path, jobs: int) -> tuple[float, int]:
    started = time.perf_counter()
    outcome = run([src], out, Options(), executor=LocalPool(jobs))
    return time.perf_counter() - started, len(outcome.results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=6)
    parser.add_argument("--office", type=int, default=6)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-formats-") as tmp:
        root = Path(tmp)
        src, empty = root / "verzoek", root / "leeg"
        build(src, args.mails, args.office)
        empty.mkdir()
        print(f"{args.mails} mails, {args.office} Office-bestanden")
        for jobs in args.jobs:
            base, _ = timed_run(empty, root / f"uit-leeg-{jobs}", jobs)
            items, _ = collect([src], root / f"uit-c-{jobs}")
            started = time.perf_counter()
            convert_sources(items, root / f"priv-c-{jobs}", LocalPool(jobs))
            converting = time.perf_counter() - started
            wall, documents = timed_run(src, root / f"uit-{jobs}", jobs)
            work = max(wall - base, 1e-9)
            print(f"jobs={jobs}: {documents} documenten in {wall:.1f} s (start {base:.1f} s): "
                  f"{documents / work:.2f} documenten/s zonder start, {documents / wall:.2f} met; "
                  f"omzetten {converting:.1f} s = {100 * converting / work:.0f}% van de verwerkingstijd")


if __name__ == "__main__":
    main()
