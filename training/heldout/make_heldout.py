"""Convert heldout_docs.txt ([[text|LABEL]] markup) to heldout.jsonl: {"id", "text", "spans": [[start, end, label]]}.

Usage: python training/heldout/make_heldout.py
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)\|(PER|LOC|ORG)\]\]", re.S)


def parse(src: str):
    docs, cur_id, lines = [], None, []
    for line in src.splitlines():
        if line.startswith("#") and cur_id is None:
            continue
        m = re.match(r"^=== (\S+) ===$", line)
        if m:
            if cur_id:
                docs.append((cur_id, "\n".join(lines).strip("\n") + "\n"))
            cur_id, lines = m.group(1), []
        else:
            lines.append(line)
    if cur_id:
        docs.append((cur_id, "\n".join(lines).strip("\n") + "\n"))
    for doc_id, marked in docs:
        text, spans, pos = [], [], 0
        n = 0
        for m in MARK.finditer(marked):
            plain = marked[pos:m.start()]
            text.append(plain)
            n += len(plain)
            spans.append([n, n + len(m.group(1)), m.group(2)])
            text.append(m.group(1))
            n += len(m.group(1))
            pos = m.end()
        text.append(marked[pos:])
        full = "".join(text)
        assert "[[" not in full and "]]" not in full, doc_id
        yield {"id": doc_id, "text": full, "spans": spans}


def main():
    recs = list(parse((HERE / "heldout_docs.txt").read_text(encoding="utf-8")))
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["spans"]) for r in recs)
    per = sum(1 for r in recs for s in r["spans"] if s[2] == "PER")
    words = sum(len(r["text"].split()) for r in recs)
    print(f"{len(recs)} documents, {words} words, {n} entities ({per} PER) -> {HERE / 'heldout.jsonl'}")


if __name__ == "__main__":
    main()
