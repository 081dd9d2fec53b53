"""The run works with networking disabled, and tries no connection at all.

A sitecustomize module in the child process replaces socket connect and DNS look-up with a
function that records the attempt and fails; the control case shows the guard really bites.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import make_pdf

GUARD = '''
import os, socket
_log = os.environ["NET_ATTEMPTS_LOG"]
def _blocked(*args, **kwargs):
    with open(_log, "a") as fh:
        fh.write(repr(args[:2]) + "\\n")
    raise OSError("network disabled by test")
socket.socket.connect = _blocked
socket.socket.connect_ex = _blocked
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
'''


def guarded_env(tmp_path: Path) -> dict[str, str]:
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), env.get("PYTHONPATH", "")])
    env["NET_ATTEMPTS_LOG"] = str(tmp_path / "attempts.log")
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        env.pop(var, None)
    return env


def test_guard_catches_a_connection(tmp_path):
    env = guarded_env(tmp_path)
    code = "import urllib.request\ntry:\n urllib.request.urlopen('http://example.org', timeout=2)\nexcept Exception: pass"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert (tmp_path / "attempts.log").read_text().strip()


def test_run_needs_no_network(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    make_pdf(src / "a.pdf", ["Mail j.jansen@minbzk.nl", "BSN 123456782", "Bel 06-12345678"])
    (src / "b.txt").write_text("Mail j.jansen@minbzk.nl of info@minbzk.nl", encoding="utf-8")
    env = guarded_env(tmp_path)
    result = subprocess.run([sys.executable, "-m", "redact.cli", "run", str(src), "--out", str(tmp_path / "out"),
                             "--jobs", "2"], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    attempts = tmp_path / "attempts.log"
    assert not attempts.exists(), attempts.read_text()
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == "Mail [5.1.2e] of info@minbzk.nl"
