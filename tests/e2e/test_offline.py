"""The run works with networking disabled, and tries no connection at all.

A sitecustomize module in the child process replaces socket connect and DNS look-up with a
function that records the attempt and fails; the control case shows the guard really bites.
That sees Python's sockets only: the whole-process check below runs the CLI in an empty network
namespace under `strace -f`, so an attempt by any library in any process fails the suite, and
with a fresh HOME that must stay empty (no device id under ~/.cache).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


# -- the whole process: any socket of any library, any write to the home folder --------------------

def _works(*cmd: str) -> bool:
    try:
        return subprocess.run([*cmd, "true"], capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


STRACE = shutil.which("strace")
STRACE_WORKS = bool(STRACE) and _works(STRACE, "-f", "-qq", "-o", os.devnull)
UNSHARE_WORKS = bool(shutil.which("unshare")) and _works("unshare", "-n", "--")
# A connection or a DNS query (a UDP connect to the name server, or nscd's socket) is a connect();
# a datagram can also be sent to an address without one.
NET_CALLS = "connect,sendto,sendmsg,sendmmsg"


def isolated_run(args: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess, list[str], list[Path]]:
    """Run `python args` in an empty network namespace (when we may: root) under strace; return the
    result, the network attempts of any process of the run, and what was written under HOME."""
    home = tmp_path / "home"
    home.mkdir()
    trace = tmp_path / "net.trace"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and not k.lower().endswith("_proxy")}
    env["HOME"] = str(home)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])  # this checkout's redact
    prefix = ["unshare", "-n", "--"] if UNSHARE_WORKS else []
    cmd = [*prefix, STRACE, "-f", "-qq", "-e", f"trace={NET_CALLS}", "-e", "signal=none", "-o", str(trace),
           sys.executable, *args]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    lines = trace.read_text().splitlines() if trace.exists() else []
    attempts = [line for line in lines if "connect(" in line or "AF_INET" in line]
    return result, attempts, sorted(home.rglob("*"))


needs_strace = pytest.mark.skipif(not STRACE_WORKS, reason="strace is missing or may not trace here "
                                                             "(install.sh installs it)")


@needs_strace
def test_the_whole_process_guard_catches_dns_and_a_home_cache(tmp_path):
    code = ("import socket, pathlib\n"
            "try:\n socket.getaddrinfo('telemetry.example.org', 443)\nexcept OSError: pass\n"
            "p = pathlib.Path.home() / '.cache' / 'x'; p.parent.mkdir(parents=True); p.write_text('id')")
    result, attempts, written = isolated_run(["-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    assert attempts, "the trace saw no DNS attempt"
    assert written


@needs_strace
def test_the_whole_run_tries_no_network_and_writes_nothing_in_home(tmp_path):
    """Not only Python's sockets: onnxruntime, MuPDF or any library of any worker process would
    show in the trace of every process of the run (strace -f); nothing goes to ~/.cache."""
    src = tmp_path / "in"
    src.mkdir()
    make_pdf(src / "a.pdf", ["Mail j.jansen@minbzk.nl", "Bel 06-12345678"])
    (src / "b.txt").write_text("Mail j.jansen@minbzk.nl of info@minbzk.nl", encoding="utf-8")
    result, attempts, written = isolated_run(
        ["-m", "redact.cli", "run", str(src), "--out", str(tmp_path / "out"), "--jobs", "2"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert attempts == []
    assert written == []
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == "Mail [5.1.2e] of info@minbzk.nl"
