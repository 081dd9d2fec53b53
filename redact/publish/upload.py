"""`upload/`: each published document as `ID.pdf`, the name by which the platform matches a file
to its row, and `upload.zip` with the same files (the platform takes loose files or a zip).

A published PDF is copied as it is (byte for byte: the record knows the copy, and `verify`
checks it as it checks OUT). A published text file (a `.txt` source, redacted as text with the
grounds in brackets) is printed to PDF on the pages of converted mails (ingest/convert/textpdf.py;
in standard Helvetica when the text allows, see simple_pdf), cleaned of metadata as a rendered PDF is, stamped with `--stamp` like any PDF,
and checked: the output check of a run (verify_output: structure, metadata, the redacted values
with independent extractors) and poppler's pdftotext read back must give the redacted text
(whitespace aside). Else the document gets no upload copy and goes to the work report. The
printing runs in the executor's workers (print_job: text in, PDF bytes out), the client writes upload/.

`upload/` is woo-redact's own: it is made to hold exactly the current upload, each run.
`upload.zip` has sorted entries with fixed times and modes: the same bytes for the same files.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from ..fileio import atomic_path, temp_beside
from ..outfolder import UPLOAD_DIR, UPLOAD_ZIP
from ..ingest.convert.textpdf import FONT_SIZE, LEADING, MARGIN_X, MARGIN_Y, PAGE_H, PAGE_W, Line, text_pdf
from ..render.sanitize import scrub
from ..render.stamp import stamp_pdf
from ..report.inventory import fixed_time
from ..verify import verify_output
from .rows import PackageRow

CHECK_TIMEOUT = 120  # seconds for pdftotext on one printed text


@dataclass(frozen=True)
class Upload:
    """What went into upload/: per row ID its file (relative to OUT) and how it was made."""

    files: dict[str, str]  # ID -> "upload/ID.pdf"
    printed: frozenset[str]  # IDs whose PDF was printed from a text output
    failed: dict[str, str]  # relpath -> why no upload copy could be made (the row goes to the work report)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def printed_text(pdf: Path) -> str | None:
    if not shutil.which("pdftotext"):
        return None
    try:
        # -raw: in the order written (the default joins a line that ends in "-" with the next, dropping it)
        done = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                              timeout=CHECK_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


SIMPLE_FONT = "helv"


def _wrap(line: str, width: float) -> list[str]:
    out: list[str] = []
    line = line.rstrip()
    while line and pymupdf.get_text_length(line, fontname=SIMPLE_FONT, fontsize=FONT_SIZE) > width:
        cut = len(line)
        while cut > 1 and pymupdf.get_text_length(line[:cut], fontname=SIMPLE_FONT, fontsize=FONT_SIZE) > width:
            cut = line.rfind(" ", 0, cut - 1) if " " in line[1:cut] else cut - 1
        cut = max(cut, 1)
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return out + [line]


def simple_pdf(text: str, target: Path) -> bool:
    """The text in the standard Helvetica (a simple font, WinAnsi) on textpdf's pages, when every
    character has a WinAnsi code; False (nothing written) otherwise. Not textpdf's embedded
    Unicode font: its ToUnicode map lists the glyphs' letters in code order, in which the output
    check reads short redacted values ("MK") that are nowhere in the text."""
    text = "".join(ch if ch in "\n" or ch.isprintable() else " " for ch in text.expandtabs(4))
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    doc = pymupdf.open()
    page, y = None, PAGE_H
    for raw in text.split("\n"):
        for piece in _wrap(raw, PAGE_W - 2 * MARGIN_X):
            if page is None or y > PAGE_H - MARGIN_Y:
                page = doc.new_page(width=PAGE_W, height=PAGE_H)
                y = MARGIN_Y + FONT_SIZE
            if piece:
                page.insert_text((MARGIN_X, y), piece, fontname=SIMPLE_FONT, fontsize=FONT_SIZE)
            y += LEADING
    if page is None:
        doc.new_page(width=PAGE_W, height=PAGE_H)
    doc.save(target, garbage=4, deflate=True, no_new_id=True)
    doc.close()
    return True


def print_text(text: str, target: Path, stamp: str | None, values: tuple[str, ...] = ()) -> str | None:
    """The redacted text as a PDF at `target`, cleaned as a rendered PDF is (no metadata) and
    checked as one (verify_output against the redacted values); returns why not (None: done and checked)."""
    if not simple_pdf(text, target):
        text_pdf([Line(line) for line in text.split("\n")], target)
    with pymupdf.open(stream=target.read_bytes(), filetype="pdf") as doc:
        scrub(doc)  # the printer's Creator and Producer, as render_pdf drops them
        doc.save(target, garbage=4, deflate=True, clean=True, no_new_id=True)
    if stamp:
        stamp_pdf(target, stamp)  # printed pages keep their margins free: no page without room
    problems = verify_output(target, "pdf", values)
    if problems:
        return "upload-PDF niet veilig: " + "; ".join(problems)
    read = printed_text(target)
    if read is None:
        return "upload-PDF niet te controleren (pdftotext ontbreekt of faalt)"
    if stamp:  # the stamp is not the document's text
        read = "\n".join(line for line in read.split("\n") if not line.strip().startswith(f"Document {stamp}, pagina"))
    if _squeeze(read) != _squeeze(text.replace("\t", " ")):
        return "upload-PDF wijkt af van de weggelakte tekst (tekens die het lettertype niet kent?)"
    return None


@dataclass(frozen=True)
class PrintJob:
    """A text output to print as its upload PDF: plain data, so that a worker process (or a Dask
    worker on another machine) prints it and returns the bytes; the client writes upload/."""

    relpath: str
    text: str
    stamp: str | None  # the ID for the margin, or None
    values: tuple[str, ...]  # the redacted values, for the output check


@dataclass(frozen=True)
class Printed:
    relpath: str
    pdf: bytes | None  # None: not safe, see problem
    problem: str | None


def print_job(context: object, job: PrintJob) -> Printed:
    """An executor task (flows/executor.py; the context is not used): print and check in a
    temporary folder of the worker, return the PDF's bytes or why there is none."""
    with tempfile.TemporaryDirectory(prefix="woo-upload-") as folder:
        target = Path(folder) / "upload.pdf"
        problem = print_text(job.text, target, job.stamp, job.values)
        return Printed(job.relpath, None if problem else target.read_bytes(), problem)


