"""The documents of a request: the files under each source, checked against the destination folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageProblem
from ..ingest import is_supported
from ..model import DocumentResult, Status


@dataclass(frozen=True)
class SourceFile:
    path: Path
    relpath: str


def collect(sources: list[Path], out_dir: Path) -> tuple[list[SourceFile], list[DocumentResult]]:
    """The supported files under each source (recursively) and the skipped ones. Raises
    UsageProblem for a source that does not exist, an output folder inside a source, or two
    sources with the same relative path."""
    out = out_dir.resolve()
    files: dict[str, SourceFile] = {}
    skipped: list[DocumentResult] = []
    for src in sources:
        src_abs = src.resolve()
        if not src_abs.exists():
            raise UsageProblem(f"{src}: bestaat niet")
        if src_abs.is_dir():
            if out == src_abs or out.is_relative_to(src_abs):
                raise UsageProblem(f"uitvoermap {out_dir} ligt in bronmap {src}: kies een map erbuiten")
            candidates = sorted(p for p in src_abs.rglob("*") if p.is_file())
            root = src_abs
        else:
            candidates, root = [src_abs], src_abs.parent
        for path in candidates:
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files and folders (.git, .DS_Store) are not documents
            if path.is_relative_to(out):
                continue
            relpath = rel.as_posix()
            if not is_supported(path):
                skipped.append(DocumentResult(relpath=relpath, kind=path.suffix.lower().lstrip(".") or "?",
                                              status=Status.SKIPPED,
                                              error=f"bestandstype {path.suffix or '(geen)'} wordt niet ondersteund"))
                continue
            if relpath in files and files[relpath].path != path:
                raise UsageProblem(f"{relpath}: staat in meer dan één bron; geef ze apart op")
            files[relpath] = SourceFile(path, relpath)
    return sorted(files.values(), key=lambda f: f.relpath), skipped
