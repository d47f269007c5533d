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

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import DataError, Problem, WriteError
from ..evidence import quote_problems
from ..export.write import write_text
from ..models import Dossier, reference_problems
from ..textio import to_json
from .archive import Archive
from .codebook import (
    GUIDE,
    ITEM_FACETS,
    PROJECT_NAMESPACE,
    VOCABULARIES,
    Facet,
    ItemType,
    Record,
    read_record,
)
from .safexml import Node, parse
from .xmltext import decode

MAX_UNPACKED = 256 * 1024 * 1024  # as for a dossier: larger sources are refused
DEFAULT_ARTICLE = "article.txt"
_INTERNAL = "internal://"
_BOM = "\ufeff"
_FILE_NAME = re.compile(r"[^/\\\x00-\x1f\x7f]+")

_LISTS = {
    ItemType.INTEREST: "interests",
    ItemType.RELATION: "relations",
    ItemType.IMPLICATION: "implications",
}
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


@dataclass(frozen=True)
class _Actor:
    name: str
    aliases: list[str]
    summary: str


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    record: Record
    codes: list[tuple[Facet, str]]


@dataclass
class _Reader:
    archive: Archive
    label: str
    notes: list[str] = field(default_factory=list)
    codes: dict[str, tuple[Facet, str]] = field(default_factory=dict)  # by GUID
    foreign: dict[str, str] = field(default_factory=dict)  # GUID -> name, outside any facet
    actors: dict[str, _Actor] = field(default_factory=dict)  # by id, in codebook order
    foreign_codings: Counter[str] = field(default_factory=Counter)

    def note(self, message: str) -> None:
        self.notes.append(message)

    def fail(self, where: str, message: str) -> DataError:
        return DataError(self.label, [Problem(where, message)])


def import_project(data: bytes, label: str, *, max_bytes: int = MAX_UNPACKED) -> Imported:
    """The dossier a .qdpx project holds, its article, and notes on what it leaves out.

    ``label`` names the file in messages. The archive is refused if an entry could
    escape its folder or unpacks to more than ``max_bytes``; the XML if it has a DOCTYPE.
    """
    reader = _Reader(Archive(data, label, max_bytes=max_bytes), label)
    root = _project_root(reader)
    _read_codebook(reader, root.child("CodeBook"))
    source = _text_source(reader, root)
    article, article_name = _article(reader, source)
    spans = [
        span for node in source.all("PlainTextSelection") if (span := _span(reader, node, article))
    ]
    source_metadata = _source_metadata(reader, root, source, article)
    items = _items(reader, spans, article)
    _check_links(reader, root.child("Links"), items["relations"])
    _note_unheld(reader, root, source)
    for name, count in reader.foreign_codings.items():
        reader.note(f"{_count(count, 'span')} coded with {name!r} lost that code")
    shape = {"article": article_name, "source": source_metadata, **items}
    dossier = _validated(reader, shape, article)
    return Imported(dossier.model_dump(mode="json"), article, article_name, reader.notes)


def _project_root(reader: _Reader) -> Node:
    files = [n for n in reader.archive.names() if "/" not in n and n.casefold().endswith(".qde")]
    if not files:
        raise reader.fail("", "holds no project.qde: it is not a REFI-QDA project")
    chosen = reader.archive.find("project.qde") or files[0]
    for other in files:
        if other != chosen:
            reader.note(f"{other} ignored: a dossier is read from one project file ({chosen})")
    root = parse(reader.archive.read(chosen), f"{reader.label}:{chosen}")
    if (root.namespace, root.name) != (PROJECT_NAMESPACE, "Project"):
        raise reader.fail(chosen, f"its root is not a REFI-QDA Project ({PROJECT_NAMESPACE})")
    return root


def _attribute(node: Node, name: str) -> str | None:
    value = node.attributes.get(name)
    return None if value is None else decode(value)


def _description(node: Node) -> str | None:
    found = node.child("Description")
    return None if found is None else decode(found.text)


def _read_codebook(reader: _Reader, codebook: Node | None) -> None:
    """Map every code's GUID to its (facet, value); keep each actor's name and record."""
    codes = codebook.child("Codes") if codebook is not None else None
    if codes is None:
        raise reader.fail("CodeBook", "the project has no codebook: it was not made by cismoa")
    facets = {facet.value: facet for facet in Facet}
    for group in codes.all("Code"):
        name = _attribute(group, "name") or ""
        facet = facets.get(name)
        if facet is None:
            count = _foreign(reader, group, name)
            reader.note(
                f"the code group {name!r} ({_count(count - 1, 'code')} under it) is not "
                "one of cismoa's facets; not imported"
            )
            continue
        for code in group.all("Code"):
            _read_code(reader, facet, code)


