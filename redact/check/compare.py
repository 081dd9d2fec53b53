"""Hold one pipeline run to its expectations: per occurrence, per redaction, and in the output.

Three sources of evidence, all of which must agree:
- the decisions: an occurrence of a must-redact value is redacted when every letter and digit of it
  lies under a redact decision (punctuation and spaces carry no personal data; a single uncovered
  initial does);
- the published file: a must-redact value that is still readable there (text layer, or OCR for
  scanned pages) is missed whatever the decisions say, and a must-keep value must be readable there
  as often as in the source (read with the same extractor, pypdf for PDFs, so an extractor's quirk
  cancels out; OCR is too noisy for that comparison);
- for a PDF, its text layer: an occurrence of the .txt that cannot be found in the PDF text cannot be
  checked, so it counts as missed (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from ..model import Decision, Page, Status
from .expectations import Expectation, occurrences
from .runner import FileRun

CONTEXT_WORDS = 5


@dataclass(frozen=True)
class Occurrence:
    value: str
    entity: str  # the expected entity type; "" for a must-keep value
    page: int
    start: int
    end: int
    context: str


@dataclass(frozen=True)
class Miss:
    """A must-redact occurrence that a reader can still see (a leak)."""

    occurrence: Occurrence
    how: str  # "not detected" | "partly covered" | "readable in the output" | "not in the PDF text"


@dataclass(frozen=True)
class OverRedaction:
    """A must-keep occurrence that is (partly) blacked out: a hard failure."""

    occurrence: Occurrence
    why: str  # the expectation's reason to keep it
    how: str  # what covered it, or "missing from the output"


@dataclass(frozen=True)
class Extra:
    """A redaction that overlaps no must-redact occurrence."""

    text: str
    entity: str
    ground: str
    detector: str
    page: int
    start: int
    end: int
    context: str
    keep_value: str | None  # the must-keep value it covers, if any (then also an OverRedaction)


@dataclass(frozen=True)
class WrongGround:
    occurrence: Occurrence
    expected: str
    found: tuple[str, ...]


@dataclass(frozen=True)
class Redacted:
    """One redaction, for precision: its entity type and whether it hit a must-redact occurrence."""

    entity: str
    matched: bool


@dataclass(frozen=True)
class FileCheck:
    stem: str
    file: str
    kind: str
    status: Status
    reason: str | None
    withheld_ok: bool  # withheld for review, and the config allows that for this file
    expected: tuple[Occurrence, ...] = ()  # the must-redact occurrences (nested ones folded in)
    missed: tuple[Miss, ...] = ()
    over_redacted: tuple[OverRedaction, ...] = ()
    extras: tuple[Extra, ...] = ()
    wrong_grounds: tuple[WrongGround, ...] = ()
    redactions: tuple[Redacted, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def measured(self) -> bool:
        """Whether the file counts in precision and recall (withheld or failed files do not)."""
        return self.status is Status.OK

    @property
    def problems(self) -> list[str]:
        """The hard failures, one line each, naming the file and the value."""
        lines = []
        if self.status is not Status.OK and not self.withheld_ok:
            lines.append(f"{self.file}: not published ({self.status.value}): {self.reason}")
        for m in self.missed:
            o = m.occurrence
            lines.append(f"{self.file}: missed {o.value!r} ({o.entity}, {m.how}): {o.context}")
        for r in self.over_redacted:
            o = r.occurrence
            lines.append(f"{self.file}: must stay visible {o.value!r} ({r.why}; {r.how}): {o.context}")
        return lines

    @property
    def passed(self) -> bool:
        return not self.problems


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> str:
    """A few words either side of text[start:end], the span marked with »...«, on one line."""
    before = " ".join(text[max(0, start - 12 * words):start].split()[-words:])
    after = " ".join(text[end:end + 12 * words].split()[:words])
    span = " ".join(text[start:end].split())
    return f"{before} »{span}« {after}".strip()


def _covered(page: Page, decisions: list[Decision]) -> list[bool]:
    mask = [False] * len(page.text)
    for d in decisions:
        for i in range(max(0, d.finding.start), min(len(mask), d.finding.end)):
            mask[i] = True
    return mask


def _alnum_covered(text: str, mask: list[bool], start: int, end: int) -> tuple[bool, bool]:
    """(all letters and digits covered, any covered) for text[start:end]."""
    idx = [i for i in range(start, end) if text[i].isalnum()] or list(range(start, end))
    hits = [mask[i] for i in idx]
    return all(hits), any(hits)


def _fold_nested(spans: list[tuple[int, int, int, str, str]]) -> list[tuple[int, int, int, str, str]]:
    """Drop occurrences that lie inside a longer one ("Jansen" inside "Jan Jansen"): one unit each."""
    kept: list[tuple[int, int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[2] - s[1]), s[1])):
        page, s, e = span[:3]
        if not any(k[0] == page and k[1] <= s and e <= k[2] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s[0], s[1]))


def not_checked(run: FileRun, withheld_ok: bool) -> FileCheck:
    return FileCheck(stem=run.stem, file=run.file, kind=run.kind, status=run.status, reason=run.reason,
                     withheld_ok=withheld_ok, seconds=run.seconds)


def compare(run: FileRun, expectation: Expectation, withhold_allowed: bool = False) -> FileCheck:
    withheld_ok = run.status is Status.NEEDS_REVIEW and withhold_allowed
    if run.document is None:
        return not_checked(run, withheld_ok)
    pages = {p.number: p for p in run.document.pages}
    redacts = [d for d in run.decisions if d.action == "redact"]
    by_page: dict[int, list[Decision]] = {}
    for d in redacts:
        by_page.setdefault(d.finding.page, []).append(d)
    masks = {n: _covered(p, by_page.get(n, [])) for n, p in pages.items()}
    notes: list[str] = []

    # Every occurrence of every expected value, per page of the document as the pipeline read it.
    raw: list[tuple[int, int, int, str, str]] = []  # (page, start, end, value, entity)
    keeps: list[tuple[int, int, int, str, str]] = []  # (page, start, end, value, why)
    counts: dict[str, int] = {}
    for item in expectation.redact:
        for n, p in pages.items():
            for s, e in occurrences(p.text, item.value):
                raw.append((n, s, e, item.value, item.entity))
                counts[item.value] = counts.get(item.value, 0) + 1
    for item in expectation.keep:
        for n, p in pages.items():
            keeps.extend((n, s, e, item.value, item.why) for s, e in occurrences(p.text, item.value))

    def occ(span: tuple[int, int, int, str, str], entity: str) -> Occurrence:
        n, s, e, value = span[:4]
        return Occurrence(value, entity, n, s, e, context(pages[n].text, s, e))

    missed: list[Miss] = []
    wrong: list[WrongGround] = []
    grounds = {i.value: i.ground for i in expectation.redact}
    units = _fold_nested(raw)
    for span in units:
        n, s, e, value, entity = span
        full, part = _alnum_covered(pages[n].text, masks[n], s, e)
        if not full:
            missed.append(Miss(occ(span, entity), "partly covered" if part else "not detected"))
            continue
        found = tuple(sorted({d.ground or "" for d in by_page.get(n, [])
                              if d.finding.start < e and s < d.finding.end}))
        if grounds[value] not in found:
            wrong.append(WrongGround(occ(span, entity), grounds[value], found))
    # Nested occurrences are judged with their outer one, but a nested one left visible still leaks.
    unit_set = set(units)
    for span in raw:
        if span not in unit_set and not _alnum_covered(pages[span[0]].text, masks[span[0]], span[1], span[2])[0]:
            if not any(m.occurrence.page == span[0] and m.occurrence.start <= span[1] and span[2] <= m.occurrence.end
                       for m in missed):
                missed.append(Miss(occ(span, span[4]), "partly covered"))

    over: list[OverRedaction] = []
    for span in keeps:
        n, s, e, value, why = span
        if _alnum_covered(pages[n].text, masks[n], s, e)[1]:
            by = [d for d in by_page.get(n, []) if d.finding.start < e and s < d.finding.end]
            how = "covered by " + ", ".join(f"{d.finding.entity_type} {d.finding.text!r} ({d.finding.detector})"
                                            for d in by)
            over.append(OverRedaction(occ(span, ""), why, how))

    extras: list[Extra] = []
    redacted: list[Redacted] = []
    for d in redacts:
        f = d.finding
        matched = any(r[0] == f.page and r[1] < f.end and f.start < r[2] for r in raw)
        redacted.append(Redacted(f.entity_type, matched))
        if not matched:
            keep_hit = next((k[3] for k in keeps if k[0] == f.page and k[1] < f.end and f.start < k[2]), None)
            extras.append(Extra(" ".join(f.text.split()), f.entity_type, d.ground or "", f.detector, f.page,
                                f.start, f.end, context(pages[f.page].text, f.start, f.end), keep_hit))

    if run.kind == "pdf":  # occurrences of the .txt that the PDF text does not have cannot be checked
        txt = (expectation.folder / expectation.document).read_text(encoding="utf-8-sig")
        for item in expectation.redact:
            lost = len(occurrences(txt, item.value)) - counts.get(item.value, 0)
            if lost > 0:
                where = occurrences(txt, item.value)[0]
                missed.append(Miss(Occurrence(item.value, item.entity, 0, *where, context(txt, *where)),
                                   f"not in the PDF text ({lost}x fewer than in the .txt)"))

    if run.output_text is not None:
        visible = {s[3] for s in raw if not _alnum_covered(pages[s[0]].text, masks[s[0]], s[1], s[2])[0]}
        readable = run.output_text + ("\n" + run.ocr_output_text if run.ocr_output_text else "")
        missed.extend(_output_leaks(readable, expectation, visible | {m.occurrence.value for m in missed}))
        over.extend(_output_losses(run.output_text, run.source_text or "", expectation, over))
    elif run.status is not Status.OK:
        notes.append(f"output not checked: {run.status.value}")

    return FileCheck(stem=run.stem, file=run.file, kind=run.kind, status=run.status, reason=run.reason,
                     withheld_ok=withheld_ok, expected=tuple(occ(u, u[4]) for u in units), missed=tuple(missed),
                     over_redacted=tuple(over), extras=tuple(extras), wrong_grounds=tuple(wrong),
                     redactions=tuple(redacted), notes=tuple(notes), seconds=run.seconds)


def _output_leaks(output: str, expectation: Expectation, known: set[str]) -> list[Miss]:
    """Must-redact values still readable in the published file although the decisions cover them
    (values in `known` are already reported as missed)."""
    leaks = []
    for item in expectation.redact:
        if item.value in known:
            continue
        for s, e in occurrences(output, item.value):
            leaks.append(Miss(Occurrence(item.value, item.entity, 0, s, e, context(output, s, e)),
                              "readable in the output"))
    return leaks


def _output_losses(output: str, source: str, expectation: Expectation,
                   over: list[OverRedaction]) -> list[OverRedaction]:
    """Must-keep values that the published file shows less often than its source."""
    known = {r.occurrence.value for r in over}
    losses = []
    for item in expectation.keep:
        before, after = len(occurrences(source, item.value)), len(occurrences(output, item.value))
        if item.value not in known and after < before:
            s, e = occurrences(source, item.value)[0]
            losses.append(OverRedaction(Occurrence(item.value, "", 0, s, e, context(source, s, e)), item.why,
                                        f"missing from the output ({after} of {before} readable)"))
    return losses
