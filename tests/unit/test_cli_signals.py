"""SIGTERM ends a run even when it arrives while a finaliser runs (its exception would be dropped)."""

import os
import signal
import time

import pytest

from redact import cli
from redact.errors import ExitCode, Interrupted


@pytest.fixture
def handlers():
    previous = signal.signal(signal.SIGTERM, cli._terminated), signal.signal(signal.SIGALRM, cli._terminated)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGTERM, previous[0])
    signal.signal(signal.SIGALRM, previous[1])


class SignalsWhenCollected:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)  # the handler runs here, inside __del__


def test_a_sigterm_inside_a_finaliser_still_stops_the_run(handlers):
    with pytest.raises(Interrupted) as stopped:
        SignalsWhenCollected()  # collected at once
        for _ in range(1000):  # the run going on; the re-delivered signal must end it
            time.sleep(0.01)
    assert stopped.value.exit_code == ExitCode.TERMINATED


def test_a_sigterm_elsewhere_stops_at_once(handlers):
    with pytest.raises(Interrupted):
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):
            time.sleep(0.01)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # a second SIGTERM would stop at once
