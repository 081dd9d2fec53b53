"""The one module that wires the stages together.

    analyse:  ingest -> detect -> decide          (what `scan` stores for review)
    publish:  render -> verify                     (what `export` does with the decisions)
    process:  analyse + publish                    (what `run` does per document)

`Publisher` needs only the rules (the publishing pass of a dossier loads no model); `Pipeline`
adds detection and decisions. Reporting spans documents and is done by the flows (redact/flows/).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .decide.consistency import make_consistent
from .decide.overlaps import resolve_overlaps
from .decide.persons import mention_counts
from .decide.policy import Decider
from .dossier.fingerprint import fingerprint
from .detect.engine import DetectionEngine
from .errors import DocumentError, ReviewNeeded
from .fileio import temp_beside
from .images import follow_signatories, image_decisions
from .ingest import read_document
from .lexicon import Lexicon
from .model import (SPECIAL_PROPOSAL, UNSUPPORTED_NAME, Decision, Document, DocumentResult, Finding, Fingerprint, Status,
                    is_area)
from .outfolder import WITHHELD_DIR, remove_output, set_aside
from .render.pdf import UNREADABLE_ENTITY, render_pdf
from .render.stamp import missing_warning, stamp_pdf
from .render.text import render_text
from .review.pages import judge_pages
from .rules import RuleSet, VerifyOcr
from .verify import verify_output


@dataclass(frozen=True)
class Analysis:
    """A document with what was found in it and what was decided: plain data."""

    document: Document
    findings: tuple[Finding, ...]
    decisions: tuple[Decision, ...]
    fingerprint: Fingerprint | None = None  # for the dossier's duplicates and threads (redact/dossier/)
    skip: bool = False  # a duplicate not published again (`--duplicates skip`, flows/dossier.py)
    page_grounds: tuple[tuple[int, str], ...] = ()  # pages a reviewer blacked out, with the ground chosen
    page_notes: tuple[str, ...] = ()  # the reviewer's page decisions, who and when (console, private record)

    @property
    def relpath(self) -> str:
        return self.document.relpath


class Publisher:
    """Render and verify with the rules: all that publishing a decided document needs."""

    def __init__(self, rules: RuleSet):
        self.rules = rules

    def publish(self, document: Document, decisions: tuple[Decision, ...], out_dir: Path, blackout: bool = False,
                unchecked: frozenset[str] = frozenset(), stamp: str | None = None,
                page_grounds: Mapping[int, str] | None = None, page_notes: tuple[str, ...] = ()) -> DocumentResult:
        """`_publish` below, after making the decisions consistent (decide/consistency.py: a value
        redacted once is redacted wherever the output check would read it; redact wins); with
        `blackout` pages that cannot be read reliably are blacked out whole under the ground of
        UNREADABLE_ENTITY (the one place that ground is looked up); with `stamp` (a document ID) a
        PDF gets "Document ID, pagina N" in the margin of each page (render/stamp.py).
        `page_grounds`: pages a reviewer decided to black out, with the ground chosen
        (review/pages.py); `page_notes` (who decided what on which page) go to the result."""
        ground = self.rules.ground_for(UNREADABLE_ENTITY) if blackout else None
        areas = tuple(d for d in decisions if is_area(d))  # image areas: no text to make consistent
        decisions = tuple(d for d in decisions if not is_area(d))
        consistent = make_consistent(document, decisions, unchecked)
        if len(consistent) > len(decisions):  # redact won over a visible occurrence: one box per stretch
            decisions = tuple(resolve_overlaps(document, consistent, self.rules))
        # A signature kept with its signatory's name follows that name if it ended up redacted.
        decisions = follow_signatories(decisions + areas, self.rules)
        result = _publish(document, decisions, out_dir, blackout_ground=ground, unchecked=unchecked,
                          ocr_check=self.rules.policy.verify_ocr, stamp=stamp, page_grounds=page_grounds)
        return replace(result, page_notes=page_notes) if page_notes else result


class Pipeline(Publisher):
    """Everything a worker needs, built once: the rules, the detection engine, the decider."""

    def __init__(self, rules: RuleSet, model_dir: Path | None = None):
        super().__init__(rules)
        self.lexicon = Lexicon.from_rules(rules)
        self.detector = DetectionEngine(rules, model_dir, self.lexicon)
        self.decider = Decider(rules, self.lexicon)

    def analyse(self, source: Path, relpath: str, unreadable_pages: str = "withhold",
                page_decisions: Mapping[int, object] | None = None) -> Analysis:
        """Read and detect; raises DocumentError (or ReviewNeeded) when the file can't be used.
        With unreadable_pages="blackout" a page that cannot be read reliably does not stop the
        document: publish blacks it out whole. `page_decisions` (DecisionBook.pages): a
        reviewer's decision on such a page, applied when the page is unchanged (review/pages.py)."""
        document = read_document(source, relpath, self.rules.policy.max_file_mb, self.rules.policy.limits.start(),
                                 self.rules.policy.ocr)
        judged = judge_pages(document, page_decisions or {}, unreadable_pages)
        if judged.withheld:
            raise ReviewNeeded(judged.withheld)
        document = judged.document
        findings = self.detector.detect(document)
        decisions = self.decider.decide(document, findings)
        # Signatures, faces, identity documents (redact/images/): they follow the person decisions.
        return Analysis(document, findings, decisions + image_decisions(document, decisions, self.rules),
                        fingerprint(document, self.rules.policy.duplicates),
                        page_grounds=tuple(sorted(judged.grounds.items())), page_notes=judged.notes)

    def process(self, source: Path, relpath: str, out_dir: Path, unreadable_pages: str = "withhold",
                page_decisions: Mapping[int, object] | None = None) -> DocumentResult:
        try:
            analysis = self.analyse(source, relpath, unreadable_pages, page_decisions)
        except DocumentError as exc:
            return failed(source, relpath, out_dir, exc)
        result = self.publish(analysis.document, analysis.decisions, out_dir, blackout=unreadable_pages == "blackout",
                              page_grounds=dict(analysis.page_grounds), page_notes=analysis.page_notes)
        return replace(result, fingerprint=analysis.fingerprint)


