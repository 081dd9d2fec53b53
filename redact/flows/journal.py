"""The resume journal of `run`: which documents of an earlier run into the same OUT need not be
done again, and their results, so that the inventory, log and record come out as a full run's.

    PRIVATE/journal/<hash of relpath>.json    one entry per document, written the moment its
                                              result is final (by the worker), so a killed run
                                              keeps what it finished

An entry holds the source's SHA-256, the settings key (woo-redact's version, every file of the
rule set, every file of the spaCy model and of the special categories' classifier, the options), the SHA-256 of the output, a
fingerprint of the final decisions, a fingerprint of the dossier (all sources of that run) and the
document's whole DocumentResult. A document is done again unless all of those still hold
(`Journal.reusable`); `--force` ignores the journal. The result holds the redacted values and the
persons in the clear (the record needs them again, hashed with the new run's salt): like the
work folder of `scan`, the private folder is for its owner only (0700, files 0600).

The dossier pass (flows/dossier.py) makes one document's decisions depend on all the others: a
name redacted in a changed document must also go in the unchanged ones. The rule (flows/run.py):
without the dossier pass a document is redone only when its own entry does not hold; with it,
nothing is redone when every entry holds and was made for this very dossier, else every document
is analysed again and only those whose final decisions (or entry) changed are published again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields, replace
from functools import partial
from pathlib import Path
from typing import Any

from .. import __version__
from ..detect.engine import DEFAULT_MODEL_DIR
from ..detect.special import MODELS_DIR
from ..fileio import file_sha256, private_folder, write_text_atomic
from ..model import DocumentResult, Duplicate, Fingerprint, Person, Redaction, Status
from ..rules import RuleSet

JOURNAL_DIR = "journal"
FORMAT = "woo-redact/journal v1"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def settings_key(rules: RuleSet, model_dir: Path | None, keep_names: tuple[str, ...], unreadable_pages: str,
                 special_categories: str = "redact", duplicates: str = "publish", page_decisions: tuple = ()) -> str:
    """What else a document's output depends on: the code's version, the rule files, the model, the options.
    (A change of the code without a new version is not seen: use --force.)"""
    parts = [f"woo-redact {__version__}"]
    root = Path(rules.root)
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        parts.append(f"rules/{path.relative_to(root).as_posix()} {file_sha256(path)}")
    # Every file of the models: the spaCy pipeline, and the special categories' classifier the rules name.
    models = [("model", model_dir or DEFAULT_MODEL_DIR)]
    for spec in rules.recognizers:
        if spec.kind == "special_categories" and spec.options.get("model"):
            name = str(spec.options["model"])
            models.append((f"special/{spec.name}", Path(name) if Path(name).is_absolute() else MODELS_DIR / name))
    for label, folder in models:
        files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        parts.extend(f"{label}/{p.relative_to(folder).as_posix()} {file_sha256(p)}" for p in files)
        if not files:
            parts.append(f"{label} -")
    parts.append(json.dumps({"keep_names": list(keep_names), "unreadable_pages": unreadable_pages,
                             "special_categories": special_categories}))
    if duplicates != "publish":  # only when not the default, so that earlier journals still hold
        parts.append(f"duplicates {duplicates}")
    if page_decisions:  # a reviewer's page decisions (`run --page-decisions`): only when given
        parts.append(f"pages {_sha(repr(page_decisions))}")
    return _sha("\n".join(parts))


def decisions_fingerprint(decisions: tuple) -> str:
    """The final decisions of a document (frozen dataclasses: their repr is stable)."""
    return _sha(repr(tuple(decisions)))


def dossier_fingerprint(shas: dict[str, str | None]) -> str:
    return _sha("\n".join(f"{relpath} {sha or '-'}" for relpath, sha in sorted(shas.items())))


def source_sha(path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:  # unreadable: never reused; the run reports why
        return None


def journalable(result: DocumentResult) -> bool:
    """Results that are the same when the document is done again: not a bug (traceback), and not a
    copy withheld by the output check (always checked again)."""
    return result.traceback is None and result.status is not Status.LEAK


def stamped_as(result: DocumentResult, stamp: str | None) -> bool:
    """Whether a published PDF carries the document number this run would draw (--stamp): a
    copy without it, with another number, or with one that is no longer asked for is redone."""
    return not (result.output and result.kind == "pdf") or result.stamp == stamp


# -- DocumentResult <-> JSON -------------------------------------------------------------------

def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def result_to_json(result: DocumentResult) -> dict:
    return asdict(replace(result, traceback=None))


def result_from_json(data: dict) -> DocumentResult:
    known = {f.name for f in fields(DocumentResult)}
    values = {k: _tuples(v) for k, v in data.items() if k in known}
    values["status"] = Status(values["status"])
    values["redactions"] = tuple(Redaction(**{k: _tuples(v) for k, v in r.items()}) for r in data["redactions"])
    values["persons"] = tuple((Person(**{k: _tuples(v) for k, v in p.items()}), n) for p, n in data["persons"])
    values["fingerprint"] = Fingerprint.from_json(data.get("fingerprint"))
    values["duplicate"] = Duplicate(**data["duplicate"]) if data.get("duplicate") else None
    return DocumentResult(**values)


# -- the journal -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    relpath: str
    source_sha256: str | None
    settings: str
    output_sha256: str | None
    decisions: str | None  # fingerprint of the final decisions (the dossier pass compares it)
    dossier: str | None  # fingerprint of the sources of the run that wrote it
    result: DocumentResult


@dataclass(frozen=True)
class Journal:
    """The journal in one private folder, for one settings key. Plain data: it travels to the workers."""

    folder: Path  # PRIVATE/journal
    settings: str

    def prepare(self) -> None:
        private_folder(self.folder)

    def path(self, relpath: str) -> Path:
        return self.folder / f"{_sha(relpath)[:40]}.json"

    def write(self, result: DocumentResult, out_dir: Path, sha: str | None, decisions: str | None,
              dossier: str | None) -> None:
        """Record a final result; never fails the document (without an entry it is simply done again)."""
        if not journalable(result):
            self.path(result.relpath).unlink(missing_ok=True)
            return
        try:
            output = file_sha256(out_dir / result.output) if result.output else None
            data = {"format": FORMAT, "relpath": result.relpath, "source_sha256": sha, "settings": self.settings,
                    "output_sha256": output, "decisions": decisions, "dossier": dossier,
                    "result": result_to_json(result)}
            write_text_atomic(self.path(result.relpath), json.dumps(data, ensure_ascii=False) + "\n", mode=0o600)
        except OSError:
            pass

    def read(self, relpath: str) -> Entry | None:
        try:
            data = json.loads(self.path(relpath).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data["relpath"] != relpath:
                return None
            return Entry(relpath, data["source_sha256"], data["settings"], data["output_sha256"], data["decisions"],
                         data["dossier"], result_from_json(data["result"]))
        except (OSError, ValueError, KeyError, TypeError):  # none, or unusable: the document is done again
            return None

    def reusable(self, relpath: str, sha: str | None, out_dir: Path) -> Entry | None:
        """The entry of a document that need not be done again: same source, same settings, and its
        output (if it has one) still in OUT as written."""
        entry = self.read(relpath)
        if entry is None or sha is None or entry.source_sha256 != sha or entry.settings != self.settings:
            return None
        if entry.result.output:
            output = out_dir / entry.result.output
            if entry.output_sha256 is None or not output.is_file() or file_sha256(output) != entry.output_sha256:
                return None
        return entry

    def keep_only(self, relpaths: set[str]) -> None:
        """Drop the entries of documents that are not (or no longer) journaled."""
        keep = {self.path(r).name for r in relpaths}
        if self.folder.is_dir():
            for path in self.folder.glob("*.json"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Keyed:
    """A task's item with what its journal entry needs, computed by the client before the worker
    reads the source (a change after the hash makes the entry stale, never wrongly valid)."""

    item: Any  # SourceFile or Analysis
    sha: str | None
    decisions: str | None = None
    dossier: str | None = None

    @property
    def relpath(self) -> str:
        return self.item.relpath


def journaled(context: Any, keyed: Keyed, journal: Journal, task: Any) -> DocumentResult:
    """`task(context, item)`, then its journal entry (use with functools.partial: it pickles)."""
    result = task(context, keyed.item)
    journal.write(result, context.dest, keyed.sha, keyed.decisions, keyed.dossier)
    return result


@dataclass(frozen=True)
class Resume:
    """What a run did again and what it took from the journal (relpaths, sorted)."""

    reused: tuple[str, ...] = ()  # the earlier result stands: not analysed, not published again
    analysed: tuple[str, ...] = ()
    published: tuple[str, ...] = ()  # rendered and verified (or failed) in this run


class Resumption:
    """One run's use of the journal: what to analyse and publish again, and the earlier results of
    the rest. The flow (flows/run.py) asks it at each step; it keeps the journal up to date."""

    def __init__(self, journal: Journal, items: list, out_dir: Path, dossier_wide: bool, force: bool = False,
                 stamps: dict[str, str] | None = None, store: Any = None):
        self.journal, self.out_dir, self.dossier_wide, self.force = journal, out_dir, dossier_wide, force
        self.store = store  # flows/analyses.AnalysisStore: the analyses of the dossier pass, kept
        journal.prepare()
        if store is not None:
            store.prepare()
        self.paths = {i.relpath: i.path for i in items}
        self.shas = {i.relpath: source_sha(i.path) for i in items}
        self.dossier = dossier_fingerprint(self.shas)
        stamps = stamps or {}
        self.earlier: dict[str, Entry] = {} if force else {
            i.relpath: e for i in items if (e := journal.reusable(i.relpath, self.shas[i.relpath], out_dir))
            and stamped_as(e.result, stamps.get(i.relpath))}
        self.items = items
        self.analysed: list[str] = []
        self.done: set[str] = set()

    def to_analyse(self) -> tuple[list[Keyed], list]:
        """With the dossier pass: what to analyse (Keyed items), and the kept analyses (light) of the
        unchanged documents (flows/analyses.py; not with --force). Nothing when every entry holds
        and was made for this very dossier; else every document takes part in the dossier pass (a
        name from a changed document may reach an unchanged one) but those whose analysis failed
        before and would again (they add nothing to it)."""
        whole = len(self.earlier) == len(self.items) and all(e.dossier == self.dossier for e in self.earlier.values())
        failed = {r for r, e in self.earlier.items() if e.decisions is None}
        todo, kept = [], []
        for item in ([] if whole else self.items):
            if item.relpath in failed:
                continue
            sha = self.shas[item.relpath]
            analysis = None if self.force or self.store is None else self.store.read_light(item.relpath, sha)
            if analysis is None:
                todo.append(Keyed(item, sha))
            else:
                kept.append(analysis)
        self.analysed = [k.relpath for k in todo]
        return todo, kept

    def failed(self, failures: list[DocumentResult]) -> list[DocumentResult]:
        """Documents whose analysis failed (dossier pass): journaled by the client."""
        for r in failures:
            self.journal.write(r, self.out_dir, self.shas[r.relpath], None, self.dossier)
            self.done.add(r.relpath)
        return failures

    def to_publish(self, analyses: list) -> list[Keyed]:
        """The analysed documents whose final decisions differ from their entry's (or have none)."""
        # A copy left out (`--duplicates skip`) differs from the same decisions published.
        keyed = [Keyed(a, self.shas[a.relpath], decisions_fingerprint((a.decisions, "skip") if a.skip else a.decisions),
                       self.dossier) for a in analyses]
        fresh = [k for k in keyed if k.relpath not in self.earlier or self.earlier[k.relpath].decisions != k.decisions]
        self.done |= {k.relpath for k in fresh}
        return fresh

    def to_process(self) -> list[Keyed]:
        """Without the dossier pass: every document whose entry does not hold."""
        fresh = [Keyed(i, self.shas[i.relpath]) for i in self.items if i.relpath not in self.earlier]
        self.analysed = [k.relpath for k in fresh]
        self.done |= {k.relpath for k in fresh}
        return fresh

    def task(self, task: Any) -> Any:
        """`task` for Keyed items, writing each result's entry in the worker."""
        return partial(journaled, journal=self.journal, task=task)

    def reused(self) -> list[DocumentResult]:
        """The earlier results that stand, as a full run would give them: the source where it is now,
        and no copy at the publish path of a document that is not published (as pipeline.failed)."""
        out = []
        for relpath, e in sorted(self.earlier.items()):
            if relpath in self.done:
                continue
            if e.dossier != self.dossier and self.dossier_wide:  # the same result, known to hold for this dossier
                self.journal.write(e.result, self.out_dir, e.source_sha256, e.decisions, self.dossier)
            if not e.result.output:
                (self.out_dir / relpath).unlink(missing_ok=True)
            out.append(e.result if e.result.source is None else replace(e.result, source=str(self.paths[relpath])))
        return out

    def close(self, results: list[DocumentResult]) -> Resume:
        """After the run: entries of documents gone from the request (or not journaled) dropped."""
        self.journal.keep_only({r.relpath for r in results if journalable(r) and r.relpath in self.shas})
        if self.store is not None:
            self.store.keep_only(set(self.shas) if self.dossier_wide else set())
        reused = tuple(sorted(set(self.earlier) - self.done))
        return Resume(reused=reused, analysed=tuple(sorted(self.analysed)), published=tuple(sorted(self.done)))
