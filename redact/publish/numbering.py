"""Stable document numbers, kept in the private folder (`PRIVATE/nummers.json`).

A document of the request is known by its source's relative path (a mail: the mail's path; its
attachments are numbered under it, `0012.1`, `0012.2.1`, from their place in the mail). The first
run numbers the documents in the order of their paths, 1, 2, 3, ...; a later run keeps every number
it finds, gives a new file the next free number, and never hands out the number of a file that left
the request again (the register keeps it). A file that was moved or renamed (its old path gone, the
same SHA-256 at a new path) keeps its number.

With `--request 2024-017` an ID is `2024-017-0012`, without it `0012`, as the inventory always had.
The register holds relative paths and hashes only, but it lies in the private folder: it is the
run's bookkeeping, not part of the disclosure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..fileio import write_text_atomic
from ..model import Origin

REGISTER_NAME = "nummers.json"
FORMAT = "woo-redact/document-numbers v1"
WIDTH = 4  # digits: 0012 (a 10,000th document simply gets five)
# The platform's ID: 1-170 of these characters; the request's kenmerk is the ID's prefix and the Matter.
# No dot in the kenmerk: in an ID a dot marks an attachment (2024-017-0012.1).
REQUEST_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{1,59}")


class RegisterError(ValueError):
    """The register cannot be read: it is never silently replaced (numbers would change)."""


def check_request(request: str | None) -> str | None:
    """The request's kenmerk as given, or a ValueError saying what an ID may hold."""
    if request is not None and not REQUEST_PATTERN.fullmatch(request):
        raise ValueError(f"--request {request!r}: gebruik 2 tot 60 letters, cijfers of streepjes "
                         "(het kenmerk wordt deel van elk document-ID en van de bestandsnamen in upload/)")
    return request


def source_key(relpath: str, origin: Origin | None) -> str:
    """The path of the request's file a document comes from: its own, or its family's mail's (a
    converted file's output is its source's path plus `.pdf`, ingest/convert/output_relpath)."""
    if origin is None:
        return relpath
    return origin.root.removesuffix(".pdf")  # the root is always a converted source (a mail, ...)


def index_of(origin: Origin | None) -> tuple[int, ...]:
    return origin.index if origin else ()


def format_id(number: int, index: tuple[int, ...] = (), request: str | None = None) -> str:
    base = f"{number:0{WIDTH}d}" + "".join(f".{i}" for i in index)
    return f"{request}-{base}" if request else base


@dataclass(frozen=True)
class Numbered:
    """The numbers of this run's documents, by relpath, and the IDs they give."""

    numbers: dict[str, tuple[int, tuple[int, ...]]]  # relpath -> (family number, index in the family)
    request: str | None = None

    def id(self, relpath: str) -> str:
        number, index = self.numbers[relpath]
        return format_id(number, index, self.request)

    def ids(self) -> dict[str, str]:
        """relpath -> ID, in inventory order: by number, each family's attachments after their mail."""
        return {relpath: self.id(relpath) for relpath in sorted(self.numbers, key=self.sort_key)}

    def family(self, relpath: str) -> int:
        return self.numbers[relpath][0]

    def sort_key(self, relpath: str) -> tuple:
        number, index = self.numbers.get(relpath, (10 ** 9, ()))
        return number, index, relpath


def read_register(private_dir: Path) -> dict:
    path = private_dir / REGISTER_NAME
    if not path.exists():
        return {"format": FORMAT, "next": 1, "documents": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or not isinstance(data.get("documents"), dict):
            raise ValueError("onbekend formaat")
        int(data["next"])
        return data
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RegisterError(f"{path}: nummerregister onleesbaar ({exc}); herstel of verwijder het bewust "
                            "(dan worden alle documenten opnieuw genummerd)") from None


def assign_numbers(private_dir: Path, sources: dict[str, str | None] | Iterable[str],
                   sha_of: Callable[[str], str | None] | None = None) -> dict[str, int]:
    """The number of each source, kept or newly given, and the register updated on disk before
    anything is published with them. `sources`: relpath -> SHA-256 (None when unknown), or the
    relpaths with `sha_of` to hash a source the register does not know yet (only those are read)."""
    data = read_register(private_dir)
    if not isinstance(sources, dict):
        keys = sorted(set(sources))
        sources = {k: data["documents"].get(k, {}).get("sha256") if k in data["documents"] else
                   (sha_of(k) if sha_of else None) for k in keys}
    known: dict[str, dict] = data["documents"]
    following = int(data["next"])
    used = {int(e["number"]) for e in known.values()}
    following = max([following] + [n + 1 for n in used])
    out: dict[str, int] = {}
    for key in sorted(sources):
        if key in known:
            out[key] = int(known[key]["number"])
    gone = {e["sha256"]: k for k, e in sorted(known.items()) if k not in sources and e.get("sha256")}
    for key in sorted(k for k in sources if k not in out):
        moved = gone.pop(sources[key], None) if sources[key] else None
        if moved is not None:  # the same file at a new path: it keeps its number
            out[key] = int(known.pop(moved)["number"])
        else:
            out[key] = following
            following += 1
    for key, number in out.items():
        entry = {"number": number}
        if sources[key]:
            entry["sha256"] = sources[key]
        known[key] = entry
    data.update(next=following, documents=dict(sorted(known.items())))
    private_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_text_atomic(private_dir / REGISTER_NAME, json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                      mode=0o600)
    return out


def number_documents(private_dir: Path, documents: Iterable[tuple[str, Origin | None]],
                     sha_of: Callable[[str], str | None] | None = None, request: str | None = None) -> Numbered:
    """Number the documents (relpath and origin each) of this run: each family's source gets its
    stable number (`assign_numbers`), an attachment its place under it. `sha_of`: the SHA-256 of a
    source by its path, asked only for sources the register does not know (to recognise a moved file)."""
    documents = list(documents)
    keys = {relpath: source_key(relpath, origin) for relpath, origin in documents}
    numbers = assign_numbers(private_dir, set(keys.values()), sha_of)
    return Numbered({relpath: (numbers[keys[relpath]], index_of(origin)) for relpath, origin in documents},
                    request)
