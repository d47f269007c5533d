"""What every command shares: the global settings, the dossier, the console, and printing a
result once in the format the user asked for (or the one that suits where it goes)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from ..render import Format

if TYPE_CHECKING:
    from rich.console import Console

    from ..render.listing import Listing, View
    from ..store import Loaded


@dataclass(frozen=True)
class Settings:
    """The global options, shared with every command through the context."""

    data: Path | None = None
    color: bool = True
    debug: bool = False
    allow_outside: bool = False


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def dossier_path(ctx: typer.Context) -> Path:
    """The dossier to read: --data, $CISMOA_DATA, or the bundled one."""
    from ..store import bundled_path

    return settings(ctx).data or bundled_path()


def load(ctx: typer.Context) -> Loaded:
    """The dossier, read and fully checked."""
    from ..store import load as load_dossier

    with paused_collector():
        return load_dossier(dossier_path(ctx), allow_outside=settings(ctx).allow_outside)


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector while a dossier's objects are built, then restore it.

    None of them form cycles, yet each allocation burst triggers a collection that walks all
    the objects made so far: on a 100,000-implication dossier that is a large share of the
    load. The collector is switched back on as it was; nothing is frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def console(ctx: typer.Context) -> Console:
    from rich.console import Console

    # --no-color and NO_COLOR turn off every escape sequence, bold and italic included (Rich's
    # own no_color keeps those); a pipe or TERM=dumb gets none anyway.
    plain = not settings(ctx).color or bool(os.environ.get("NO_COLOR"))
    return Console(color_system=None if plain else "auto", highlight=False)


def is_terminal(ctx: typer.Context) -> bool:
    """Whether stdout is a terminal, by Rich's rule, without loading Rich for a plain pipe."""
    if os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE"):
        return console(ctx).is_terminal  # Rich's overrides: let Rich apply them
    return sys.stdout.isatty()


def emit(ctx: typer.Context, shown: Listing | View, fmt: Format | None) -> None:
    """Print once: a listing as a table on a terminal and TSV when piped; a view as its tree
    (plain when piped); either in the format asked for."""
    from ..render.listing import View

    terminal = is_terminal(ctx)
    if isinstance(shown, View):
        chosen = fmt or (Format.TABLE if terminal else shown.piped)
        listing = shown.listing
    else:
        chosen = fmt or (Format.TABLE if terminal else Format.TSV)
        listing = shown
    if chosen is not Format.TABLE:
        sys.stdout.write(listing.render(chosen))
    elif isinstance(shown, View):
        console(ctx).print(shown.look)
    else:
        from ..render.listing import to_table

        console(ctx).print(to_table(listing, None if listing.rows else "nothing matches"))
