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


def collect(sources: list[Path], out_dir: Path, folder: str = "uitvoermap"
            ) -> tuple[list[SourceFile], list[DocumentResult]]:
    """The supported files under each source (recursively), and a `niet verwerkt` result for each
    file of a type this tool does not read (it belongs in the inventory all the same). Raises
    UsageProblem for a source that does not exist, a destination folder (`folder` names it:
    uitvoermap, werkmap) inside a source or the reverse, or two sources with the same relative path."""
    out = out_dir.resolve()
    files: dict[str, SourceFile] = {}
    unsupported: dict[str, tuple[Path, DocumentResult]] = {}  # by relpath: (file, its result)
    for src in sources:
        try:
            src_abs = src.resolve()
        except (RuntimeError, OSError):  # a symlink loop (RuntimeError before Python 3.13)
            raise UsageProblem(f"{src}: verwijst in een kring naar zichzelf (symlink-lus)") from None
        if not src_abs.exists():
            raise UsageProblem(f"{src}: bestaat niet")
        if not (src_abs.is_dir() or src_abs.is_file()):
            raise UsageProblem(f"{src}: geen bestand of map")
        if src_abs.is_relative_to(out):  # the outputs would be read back as sources, or nothing at all
            raise UsageProblem(f"bron {src} ligt in {folder} {out_dir}: kies een {folder} buiten de bron")
        if src_abs.is_dir():
            if out.is_relative_to(src_abs):
                raise UsageProblem(f"{folder} {out_dir} ligt in bronmap {src}: kies een map erbuiten")
            # rglob does not follow symlinked folders: they, and dangling links, are listed as skipped.
            candidates = sorted(p for p in src_abs.rglob("*") if p.is_file() or p.is_symlink())
            root = src_abs
        else:
            candidates, root = [src_abs], src_abs.parent
        for path in candidates:
            rel = path.relative_to(root)
            if any(part.startswith(".") for part in rel.parts):
                continue  # hidden files and folders (.git, .DS_Store) are not documents
            relpath = rel.as_posix()
            known = files[relpath].path if relpath in files else unsupported.get(relpath, (path,))[0]
            if known != path:
                raise UsageProblem(f"{relpath}: staat in meer dan één bron; geef ze apart op")
            skipped = _not_followed(path)
            if skipped:
                unsupported[relpath] = (path, DocumentResult(relpath=relpath, kind="symlink", status=Status.FAILED,
                                                             error=skipped))
            elif is_supported(path):
                files[relpath] = SourceFile(path, relpath)
            else:
                unsupported[relpath] = (path, DocumentResult(
                    relpath=relpath, kind=path.suffix.lower().lstrip(".") or "?", status=Status.FAILED,
                    error=f"bestandstype {path.suffix or '(geen)'} wordt niet ondersteund"))
    return sorted(files.values(), key=lambda f: f.relpath), [unsupported[k][1] for k in sorted(unsupported)]


def _not_followed(path: Path) -> str | None:
    """Why a symlink in a source folder is not read (None: a link to a file, which is read)."""
    if not path.is_symlink():
        return None
    if path.is_dir():
        return "verwijzing (symlink) naar een map: niet gevolgd; geef die map zelf als bron op"
    if not path.exists():
        return "verwijzing (symlink) naar iets dat niet bestaat, of naar zichzelf: niet gevolgd"
    return None
