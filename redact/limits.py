"""Bounds per document (policy.yaml `limits:`): a document beyond one is `niet verwerkt` with the
reason, found before the expensive work. The page count is checked when the PDF is opened, before
any page is read; the amount of text before detection; the time between pages and before
detection (a single page that takes long is not cut off mid-way).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .errors import DocumentError


def _now() -> float:
    return time.monotonic()


@dataclass(frozen=True)
class Limits:
    max_pages: int = 5000
    max_chars: int = 5_000_000  # characters of text, all pages together
    max_seconds: float = 1800.0  # reading a document (OCR included) up to its detection

    def start(self) -> Budget:
        return Budget(self)


@dataclass(frozen=True)
class Budget:
    """The limits of one document, with the moment its work started."""

    limits: Limits
    started: float = field(default_factory=lambda: _now())

    def check_pages(self, pages: int) -> None:
        if pages > self.limits.max_pages:
            raise DocumentError(f"te veel pagina's ({pages}; grens {self.limits.max_pages}, limits.max_pages in "
                                "policy.yaml): niet gelezen; splits het document of verhoog de grens")

    def check_chars(self, chars: int) -> None:
        if chars > self.limits.max_chars:
            raise DocumentError(f"te veel tekst ({chars} tekens; grens {self.limits.max_chars}, limits.max_chars in "
                                "policy.yaml): niet geanalyseerd; splits het document of verhoog de grens")

    def check_time(self, where: str) -> None:
        elapsed = _now() - self.started
        if elapsed > self.limits.max_seconds:
            raise DocumentError(f"verwerking duurt te lang (meer dan {self.limits.max_seconds:g} seconden, {where}; "
                                "grens limits.max_seconds in policy.yaml): afgebroken")
