"""The conversion step of `run` and `scan`: every source that is not a PDF or text file is turned
into PDF documents (ingest/convert/) before analysis, in the workers, one LibreOffice profile each.

    collect -> convert (workers) -> analyse ...

The converted PDFs go to a private folder (run: PRIVATE/omgezet, scan: WORK/omgezet): they hold
the unredacted text, `verify` compares the published copy with them later, and `export` publishes
from them. `herkomst.json` there keeps each document's family for `export`'s inventory.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from ..ingest.convert import Part, convert, is_converted
from ..ingest.convert.office import DEFAULT_TIMEOUT, OfficeConverter
from ..model import DocumentResult, Origin, Status
from ..outfolder import remove_output
from .executor import Executor, LocalPool, Progress
from .sources import SourceFile

STAGING = "omgezet"
ORIGINS = "herkomst.json"


@dataclass(frozen=True)
class ConvertContext:
    staging: Path
    timeout: float = DEFAULT_TIMEOUT

    @cached_property
    def office(self) -> OfficeConverter:  # one per worker process, so one profile per worker
        return OfficeConverter(self.timeout)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "office"}


@dataclass(frozen=True)
class Converted:
    items: list[SourceFile]  # what to analyse: the sources as they were, and the converted PDFs
    failed: list[DocumentResult]  # parts that could not be converted (`niet verwerkt`)
    origins: dict[str, Origin]  # by output relpath: every converted document, failed ones too


def convert_sources(items: list[SourceFile], private: Path, executor: Executor | None = None,
                    progress: Progress | None = None, out_dir: Path | None = None) -> Converted:
    """Convert what needs converting into `private`/omgezet (emptied first: it is woo-redact's own).
    With `out_dir` (run), an earlier run's output of a part that now fails is removed."""
    staging = private / STAGING
    todo = [i for i in items if is_converted(i.path)]
    if staging.exists():
        shutil.rmtree(staging)
    if not todo:
        return Converted(list(items), [], {})
    private.mkdir(parents=True, exist_ok=True, mode=0o700)  # the converted text is not to be published
    staging.mkdir(mode=0o700)
    context = ConvertContext(staging)
    parts = (executor or LocalPool()).map(convert_one, todo, context, progress or Progress(), "omzetten",
                                          lambda i: i.relpath)
    known = {i.relpath for i in items}
    out = [i for i in items if not is_converted(i.path)]
    failed, origins = [], {}
    for part in (p for group in parts for p in group):
        origin = Origin(name=part.name, kind=part.kind, root=part.root, index=part.index)
        error = part.error
        if error is None and part.relpath in known:  # never overwrite another file's output
            error = "uitvoernaam botst met een ander bestand van het verzoek"
        if error is None:
            origins[part.relpath] = origin
            out.append(SourceFile(part.path, part.relpath))
        else:  # no output: the row names the file as the request (or the mail) has it
            relpath = part.relpath.removesuffix(".pdf") if part.kind not in ("pdf", "txt") else part.relpath
            origins[relpath] = origin
            if out_dir is not None:
                remove_output(out_dir, part.relpath)
            failed.append(DocumentResult(relpath=relpath, kind=part.kind, status=Status.FAILED,
                                         error=error, origin=origin))
    notes = {p.relpath: p.note for group in parts for p in group if p.note}
    (staging / ORIGINS).write_text(json.dumps({
        k: {"name": o.name, "kind": o.kind, "root": o.root, "index": list(o.index), "note": notes.get(k, "")}
        for k, o in sorted(origins.items())}, ensure_ascii=False, indent=1), encoding="utf-8")
    return Converted(sorted(out, key=lambda i: i.relpath), failed, origins)


def convert_one(context: ConvertContext, item: SourceFile) -> list[Part]:
    try:
        return convert(item.path, item.relpath, context.staging, context.office)
    except Exception as exc:  # a bug in a converter fails this source, not the batch
        name = Path(item.relpath).name
        out = item.relpath + ".pdf"
        return [Part(relpath=out, name=name, kind=Path(name).suffix.lower().lstrip("."), root=out,
                     error=f"interne fout bij omzetten ({type(exc).__name__}); meld dit als bug")]


def read_origins(private: Path) -> tuple[dict[str, Origin], dict[str, str]]:
    """The families and notes a conversion step wrote (export reads the scan's)."""
    try:
        data = json.loads((private / STAGING / ORIGINS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    origins = {k: Origin(v["name"], v["kind"], v["root"], tuple(v["index"])) for k, v in data.items()}
    return origins, {k: v.get("note", "") for k, v in data.items() if v.get("note")}


def with_origins(results: list[DocumentResult], folder: Path) -> list[DocumentResult]:
    """Each result of a converted document with its origin, and what the conversion made visible
    (from `folder`/omgezet/herkomst.json: the private folder of a run, the work folder of a scan)."""
    origins, notes = read_origins(folder)
    out = []
    for r in results:
        origin = origins.get(r.relpath)
        if origin is None:
            out.append(r)
            continue
        note = notes.get(r.relpath)
        warnings = r.warnings + (note,) if note and note not in r.warnings else r.warnings
        out.append(replace(r, origin=origin, warnings=warnings))
    return out
