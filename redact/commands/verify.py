"""`woo-redact verify OUT`: check a disclosure folder again before it is published.

Every file in OUT is re-read with extractors other than PyMuPDF (and OCR where it draws
images) against the private record of the run that wrote it: no redacted value may be
readable, no metadata, annotation, form, attachment, bookmark, script or earlier revision may
remain, every box must carry its ground, and the file must be the one the run wrote. A file
that fails is moved to OUT/_NIET_PUBLICEREN/; so is a file the record does not know.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..errors import ExitCode
from ..fileio import file_sha256
from ..model import Redaction
from ..outfolder import UPLOAD_DIR, UPLOAD_ZIP, WITHHELD_DIR, published_files, read_log, set_aside
from ..report.inventory import mark_withheld
from ..rules import VerifyOcr, load_rules
from ..verify import verify_output
from ..verify.record import RECORD_NAME, default_private_dir, layout_source, read_record


EPILOG = """\b
Exit status:
  0  every file passed
  2  wrong command line, or no private record for OUT
  4  at least one file failed the check: moved to OUT/_NIET_PUBLICEREN/
"""


def check_file(out_dir: Path, output: str, record, logged: dict[str, list[Redaction]],
               full_page_ocr: bool = False, ocr_check: VerifyOcr | None = None) -> list[str]:
    entry = record.entries.get(output)
    if entry is None:
        return ["staat niet in het register van de run: niet te controleren"]
    path = out_dir / output
    problems = []
    if file_sha256(path) != entry.sha256:
        problems.append("gewijzigd na de run (controlegetal wijkt af)")
    kind = path.suffix.lower().lstrip(".")
    source, missing = layout_source(entry)
    if missing:  # a check that cannot run does not pass
        problems.append(missing)
    try:
        problems.extend(verify_output(path, kind, record.matcher(entry), logged.get(entry.relpath, ()),
                                      full_page_ocr=full_page_ocr, source=source, ocr_check=ocr_check))
    except Exception as exc:  # unreadable is not verified
        problems.append(f"controle niet uitvoerbaar ({type(exc).__name__}: {exc})")
    return problems


@click.command(epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--private", "private_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Folder with the run's private record (default: OUT.woo-private next to OUT).")
@click.option("--full-ocr", is_flag=True,
              help="OCR every page with images, also those without boxes (default: pages with boxes).")
@click.option("--verify-ocr", type=click.Choice(["regions", "full"]), default=None,
              help="Read scanned pages back whole (full) or only the bands around the boxes plus a seeded "
                   "sample (regions). Default: verify_ocr.mode of the built-in policy.yaml (regions).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Files checked in parallel (OCR is the slow part).")
def verify(out_dir: Path, private_dir: Path | None, full_ocr: bool, jobs: int, verify_ocr: str | None = None) -> None:
    """Check every file in OUT again; failures are moved to OUT/_NIET_PUBLICEREN/."""
    console = Console(stderr=True)
    ocr_check = load_rules().policy.verify_ocr
    if verify_ocr:
        ocr_check = replace(ocr_check, mode=verify_ocr)
    private_dir = private_dir or default_private_dir(out_dir)
    try:
        record = read_record(private_dir)
    except FileNotFoundError:
        raise click.UsageError(f"geen privé-register {private_dir / RECORD_NAME}: zonder register van de run "
                               "is niet vast te stellen wat weggelakt moest zijn (geef --private DIR)") from None
    except (ValueError, KeyError) as exc:
        raise click.UsageError(f"privé-register onbruikbaar: {exc}") from None
    logged = read_log(out_dir)
    files = published_files(out_dir)
    failures: dict[str, list[str]] = {}
    with console.status("controleren...") as status:
        if jobs > 1 and len(files) > 1:
            with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
                futures = {pool.submit(check_file, out_dir, f, record, logged, full_ocr, ocr_check): f for f in files}
                checked = ((futures[fut], fut.result()) for fut in as_completed(futures))
                failures = {output: problems for output, problems in checked if problems}
        else:
            for output in files:
                status.update(f"controleren: {output}")
                problems = check_file(out_dir, output, record, logged, full_ocr, ocr_check)
                if problems:
                    failures[output] = problems
    for output in failures:
        set_aside(out_dir / output, out_dir, output)
    mark_withheld(out_dir, failures)
    if any(o.startswith(UPLOAD_DIR + "/") for o in failures) and (out_dir / UPLOAD_ZIP).exists():
        (out_dir / UPLOAD_ZIP).unlink()  # it holds the same copy: the package is rebuilt by running again
        console.print(f"[bold red]{UPLOAD_ZIP} verwijderd[/]: een bestand in {UPLOAD_DIR}/ faalde; "
                      "draai de run opnieuw voor een nieuw pakket")
    for output, problems in failures.items():
        for p in problems:
            console.print(f"[bold red]verificatie mislukt[/] {output}: {p}")
    missing = sorted(set(record.entries) - set(files) - set(failures))
    for output in missing:
        console.print(f"[yellow]ontbreekt[/] {output}: in het register, niet in {out_dir}")
    table = Table(title="Verificatie", header_style="bold")
    table.add_column("Uitkomst")
    table.add_column("Aantal", justify="right")
    table.add_row("geslaagd", str(len(files) - len(failures)))
    if failures:
        table.add_row(f"mislukt (verplaatst naar {WITHHELD_DIR}/)", str(len(failures)), style="bold red")
    if missing:
        table.add_row("ontbreekt", str(len(missing)), style="yellow")
    console.print(table)
    sys.exit(ExitCode.VERIFY_FAILED if failures else ExitCode.OK)
