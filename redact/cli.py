"""The `woo-redact` command line: registers the commands (redact/commands/) and holds the one
handler that turns an error into its exit code (redact/errors.py)."""

from __future__ import annotations

import gc
import signal
import sys
import threading

import click
from rich.console import Console
from rich.markup import escape

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
    moment later, outside the finaliser, through SIGALRM (set to this handler too). Other places
    whose exceptions Python drops (an at-fork hook such as logging's, a weakref callback) cannot be
    told from the frame; there the exception reaches sys.unraisablehook, and `unraisable` delivers
    the signal again the same way."""

    def __init__(self) -> None:
        self.pending = signal.SIGTERM  # the signal SIGALRM stands for
        self.hook = sys.unraisablehook  # the hook `unraisable` stands in for

    def unraisable(self, info) -> None:
        """sys.unraisablehook while a command runs: our own stop that Python dropped is delivered
        again a moment later; anything else goes to the hook that was there."""
        if isinstance(info.exc_value, (KeyboardInterrupt, Interrupted)):
            signal.setitimer(signal.ITIMER_REAL, 0.05)
            return
        self.hook(info)

    def __call__(self, signum, frame):
        if signum == signal.SIGALRM:
            signum = self.pending
        self.pending = signum
        if _finalising(frame):
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
        if main_thread:
            sys.unraisablehook = stop.unraisable
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
                sys.unraisablehook = stop.hook
                for sig, handler in previous.items():
                    signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


@click.group(cls=WooRedact, epilog=EXIT_CODES_HELP)
@click.version_option(package_name="woo-redact")
def main() -> None:
    """Redact personal data in Woo disclosures and label every box with its ground."""


for command in (run, grounds, check, scan, review, export, verify, report):
    main.add_command(command)


BATCH_GC_THRESHOLD = 50_000  # new objects between two collections of the youngest generation (Python: 700)


def batch_gc() -> None:
    """Python's garbage collector set for a batch (docs/scale.md, "Per-page speed (sixth
    session)"): the youngest generation is collected after 50,000 new objects instead of 700,
    so a page's short-lived objects (boxes, tokens, findings) are not walked again and again by
    collections that find little. What was built before a stage (the pipeline) is frozen out of
    the collector while it runs (flows/executor._frozen). Called by the console script only: a
    process that imports woo-redact as a library (the tests, an application) keeps its collector
    as it was. (A Ctrl-C that lands in a finaliser, which these larger collections make likelier
    right after a fork, is delivered again outside it: _Stop.)"""
    gc.set_threshold(BATCH_GC_THRESHOLD, *gc.get_threshold()[1:])


def entry() -> None:
    """The console script: any exception that escapes a command is a bug, with its own exit code."""
    batch_gc()
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
