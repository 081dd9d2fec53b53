"""Extract plain paragraphs of real Dutch public-sector text for the Frog teacher (issue 18).

Each source in training/frog/SOURCES.md is a file at a fixed commit of a public GitHub repository. Give the
folder that holds the repositories' git directories (one `owner+name` folder each, as the project's
`fetch` tool lays them out) with --mirror; the script reads every file with `git show COMMIT:PATH`, so the
text is the same wherever it runs. Output: training/frog/text/SOURCE.txt, one paragraph a line (committed,
so that the corpus can be rebuilt without the mirrors).

The tune split of bench/real is added as a source of its own (bench-real-tune). Documents that are also in
the held-out splits of bench/real (heldout/, heldout2/) or in the hand-annotated slice bench/ner_slice/ are
left out: a paragraph of 60 characters or more that
occurs in a bench/real text is dropped, and the script reports how many.

Usage: python training/frog/extract_sources.py --mirror /work/.mirror
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]

# (source id, owner+name, commit, paths, kind)
HANDELINGEN = ("Nelson-AM+TweedeKamerHandelingen", "7a420689375be43b422432d01ad066a20ab4a56d")
KAMERVRAGEN = ("jorisheijkant+kamervragen-limburg", "670272b01c4fe44304d57afc37e6fcd36d4ce0ea")
# v5: Dutch laws, royal decrees, policy rules and circulars as Markdown (official text, Auteurswet art. 11)
LAWS = ("statengeneraal+laws-markdown", "91556a80a25a3da4234c8039945c6aeef4108d00")
LAWS_DIRS = ("KB/", "beleidsregel/", "circulaire/", "zbo/", "pbo/")
LAWS_MAX_WORDS = 300_000


def _git_dir(mirror: Path, name: str) -> Path:
    base = mirror / name / "repo"
    return base / ".git" if (base / ".git").exists() else base


def git_show(mirror: Path, name: str, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(_git_dir(mirror, name)), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def git_ls(mirror: Path, name: str, commit: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(_git_dir(mirror, name)), "ls-tree", "-r", "--name-only", commit],
                         check=True, capture_output=True, text=True).stdout
    return out.splitlines()


def _demojibake(s: str) -> str:
    """The Handelingen XML files are UTF-8 read as cp1252 and saved again as UTF-8 ("KrÃ¶ger")."""
    try:
        return s.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            return s.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return s


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def handelingen_paragraphs(xml: bytes) -> list[str]:
    """Speaker lines ("Mevrouw Kröger (GroenLinks):") and every <al> paragraph, in document order."""
    text = xml.decode("utf-8-sig").lstrip("\ufeff").strip()
    text = _demojibake(text).lstrip("\ufeff").strip()
    text = re.sub(r"^<\?xml[^>]*\?>", "", text).strip()
    root = ET.fromstring(text)
    out = []
    for el in root.iter():
        if el.tag == "spreker":
            out.append(_norm("".join(el.itertext())).replace(" :", ":").replace("( ", "(").replace(" )", ")"))
        elif el.tag in ("al", "item-titel"):
            out.append(_norm("".join(el.itertext())).replace(" .", ".").replace(" ,", ","))
    return [p for p in out if p]


def kamervragen_paragraphs(data: bytes) -> list[str]:
    """questions.csv: one PDF's text a row; lines are PDF lines, joined into paragraphs at blank lines,
    at "Vraag N"/"Antwoord N" and after a line that ends a sentence."""
    csv.field_size_limit(10**8)
    out = []
    for row in csv.DictReader(io.StringIO(data.decode("utf-8"))):
        cur: list[str] = []
        for line in (row.get("text_content") or "").splitlines():
            line = line.strip()
            if not line or re.fullmatch(r"(Vraag|Antwoord) \d+", line) or re.fullmatch(r"\d+", line):
                if cur:
                    out.append(_norm(" ".join(cur)))
                    cur = []
                if line and not line.isdigit():
                    out.append(line)
                continue
            if cur and cur[-1].endswith("-") and line[:1].islower():
                cur[-1] = cur[-1][:-1] + line
            else:
                cur.append(line)
            if line.endswith((".", "?", "!", ":")):
                out.append(_norm(" ".join(cur)))
                cur = []
        if cur:
            out.append(_norm(" ".join(cur)))
        out.append("")  # document break
    return out


def laws_paragraphs(md: bytes) -> list[str]:
    """laws-markdown README.md: drop the meta line and Markdown syntax (headings, emphasis, links -> their
    text); one paragraph a line. Signature blocks ("De Minister van Justitie," / "F. Korthals Altes") stay
    one line each, as in the source."""
    out = []
    for line in md.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("<meta"):
            continue
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"^#+\s*", "", line).replace("*", "")
        line = _norm(line)
        if len(line.split()) >= 2 or re.fullmatch(r"[A-Z][a-z]+", line or "x"):
            out.append(line)
    return out


def bench_real_lines(exclude_tune: bool = False) -> set[str]:
    """Long lines of the bench/real texts (held-out splits; with exclude_tune, not the tune split) and of the
    hand-annotated slice."""
    lines = set()
    slice_ = REPO / "bench" / "ner_slice" / "slice.txt"
    if slice_.exists():
        for line in slice_.read_text(encoding="utf-8").splitlines():
            line = _norm(line.replace("[[", "").replace("]]", ""))
            if len(line) >= 60 and not line.startswith("#"):
                lines.add(line)
    for p in (REPO / "bench" / "real").rglob("*.txt"):
        if exclude_tune and p.parent.name == "tune":
            continue
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            line = _norm(line)
            if len(line) >= 60:
                lines.add(line)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=HERE / "text")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    held = bench_real_lines(exclude_tune=True)

    sources: dict[str, list[str]] = {}
    name, commit = HANDELINGEN
    paras = []
    for path in sorted(p for p in git_ls(args.mirror, name, commit) if re.search(r"h-tk-.*\.xml$", p)):
        if not path.startswith("sourcefiles/"):
            continue  # the top-level h-tk-20172018-50-1.xml is a different day: kept out on purpose
        paras += handelingen_paragraphs(git_show(args.mirror, name, commit, path)) + [""]
    sources["handelingen-tk-2017-2018-70"] = paras
    name, commit = KAMERVRAGEN
    sources["kamervragen-2024-2025"] = kamervragen_paragraphs(git_show(args.mirror, name, commit, "questions.csv"))
    name, commit = LAWS
    import hashlib
    paths = [p for p in git_ls(args.mirror, name, commit) if p.startswith(LAWS_DIRS) and p.endswith("README.md")]
    paths.sort(key=lambda p: hashlib.sha1(p.encode()).hexdigest())  # a fixed, well-mixed order
    laws, n_words = [], 0
    for path in paths:
        paras = laws_paragraphs(git_show(args.mirror, name, commit, path))
        w = sum(len(p.split()) for p in paras)
        if w > 20_000:
            continue  # long codes (tax law, treaties) would crowd out the decrees and their signatures
        laws += paras + [""]
        n_words += w
        if n_words >= LAWS_MAX_WORDS:
            break
    sources["laws-kb-beleidsregels"] = laws
    # the project's own tune split of real documents (never heldout/ or heldout2/)
    tune = []
    for p in sorted((REPO / "bench" / "real" / "tune").glob("*.txt")):
        tune += [line.strip() for line in p.read_text(encoding="utf-8").splitlines() if line.strip()] + [""]
    sources["bench-real-tune"] = tune

    for sid, paras in sources.items():
        kept, dropped = [], 0
        for p in paras:
            if len(p) >= 60 and p in held:
                dropped += 1
                continue
            kept.append(p)
        (args.out / f"{sid}.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
        words = sum(len(p.split()) for p in kept)
        print(f"  {sid}: {sum(1 for p in kept if p)} paragraphs, {words} words, {dropped} dropped (in bench/real)")


if __name__ == "__main__":
    sys.exit(main())
