"""A REFI-QDA project, made by ``cismoa export qdpx`` and perhaps edited since in a QDA tool,
back into a dossier.

Each coded span whose description starts ``ID (kind)`` is a quote of that item; its codes
are the item's facets (see :mod:`cismoa_cli.qdavocabulary`). Quotes are cut from the
project's own source text at the span's positions, so every one is verified by
construction. Whatever the dossier cannot hold (memos, cases, sets, codes outside
cismoa's facets, spans no item claims, links that are no relation) is listed in the
notes, never dropped silently; what would make the dossier invalid raises DataError.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydantic_core
from pydantic import ValidationError

from ..errors import DataError, Problem, UsageError
from ..evidence import quote_problems
from ..export.write import write_together
from ..models import Dossier, reference_problems
from ..qdavocabulary import GUIDE, Facet
from ..textio import counted, to_json
from ..vocabulary import DEFAULT_DOMAINS, FORMAT
from .archive import Archive
from .items import build_items
from .project import (
    Reader,
    article_text,
    attribute_of,
    coded_span,
    description_of,
    read_codebook,
    read_project,
    source_metadata,
    text_source,
)
from .projectxml import Node

MAX_UNPACKED = 256 * 1024 * 1024  # as for a dossier: larger sources are refused
# The parts of a project a dossier holds; of the others, the names a reader knows them by.
_HELD = {"Users", "CodeBook", "Variables", "Sources", "Links", "Description"}
_UNHELD = {
    "Cases": "cases",
    "Sets": "sets",
    "Graphs": "graphs",
    "Notes": "notes (memos)",
    "NoteRef": "memos on the project",
}


@dataclass(frozen=True)
class Imported:
    """A dossier rebuilt from a project: valid, with its article and what was left out."""

    dossier: Dossier
    article: str
    notes: list[str]


def import_project(
    data: bytes, label: str, *, article: str = "article.txt", max_bytes: int = MAX_UNPACKED
) -> Imported:
    """The dossier a .qdpx project holds, its article, and notes on what it leaves out.

    ``label`` names the file in messages; ``article`` is the dossier's ``article`` field,
    the article's path from the dossier's folder (chosen by the user, never by the project).
    The archive is refused if an entry could escape its folder or unpacks to more than
    ``max_bytes``; the XML if it has a DOCTYPE or is past a limit of
    :mod:`cismoa_cli.qda.projectxml`.
    """
    reader = Reader(Archive(data, label, max_bytes=max_bytes), label)
    text, fields = _read(reader, article)
    return Imported(_validated(reader, fields, text), text, reader.notes)


def _read(reader: Reader, article: str) -> tuple[str, bytes]:
    """The article's text and the dossier's fields as JSON, unchecked. What they are made
    from (the project's XML, its coded spans, the items as dictionaries) lives only in
    here and in :func:`_shape`: it is gone before the dossier is validated, when memory
    peaks."""
    text, shape = _shape(reader, article)
    return text, pydantic_core.to_json(shape)


def _shape(reader: Reader, article: str) -> tuple[str, dict[str, Any]]:
    project = read_project(reader)
    root = project.root
    read_codebook(reader, root)
    source = text_source(reader, root)
    text = article_text(reader, source)
    spans = [span for found in project.selections if (span := coded_span(reader, found, text))]
    del project  # its coded spans are read; its root is all that is used from here
    metadata = source_metadata(reader, root, source, text)
    items = build_items(reader, spans, text)
    del spans
    _check_links(reader, root.child("Links"), items["relations"])
    _note_unheld(reader, root, source)
    for name, count in reader.foreign_codings.items():
        reader.note(f"{counted(count, 'span')} coded with {name!r} lost that code")
    shape: dict[str, Any] = {"format": 2, "article": article, "source": metadata, **items}
    shape["voices"] = reader.voices
    if tuple(reader.domains) != DEFAULT_DOMAINS:  # a dossier that declared its own
        shape["domains"] = [
            {"name": name, "description": description}
            for name, description in reader.domains.items()
        ]
    return text, shape


def _check_links(reader: Reader, links: Node | None, relations: list[dict[str, Any]]) -> None:
    """Every link should join the two actors of a relation; list those that do not."""
    pairs = {frozenset(r["actors"]) for r in relations}
    for link in links.all("Link") if links is not None else []:
        ends = [reader.codes.get(link.attributes.get(a, "")) for a in ("originGUID", "targetGUID")]
        actors = frozenset(code[1] for code in ends if code and code[0] is Facet.ACTORS)
        if len(actors) != 2 or actors not in pairs:
            reader.note(
                f"the link {attribute_of(link, 'name')!r} does not join the two actors "
                "of a relation with a coded span; not imported"
            )


def _note_unheld(reader: Reader, root: Node, source: Node) -> None:
    for name, count in root.skipped().items():
        if name in _HELD:
            continue
        what = _UNHELD.get(name, name)
        reader.note(f"the project's {what} ({count}) have no place in a dossier; not imported")
    description = description_of(root)
    if description is not None and description != GUIDE:
        reader.note("the project's description has no place in a dossier; not imported")
    skipped = source.skipped()
    if skipped["Coding"]:
        reader.note(f"codes on the whole article ({skipped['Coding']}) were not imported")
    if skipped["NoteRef"] or source.child("Description") is not None:
        reader.note("memos and the description of the article were not imported")


def _validated(reader: Reader, fields: bytes, article: str) -> Dossier:
    """The dossier, validated once, from its fields as JSON."""
    try:
        dossier = Dossier.model_validate_json(fields)
    except ValidationError as error:
        raise DataError(
            reader.label,
            [Problem(".".join(str(p) for p in e["loc"]), e["msg"]) for e in error.errors()],
        ) from None
    problems = reference_problems(dossier) + quote_problems(dossier, article)[0]
    if problems:
        raise DataError(reader.label, problems)
    return dossier


def article_for(dossier: Path, article: Path | None) -> tuple[Path, str]:
    """Where an import writes its article, and the dossier's ``article`` field for it: the
    path the user named, or else the dossier's own path with the suffix ``.txt``. It must be
    inside the dossier's folder (symlinks resolved), where the dossier's reader looks."""
    chosen = dossier.with_suffix(".txt") if article is None else article
    if os.path.abspath(chosen) == os.path.abspath(dossier):
        raise UsageError(
            f"{dossier}: the article would be written to the dossier's own path; "
            "name it with --article PATH"
        )
    folder = Path(os.path.realpath(dossier)).parent
    try:
        reference = Path(os.path.realpath(chosen)).relative_to(folder)
    except ValueError:
        raise UsageError(
            f"{chosen}: the article must be in the dossier's folder ({folder}) or below it"
        ) from None
    return chosen, reference.as_posix()


def save(
    imported: Imported, dossier: Path, article: Path, *, force: bool, protected: tuple[Path, ...]
) -> None:
    """Write the dossier and its article together: both or neither.

    Nothing is replaced without ``force``, and nothing at all is written if either file
    would be refused. An article already there with the very same bytes is kept as it is.
    """
    text = imported.article.encode("utf-8")
    files = [] if _holds(article, text) else [(article, text)]
    files.append((dossier, dossier_json(imported.dossier).encode("utf-8")))
    write_together(files, force=force, protected=protected)


def dossier_json(dossier: Dossier) -> str:
    """The file of an imported dossier: ``to_json(dossier.model_dump())``, written straight
    from the models (the dump would hold a second copy of the whole dossier). An import
    sets no ``$schema`` and always format 2, where the dump would rename or fill them in;
    it leaves out the domains a dossier did not declare, as the dump does."""
    assert dossier.schema_url is None and dossier.format == FORMAT
    return to_json(
        dossier, exclude={"schema_url"} if dossier.domains else {"schema_url", "domains"}
    )


def _holds(path: Path, content: bytes) -> bool:
    """Whether ``path`` is a regular file with exactly ``content`` (read only if its size
    says it may)."""
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode) or found.st_size != len(content):
            return False
        with open(path, "rb") as existing:
            return existing.read(len(content) + 1) == content
    except OSError:
        return False
