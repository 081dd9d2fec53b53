"""Byte-compare `woo-redact run` outputs of two code versions on the same sources.

    python bench/compare_outputs.py save BASELINE_DIR [SOURCES]   # run once, keep the output folder
    python bench/compare_outputs.py check BASELINE_DIR [SOURCES]  # run again, compare every file

SOURCES defaults to samples/documents. Every file under OUT (published copies, withheld copies,
inventory, redaction log) is compared with `cmp`-like byte equality; the private record is not
(its salt differs per run). Prints what differs; exit 1 when anything does. The run uses --jobs 1.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_into(sources: Path, out: Path) -> int:
    cmd = [sys.executable, "-m", "redact.cli", "run", str(sources), "--out", str(out), "--jobs", "1"]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT).returncode


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> None:
    verb, baseline = sys.argv[1], Path(sys.argv[2])
    sources = Path(sys.argv[3]) if len(sys.argv) > 3 else ROOT / "samples" / "documents"
    if verb == "save":
        code = run_into(sources, baseline / "out")
        (baseline / "exit").write_text(str(code))
        print(f"saved {len(files(baseline / 'out'))} files, exit {code}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        code = run_into(sources, out)
        before, after = files(baseline / "out"), files(out)
        differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        want = int((baseline / "exit").read_text())
        for name in differ:
            print(f"DIFFERS: {name}" + ("" if name in before and name in after else " (only on one side)"))
        if code != want:
            print(f"DIFFERS: exit code {code}, baseline {want}")
        print(f"{len(after)} files compared, {len(differ)} differ")
        sys.exit(1 if differ or code != want else 0)


if __name__ == "__main__":
    main()
