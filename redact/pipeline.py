"""The one module that wires the stages: ingest -> detect -> decide -> render -> verify.

Reporting is done by the caller over all results (batch.py), since it spans documents.
"""

from __future__ import annotations

import os
from pathlib import Path

from .decide.policy import Decider
from .detect.engine import DetectionEngine
from .errors import DocumentError, ReviewNeeded
from .fileio import temp_beside
from .ingest import read_document
from .model import DocumentResult, Status
from .render.pdf import render_pdf
from .render.text import render_text
from .rules import RuleSet
from .verify import verify_output

# Outputs that failed the check are moved here, loudly named, never left at the publish path.
WITHHELD_DIR = "_NIET_PUBLICEREN"


class Pipeline:
    """Everything a worker needs, built once: the rules, the detection engine, the decider."""

    def __init__(self, rules: RuleSet, model_dir: Path | None = None):
        self.rules = rules
        self.detector = DetectionEngine(rules, model_dir)
        self.decider = Decider(rules)

    def process(self, source: Path, relpath: str, out_dir: Path) -> DocumentResult:
        kind = source.suffix.lower().lstrip(".")
        target = out_dir / relpath
        try:
            document = read_document(source, relpath, self.rules.policy.max_file_mb)
            review = [f"pagina {p.number}: {p.needs_review}" for p in document.pages if p.needs_review]
            if review:
                raise ReviewNeeded("; ".join(review))
            findings = self.detector.detect(document)
            decisions = self.decider.decide(document, findings)
            values = tuple(sorted({d.finding.text for d in decisions if d.action == "redact"}))
            with temp_beside(target) as tmp:
                if document.kind == "pdf":
                    redactions = render_pdf(document, decisions, tmp)
                else:
                    text, redactions = render_text(document, decisions)
                    tmp.write_text(text, encoding="utf-8", newline="")
                problems = verify_output(tmp, document.kind, values)
                if problems:  # never at the publish path: moved aside, loudly named
                    _remove_stale(target)
                    aside = out_dir / WITHHELD_DIR / relpath
                    aside.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(tmp, aside)
                else:
                    os.replace(tmp, target)
            if problems:
                return DocumentResult(relpath=relpath, kind=kind, status=Status.LEAK, pages=len(document.pages),
                                      error="; ".join(problems) + f" (uitvoer verplaatst naar {WITHHELD_DIR}/)",
                                      date=document.date, warnings=document.warnings)
        except (RuntimeError, ValueError) as exc:  # MuPDF failed mid-render: fail closed
            _remove_stale(target)
            return DocumentResult(relpath=relpath, kind=kind, status=Status.NEEDS_REVIEW,
                                  error=f"verwerking afgebroken ({type(exc).__name__}: {exc})")
        except ReviewNeeded as exc:
            _remove_stale(target)
            return DocumentResult(relpath=relpath, kind=kind, status=Status.NEEDS_REVIEW, error=str(exc))
        except DocumentError as exc:
            _remove_stale(target)
            return DocumentResult(relpath=relpath, kind=kind, status=Status.FAILED, error=str(exc))
        return DocumentResult(
            relpath=relpath, kind=kind, status=Status.OK, output=relpath, redactions=redactions,
            kept=sum(1 for d in decisions if d.action == "keep"), date=document.date,
            warnings=document.warnings, pages=len(document.pages), redacted_values=values)


def _remove_stale(target: Path) -> None:
    """A document that is not published now must not keep an output from an earlier run."""
    if target.exists():
        target.unlink()
