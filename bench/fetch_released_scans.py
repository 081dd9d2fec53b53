"""Fetch the released scanned Woo PDFs that bench/eval_scans.py was measured on (kept out of git).

    python bench/fetch_released_scans.py OUT [--git-dir DIR] [--list heldout|heldout2]

The list is bench/released_scans/vws_woo_web.tsv: 66 documents (167 pages) that the Ministry of
VWS released under the Wob/Woo (COVID-19 dossiers, exported by ZyLAB: every page a 300 dpi image
in 14 strips, an invisible OCR text layer, earlier redactions as grey boxes with the ground code),
which VWS keeps as test files of its publication platform open.minvws.nl in the public repository
github.com/minvws/nl-rdo-woo-web (tests/robot_framework/files/testdossiers/, removed from its
history's newest tree, so each file is taken from the commit the list names; the repository's
REUSE file puts `Files: *` under EUPL-1.2, and the documents themselves were made public by law).

`--list heldout` fetches bench/released_scans/vws_woo_web_heldout.tsv instead: 17 more ZyLAB
exports of VWS (79 pages) from tests/robot_framework/files/inquiries/ of the same repository (the
distinct documents there; two of them inside a zip, named `ARCHIVE.zip#MEMBER`), kept apart for a
held-out measurement: nothing is tuned on them.

`--list heldout2` fetches bench/released_scans/vws_woo_web_heldout2.tsv: every other distinct PDF
(by SHA-256) of the repository's history that is a scan, outside the two lists above (seventh
session). Of the 160 PDF and zip versions of the history, the rest are born-digital test files
("Dummy PDF file", "Test document nr ...", accessibility reports, a product manual), so the list
holds one document: the Woo decision letter tests/robot_framework/files/woodecision/besluitbrief.pdf
(VWS, 10 pages, each a 150 dpi colour image with no text layer, one earlier black box). Zip members
would be named `ARCHIVE.zip#MEMBER` as in the held-out list.

Clones the repository without checkout (about a minute) unless --git-dir points at a copy, then
writes each file to OUT and checks its SHA-256 against the list. Exit status 1 if one differs.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

LISTS = {"tuned": Path(__file__).resolve().parent / "released_scans" / "vws_woo_web.tsv",
         "heldout": Path(__file__).resolve().parent / "released_scans" / "vws_woo_web_heldout.tsv",
         "heldout2": Path(__file__).resolve().parent / "released_scans" / "vws_woo_web_heldout2.tsv"}
URL = "https://github.com/minvws/nl-rdo-woo-web.git"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--git-dir", type=Path, default=None, help="an existing (bare) clone of the repository")
    ap.add_argument("--list", choices=sorted(LISTS), default="tuned", help="which list (default: the measured 66)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [line.split("\t") for line in LISTS[args.list].read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    with tempfile.TemporaryDirectory() as tmp:
        git_dir = args.git_dir
        if git_dir is None:
            git_dir = Path(tmp) / "repo.git"
            subprocess.run(["git", "clone", "--bare", "--quiet", URL, str(git_dir)], check=True)
        bad = 0
        for commit, path, sha, _pages in rows:
            path, _, member = path.partition("#")  # a member of a zip archive in the repository
            data = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                                  check=True, capture_output=True).stdout
            if member:
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    data = archive.read(member)
                path = member
            ok = hashlib.sha256(data).hexdigest() == sha
            bad += not ok
            (args.out / Path(path).name).write_bytes(data)
            if not ok:
                print(f"SHA-256 differs: {Path(path).name}", file=sys.stderr)
    print(f"{len(rows) - bad} of {len(rows)} files written to {args.out} with the listed SHA-256")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
