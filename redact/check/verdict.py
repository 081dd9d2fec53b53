"""Totals per entity type and per file, and the verdict: hard failures plus the thresholds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .compare import FileCheck
from .config import CheckConfig, Minimum


@dataclass
class Tally:
    """Recall counts occurrences of must-redact values; precision counts redactions."""

    expected: int = 0  # must-redact occurrences
    missed: int = 0  # of those, still readable
    redactions: int = 0
    matched: int = 0  # redactions overlapping a must-redact occurrence
    over: int = 0  # must-keep occurrences blacked out

    @property
    def found(self) -> int:
        return max(0, self.expected - self.missed)

    @property
    def extra(self) -> int:
        return self.redactions - self.matched

    @property
    def precision(self) -> float | None:
        return self.matched / self.redactions if self.redactions else None

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None


def _add(tallies: dict[str, Tally], key: str) -> Tally:
    return tallies.setdefault(key, Tally())


def tally_file(check: FileCheck, by_entity: dict[str, Tally] | None = None) -> Tally:
    """The file's totals; when `by_entity` is given, its counts are also added there per entity type."""
    total = Tally(expected=len(check.expected), missed=min(len(check.expected), len(check.missed)),
                  redactions=len(check.redactions), matched=sum(r.matched for r in check.redactions),
                  over=len(check.over_redacted))
    if by_entity is not None:
        for o in check.expected:
            _add(by_entity, o.entity).expected += 1
        for entity, n in Counter(m.occurrence.entity for m in check.missed).items():
            t = _add(by_entity, entity)
            t.missed = min(t.expected, t.missed + n)
        for r in check.redactions:
            t = _add(by_entity, r.entity)
            t.redactions += 1
            t.matched += r.matched
    return total


@dataclass
class Verdict:
    files: list[FileCheck]
    per_file: dict[str, Tally] = field(default_factory=dict)
    per_entity: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    threshold_failures: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Leaks in every file first, then files not published, over-redactions, thresholds."""
        groups = [f.problem_groups() for f in self.files]
        return [line for kind in range(3) for g in groups for line in g[kind]] + self.threshold_failures

    @property
    def passed(self) -> bool:
        return not self.problems


def _below(name: str, tally: Tally, minimum: Minimum) -> Iterable[str]:
    for metric in ("precision", "recall"):
        floor, value = getattr(minimum, metric), getattr(tally, metric)
        if floor is not None and value is not None and value < floor:
            yield f"{name}: {metric} {value:.3f} onder het minimum {floor:.3f}"


def judge(files: list[FileCheck], config: CheckConfig) -> Verdict:
    verdict = Verdict(files=files)
    for check in files:
        if check.measured:
            verdict.per_file[check.file] = tally_file(check, verdict.per_entity)
        else:
            verdict.per_file[check.file] = Tally()
    for t in (verdict.per_file[c.file] for c in files if c.measured):
        for name in ("expected", "missed", "redactions", "matched", "over"):
            setattr(verdict.overall, name, getattr(verdict.overall, name) + getattr(t, name))
    verdict.threshold_failures.extend(_below("alle entiteitstypen", verdict.overall, config.overall))
    for entity, minimum in sorted(config.entities.items()):
        if entity in verdict.per_entity:
            verdict.threshold_failures.extend(_below(entity, verdict.per_entity[entity], minimum))
    return verdict
