"""``draft``: a new article in, a draft dossier out, every item proposed for review."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app
from .context import settings
from .deliver import deliver
from .options import ForceOption, OutputOption, output_path


@app.command()
def draft(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article, as UTF-8 text.")],
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Draft a dossier for another article, to review.

    Proposes the actors the article names (one per country, region or organisation, its
    demonym and capital merged in), the voices it quotes or reports (people with their role,
    organisations, unnamed groups such as "critics"), and an implication for each sentence
    that bears a claim, with its certainty read from its hedges, its condition, horizon,
    direction, domain, the actors it affects and who asserts it; and interests and relations
    where the text cues them. Every item is marked "status": "proposed" with the "cue" that
    made it, and its evidence quoted verbatim with its offsets. The dossier (format 2) names
    the article relative to where it is written: keep the two together.

    \b
    Example:
      cismoa draft article.txt -o dossier.json
    """
    from ..authoring import reference_from, skeleton
    from ..draft import propose
    from ..store.read import decode, read_bytes
    from ..textio import to_json

    raw = read_bytes(article)  # read once: the hash and the text are of the same bytes
    text = decode(article, raw)
    found, _ = skeleton(text, raw, article)  # every item is marked proposed: no note needed
    where = output_path(output) or Path("dossier.json")
    reference = reference_from(where, article, allow_outside=settings(ctx).allow_outside)
    items = propose(text)
    dossier = {"format": 2, "article": reference, "source": found["source"], **items}
    deliver(to_json(dossier), output, force=force, protected=(article,))
