"""The `woo-redact` command line: registers the commands (redact/commands/) and holds the one
handler that turns an error into its exit code (redact/errors.py)."""

from __future__ import annotations

import signal
import sys
import threading

import click
from rich.console import Console
from rich.markup import escape

from . import collector
from .commands.check import check
from .commands.export import export
from .commands.grounds import grounds
from .commands.options import EXIT_CODES_HELP
from .commands.report import report
from .commands.review import review
from .commands.run import run
from .commands.scan import scan
from .commands.verify import verify
from .errors import ExitCode, Interrupted, WooRedactError

INTERRUPTED_SUMMARY = ("gestopt voordat de opdracht klaar was. Wat al af was blijft staan; de inventaris en het "
                       "redactielog zijn niet bijgewerkt en tijdelijke bestanden zijn opgeruimd. Start dezelfde "
                       "opdracht opnieuw om af te maken.")


class _Stop:
    """The run's handler for Ctrl-C (SIGINT) and SIGTERM. An exception raised in a finaliser is
    printed and dropped, and the run would go on as if no signal had come (it did: a regex object
    collected in the parent). So a signal that comes while a `__del__` runs is delivered again a
    moment later, outside the finaliser, through SIGALRM (set to this handler too)."""

    def __init__(self) -> None:
        self.pending = signal.SIGTERM  # the signal SIGALRM stands for

    def __call__(self, signum, frame):
        if signum == signal.SIGALRM:
            signum = self.pending
        if _finalising(frame):
            self.pending = signum
            signal.setitimer(signal.ITIMER_REAL, 0.05)
            return
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM stops at once
        raise Interrupted(ExitCode.TERMINATED)


def _finalising(frame) -> bool:
    """Whether the signal came while a `__del__` runs (its exceptions never reach the caller)."""
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return True
        frame = frame.f_back
    return False


def interrupted(exit_code: ExitCode) -> None:
    """The short summary of a run stopped by Ctrl-C (exit 130) or SIGTERM (exit 143)."""
    how = "Ctrl-C" if exit_code == ExitCode.INTERRUPTED else "SIGTERM"
    Console(stderr=True).print(f"[bold red]Onderbroken ({how}):[/] {INTERRUPTED_SUMMARY}")


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGALRM)


class WooRedact(click.Group):
    """The command group, with the entry point's error handler: a WooRedactError from any command
    is printed and becomes its exit code; a usage problem is shown as click shows its own."""

    def invoke(self, ctx: click.Context):
        # SIGTERM (a service stop, `kill`) ends a run the way Ctrl-C does: workers stopped, our
        # temporary files removed, its own exit status. Signals can only be set in the main thread.
        main_thread = threading.current_thread() is threading.main_thread()
        stop = _Stop()
        previous = {sig: signal.signal(sig, stop) for sig in _STOP_SIGNALS} if main_thread else {}
        try:
            return super().invoke(ctx)
        except (KeyboardInterrupt, Interrupted) as exc:
            code = getattr(exc, "exit_code", ExitCode.INTERRUPTED)
            interrupted(code)
            ctx.exit(code)
        except WooRedactError as exc:
            if exc.exit_code == ExitCode.USAGE:
                # Usage of the sub-command that failed, as click prints for its own usage errors.
                name = ctx.invoked_subcommand
                command = self.get_command(ctx, name) if name else None
                sub = click.Context(command, info_name=name, parent=ctx) if command else ctx
                raise click.UsageError(str(exc), ctx=sub) from None
            Console(stderr=True).print(f"[bold red]{exc.title}:[/] {escape(str(exc))}")
            ctx.exit(exc.exit_code)
        finally:
            if main_thread:
                signal.setitimer(signal.ITIMER_REAL, 0)
                for sig, handler in previous.items():
                    signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


@click.group(cls=WooRedact, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="woo-redact")
def main() -> None:
    """Redact personal data in Woo disclosures and label every box with its ground."""


for command in (run, grounds, check, scan, review, export, verify, report):
    main.add_command(command)


def entry() -> None:
    """The console script: any exception that escapes a command is a bug, with its own exit code.
    Python's garbage collector is set for a batch (redact/collector.py)."""
    collector.for_batch()
    try:
        main()
    except KeyboardInterrupt:  # before a command started (click would say "Aborted!", exit 1)
        interrupted(ExitCode.INTERRUPTED)
        sys.exit(ExitCode.INTERRUPTED)
    except Exception:  # SystemExit and KeyboardInterrupt are not Exceptions: they pass
        import traceback

        traceback.print_exc()
        Console(stderr=True).print("[bold red]interne fout[/]: meld dit als bug, met de melding hierboven")
        sys.exit(ExitCode.INTERNAL)


if __name__ == "__main__":
    entry()
