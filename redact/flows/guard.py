"""One run per output folder, checked before it starts: the lock, the write check, and the
leftovers of a run that was killed.

The lock is an `flock` on the folder itself (its directory descriptor), not a lock file: nothing
is added to the disclosure, and the kernel drops the lock when the process dies, however it dies,
so a killed run never leaves a stale lock. The private record's folder is locked the same way.
"""

from __future__ import annotations

import errno
import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..errors import FolderBusy, write_problem
from ..fileio import remove_temp_files

# Errors midway that say the machine cannot take the output, not that woo-redact has a bug. (Rights
# are checked up front, check_writable; an EACCES later may as well be a read, so it is not here.)
WRITE_ERRNOS = frozenset({errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def is_write_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in WRITE_ERRNOS


@contextmanager
def folder_lock(folder: Path, label: str) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (which exists) until the block ends; another holder:
    FolderBusy (exit 75) at once, no waiting."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FolderBusy(f"{label} {folder} is in gebruik door een andere woo-redact-run: wacht tot die "
                             "klaar is, of kies een andere map") from None
        yield
    finally:
        os.close(fd)  # closing drops the lock


def check_writable(folder: Path, label: str) -> None:
    """Create and remove a file in `folder` now, so a read-only folder or a full disk stops the
    run before any document is worked on (EnvironmentProblem, exit 74)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".woo-redact-schrijftest.", suffix=".tmp", dir=folder)
        try:
            os.write(fd, b"0" * 4096)  # a full disk refuses data, not always the empty file
            os.fsync(fd)
        finally:
            os.close(fd)
            os.unlink(name)
    except OSError as exc:
        raise write_problem(exc, f"{label} {folder}") from None


def make_folder(folder: Path, label: str, mode: int | None = None) -> None:
    try:
        if mode is None:
            folder.mkdir(parents=True, exist_ok=True)
        else:
            folder.mkdir(mode=mode, parents=True, exist_ok=True)
    except OSError as exc:
        raise write_problem(exc, f"{label} {folder}") from None


@contextmanager
def guarded_output(out_dir: Path, private_dir: Path) -> Iterator[list[str]]:
    """The output folder and the private record's folder, created, locked, checked writable, and
    cleared of the temporary files (`.NAME.xxxxxxxx.tmp`) a killed run left; yields the relative
    paths removed. Whatever happens inside, our temporary files do not outlive the block."""
    make_folder(out_dir, "uitvoermap")
    make_folder(private_dir, "privémap", 0o700)
    with ExitStack() as stack:
        stack.enter_context(folder_lock(out_dir, "uitvoermap"))
        stack.enter_context(folder_lock(private_dir, "privémap"))
        check_writable(out_dir, "uitvoermap")
        check_writable(private_dir, "privémap")
        try:
            left = remove_temp_files(out_dir) + remove_temp_files(private_dir)
        except OSError as exc:
            raise write_problem(exc, f"uitvoermap {out_dir}") from None
        try:
            yield left
        except BaseException:  # interrupted or stopped: what the workers were writing goes
            try:
                remove_temp_files(out_dir)
                remove_temp_files(private_dir)
            except OSError:
                pass
            raise
