"""The console script sets Python's garbage collector for a batch; the library leaves it alone."""

import gc
import subprocess
import sys

from click.testing import CliRunner

from redact import cli, collector

# What entry() leaves for the command it runs: the command is replaced by a probe that prints it.
PROBE = ("import gc, redact.cli as c\n"
         "c.main = lambda: print(*gc.get_threshold())\n"
         "c.entry()\n")


def test_the_console_script_collects_young_objects_less_often():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout.split()
    young, *older = map(int, out)
    assert young == collector.BATCH_THRESHOLD
    assert older == list(gc.get_threshold()[1:])  # the older generations as Python sets them


def test_the_command_group_called_as_a_library_leaves_the_collector_alone():
    threshold = gc.get_threshold()
    result = CliRunner().invoke(cli.main, ["grounds"])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == threshold
