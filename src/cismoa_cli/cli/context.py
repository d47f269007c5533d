"""What every command shares: the global settings, the dossier, the console, and printing a
result once in the format the user asked for (or the one that suits where it goes)."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
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
    pager: bool = True


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()


def dossier_path(ctx: typer.Context) -> Path:
    """The dossier to read: --data, $CISMOA_DATA, or the bundled one."""
    from ..store import bundled_path

    return settings(ctx).data or bundled_path()


def chosen_dossier(ctx: typer.Context) -> Loaded:
    """The dossier, read and fully checked (on a terminal, saying so if that takes a while)."""
    from ..store import load
    from .terminal import progress

    path = dossier_path(ctx)
    with paused_collector(), progress(f"checking {path.name}", sys.stderr.isatty()):
        return load(path, allow_outside=settings(ctx).allow_outside)


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic garbage collector while a dossier's objects are built, then restore it.

    None of them form cycles, yet each allocation burst triggers a collection that walks all
    the objects made so far: on a 100,000-implication dossier that is a large share of the
    load. The collector is switched back on as it was, with what the load made frozen
    (``gc.freeze``: left out of later collections, still freed when no longer used): the
    dossier lives until the command ends, and the first collections after the load would
    otherwise walk all of it again (0.2 s of CPU on 100,000 implications).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
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


def emit(
    ctx: typer.Context, shown: Listing | View, fmt: Format | None, *, limit: int | None = None
) -> None:
    """Print once: a listing (its first ``limit`` rows) as a table on a terminal and TSV when
    piped; a view as its tree (plain when piped); either in the format asked for. On a
    terminal, what is taller than the screen goes through the pager."""
    from ..render.listing import View

    if not isinstance(shown, View):
        shown = shown.limited(limit)
    terminal = is_terminal(ctx)
    if isinstance(shown, View):
        chosen = fmt or (Format.TABLE if terminal else shown.piped)
    else:
        chosen = fmt or (Format.TABLE if terminal else Format.TSV)
    if chosen is not Format.TABLE:
        # A view's listing is made only here, when a machine format asks for it.
        listing = shown.listing if isinstance(shown, View) else shown
        texts: Iterable[str] = [listing.render(chosen)]
    else:
        from ..render.table import tables
        from .terminal import rendered

        out = console(ctx)
        if isinstance(shown, View):
            texts = rendered(out, [shown.look])
        else:
            caption = None if shown.rows else "nothing matches"
            texts = _continued(rendered(out, tables(shown, out.width, caption)))
    if not terminal:
        for text in texts:
            sys.stdout.write(text)
        return
    from .terminal import page, pager_command

    height = shutil.get_terminal_size().lines
    page(texts, pager_command(settings(ctx).pager), height - 1)


def _continued(chunks: Iterable[str]) -> Iterator[str]:
    """A table printed a chunk at a time: the blank line that ends a chunk only after the
    last one."""
    held: str | None = None
    for chunk in chunks:
        if held is not None:
            yield held.removesuffix("\n\n") + "\n" if held.endswith("\n\n") else held
        held = chunk
    if held is not None:
        yield held