Printer = Callable[[list[PrintJob]], list[Printed]]


def print_here(jobs: list[PrintJob]) -> list[Printed]:
    return [print_job(None, job) for job in jobs]


def write_upload(rows: list[PackageRow], out_dir: Path, stamp: bool,
                 values: dict[str, tuple[str, ...]] | None = None, printer: Printer = print_here) -> Upload:
    """upload/ID.pdf for every published row; other files in upload/ go. `values`: the redacted
    values per relpath, for the check of a PDF printed from text. `printer` prints the text
    outputs (flows/common.py passes the run's executor: its workers print them side by side)."""
    values = values or {}
    folder = out_dir / UPLOAD_DIR
    folder.mkdir(exist_ok=True)
    wanted = [row for row in rows if row.published and row.output]
    jobs = [PrintJob(row.relpath, (out_dir / row.output).read_text(encoding="utf-8"), row.id if stamp else None,
                     values.get(row.relpath, ())) for row in wanted if row.kind != "pdf"]
    done = {p.relpath: p for p in printer(jobs)} if jobs else {}
    files, printed, failed = {}, set(), {}
    for row in wanted:
        name = f"{row.id}.pdf"
        target = folder / name
        with temp_beside(target) as tmp:
            if row.kind == "pdf":
                shutil.copyfile(out_dir / row.output, tmp)
            else:
                result = done.get(row.relpath)
                if result is None or result.pdf is None:
                    failed[row.relpath] = result.problem if result else "upload-PDF niet gemaakt"
                    continue
                tmp.write_bytes(result.pdf)
                printed.add(row.id)
            tmp.replace(target)
        files[row.id] = f"{UPLOAD_DIR}/{name}"
    keep = {Path(f).name for f in files.values()}
    for path in sorted(folder.iterdir()):
        if path.name not in keep and (path.is_file() or path.is_symlink()):
            path.unlink()
    return Upload(files, frozenset(printed), failed)


def write_zip(upload: Upload, out_dir: Path) -> None:
    when = fixed_time().astimezone(dt.timezone.utc).timetuple()[:6]
    with atomic_path(out_dir / UPLOAD_ZIP) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for relpath in sorted(upload.files.values()):
                entry = zipfile.ZipInfo(Path(relpath).name, date_time=when)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o100644 << 16
                entry.create_system = 3  # unix: the mode above, whatever the machine
                archive.writestr(entry, (out_dir / relpath).read_bytes())
