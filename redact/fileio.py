"""Atomic output: write to a temporary file beside the target, then rename over it."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# The names temp_beside gives (mkstemp: 8 characters of [a-z0-9_]), and only those: what a killed
# run leaves is removed by the next (remove_temp_files); a user's own `.x.tmp` does not match.
TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def remove_temp_files(folder: Path) -> list[str]:
    """Remove our temporary files under `folder` (symlinks not followed); their relative paths."""
    removed = []
    for root, dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            if TEMP_NAME.fullmatch(name) and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path.relative_to(folder).as_posix())
    return sorted(removed)


@contextmanager
def temp_beside(target: Path, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path in the target's folder (same file system, so a rename is
    atomic); whatever is left of it at the end is removed. `mode` None: the usual permissions
    (0666 less the umask); a private file passes 0o600, set before anything is written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    os.chmod(tmp, 0o666 & ~_umask() if mode is None else mode)  # mkstemp makes 0600
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def atomic_path(target: Path, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces the target in one rename."""
    with temp_beside(target, mode) as tmp:
        yield tmp
        os.replace(tmp, target)


def write_text_atomic(target: Path, text: str, mode: int | None = None) -> None:
    with atomic_path(target, mode) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (sources may be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def private_folder(folder: Path) -> Path:
    """Make `folder` inside the private folder (its parent) and both owner-only (0700): the
    journal and the kept analyses hold document data."""
    for each in (folder.parent, folder):
        each.mkdir(parents=True, exist_ok=True)
        os.chmod(each, 0o700)
    return folder
