"""A REFI-QDA project, made by ``cismoa export qdpx`` and perhaps edited since in a QDA tool,
back into a dossier.

Each coded span whose description starts ``ID (kind)`` is a quote of that item; its codes
are the item's facets (see :mod:`cismoa_cli.qda.codebook`). Quotes are cut from the
project's own source text at the span's positions, so every one is verified by
construction. Whatever the dossier cannot hold (memos, cases, sets, codes outside
cismoa's facets, spans no item claims, links that are no relation) is listed in the
notes, never dropped silently; what would make the dossier invalid raises DataError.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import DataError, Problem, WriteError
from ..evidence import quote_problems
from ..export.write import write_text
from ..models import Dossier, reference_problems
from ..textio import counted, to_json
from ..vocabulary import DEFAULT_DOMAINS
from .archive import Archive
from .codebook import GUIDE, Facet
from .items import build_items
from .project import (
    Reader,
    article_text,
    attribute_of,
    coded_span,
    description_of,
    project_root,
    read_codebook,
    source_metadata,
    text_source,
)
from .safexml import Node

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

    dossier: dict[str, Any]  # JSON-ready; its "article" is ``article_name``
    article: str
    article_name: str
    notes: list[str]


def import_project(data: bytes, label: str, *, max_bytes: int = MAX_UNPACKED) -> Imported:
    """The dossier a .qdpx project holds, its article, and notes on what it leaves out.

    ``label`` names the file in messages. The archive is refused if an entry could
    escape its folder or unpacks to more than ``max_bytes``; the XML if it has a DOCTYPE.
    """
    reader = Reader(Archive(data, label, max_bytes=max_bytes), label)
    root = project_root(reader)
    read_codebook(reader, root.child("CodeBook"))
    source = text_source(reader, root)
    article, article_name = article_text(reader, source)
    spans = [
        span
        for node in source.all("PlainTextSelection")
        if (span := coded_span(reader, node, article))
    ]
    metadata = source_metadata(reader, root, source, article)
    items = build_items(reader, spans, article)
    _check_links(reader, root.child("Links"), items["relations"])
    _note_unheld(reader, root, source)
    for name, count in reader.foreign_codings.items():
        reader.note(f"{counted(count, 'span')} coded with {name!r} lost that code")
    shape: dict[str, Any] = {"format": 2, "article": article_name, "source": metadata, **items}
    shape["voices"] = reader.voices
    if tuple(reader.domains) != DEFAULT_DOMAINS:  # a dossier that declared its own
        shape["domains"] = [
            {"name": name, "description": description}
            for name, description in reader.domains.items()
        ]
    dossier = _validated(reader, shape, article)
    return Imported(dossier.model_dump(mode="json"), article, article_name, reader.notes)


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
    unheld = Counter(node.name for node in root.children if node.name not in _HELD)
    for name, count in unheld.items():
        what = _UNHELD.get(name, name)
        reader.note(f"the project's {what} ({count}) have no place in a dossier; not imported")
    description = description_of(root)
    if description is not None and description != GUIDE:
        reader.note("the project's description has no place in a dossier; not imported")
    if source.all("Coding"):
        reader.note(f"codes on the whole article ({len(source.all('Coding'))}) were not imported")
    if source.all("NoteRef") or source.child("Description") is not None:
        reader.note("memos and the description of the article were not imported")


def _validated(reader: Reader, data: dict[str, Any], article: str) -> Dossier:
    try:
        dossier = Dossier.model_validate(data)
    except ValidationError as error:
        raise DataError(
            reader.label,
            [Problem(".".join(str(p) for p in e["loc"]), e["msg"]) for e in error.errors()],
        ) from None
    problems = reference_problems(dossier) + quote_problems(dossier, article)[0]
    if problems:
        raise DataError(reader.label, problems)
    return dossier


def save(imported: Imported, target: Path, *, force: bool, protected: tuple[Path, ...]) -> Path:
    """Write the dossier to ``target`` and its article beside it, under the article's name;
    return the article's path. Nothing is replaced without ``force`` (an article already
    there with the very same bytes is kept as it is), and nothing is written at all if
    either file would be refused."""
    article_path = target.parent / imported.article_name
    text = imported.article.encode("utf-8")
    if article_path.name == target.name:
        raise WriteError(
            f"{target}: the article is called {article_path.name} too; name the dossier otherwise"
        )
    same = article_path.is_file() and article_path.read_bytes() == text
    if not force:
        for path in (target, article_path):
            if path.exists() and not (path == article_path and same):
                raise WriteError(f"{path}: already exists; add --force to replace it")
    created = not article_path.exists()
    if not same:
        write_text(article_path, imported.article, force=force, protected=protected)
    try:
        write_text(target, to_json(imported.dossier), force=force, protected=protected)
    except WriteError:
        if created:  # made in this run, and of no use without its dossier
            article_path.unlink(missing_ok=True)
        raise
    return article_path
