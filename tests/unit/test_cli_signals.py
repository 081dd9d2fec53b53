"""Ctrl-C and SIGTERM end a run even when they arrive while a finaliser runs, or anywhere else whose
exceptions Python drops (an at-fork hook, a weakref callback): the run would go on."""

import gc
import os
import signal
import sys
import time
import weakref

import pytest

from redact import cli
from redact.errors import ExitCode, Interrupted


@pytest.fixture
def handlers():
    stop = cli._Stop()
    previous = {sig: signal.signal(sig, stop) for sig in cli._STOP_SIGNALS}
    sys.unraisablehook = stop.unraisable  # as the command group sets it
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    sys.unraisablehook = stop.hook
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


class Collected:
    pass


def _signal_from_a_weakref_callback(signum):
    """A signal that lands in code whose exceptions Python drops but which is no `__del__` (as
    logging's at-fork hook `_releaseLock`, seen under load in tests/e2e/test_faults.py)."""
    obj = Collected()
    ref = weakref.ref(obj, lambda _: os.kill(os.getpid(), signum))
    del obj
    gc.collect()
    return ref


def test_a_sigterm_in_a_weakref_callback_still_stops_the_run(handlers):
    with pytest.raises(Interrupted) as stopped:
        _signal_from_a_weakref_callback(signal.SIGTERM)
        _go_on()
    assert stopped.value.exit_code == ExitCode.TERMINATED


def test_a_ctrl_c_in_a_weakref_callback_still_stops_the_run(handlers):
    with pytest.raises(KeyboardInterrupt):
        _signal_from_a_weakref_callback(signal.SIGINT)
        _go_on()


def test_other_dropped_exceptions_go_to_the_hook_that_was_there(handlers):
    seen = []
    stop = sys.unraisablehook.__self__
    stop.hook, previous = seen.append, stop.hook
    try:
        obj = Collected()
        ref = weakref.ref(obj, lambda _: 1 / 0)
        del obj
        gc.collect()
    finally:
        stop.hook = previous
    assert ref() is None and [type(info.exc_value) for info in seen] == [ZeroDivisionError]


def test_the_command_group_restores_the_unraisable_hook():
    before = sys.unraisablehook
    from click.testing import CliRunner
    CliRunner().invoke(cli.main, ["grounds"])
    assert sys.unraisablehook is before


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
