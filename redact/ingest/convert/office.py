"""Office documents to PDF with LibreOffice in headless mode.

One LibreOffice user profile per converter (so per worker process: two instances sharing a
profile block each other), created on first use and removed when the converter goes. The profile
switches macros off (highest security level, execution disabled) and sends every network request
of LibreOffice to a closed port on this machine, so a document cannot fetch remote images or
linked data while it is converted. Each conversion runs in its own process group under a time
limit; on time-out the whole group is killed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import weakref
from pathlib import Path

from ...errors import DocumentError

MISSING = "LibreOffice ontbreekt: installeer het (bash install.sh) om Office-documenten te verwerken"
DEFAULT_TIMEOUT = 120.0  # seconds per conversion; a large spreadsheet takes tens of seconds

# Written into the profile before its first start (registrymodifications.xcu).
_SETTINGS = {
    "/org.openoffice.Office.Common/Security/Scripting": {
        "MacroSecurityLevel": "3", "DisableMacrosExecution": "true", "BlockUntrustedRefererLinks": "true"},
    "/org.openoffice.Inet/Settings": {  # manual proxy on a closed loopback port: nothing remote loads
        "ooInetProxyType": "2", "ooInetHTTPProxyName": "127.0.0.1", "ooInetHTTPProxyPort": "9",
        "ooInetHTTPSProxyName": "127.0.0.1", "ooInetHTTPSProxyPort": "9", "ooInetFTPProxyName": "127.0.0.1",
        "ooInetFTPProxyPort": "9", "ooInetNoProxy": ""},
    "/org.openoffice.Office.Calc/Content/Update": {"Link": "1"},  # external links: never update
    "/org.openoffice.Office.Common/Misc": {"UseDocumentSystemFileLocking": "false"},
}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _registry() -> str:
    items = []
    for path, props in _SETTINGS.items():
        for name, value in props.items():
            items.append(f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
                         f'<value>{value}</value></prop></item>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            + "\n".join(items) + "\n</oor:items>\n")


class OfficeConverter:
    """LibreOffice with a profile of its own; `convert` is safe to call many times in one process."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT):
        self.timeout = timeout
        self._profile: Path | None = None

    def available(self) -> bool:
        return soffice() is not None

    def _profile_dir(self) -> Path:
        if self._profile is None:
            self._profile = Path(tempfile.mkdtemp(prefix="woo-redact-lo-"))
            user = self._profile / "user"
            user.mkdir()
            (user / "registrymodifications.xcu").write_text(_registry(), encoding="utf-8")
            weakref.finalize(self, shutil.rmtree, self._profile, True)
        return self._profile

    def convert(self, source: Path, out_dir: Path, target: str = "pdf") -> Path:
        """Convert `source` (a copy, never the original: LibreOffice may write beside it) into
        `out_dir` as `target` (pdf, docx, xlsx, pptx); returns the file made."""
        program = soffice()
        if program is None:
            raise DocumentError(MISSING)
        out_dir.mkdir(parents=True, exist_ok=True)
        args = [program, f"-env:UserInstallation={self._profile_dir().as_uri()}", "--headless", "--invisible",
                "--norestore", "--nolockcheck", "--nodefault", "--nologo", "--convert-to", _filter(source, target),
                "--outdir", str(out_dir), str(source)]
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR", "HOME")}
        env.update(SAL_USE_VCLPLUGIN="svp", HOME=str(self._profile_dir()))
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env=env, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise DocumentError(f"omzetten naar PDF duurde langer dan {self.timeout:.0f} s (LibreOffice afgebroken)"
                                ) from None
        made = out_dir / f"{source.stem}.{target}"
        if proc.returncode != 0 or not made.is_file() or made.stat().st_size == 0:
            raise DocumentError("LibreOffice kon het document niet omzetten (beschadigd, beveiligd of onbekend formaat)")
        return made


def _filter(source: Path, target: str) -> str:
    if target == "pdf":  # comments are rendered by woo-redact itself (hidden.py), not as annotations
        family = {".xlsx": "calc", ".pptx": "impress"}.get(source.suffix.lower(), "writer")
        return f'pdf:{family}_pdf_Export:{{"ExportNotes":{{"type":"boolean","value":"false"}}}}'
    return {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML",
            "pptx": "pptx:Impress MS PowerPoint 2007 XML"}[target]


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate()
