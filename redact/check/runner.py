"""Run the real pipeline on each sample file: analyse, then publish into a temporary folder.

The decisions say which characters were meant to be covered; the published file says what a reader
gets. Both are kept, so that `compare` can hold the output to the same expectations.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import DocumentError, ReviewNeeded
from ..ingest.convert import CONVERTED, converter_available
from ..model import Decision, Document, Status
from ..outfolder import withheld_path
from ..pipeline import Pipeline
from ..verify.extract import pypdf_text
from ..verify.ocr import ocr_available, ocr_page_text
from ..verify.values import PlainValues
from .expectations import Expectation


@dataclass(frozen=True)
class FileRun:
    """What the pipeline did with one sample file."""

    stem: str
    file: str  # e.g. "01-email-subsidie.pdf"
    kind: str  # "txt" | "pdf"
    status: Status
    reason: str | None = None  # why it was not published, if so
    document: Document | None = None
    decisions: tuple[Decision, ...] = ()
    # The published file's text, and the source read the same way (pypdf for PDFs), so that a
    # difference between them is the redaction and not an extractor's quirk.
    output_text: str | None = None
    source_text: str | None = None
    # Pages the pipeline read with OCR (scans) have no text layer to extract: the published file's
    # pages are read back with OCR too (poppler + Tesseract), for must-redact values only.
    ocr_output_text: str | None = None
    seconds: float = 0.0


def sample_files(expectation: Expectation, with_pdf: bool) -> list[Path]:
    """The .txt of an expectation and, when present and wanted, its .pdf twin and its format twin
    (.eml, .docx, .xlsx, ...: samples/build_formats.py). A format twin whose converter is not
    installed here (LibreOffice, extract-msg) is left out: `run` reports such files `niet verwerkt`."""
    txt = expectation.folder / expectation.document
    files = [txt]
    pdf = txt.with_suffix(".pdf")
    if with_pdf and pdf.is_file():
        files.append(pdf)
    if with_pdf:
        files += [twin for ext in CONVERTED if (twin := txt.with_suffix(ext)).is_file() and converter_available(twin)]
    return files


def run_file(pipeline: Pipeline, expectation: Expectation, path: Path, out_dir: Path) -> FileRun:
    kind = path.suffix.lower().lstrip(".")
    base = dict(stem=expectation.stem, file=path.name, kind=kind)
    try:
        analysis = pipeline.analyse(path, path.name)
    except ReviewNeeded as exc:
        return FileRun(**base, status=Status.NEEDS_REVIEW, reason=str(exc))
    except DocumentError as exc:
        return FileRun(**base, status=Status.FAILED, reason=str(exc))
    result = pipeline.publish(analysis.document, analysis.decisions, out_dir)
    # A mail or Office file was read as the PDF it was converted to (ingest/convert/): compare PDFs.
    kind = analysis.document.kind
    common = dict(**base, document=analysis.document, decisions=analysis.decisions)
    # A file the verification refused is moved aside, not deleted: it is read like a published one,
    # so the report can name what is still readable in it.
    output = out_dir / result.output if result.output else withheld_path(out_dir, analysis.document.relpath)
    if result.status not in (Status.OK, Status.LEAK) or not output.is_file():
        return FileRun(**common, status=result.status, reason=result.error)
    ocr_text = None
    if kind == "pdf":
        out_text, src_text = pypdf_text(output), pypdf_text(Path(analysis.document.source))
        ocr_pages = [p.number for p in analysis.document.pages if p.source == "ocr"]
        if ocr_pages and ocr_available():
            ocr_text = "\n".join(ocr_page_text(output, n) for n in ocr_pages)
    else:
        out_text, src_text = output.read_text(encoding="utf-8"), analysis.document.text
    reason = result.error
    if result.status is Status.LEAK:  # the pipeline does not name values; the check on samples may
        decided = {d.finding.text for d in analysis.decisions if d.action == "redact"}
        text = out_text + "\n" + (ocr_text or "")
        readable = sorted(v for v in decided if PlainValues([v]).survivors(text))  # the verifier's matching
        if readable:
            reason = f"{reason}; leesbaar in de achtergehouden uitvoer: {', '.join(map(repr, readable))}"
    return FileRun(**common, status=result.status, reason=reason, output_text=out_text, source_text=src_text,
                   ocr_output_text=ocr_text)


def run_samples(pipeline: Pipeline, expectations: list[Expectation], with_pdf: bool,
                on_file: Callable[[str], None] = lambda name: None) -> Iterator[FileRun]:
    """One FileRun per sample file, in order; the outputs live only as long as the run."""
    with tempfile.TemporaryDirectory(prefix="woo-redact-check-") as tmp:
        for expectation in expectations:
            for path in sample_files(expectation, with_pdf):
                on_file(path.name)
                started = time.perf_counter()
                try:
                    run = run_file(pipeline, expectation, path, Path(tmp))
                except Exception as exc:  # a bug in one stage fails that file, not the whole check
                    run = FileRun(stem=expectation.stem, file=path.name, kind=path.suffix.lower().lstrip("."),
                                  status=Status.FAILED, reason=f"interne fout ({type(exc).__name__}: {exc})")
                yield replace(run, seconds=time.perf_counter() - started)