def _foreign(reader: _Reader, code: Node, name: str) -> int:
    """Remember a code and its sub-codes as outside cismoa's facets (their codings are
    counted and listed); return how many codes that is."""
    reader.foreign[code.attributes.get("guid", "")] = name
    return 1 + sum(
        _foreign(reader, child, f"{name}/{_attribute(child, 'name') or ''}")
        for child in code.all("Code")
    )


def _read_code(reader: _Reader, facet: Facet, code: Node) -> None:
    guid = code.attributes.get("guid", "")
    name = _attribute(code, "name") or ""
    path = f"{facet.value}/{name}"
    for child in code.all("Code"):
        sub = f"{path}/{_attribute(child, 'name') or ''}"
        _foreign(reader, child, sub)
        reader.note(f"the code {sub!r}: cismoa's codes have no sub-codes; not imported")
    vocabulary = VOCABULARIES.get(facet)
    if facet is Facet.ACTORS:
        value = _actor(reader, name, _description(code) or "")
        why = "its description does not start with 'ID (actor)'"
    elif vocabulary is not None and name not in {word.value for word in vocabulary}:
        value, why = None, f"it is not a word of cismoa's {facet.value}"
    else:
        value, why = name, ""
    if value is None:
        reader.foreign[guid] = path
        reader.note(f"the code {path!r}: {why}; not imported")
    else:
        reader.codes[guid] = (facet, value)


def _actor(reader: _Reader, name: str, description: str) -> str | None:
    """The id of the actor a code stands for, read from its record; None if it has none."""
    record = read_record(description)
    if record is None or record.kind is not ItemType.ACTOR:
        return None
    aliases_line, _, summary = (record.rest or "").partition("\n")
    aliases: list[str] = []
    if aliases_line.startswith("aliases: "):
        try:
            parsed = json.loads(aliases_line.removeprefix("aliases: "))
        except ValueError:
            parsed = None
        if isinstance(parsed, list) and all(isinstance(a, str) for a in parsed):
            aliases = parsed
        else:
            reader.note(
                f"{record.item_id}: its aliases line is not a JSON list of names; "
                "no aliases imported"
            )
    else:
        summary = record.rest or ""
        reader.note(f"{record.item_id}: its code's description has no aliases line")
    reader.actors[record.item_id] = _Actor(name, aliases, summary)
    return record.item_id


def _text_source(reader: _Reader, root: Node) -> Node:
    sources = root.child("Sources")
    found = sources.all("TextSource") if sources is not None else []
    if not found:
        raise reader.fail("Sources", "the project has no text source: there is no article")
    for other in found[1:]:
        reader.note(
            f"the text source {_attribute(other, 'name')!r} ignored: a dossier reads one article"
        )
    for node in sources.children if sources is not None else []:
        if node.name != "TextSource":
            reader.note(
                f"a {node.name} ({_attribute(node, 'name')!r}) ignored: a dossier "
                "reads one text article"
            )
    return found[0]


def _article(reader: _Reader, source: Node) -> tuple[str, str]:
    """The source's exact text, and a file name to write it under."""
    path = _attribute(source, "plainTextPath")
    if path is None or not path.startswith(_INTERNAL):
        raise reader.fail(
            "TextSource",
            f"its text is at {path!r}; cismoa reads the text "
            "stored inside the project (internal://...)",
        )
    inside = path.removeprefix(_INTERNAL)
    entry = reader.archive.find(f"sources/{inside}") if _is_file_name(inside) else None
    if entry is None:
        raise reader.fail("TextSource", f"its text, {inside!r}, is not in the archive")
    raw = reader.archive.read(entry)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise reader.fail(entry, f"byte {error.start} is not UTF-8") from None
    if "\x00" in text:
        raise reader.fail(entry, "contains a NUL byte")
    if text.startswith(_BOM):
        text = text.removeprefix(_BOM)
        reader.note(f"{entry}: a byte-order mark before the text was left out")
    name = _attribute(source, "name") or ""
    if not _is_file_name(name):
        reader.note(
            f"the source's name {name!r} is not a plain file name; the article is "
            f"written as {DEFAULT_ARTICLE}"
        )
        name = DEFAULT_ARTICLE
    return text, name


def _is_file_name(name: str) -> bool:
    return name not in (".", "..") and _FILE_NAME.fullmatch(name) is not None


