"""Faults of the environment, not of a document: a killed or stopped batch, two runs into one
folder, a folder that cannot be written, the leftovers of a killed run.

The whole process is run (python -m redact.cli) where a signal or a second process is part of the
story. Waiting for a process to start or die is polling with generous limits, never a timed
assertion.
"""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from redact.cli import main
from redact.errors import ExitCode

from .conftest import read_inventory

LETTER = "Geachte heer Jansen,\n\nMail j.jansen@minbzk.nl of bel 06-12345678.\n"


def sources(tmp_path: Path, n: int = 6) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"brief{i}.txt").write_text(LETTER.replace("Jansen", f"Jansen{i}"), encoding="utf-8")
    return src


def start(src: Path, out: Path, jobs: int = 2) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    return subprocess.Popen([sys.executable, "-m", "redact.cli", "run", str(src), "--out", str(out),
                             "--jobs", str(jobs)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (from /proc: no dependency)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition, what: str, limit: float = 300.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {limit:.0f} s: {what}")
        time.sleep(0.1)


def workers_of(proc: subprocess.Popen) -> set[int]:
    found: set[int] = set()

    def two_workers() -> bool:
        assert proc.poll() is None, "the run ended before its workers were seen"
        found.update(children(proc.pid))
        return len(found) >= 2

    wait_until(two_workers, "two worker processes")
    return found


def flat(text: str) -> str:
    return " ".join(text.split())  # the console wraps long messages


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; PDEATHSIG is Linux's")


def test_a_killed_batch_leaves_no_orphan_and_its_rerun_is_whole(tmp_path):
    """SIGKILL to the parent: the workers die with it (before the fix they went on publishing).
    The temporary files a killed run leaves are removed by the next run, only ours, and the rerun
    gives the same outputs as an undisturbed run."""
    src = sources(tmp_path, 60)  # enough to be still at work when the (forked, ready) workers are seen
    out = tmp_path / "out"
    proc = start(src, out)
    workers = workers_of(proc)
    proc.kill()
    proc.wait(timeout=300)
    wait_until(lambda: not any(alive(w) for w in workers), "the workers died with their parent")

    # What a kill mid-write leaves (one a complete, unverified copy), and a user's own file.
    (out / ".brief0.txt.k9x_2abc.tmp").write_text(LETTER, encoding="utf-8")
    (out / "sub").mkdir(exist_ok=True)
    (out / "sub" / ".x.pdf.abcdefgh.tmp").write_bytes(b"%PDF-1.7 half")
    (out / ".mijn-notitie.tmp").write_text("van de gebruiker", encoding="utf-8")
    (out / "notities.tmp").write_text("van de gebruiker", encoding="utf-8")

    rerun = start(src, out)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert not (out / ".brief0.txt.k9x_2abc.tmp").exists() and not (out / "sub" / ".x.pdf.abcdefgh.tmp").exists()
    assert (out / ".mijn-notitie.tmp").exists() and (out / "notities.tmp").exists()
    assert sorted(p.name for p in out.rglob("*.tmp")) == [".mijn-notitie.tmp", "notities.tmp"]  # ours all gone

    clean = tmp_path / "clean"
    undisturbed = start(src, clean)
    _, err = undisturbed.communicate(timeout=600)
    assert undisturbed.returncode == 0, err
    ours = {k: v for k, v in outputs(out).items() if k not in (".mijn-notitie.tmp", "notities.tmp")}
    assert ours == outputs(clean)


@pytest.mark.parametrize("signum, code, how", [(signal.SIGTERM, ExitCode.TERMINATED, "SIGTERM"),
                                               (signal.SIGINT, ExitCode.INTERRUPTED, "Ctrl-C")])
def test_a_stopped_batch_exits_with_its_own_status(tmp_path, signum, code, how):
    """SIGTERM is handled like Ctrl-C: workers stopped, no temporary file left, no inventory of
    half the request, a short Dutch summary, exit 143 or 130 (not 1, which means niet verwerkt)."""
    src = sources(tmp_path, 300)  # still at work when the signal comes: forked workers start at once
    out = tmp_path / "out"
    proc = start(src, out)
    workers = workers_of(proc)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == code, err
    assert f"Onderbroken ({how})" in flat(err) and "Traceback" not in err
    wait_until(lambda: not any(alive(w) for w in workers), "the workers stopped")
    left = [p.name for p in out.rglob("*.tmp")] + [p.name for p in (tmp_path / "out.woo-private").rglob("*.tmp")]
    assert left == []
    assert not (out / "inventaris.csv").exists()


def test_a_second_run_into_the_same_folder_is_refused(tmp_path):
    """While one run holds the output folder, a second is refused (exit 75, a Dutch message) and
    writes nothing; the first finishes with all its documents in the inventory."""
    src = sources(tmp_path, 2)
    other = tmp_path / "ander"
    other.mkdir()
    (other / "ander.txt").write_text(LETTER, encoding="utf-8")
    out = tmp_path / "out"
    first = start(src, out, jobs=1)

    def first_holds_the_lock() -> bool:
        assert first.poll() is None, "the first run ended before its lock was seen"
        if not out.is_dir():
            return False
        fd = os.open(out, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # also drops the lock when this probe got it
        return False

    try:
        wait_until(first_holds_the_lock, "the first run locks its output folder")
        second = CliRunner().invoke(main, ["run", str(other), "--out", str(out), "--jobs", "1"])
        _, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert second.exit_code == ExitCode.BUSY, second.output
    assert "in gebruik door een andere woo-redact-run" in flat(second.output)
    assert first.returncode == 0, err
    assert set(read_inventory(out)) == {"brief0.txt", "brief1.txt"}
    assert not (out / "ander.txt").exists()


def test_the_private_folder_is_locked_too(tmp_path):
    src = sources(tmp_path, 1)
    private = tmp_path / "privé"
    private.mkdir()
    fd = os.open(private, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(tmp_path / "a"), "--private", str(private),
                                           "--jobs", "1"])
    finally:
        os.close(fd)
    assert result.exit_code == ExitCode.BUSY and "privémap" in flat(result.output)
    assert not (tmp_path / "a" / "inventaris.csv").exists()


def _mount_read_only(folder: Path) -> bool:
    if os.geteuid() != 0:
        return False
    try:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        subprocess.run(["umount", str(folder)], capture_output=True)
        return False
    return True


def test_a_read_only_output_folder_is_an_environment_error(tmp_path):
    """A real read-only folder (a read-only bind mount: root ignores file modes): refused up front
    with exit 74 and a Dutch message, not 'interne fout' per document."""
    src = sources(tmp_path, 2)
    out = tmp_path / "out"
    out.mkdir()
    if not _mount_read_only(out):
        pytest.skip("a read-only bind mount needs root and mount rights")
    try:
        result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--jobs", "1"])
    finally:
        subprocess.run(["umount", str(out)], check=True)
    assert result.exit_code == ExitCode.ENVIRONMENT, result.output
    assert "alleen-lezen" in flat(result.output) and "interne fout" not in result.output
    assert "Traceback" not in result.output
    assert list(out.iterdir()) == []


def _full_disk_for(monkeypatch, match):
    """A full disk where a real one cannot be had: writing a path `match` accepts raises ENOSPC
    (the up-front check writes through os.write, so it passes as on a disk that fills later)."""
    real_text, real_bytes = Path.write_text, Path.write_bytes

    def full(real):
        def write(self, *args, **kwargs):
            if match(self):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
            return real(self, *args, **kwargs)
        return write

    monkeypatch.setattr(Path, "write_text", full(real_text))
    monkeypatch.setattr(Path, "write_bytes", full(real_bytes))


def test_a_full_disk_while_publishing_stops_the_run_without_a_report(tmp_path, monkeypatch):
    src = sources(tmp_path, 2)
    out = tmp_path / "out"
    _full_disk_for(monkeypatch, lambda p: p.name.startswith(".brief1.txt."))
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == ExitCode.ENVIRONMENT, result.output
    assert "de schijf is vol" in flat(result.output) and "interne fout" not in result.output
    assert not (out / "inventaris.csv").exists() and not (out / "redactielog.jsonl").exists()
    assert list(out.rglob("*.tmp")) == []


def test_a_full_disk_while_writing_the_inventory_leaves_the_old_one_whole(tmp_path, monkeypatch):
    """The disk fills while the xlsx is written: the CSV of the earlier run is not replaced
    either (both or neither), and the run says why."""
    src = sources(tmp_path, 2)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--jobs", "1"]).exit_code == 0
    before = outputs(out)
    (src / "brief1.txt").write_text(LETTER.replace("Jansen", "Pietersen"), encoding="utf-8")
    _full_disk_for(monkeypatch, lambda p: p.name.startswith(".inventaris.xlsx."))
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == ExitCode.ENVIRONMENT, result.output
    after = outputs(out)
    assert after["inventaris.csv"] == before["inventaris.csv"]
    assert after["inventaris.xlsx"] == before["inventaris.xlsx"]
    assert list(out.rglob("*.tmp")) == []
