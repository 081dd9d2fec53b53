"""The analyses of a run with the dossier pass, kept in the private folder.

    PRIVATE/analyses/<hash of relpath>.pickle    per document: a header, the analysis without
                                                 its character boxes, then the boxes of each
                                                 page, one pickle a page

Two things follow from keeping them (flows/run.py):
- **The client holds no boxes.** A worker analyses a document, writes its analysis here and sends
  the client only the analysis without boxes (`light`: text and decisions, about 4 KiB a page
  instead of ~550 KiB). The dossier pass needs no more. The publishing worker reads the boxes back
  (`restore`), checked against the text they belong to.
- **A resumed run analyses only what changed.** An analysis is the document's own (detection and
  decisions before the dossier pass), so it holds while the source (SHA-256) and the settings key
  (flows/journal.settings_key: code version, rules, models, options) are unchanged; the next run
  takes it from here instead of analysing the document again, and the dossier pass runs over all.

The files hold the text and the values in the clear: like the journal they live in the private
folder (0700, files 0600), which is the owner's and trusted as the code is (pickle). A file that
is missing, unreadable or for other settings is simply not used: the document is analysed again,
and a publishing worker without its boxes reads them from the source again (fail closed when the
source no longer gives the same text).
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

from ..fileio import private_folder, temp_beside
from ..ingest import read_document
from ..errors import DocumentError
from ..pipeline import Analysis
from ..rules import RuleSet

ANALYSES_DIR = "analyses"
FORMAT = "woo-redact/analysis v2"  # v1 pickled all boxes at once (see write)


def light(analysis: Analysis) -> Analysis:
    """The analysis as the dossier pass and the report need it: no character boxes, no findings
    (the decisions carry theirs)."""
    document = analysis.document
    pages = tuple(replace(p, boxes=()) if p.boxes else p for p in document.pages)
    return replace(analysis, document=replace(document, pages=pages), findings=())  # fingerprint and skip kept


def text_digest(analysis: Analysis) -> str:
    """What the boxes belong to: every page's text."""
    h = hashlib.sha256()
    for page in analysis.document.pages:
        h.update(f"{page.number}:{len(page.text)}:".encode())
        h.update(page.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _with_boxes(analysis: Analysis, boxes: tuple) -> Analysis:
    pages = tuple(replace(p, boxes=b) for p, b in zip(analysis.document.pages, boxes))
    return replace(analysis, document=replace(analysis.document, pages=pages))


@dataclass(frozen=True)
class AnalysisStore:
    """The analyses in one private folder, for one settings key. Plain data: it travels to the workers."""

    folder: Path  # PRIVATE/analyses
    settings: str

    def prepare(self) -> None:
        private_folder(self.folder)

    def path(self, relpath: str) -> Path:
        return self.folder / f"{hashlib.sha256(relpath.encode('utf-8')).hexdigest()[:40]}.pickle"

    def write(self, analysis: Analysis, sha: str | None) -> None:
        """Keep a document's analysis; never fails the document (without it the document is
        analysed again next time, and its publishing worker reads the boxes from the source)."""
        path = self.path(analysis.relpath)
        if sha is None:
            path.unlink(missing_ok=True)
            return
        header = {"format": FORMAT, "relpath": analysis.relpath, "source_sha256": sha, "settings": self.settings,
                  "text": text_digest(analysis)}
        # The boxes a page at a time: pickle keeps a memo of every tuple it writes in one dump,
        # ~35 bytes a character box, which for a 1,000-page PDF was ~100 MB more at the worker's peak.
        try:
            with temp_beside(path, mode=0o600) as tmp:
                with tmp.open("wb") as fh:
                    for part in (header, light(analysis), *(p.boxes for p in analysis.document.pages)):
                        pickle.dump(part, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(path)
        except OSError:
            pass

    def _open(self, relpath: str, sha: str | None, text: str | None = None):
        """The file's handle past a header that holds for these settings and this source (`sha`)
        or this text (`text`, a text_digest), else None."""
        try:
            fh = self.path(relpath).open("rb")
        except OSError:
            return None
        try:
            header = pickle.load(fh)
            if (isinstance(header, dict) and header.get("format") == FORMAT and header.get("relpath") == relpath
                    and header.get("settings") == self.settings
                    and (sha is None or header.get("source_sha256") == sha)
                    and (text is None or header.get("text") == text)):
                return fh, header
        except Exception:  # unusable: analysed again
            pass
        fh.close()
        return None

    def read_light(self, relpath: str, sha: str | None) -> Analysis | None:
        """The kept analysis without boxes (what the client holds), if it holds for this source."""
        if sha is None:  # an unreadable source: never taken from here
            return None
        opened = self._open(relpath, sha)
        if opened is None:
            return None
        fh, header = opened
        with fh:
            try:
                analysis = pickle.load(fh)
            except Exception:
                return None
        ok = isinstance(analysis, Analysis) and analysis.relpath == relpath and text_digest(analysis) == header["text"]
        return analysis if ok else None

    def restore(self, analysis: Analysis, rules: RuleSet) -> Analysis:
        """`analysis` (light, with its final decisions) with its character boxes again: from the
        kept file when it belongs to this very text, else read from the source again. Raises
        DocumentError when the source no longer gives the text the decisions were made on."""
        if all(p.source == "text" for p in analysis.document.pages):
            return analysis  # plain text: no boxes
        opened = self._open(analysis.relpath, None, text_digest(analysis))
        if opened is not None:
            fh, _header = opened
            with fh:
                try:
                    pickle.load(fh)  # the light analysis
                    boxes = tuple(pickle.load(fh) for _ in analysis.document.pages)
                    if fh.read(1) == b"":  # as many pages as written
                        return _with_boxes(analysis, boxes)
                except Exception:  # unusable (too few pages included): read from the source below
                    pass
        document = analysis.document
        again = read_document(Path(document.source), document.relpath, rules.policy.max_file_mb,
                              rules.policy.limits.start(), rules.policy.ocr)
        if tuple(p.text for p in again.pages) != tuple(p.text for p in document.pages):
            raise DocumentError("bron gewijzigd tijdens de run: opnieuw verwerken")
        return _with_boxes(analysis, tuple(p.boxes for p in again.pages))

    def keep_only(self, relpaths: set[str]) -> None:
        keep = {self.path(r).name for r in relpaths}
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)
