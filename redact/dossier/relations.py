"""The dossier's relations on the results, for the inventory: which document is a copy of which
(`duplicate`, and `related_id`: the original's document number, the inventory's Gerelateerd ID),
and which mails form a thread (`thread_id`, the Email Thread ID, and `thread_lead`: the thread's
most complete mail).

Computed at the end of `run` and `export` from the fingerprints the results carry, so it is the
same whether a result was made in this run, on a Dask worker, or taken from the resume journal;
and it is the same grouping the flow used before publishing (dossier/duplicates.py is
deterministic on the same fingerprints).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import DocumentResult
from ..report.inventory import numbered
from ..rules import DuplicateSettings
from .duplicates import find_duplicates
from .threads import find_threads


def related(results: list[DocumentResult], settings: DuplicateSettings,
            ids: dict[str, str] | None = None) -> list[DocumentResult]:
    """The results with their duplicate and thread marks (in the same order). `ids`: the stable
    document numbers (publish/numbering.py), else this run's."""
    fingerprints = {r.relpath: r.fingerprint for r in results if r.fingerprint is not None}
    duplicates = find_duplicates(fingerprints, settings)
    order = {r.relpath: i for i, (_, r) in enumerate(numbered(results, ids))}
    number = {r.relpath: n for n, r in numbered(results, ids)}
    # Threads among the distinct mails: two copies of one mail are no conversation; a copy is in
    # the thread of its original.
    distinct = {r: f for r, f in fingerprints.items() if r not in duplicates}
    threads = sorted(find_threads(distinct), key=lambda t: min(order[r] for r in t[0]))
    thread_of: dict[str, tuple[int, str]] = {}
    for i, (members, lead) in enumerate(threads, 1):
        for r in members:
            thread_of[r] = (i, lead)
    for r, d in duplicates.items():
        if d.original in thread_of and fingerprints[r].mail is not None:
            thread_of[r] = thread_of[d.original]
    out = []
    for r in results:
        duplicate = duplicates.get(r.relpath)
        thread_id, lead = thread_of.get(r.relpath, (None, None))
        out.append(replace(r, duplicate=duplicate, related_id=number.get(duplicate.original) if duplicate else None,
                           thread_id=thread_id, thread_lead=lead))
    return out

