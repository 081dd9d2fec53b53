"""The private record of a run: what `woo-redact verify` needs later, kept OUTSIDE the
disclosure folder (by default the sibling folder `<OUT>.woo-private/`).

Per published file it holds its SHA-256 and the keyed hashes of the redacted values (values.py),
with the run's random key (salt), and where the source PDF was (its absolute path and SHA-256),
against which verify checks the layout again. Whoever holds the record can test a guess ("is
'Jansen' in it?"), so it is not for publication: the folder is created for its owner only (0700,
file 0600).

It also names the persons of each document of the run, published or withheld (`persons`: per
relpath their id, name, role, evidence and number of mentions), so that the owner can see later who
was judged public and why, and per withheld document ("verificatie mislukt") which redacted value
the output check still read where (`withheld`): names and values in the clear, which like the rest
never reach the inventory or log. `judged_pages`: per document the reviewer's decisions on pages
that could not be read reliably (review/pages.py), with who and when.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..fileio import file_sha256, write_text_atomic
from ..model import DocumentResult
from .values import HashedValue, HashedValues, hash_values, new_salt

RECORD_NAME = "register.json"
FORMAT = "woo-redact/private-record v1"


@dataclass(frozen=True)
class RecordEntry:
    relpath: str  # of the source, as in the inventory
    output: str  # path of the published file, relative to OUT
    kind: str
    sha256: str
    values: tuple[HashedValue, ...]
    source: str | None = None  # absolute path of the source PDF (records of older runs: None)
    source_sha256: str | None = None


@dataclass(frozen=True)
class Record:
    salt: bytes
    entries: dict[str, RecordEntry]  # by output path

    def matcher(self, entry: RecordEntry) -> HashedValues:
        return HashedValues(self.salt, entry.values)


def default_private_dir(out_dir: Path) -> Path:
    out = out_dir.resolve()
    return out.parent / f"{out.name}.woo-private"


def check_private_dir(private_dir: Path, out_dir: Path) -> None:
    """Refuse a private folder inside the disclosure folder (or the reverse)."""
    private, out = private_dir.resolve(), out_dir.resolve()
    if private == out or private.is_relative_to(out) or out.is_relative_to(private):
        raise ValueError(f"de privémap {private_dir} mag niet in de uitvoermap {out_dir} liggen (of omgekeerd): "
                         "kies een map ernaast")


def write_record(private_dir: Path, out_dir: Path, results: Iterable[DocumentResult],
                 copies: Iterable[tuple[DocumentResult, str, str]] = ()) -> Path:
    """Write the record for every published output of this run; returns its path. `copies`: more
    published files of a document (result, path in OUT, kind), such as its upload/ID.pdf, which
    `verify` checks against the same redacted values."""
    check_private_dir(private_dir, out_dir)
    results = list(results)  # read twice: the published files, the persons
    salt = new_salt()
    documents = []
    results = sorted(results, key=lambda r: r.relpath)
    outputs = [(r, r.output, r.kind) for r in results] + sorted(copies, key=lambda c: c[1])
    for r, output, kind in outputs:
        if not output or not (out_dir / output).is_file():
            continue
        entry = {"relpath": r.relpath, "output": output, "kind": kind,
                 "sha256": file_sha256(out_dir / output),
                 "values": [[h.digest, h.length, h.name_like] for h in hash_values(r.redacted_values, salt)]}
        if kind == "pdf" and r.kind == "pdf" and r.source and Path(r.source).is_file():
            source = Path(r.source).resolve()  # verify may run from another folder
            entry.update(source=str(source), source_sha256=file_sha256(source))
        documents.append(entry)
    withheld = [{"relpath": r.relpath, "readable": list(r.readable)}
                for r in results if r.readable]
    pages = {r.relpath: list(r.page_notes) for r in results if r.page_notes}  # who decided what on which page
    private_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(private_dir, 0o700)
    target = private_dir / RECORD_NAME
    write_text_atomic(target, json.dumps({"format": FORMAT, "salt": salt.hex(), "documents": documents,
                                          "persons": persons_by_document(results),
                                          "withheld": withheld, "judged_pages": pages},
                                         ensure_ascii=False, indent=1) + "\n",
                      mode=0o600)  # private before the first byte: it holds names and values
    return target


def persons_by_document(results: Iterable[DocumentResult]) -> dict[str, list[dict]]:
    """Per document with persons (relpath order): who they are, the role and the evidence."""
    return {r.relpath: [{"id": p.id, "name": p.name, "role": p.role, "evidence": p.evidence, "mentions": count}
                        for p, count in r.persons]
            for r in sorted(results, key=lambda r: r.relpath) if r.persons}


def layout_source(entry: RecordEntry) -> tuple[Path | None, str | None]:
    """The source to hold a PDF output's layout to, or why there is none to use."""
    if entry.kind != "pdf":
        return None, None
    if not entry.source:
        return None, "bron niet in het register (een run van een eerdere versie): lay-out niet te controleren"
    source = Path(entry.source)
    if not source.is_file():
        return None, "bron niet meer gevonden op de plaats van de run: lay-out niet te controleren"
    if file_sha256(source) != entry.source_sha256:
        return None, "bron gewijzigd sinds de run (controlegetal wijkt af): lay-out niet te controleren"
    return source, None


def read_record(private_dir: Path) -> Record:
    """Raises FileNotFoundError or ValueError (with a reason) when there is no usable record."""
    path = private_dir / RECORD_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: onbekend formaat {data.get('format')!r}")
    entries = {}
    for d in data["documents"]:
        entries[d["output"]] = RecordEntry(relpath=d["relpath"], output=d["output"], kind=d["kind"],
                                           sha256=d["sha256"],
                                           values=tuple(HashedValue(*v) for v in d["values"]),
                                           source=d.get("source"), source_sha256=d.get("source_sha256"))
    return Record(salt=bytes.fromhex(data["salt"]), entries=entries)