def _span(reader: _Reader, node: Node, article: str) -> _Span | None:
    """A coded span that cites an item, or None (with a note) for one that cites none."""
    start, end = (_position(node.attributes.get(a)) for a in ("startPosition", "endPosition"))
    description = _description(node) or ""
    where = f"the span {node.attributes.get('startPosition')}..{node.attributes.get('endPosition')}"
    if start is None or end is None or not 0 <= start < end <= len(article):
        reader.note(
            f"{where} ({description.split(chr(10), 1)[0]!r}) is outside the "
            f"article's {len(article):,} characters; not imported"
        )
        return None
    record = read_record(description)
    if record is None:
        reader.note(
            f"{where} ({_excerpt(article[start:end])}) does not start its description "
            "with 'ID (kind)'; no item claims it, so it was not imported"
        )
        return None
    codes: list[tuple[Facet, str]] = []
    for coding in node.all("Coding"):
        reference = coding.child("CodeRef")
        guid = reference.attributes.get("targetGUID", "") if reference is not None else ""
        if guid in reader.codes:
            codes.append(reader.codes[guid])
        else:
            reader.foreign_codings[reader.foreign.get(guid, f"an unknown code ({guid})")] += 1
    if node.all("NoteRef"):
        reader.note(f"{record.item_id}: memos on {where} were not imported")
    return _Span(start, end, record, codes)


def _position(value: str | None) -> int | None:
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _excerpt(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _source_metadata(reader: _Reader, root: Node, source: Node, article: str) -> dict[str, Any]:
    """Title, place and tags from the source's variables; the SHA-256 of its text."""
    root_variables = root.child("Variables")
    names = {
        v.attributes.get("guid", ""): _attribute(v, "name") or ""
        for v in (root_variables.all("Variable") if root_variables is not None else [])
    }
    values: dict[str, str] = {}
    for node in source.all("VariableValue"):
        reference, text = node.child("VariableRef"), node.child("TextValue")
        name = names.get(reference.attributes.get("targetGUID", "") if reference else "", "")
        if name in ("title", "place", "tags", "sha256") and text is not None:
            values[name] = decode(text.text)
        else:
            reader.note(
                f"the source's variable {name or '(unnamed)'!r} has no place in a "
                "dossier; not imported"
            )
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    if values.get("sha256", digest) != digest:
        reader.note(
            "the article's text differs from the exported one; the dossier records "
            "its new SHA-256, and every quote is cut from the new text"
        )
    title = values.get("title") or _attribute(root, "name") or ""
    for name in ("title", "place", "tags"):
        if name not in values:
            then = repr(title) if name == "title" else "empty"
            reader.note(f"the source has no {name!r} variable; the dossier's {name} is {then}")
    tags = _tags(reader, values.get("tags", "[]"))
    return {"title": title, "place": values.get("place", ""), "tags": tags, "sha256": digest}


def _tags(reader: _Reader, text: str) -> list[str]:
    try:
        tags = json.loads(text)
    except ValueError:
        tags = None
    if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags):
        return tags
    reader.note(f"the source's tags {text!r} are not a JSON list of words; none imported")
    return []


def _items(reader: _Reader, spans: list[_Span], article: str) -> dict[str, list[dict[str, Any]]]:
    """The dossier's lists: actors in codebook order, the rest in order of first span."""
    claimed: dict[tuple[ItemType, str], list[_Span]] = {}
    for span in spans:
        claimed.setdefault((span.record.kind, span.record.item_id), []).append(span)
    lists: dict[str, list[dict[str, Any]]] = {
        "actors": [],
        "interests": [],
        "relations": [],
        "implications": [],
    }
    for actor_id in reader.actors:
        actor = _build(
            reader, ItemType.ACTOR, actor_id, claimed.pop((ItemType.ACTOR, actor_id), []), article
        )
        if actor is not None:
            lists["actors"].append(actor)
    for (kind, item_id), cited in claimed.items():
        if kind is ItemType.ACTOR:
            reader.note(f"{item_id}: spans name an actor the codebook does not have; not imported")
            continue
        item = _build(reader, kind, item_id, cited, article)
        if item is not None:
            lists[_LISTS[kind]].append(item)
    return lists


