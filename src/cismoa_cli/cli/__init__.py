"""The command line: the only place that reads argv, writes to stdout and stderr, and picks
the exit code. Commands are thin: resolve options, ask ``query``, hand the result to one
renderer, print once. Heavy modules (Pydantic models, Rich renderables) load inside the
commands that need them, so ``--help`` and ``--version`` stay fast.

``app`` holds the global options; each module of commands adds a family of commands to it.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType

from ..errors import ExitCode
from .app import app

# Each module adds a family of commands to the app; --help lists them in this order.
# isort: off
from . import listings, explore, browsing, source, exporting, importing, checking, authoring  # noqa: F401
from . import drafting  # noqa: F401
from . import completing  # noqa: F401
# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """The ``cismoa`` console script."""
    # Pydantic looks for plugins (observability hooks) through every installed package's
    # entry points the first time a model is built: a large share of start-up, for nothing a
    # command-line run uses. Only the console script opts out; importing cismoa_cli does not.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _end_cleanly_on_signals()
    _degrade_on_narrow_encodings()
    try:
        app(prog_name="cismoa")
    except KeyboardInterrupt:
        # Typer maps Ctrl-C inside a command to 130; this covers the moments around it.
        sys.exit(ExitCode.INTERRUPTED)


def _end_cleanly_on_signals() -> None:
    """SIGTERM and SIGHUP end the run as Ctrl-C does: by an exception, so that every
    temporary file is removed on the way out."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def _degrade_on_narrow_encodings() -> None:
    """On a stdout that cannot hold every character (PYTHONIOENCODING=ascii, a Latin-1
    terminal), write a replacement character instead of failing."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
