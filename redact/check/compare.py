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
from typing import NamedTuple

from ..model import Decision, Finding, Page, Status, is_area
from .expectations import Expectation, occurrences
from .runner import FileRun

CONTEXT_WORDS = 5


@dataclass(frozen=True)
class Occurrence:
    value: str
    entity: str  # the expected entity type; "" for a must-keep value
    page: int  # 0: a position in the .txt or in the published file's text, not on a page
    start: int
    end: int
    context: str


@dataclass(frozen=True)
class Miss:
    """A must-redact occurrence that a reader can still see (a leak)."""

    occurrence: Occurrence
    how: str  # "niet gedetecteerd" | "deels bedekt, ... zichtbaar" | "leesbaar in de uitvoer" | "niet in de PDF-tekst"


@dataclass(frozen=True)
class OverRedaction:
    """A must-keep occurrence that is (partly) blacked out: a hard failure."""

    occurrence: Occurrence
    why: str  # the expectation's reason to keep it
    how: str  # what covered it, or "ontbreekt in de uitvoer"


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
    seconds: float = 0.0

    analysed: bool = False  # read and detected: its decisions are in the figures

    @property
    def measured(self) -> bool:
        """Whether the file counts in precision and recall (unreadable or withheld files do not)."""
        return self.analysed

    def problem_groups(self) -> tuple[list[str], list[str], list[str]]:
        """The hard failures, one line each naming the file and the value: (leaks, files not
        published, over-redactions), most serious first."""
        leaks = [f"{self.file}: gemist {m.occurrence.value!r} ({m.occurrence.entity}, {m.how}): "
                 f"{m.occurrence.context}" for m in self.missed]
        refused = [f"{self.file}: niet gepubliceerd ({self.status.value}): {self.reason}"] \
            if self.status is not Status.OK and not self.withheld_ok else []
        over = [f"{self.file}: moet zichtbaar blijven {r.occurrence.value!r} ({r.why}; {r.how}): {r.occurrence.context}"
                for r in self.over_redacted]
        return leaks, refused, over

    @property
    def problems(self) -> list[str]:
        return [line for group in self.problem_groups() for line in group]

    @property
    def passed(self) -> bool:
        return not self.problems


def context(text: str, start: int, end: int, words: int = CONTEXT_WORDS) -> str:
    """A few words either side of text[start:end], the span marked with »...«, on one line."""
    before = " ".join(text[max(0, start - 12 * words):start].split()[-words:])
    after = " ".join(text[end:end + 12 * words].split()[:words])
    span = " ".join(text[start:end].split())
    return f"{before} »{span}« {after}".strip()


class Span(NamedTuple):
    """Where an expected value occurs in the document as the pipeline read it."""

    page: int
    start: int
    end: int
    value: str
    label: str  # the entity type (must-redact) or the reason to keep it (must-keep)

    def overlaps(self, f: Finding) -> bool:
        return self.page == f.page and self.start < f.end and f.start < self.end


def _spans(pages: dict[int, Page], values: list[tuple[str, str]]) -> list[Span]:
    return [Span(n, s, e, value, label) for value, label in values for n, p in pages.items()
            for s, e in occurrences(p.text, value)]


