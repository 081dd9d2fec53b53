"""Ctrl-C and SIGTERM end a run even when they arrive while a finaliser runs (an exception raised
there would be dropped and the run would go on)."""

import os
import signal
import time

import pytest

from redact import cli
from redact.errors import ExitCode, Interrupted


@pytest.fixture
def handlers():
    stop = cli._Stop()
    previous = {sig: signal.signal(sig, stop) for sig in cli._STOP_SIGNALS}
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    for sig, handler in previous.items():
        signal.signal(sig, handler)


class SignalsWhenCollected:
    def __init__(self, signum):
        self.signum = signum

    def __del__(self):
        os.kill(os.getpid(), self.signum)  # the handler runs here, inside __del__


def _go_on():
    for _ in range(1000):  # the run going on; the re-delivered signal must end it
        time.sleep(0.01)


def test_a_sigterm_inside_a_finaliser_still_stops_the_run(handlers):
    with pytest.raises(Interrupted) as stopped:
        SignalsWhenCollected(signal.SIGTERM)  # collected at once
        _go_on()
    assert stopped.value.exit_code == ExitCode.TERMINATED


def test_a_ctrl_c_inside_a_finaliser_still_stops_the_run(handlers):
    with pytest.raises(KeyboardInterrupt):
        SignalsWhenCollected(signal.SIGINT)
        _go_on()


def test_a_sigterm_elsewhere_stops_at_once(handlers):
    with pytest.raises(Interrupted):
        os.kill(os.getpid(), signal.SIGTERM)
        _go_on()
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # a second SIGTERM would stop at once


def test_a_ctrl_c_elsewhere_stops_at_once(handlers):
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), signal.SIGINT)
        _go_on()


def test_the_command_group_restores_the_handlers_it_set():
    before = {sig: signal.getsignal(sig) for sig in cli._STOP_SIGNALS}
    from click.testing import CliRunner
    CliRunner().invoke(cli.main, ["grounds"])
    assert {sig: signal.getsignal(sig) for sig in cli._STOP_SIGNALS} == before
