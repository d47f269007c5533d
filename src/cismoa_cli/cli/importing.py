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
        typer.Option("--output", "-o", metavar="DOSSIER", help="The dossier to write."),
    ],
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            metavar="PATH",
            help="Where to write the article, in DOSSIER's folder or below it "
            "[default: DOSSIER with the suffix .txt].",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace DOSSIER and its article if they exist.")
    ] = False,
) -> None:
    """Turn a REFI-QDA project made by `cismoa export qdpx` back into a dossier.

    The project may have been edited in ATLAS.ti, NVivo, MAXQDA or QualCoder: each coded span
    whose description starts with an item's id ("IMP-01 (implication)") is a quote of that
    item, and its codes are the item's actors, domain, direction and so on. Every quote is
    cut from the project's own text. Whatever a dossier cannot hold (memos, cases, other
    codes) is listed on stderr.

    You choose both files written, never the project: the dossier (-o) and its article
    (--article; by default the dossier's path with the suffix .txt, so -o home/dossier.json
    writes home/dossier.txt). Both are checked before either is written, and written
    together: neither replaces an existing file without --force, and if one is refused
    (read-only, a folder, a FIFO, the project itself) neither is written.

    A project is read as a stream, within limits that every project cismoa exports keeps:
    at most 4,000,000 XML elements, nested at most 64 deep, and 256 MiB unpacked. Past a
    limit, or at a malformed value, the import stops with the place (project.qde:LINE:COL).

    \b
    Examples:
      cismoa import qdpx cismoa.qdpx -o dossier.json
      cismoa import qdpx cismoa.qdpx -o edited.json --article edited-article.txt
    """
    from ..qda.importing import MAX_UNPACKED, article_for, import_project, save
    from ..store.read import read_bytes
    from .context import paused_collector

    article_path, reference = article_for(output, article)
    data = read_bytes(project, max_bytes=MAX_UNPACKED)
    with paused_collector():  # as a dossier's load: millions of objects and no cycles
        imported = import_project(data, str(project), article=reference)
    del data  # the archive, no longer read
    for note in imported.notes:
        say(f"note: {note}")
    save(imported, output, article_path, force=force, protected=(project,))
    say(f"wrote {output} and its article {article_path}")