def _build(
    reader: _Reader, kind: ItemType, item_id: str, spans: list[_Span], article: str
) -> dict[str, Any] | None:
    """One item from its spans, or None (with a note saying why)."""
    if not spans:
        reader.note(f"{item_id}: no coded span is left to quote; not imported")
        return None
    # A span with no code at all is a bare quote of the item (one added in a QDA tool by
    # typing the item's id as its description): the item's codes are those of the others.
    coded = [span.codes for span in spans if span.codes]
    codes = coded[0] if coded else []
    if any(other != codes for other in coded[1:]):
        reader.note(f"{item_id}: its spans are coded differently; the first span's codes were kept")
    statements = [s.record.rest for s in spans if s.record.rest]
    if len(set(statements)) > 1:
        reader.note(f"{item_id}: its spans' descriptions differ; the first was kept")
    for facet in dict.fromkeys(f for f, _ in codes if f not in ITEM_FACETS[kind]):
        reader.note(
            f"{item_id}: a {kind.value} has no {facet.value}; those codes were not imported"
        )
    if [v for f, v in codes if f is Facet.ITEM_TYPES] != [kind.value]:
        reader.note(
            f"{item_id}: its item-type codes do not say {kind.value!r} alone; its "
            "description's kind was kept"
        )
    pick = _Picker(reader, item_id, codes)
    evidence = [{"quote": article[s.start : s.end], "start": s.start, "end": s.end} for s in spans]
    item: dict[str, Any] = {"id": item_id}
    if kind is ItemType.ACTOR:
        known = reader.actors[item_id]
        if pick.all(Facet.ACTORS) != [item_id]:
            reader.note(
                f"{item_id}: its spans should carry its own actor code alone; "
                "the description's id was kept"
            )
        item |= {
            "name": known.name,
            "aliases": known.aliases,
            "kind": pick.one(Facet.ACTOR_KINDS),
            "summary": known.summary,
        }
    else:
        if not statements:
            reader.note(f"{item_id}: no span's description has a statement; not imported")
            return None
        item["statement"] = statements[0]
        if kind is ItemType.INTEREST:
            item["actor"] = pick.one(Facet.ACTORS)
        elif kind is ItemType.RELATION:
            item |= {
                "actors": pick.exactly(Facet.ACTORS, 2),
                "kind": pick.one(Facet.RELATION_KINDS),
            }
        else:
            item |= {
                "affects": pick.at_least_one(Facet.ACTORS),
                "domain": pick.one(Facet.DOMAINS),
                "direction": pick.one(Facet.DIRECTIONS),
                "certainty": pick.one(Facet.CERTAINTIES),
                "horizon": pick.one(Facet.HORIZONS),
                "asserted_by": pick.one(Facet.VOICES),
                "hedge": pick.optional(Facet.HEDGES),
            }
    if pick.missing:
        return None
    return {**item, "evidence": evidence}


@dataclass
class _Picker:
    """An item's values for each facet, noting (once) each facet that has the wrong count."""

    reader: _Reader
    item_id: str
    codes: list[tuple[Facet, str]]
    missing: bool = False

    def all(self, facet: Facet) -> list[str]:
        return [value for f, value in self.codes if f is facet]

    def _counted(self, facet: Facet, fits: Callable[[int], bool], wanted: str) -> list[str]:
        values = self.all(facet)
        if not fits(len(values)):
            self.reader.note(
                f"{self.item_id}: needs {wanted} from {facet.value!r}, has "
                f"{len(values)}; not imported"
            )
            self.missing = True
        return values

    def one(self, facet: Facet) -> str | None:
        values = self._counted(facet, lambda n: n == 1, "one code")
        return values[0] if values else None

    def exactly(self, facet: Facet, count: int) -> list[str]:
        return self._counted(facet, lambda n: n == count, f"{count} codes")

    def at_least_one(self, facet: Facet) -> list[str]:
        return self._counted(facet, lambda n: n >= 1, "at least one code")

    def optional(self, facet: Facet) -> str | None:
        values = self._counted(facet, lambda n: n <= 1, "at most one code")
        return values[0] if values else None


def _check_links(reader: _Reader, links: Node | None, relations: list[dict[str, Any]]) -> None:
    """Every link should join the two actors of a relation; list those that do not."""
    pairs = {frozenset(r["actors"]) for r in relations}
    for link in links.all("Link") if links is not None else []:
        ends = [reader.codes.get(link.attributes.get(a, "")) for a in ("originGUID", "targetGUID")]
        actors = frozenset(code[1] for code in ends if code and code[0] is Facet.ACTORS)
        if len(actors) != 2 or actors not in pairs:
            reader.note(
                f"the link {_attribute(link, 'name')!r} does not join the two actors "
                "of a relation with a coded span; not imported"
            )


def _note_unheld(reader: _Reader, root: Node, source: Node) -> None:
    unheld = Counter(node.name for node in root.children if node.name not in _HELD)
    for name, count in unheld.items():
        what = _UNHELD.get(name, name)
        reader.note(f"the project's {what} ({count}) have no place in a dossier; not imported")
    description = _description(root)
    if description is not None and description != GUIDE:
        reader.note("the project's description has no place in a dossier; not imported")
    if source.all("Coding"):
        reader.note(f"codes on the whole article ({len(source.all('Coding'))}) were not imported")
    if source.all("NoteRef") or source.child("Description") is not None:
        reader.note("memos and the description of the article were not imported")


def _validated(reader: _Reader, data: dict[str, Any], article: str) -> Dossier:
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


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


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
