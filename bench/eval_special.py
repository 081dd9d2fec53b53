"""The special-categories detector (5.1.1d) on the evaluation set of bench/special/.

    python bench/eval_special.py --tune       # the part thresholds and lexicons were set on
    python bench/eval_special.py --heldout    # written before tuning; measured once, at the end

Each sentence is one text document through detection and decisions as `run` does them (names, the
lexicons, person-relatedness, the classifier). A passage (P) counts as redacted when `run` redacts it
under its ground, as found when it is at least a proposal to judge; a general statement (G) counts as
kept when nothing of it is redacted as special-category data, and as quiet when it is not even proposed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact.decide.policy import Decider  # noqa: E402
from redact.detect.engine import DetectionEngine  # noqa: E402
from redact.lexicon import Lexicon  # noqa: E402
from redact.model import SPECIAL_PROPOSAL, DetectorKind, Document, Page  # noqa: E402
from redact.rules import load_rules  # noqa: E402


def read_set(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, category, sentence = line.split("\t")
            rows.append((label, category, sentence))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--tune", action="store_true")
    group.add_argument("--heldout", action="store_true")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every sentence with its verdict")
    args = parser.parse_args()
    rows = read_set(ROOT / "bench" / "special" / ("tune.tsv" if args.tune else "heldout.tsv"))
    rules = load_rules()
    lexicon = Lexicon.from_rules(rules)
    engine, decider = DetectionEngine(rules, None, lexicon), Decider(rules, lexicon)
    counts = {"P": [0, 0, 0], "G": [0, 0, 0]}  # total, redacted, proposed
    misses = []
    for i, (label, category, sentence) in enumerate(rows):
        doc = Document(source=f"eval-{i}.txt", relpath=f"eval-{i}.txt", kind="txt", pages=(Page(1, sentence),))
        decisions = decider.decide(doc, engine.detect(doc))
        special = [d for d in decisions if d.finding.detector_kind is DetectorKind.SPECIAL]
        redacted = any(d.action == "redact" and d.ground == rules.ground_for(d.finding.entity_type) for d in special)
        proposed = any(d.reason == SPECIAL_PROPOSAL for d in special)
        c = counts[label]
        c[0] += 1
        c[1] += redacted
        c[2] += proposed and not redacted
        verdict = "weggelakt" if redacted else "voorstel" if proposed else "zichtbaar"
        wrong = (label == "P" and not redacted) or (label == "G" and (redacted or proposed))
        if args.verbose or wrong:
            score = max((d.finding.score for d in special), default=0.0)
            misses.append(f"  {label} {category:<10} {verdict:<9} {score:.2f}  {sentence}")
    p, g = counts["P"], counts["G"]
    name = "tune" if args.tune else "heldout"
    print(f"set {name}: {p[0]} passages, {g[0]} general statements")
    print(f"passage recall (redacted by run):          {p[1] / p[0]:.3f} ({p[1]}/{p[0]})")
    print(f"passage recall (redacted or proposed):     {(p[1] + p[2]) / p[0]:.3f} ({p[1] + p[2]}/{p[0]})")
    print(f"general statements kept (not redacted):    {(g[0] - g[1]) / g[0]:.3f} ({g[0] - g[1]}/{g[0]})")
    print(f"general statements quiet (not proposed):   {(g[0] - g[1] - g[2]) / g[0]:.3f} ({g[0] - g[1] - g[2]}/{g[0]})")
    if misses:
        print("\n".join(["not as expected:" if not args.verbose else "sentences:"] + misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
