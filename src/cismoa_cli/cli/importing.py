"""``import``: a coding edited elsewhere, brought back as a dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .boundary import CommandGroup, say

import_app = typer.Typer(
    cls=CommandGroup,
    name="import",
    help="Bring back a coding edited elsewhere, as a dossier.\n\n\b\nExample:\n"
    "  cismoa import qdpx cismoa.qdpx -o dossier.json",
    rich_markup_mode=None,
)
app.add_typer(import_app)


@import_app.command("qdpx")
def import_qdpx(
    project: Annotated[
        Path, typer.Argument(metavar="FILE", help="A REFI-QDA project (.qdpx) made by cismoa.")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="DOSSIER",
            help="The dossier to write; its article goes beside it.",
        ),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Replace DOSSIER and its article if they exist.")
    ] = False,
) -> None:
    """Turn a REFI-QDA project made by `cismoa export qdpx` back into a dossier.

    The project may have been edited in ATLAS.ti, NVivo, MAXQDA or QualCoder: each coded span
    whose description starts with an item's id ("IMP-01 (implication)") is a quote of that
    item, and its codes are the item's actors, domain, direction and so on. Every quote is
    cut from the project's own text. The article is written beside the dossier under its
    name in the project; neither file is replaced without --force. Whatever a dossier cannot
    hold (memos, cases, other codes) is listed on stderr.

    \b
    Example:
      cismoa import qdpx cismoa.qdpx -o dossier.json
    """
    from ..qda.importing import MAX_UNPACKED, import_project, save
    from ..store.read import read_bytes

    data = read_bytes(project, max_bytes=MAX_UNPACKED)
    imported = import_project(data, str(project))
    for note in imported.notes:
        say(f"note: {note}")
    article = save(imported, output, force=force, protected=(project,))
    say(f"wrote {output} and its article {article}")