def failed(source: Path, relpath: str, out_dir: Path, exc: Exception) -> DocumentResult:
    """The result for a document that is not published; an earlier run's output is removed."""
    remove_output(out_dir, relpath)
    status = Status.NEEDS_REVIEW if isinstance(exc, ReviewNeeded) else Status.FAILED
    return DocumentResult(relpath=relpath, kind=source.suffix.lower().lstrip("."), status=status, error=str(exc))


def _publish(document: Document, decisions: tuple[Decision, ...], out_dir: Path,
            blackout_ground: str | None = None, unchecked: frozenset[str] = frozenset(),
            ocr_check: VerifyOcr | None = None, stamp: str | None = None,
            page_grounds: Mapping[int, str] | None = None) -> DocumentResult:
    """Render the redacted copy beside its target, verify it, and only then move it into place.
    Pages that cannot be read reliably are blacked out under `blackout_ground` when given
    (the document is then published but still marked for manual review), else refused.
    `unchecked`: redacted values that a reviewer left visible elsewhere in the document; the
    text check cannot tell those apart, so it leaves them out (export warns about them).
    `ocr_check`: how the check reads scanned pages back (policy.yaml `verify_ocr`).
    `stamp`: the document ID for the page margins, drawn before the check (which reads it too).
    `page_grounds`: pages a reviewer blacked out, with their ground: judged, so not "needs review"
    (their Toelichting comes with the document's warnings, review/pages.py judge_pages)."""
    page_grounds = page_grounds or {}
    target = out_dir / document.relpath
    source = Path(document.source)
    values = tuple(sorted({d.finding.text for d in decisions if d.action == "redact" and not is_area(d)} - unchecked))
    try:
        with temp_beside(target) as tmp:
            if document.kind == "pdf":
                redactions = render_pdf(document, decisions, tmp, blackout_ground, page_grounds)
                if stamp:
                    unstamped = missing_warning(stamp_pdf(tmp, stamp))
                    if unstamped:
                        document = replace(document, warnings=document.warnings + (unstamped,))
            else:
                text, redactions = render_text(document, decisions)
                tmp.write_text(text, encoding="utf-8", newline="")
            ocr_pages = [p.number for p in document.pages if p.source == "ocr" and not p.needs_review]
            readable: list[str] = []  # private: which value, where (console and private record)
            problems = verify_output(tmp, document.kind, values, redactions, ocr_pages,
                                     source=source if document.kind == "pdf" else None, named=readable,
                                     ocr_check=ocr_check)
            if problems:
                set_aside(tmp, out_dir, document.relpath)
            else:
                tmp.replace(target)
    except DocumentError as exc:
        return failed(source, document.relpath, out_dir, exc)
    except (RuntimeError, ValueError) as exc:  # MuPDF failed mid-render: fail closed
        return failed(source, document.relpath, out_dir,
                      ReviewNeeded(f"verwerking afgebroken ({type(exc).__name__}: {exc})"))
    common = dict(relpath=document.relpath, kind=document.kind, date=document.date,
                  warnings=document.warnings, pages=len(document.pages),
                  persons=tuple(mention_counts(decisions)))
    if problems:
        return DocumentResult(**common, status=Status.LEAK,
                              error="; ".join(problems) + f" (uitvoer verplaatst naar {WITHHELD_DIR}/)",
                              readable=tuple(readable))
    blacked = [f"pagina {p.number} geheel zwart gemaakt ({p.needs_review})" for p in document.pages
               if p.needs_review and p.number not in page_grounds]
    return DocumentResult(**common, status=Status.NEEDS_REVIEW if blacked else Status.OK, output=document.relpath,
                          stamp=stamp if document.kind == "pdf" else None,
                          redactions=redactions, kept=sum(1 for d in decisions if d.action == "keep"),
                          unsupported_names=sum(1 for d in decisions if d.reason == UNSUPPORTED_NAME),
                          special_proposals=sum(1 for d in decisions if d.reason == SPECIAL_PROPOSAL),
                          redacted_values=values, error="; ".join(blacked) or None, source=str(source))
