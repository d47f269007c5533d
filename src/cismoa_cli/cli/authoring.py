"""Building a dossier for another article: ``init``, ``locate``, and ``validate --fix-offsets``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import ExitCode, UsageError
from .app import app
from .boundary import say
from .context import dossier_path, settings
from .deliver import deliver
from .options import ForceOption, OutputOption, output_path


@app.command()
def locate(
    ctx: typer.Context,
    phrase: Annotated[str, typer.Argument(help="Words from the article, as exactly as you can.")],
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            metavar="FILE",
            help="Search this text file instead of the dossier's article.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Find a phrase in the article, as evidence.

    Prints {"quote": ..., "start": ..., "end": ..., "paragraph": ..., "sentence": ...}, one
    line per place the phrase occurs.
    A phrase not found exactly gets the nearest matches (ignoring quote style, case and
    spacing, or else the most alike passages) with what differs, and exit 1.

    \b
    Examples:
      cismoa locate "could strain its relationship with China"
      cismoa locate "Two" --article draft.txt
    """
    import json

    from ..authoring import nearest_passages
    from ..evidence import Placer, occurrences
    from ..store import load_with_problems, read_text
    from ..textio import json_safe

    if not phrase.strip():
        raise UsageError("give a phrase to look for")
    if article is not None:
        text = read_text(article)
    else:  # the dossier's article, even while the dossier's quotes are still being fixed
        text = load_with_problems(
            dossier_path(ctx), allow_outside=settings(ctx).allow_outside
        ).article
    matches = occurrences(text, phrase) or nearest_passages(text, phrase)
    placer = Placer(text)
    for match in matches:
        line = json.dumps(placer.evidence(match.evidence(text)).model_dump(), ensure_ascii=False)
        sys.stdout.write(json_safe(line) + "\n")
    exact = [m for m in matches if m.differs is None]
    if len(exact) > 1:
        say(f"the phrase occurs {len(exact)} times; keep the one you mean")
    if not exact:
        differs = matches[0].differs if matches else "everything"
        say(f"not found exactly; the nearest differ in {differs}")
        raise typer.Exit(ExitCode.FAILURE)


@app.command()
def init(
    ctx: typer.Context,
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article, as UTF-8 text.")],
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """Start a dossier for another article.

    Writes a valid format-2 skeleton: the title (the article's first line), the place (its
    second line, if short and neither a sentence nor a date), its SHA-256, and empty lists;
    says on stderr which values it guessed and which it left empty, for you to check. The
    dossier names the article relative to where it is written, so keep the two together:
    the article must be in the dossier's folder or below it (or pass --allow-outside).

    \b
    Example:
      cismoa init article.txt -o dossier.json
    """
    from ..authoring import reference_from, skeleton
    from ..store.read import decode, read_bytes
    from ..textio import to_json

    raw = read_bytes(article)  # read once: the hash and the text are of the same bytes
    text = decode(article, raw)
    found, notes = skeleton(text, raw, article)
    # Written to stdout, the dossier is taken to be saved in the current folder.
    where = output_path(output) or Path("dossier.json")
    reference = reference_from(where, article, allow_outside=settings(ctx).allow_outside)
    dossier = {"format": found.pop("format"), "article": reference, **found}
    deliver(to_json(dossier), output, force=force, protected=(article,), note=notes)


def repair_offsets(target: Path, output: Path | None, *, force: bool, allow_outside: bool) -> Path:
    """Repair what can be repaired and write it; return the file to validate next."""
    from ..authoring import offset_fixes, reference_from, rewrite_offsets
    from ..export.write import write_text
    from ..store import load_with_problems, read_text
    from ..textio import visible

    if output is None and not force:
        raise UsageError(
            "--fix-offsets writes the repaired dossier: add -o FILE, or --force to rewrite it"
        )
    loaded = load_with_problems(target, allow_outside=allow_outside)
    fixes = offset_fixes(loaded.dossier, loaded.article)
    for fix in fixes:
        sys.stdout.write(visible(f"{target}: {fix}") + "\n")
    moved = sum(1 for fix in fixes if fix.new is not None)
    if not moved:
        say("no offsets to fix")
        return target
    destination = output or target
    reference = None
    if destination.resolve().parent != target.resolve().parent:
        reference = reference_from(destination, loaded.article_path, allow_outside=allow_outside)
    text = rewrite_offsets(read_text(target), fixes, reference)
    write_text(destination, text, force=force, protected=(loaded.article_path,))
    say(f"moved {moved} of {len(fixes)} misplaced quotes; wrote {destination}")
    return destination
