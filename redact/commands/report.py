"""`woo-redact report OUT`: the annex for the besluit (redact/report/annex.py)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from ..errors import UsageProblem
from ..flows.common import Options, rules_for
from ..outfolder import INVENTORY_CSV
from ..report.annex import read_annex, write_annex
from ..report.inventory import fixed_time
from .options import rules_option


@click.command()
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@rules_option()
def report(out_dir: Path, rules_dir: Path | None) -> None:
    """Write the annex for the besluit into OUT (besluitbijlage.pdf, besluitbijlage-grafiek.png), from
    OUT's inventory and redaction log only."""
    console = Console(stderr=True)
    if not (out_dir / INVENTORY_CSV).is_file():
        raise UsageProblem(f"{out_dir}: geen {INVENTORY_CSV}: maak de map eerst met woo-redact run of export")
    rules = rules_for(Options(rules_dir=rules_dir))
    annex = read_annex(out_dir, rules.grounds)
    pdf, png = write_annex(out_dir, annex, fixed_time().strftime("D:%Y%m%d%H%M%SZ"))
    console.print(f"besluitbijlage: {pdf} (grafiek: {png})")
    for judgement, n in annex.judgements:
        console.print(f"  {judgement}: {n}")
    if annex.not_disclosed:
        console.print(f"[yellow]{len(annex.not_disclosed)} document(en) niet of niet volledig openbaar gemaakt[/]")
