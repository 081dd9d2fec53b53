"""`woo-redact grounds`: the catalogue of Woo grounds and which entity types use them."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..flows.common import Options, rules_for
from .options import rules_option


@click.command()
@rules_option()
def grounds(rules_dir: Path | None) -> None:
    """Print the catalogue of Woo grounds and which entity types use them."""
    rules = rules_for(Options(rules_dir=rules_dir))
    used: dict[str, list[str]] = {}
    for entity, code in sorted(rules.policy.entity_grounds.items()):
        used.setdefault(code, []).append(entity)
    table = Table(title="Woo-weigeringsgronden", header_style="bold")
    for col in ("Code", "Grond", "Soort", "Gebruikt voor"):
        table.add_column(col)
    for g in rules.grounds.values():
        table.add_row(g.code, g.title, g.kind, ", ".join(used.get(g.code, [])))
    Console().print(table)
