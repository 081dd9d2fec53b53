"""One interactive review per work folder at a time: two would overwrite each other's decisions."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".review.lock"


class Locked(Exception):
    """Someone else is reviewing this work folder; the message says who."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def review_lock(work: Path, reviewer: str) -> Iterator[None]:
    path = work / LOCK_NAME
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            try:
                holder = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                holder = {}
            pid = int(holder.get("pid", 0) or 0)
            if pid and _alive(pid):
                raise Locked(f"{work} wordt al beoordeeld door {holder.get('reviewer', '?')} (proces {pid}); "
                             f"wacht tot die review stopt (of verwijder {path} als dat proces niet meer bestaat)") from None
            path.unlink(missing_ok=True)  # left by a review that crashed
    else:
        raise Locked(f"{path}: kan de werkmap niet vergrendelen")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"pid": os.getpid(), "reviewer": reviewer}, fh)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