def _fold_nested(spans: list[Span]) -> list[Span]:
    """Drop occurrences inside a longer one ("Jansen" inside "Jan Jansen"): that is one unit, and
    when the longer one is covered, so is the shorter."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.page, -(s.end - s.start), s.start)):
        if not any(k.page == span.page and k.start <= span.start and span.end <= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: (s.page, s.start))


class Coverage:
    """Which characters of each page lie under a redact decision."""

    def __init__(self, pages: dict[int, Page], redacts: list[Decision]):
        self.pages = pages
        self.redacts = redacts
        self.masks = {n: [False] * len(p.text) for n, p in pages.items()}
        for d in redacts:
            mask = self.masks[d.finding.page]
            for i in range(max(0, d.finding.start), min(len(mask), d.finding.end)):
                mask[i] = True

    def of(self, span: Span) -> tuple[bool, bool]:
        """(every letter and digit covered, any covered): punctuation and spaces carry nothing."""
        text, mask = self.pages[span.page].text, self.masks[span.page]
        idx = [i for i in range(span.start, span.end) if text[i].isalnum()] or list(range(span.start, span.end))
        hits = [mask[i] for i in idx]
        return all(hits), any(hits)

    def visible(self, span: Span) -> str:
        """The parts of the span left uncovered, e.g. "mr." of "mr. J.T. Smit"."""
        text, mask = self.pages[span.page].text, self.masks[span.page]
        shown = "".join(text[i] if not mask[i] else " " for i in range(span.start, span.end))
        return " ".join(word for word in shown.split() if any(c.isalnum() for c in word))

    def covering(self, span: Span) -> list[Decision]:
        return [d for d in self.redacts if span.overlaps(d.finding)]

    def occurrence(self, span: Span, entity: str = "") -> Occurrence:
        return Occurrence(span.value, entity, span.page, span.start, span.end,
                          context(self.pages[span.page].text, span.start, span.end))


def not_checked(run: FileRun, withheld_ok: bool) -> FileCheck:
    return FileCheck(stem=run.stem, file=run.file, kind=run.kind, status=run.status, reason=run.reason,
                     withheld_ok=withheld_ok, seconds=run.seconds)


def compare(run: FileRun, expectation: Expectation, withhold_allowed: bool = False) -> FileCheck:
    """Hold one file's run to its expectation; `withhold_allowed` from check.yaml's may_withhold."""
    withheld_ok = run.status is Status.NEEDS_REVIEW and withhold_allowed
    if run.document is None:
        return not_checked(run, withheld_ok)
    pages = {p.number: p for p in run.document.pages}
    areas = [d for d in run.decisions if is_area(d) and d.action == "redact"]  # image areas (redact/images/)
    redacts = [d for d in run.decisions if d.action == "redact" and not is_area(d)]
    cover = Coverage(pages, redacts)
    must = _spans(pages, [(i.value, i.entity) for i in expectation.redact])
    keep = _spans(pages, [(i.value, i.why) for i in expectation.keep])
    grounds = {i.value: i.ground for i in expectation.redact}

    units = _fold_nested(must)
    missed: list[Miss] = []
    wrong: list[WrongGround] = []
    for span in units:
        full, part = cover.of(span)
        if not full:
            how = f"deels bedekt, {cover.visible(span)!r} zichtbaar" if part else "niet gedetecteerd"
            missed.append(Miss(cover.occurrence(span, span.label), how))
            continue
        found = tuple(sorted({d.ground or "" for d in cover.covering(span)}))
        if grounds[span.value] not in found:
            wrong.append(WrongGround(cover.occurrence(span, span.label), grounds[span.value], found))

    over: list[OverRedaction] = []
    for span in keep:
        if cover.of(span)[1]:
            how = "bedekt door " + ", ".join(f"{d.finding.entity_type} {d.finding.text!r} ({d.finding.detector})"
                                            for d in cover.covering(span))
            over.append(OverRedaction(cover.occurrence(span), span.label, how))

    extras: list[Extra] = []
    redacted: list[Redacted] = []
    for d in redacts:
        f = d.finding
        matched = any(span.overlaps(f) for span in must)
        redacted.append(Redacted(f.entity_type, matched))
        if not matched:
            keep_hit = next((span.value for span in keep if span.overlaps(f)), None)
            extras.append(Extra(" ".join(f.text.split()), f.entity_type, d.ground or "", f.detector, f.page,
                                f.start, f.end, context(pages[f.page].text, f.start, f.end), keep_hit))

    if run.kind == "pdf":
        missed.extend(_not_in_pdf_text(expectation, must))
        image_missed, image_over, image_wrong = _images(expectation, areas)
        missed += image_missed
        over += image_over
        wrong += image_wrong
        for d in areas:
            f = d.finding
            expected = any(i.kind == f.entity_type and i.page == f.page and i.action == "redact"
                           for i in expectation.images)
            redacted.append(Redacted(f.entity_type, expected))
            if not expected:
                extras.append(Extra(f.text, f.entity_type, d.ground or "", f.detector, f.page, 0, 0, f.text, None))
    if run.output_text is not None:
        # Values with an occurrence left uncovered are reported already; the output may show the others.
        visible = {span.value for span in must if not cover.of(span)[0]} | {m.occurrence.value for m in missed}
        readable = run.output_text + ("\n" + run.ocr_output_text if run.ocr_output_text else "")
        missed.extend(_output_leaks(readable, expectation, visible))
        over.extend(_output_losses(run.output_text, run.source_text or "", expectation,
                                   {r.occurrence.value for r in over}))

    return FileCheck(stem=run.stem, file=run.file, kind=run.kind, status=run.status, reason=run.reason,
                     withheld_ok=withheld_ok, expected=tuple(cover.occurrence(u, u.label) for u in units),
                     missed=tuple(missed), over_redacted=tuple(over), extras=tuple(extras),
                     wrong_grounds=tuple(wrong), redactions=tuple(redacted), seconds=run.seconds, analysed=True)


def _images(expectation: Expectation, areas: list[Decision]) -> tuple[list[Miss], list[OverRedaction], list[WrongGround]]:
    """The expected image areas against the image stage's redactions: a missing one is a leak, one
    that must stay but is redacted an over-redaction, a wrong ground a wrong ground."""
    missed, over, wrong = [], [], []
    for item in expectation.images:
        hits = [d for d in areas if d.finding.entity_type == item.kind and d.finding.page == item.page]
        where = Occurrence(item.label, item.kind, item.page, 0, 0, item.label)
        if item.action == "keep":
            if hits:
                over.append(OverRedaction(where, "moet zichtbaar blijven", f"bedekt door {hits[0].finding.text}"))
        elif not hits:
            missed.append(Miss(where, "afbeelding niet weggelakt"))
        elif item.ground and item.ground not in {d.ground for d in hits}:
            wrong.append(WrongGround(where, item.ground, tuple(sorted({d.ground or "" for d in hits}))))
    return missed, over, wrong


def _not_in_pdf_text(expectation: Expectation, must: list[Span]) -> list[Miss]:
    """Occurrences in the .txt that the PDF's text does not have cannot be checked: missed."""
    txt = (expectation.folder / expectation.document).read_text(encoding="utf-8-sig")
    misses = []
    for item in expectation.redact:
        in_txt = occurrences(txt, item.value)
        lost = len(in_txt) - sum(1 for span in must if span.value == item.value)
        if lost > 0:
            s, e = in_txt[0]
            misses.append(Miss(Occurrence(item.value, item.entity, 0, s, e, context(txt, s, e)),
                               f"niet in de PDF-tekst ({lost}x minder dan in de .txt)"))
    return misses


def _output_leaks(output: str, expectation: Expectation, known: set[str]) -> list[Miss]:
    """Must-redact values still readable in the published file although the decisions cover them
    (values in `known` are already reported as missed)."""
    leaks = []
    for item in expectation.redact:
        if item.value in known:
            continue
        for s, e in occurrences(output, item.value):
            leaks.append(Miss(Occurrence(item.value, item.entity, 0, s, e, context(output, s, e)),
                              "leesbaar in de uitvoer"))
    return leaks


def _output_losses(output: str, source: str, expectation: Expectation, known: set[str]) -> list[OverRedaction]:
    """Must-keep values that the published file shows less often than its source (values in
    `known` are already reported as over-redacted)."""
    losses = []
    for item in expectation.keep:
        before, after = len(occurrences(source, item.value)), len(occurrences(output, item.value))
        if item.value not in known and after < before:
            s, e = occurrences(source, item.value)[0]
            losses.append(OverRedaction(Occurrence(item.value, "", 0, s, e, context(source, s, e)), item.why,
                                        f"ontbreekt in de uitvoer ({after} van {before} leesbaar)"))
    return losses
