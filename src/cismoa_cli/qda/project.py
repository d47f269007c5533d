"""The parts of a REFI-QDA project a dossier is read from: its codebook (each code's facet
and value, each actor's record), its one text source and the exact text of the article, its
coded spans, and the source's variables. What cannot be read is a DataError; what is left
out is noted on the :class:`Reader`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import DataError, Problem
from ..qdavocabulary import (
    PROJECT_NAMESPACE,
    VOCABULARIES,
    VOICE,
    Facet,
    ItemType,
    Record,
    read_record,
)
from ..textio import counted
from ..xmltext import decode
from .archive import Archive
from .projectxml import Node, Project, Selection, parse, shown

_INTERNAL = "internal://"
_BOM = "\ufeff"
_FILE_NAME = re.compile(r"[^/\\\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class _Actor:
    name: str
    aliases: list[str]
    summary: str


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    record: Record
    codes: list[tuple[Facet, str]]


@dataclass
class Reader:
    archive: Archive
    label: str
    notes: list[str] = field(default_factory=list)
    codes: dict[str, tuple[Facet, str]] = field(default_factory=dict)  # by GUID
    foreign: dict[str, str] = field(default_factory=dict)  # GUID -> name, outside any facet
    actors: dict[str, _Actor] = field(default_factory=dict)  # by id, in codebook order
    voices: list[dict[str, Any]] = field(default_factory=list)  # in codebook order
    domains: dict[str, str | None] = field(default_factory=dict)  # name: description
    foreign_codings: Counter[str] = field(default_factory=Counter)
    xml_name: str = "project.qde"  # the project file read, as the archive names it

    def note(self, message: str) -> None:
        self.notes.append(message)

    def fail(self, where: str, message: str) -> DataError:
        return DataError(self.label, [Problem(where, message)])

    def fail_at(self, node: Node, message: str) -> DataError:
        """A DataError at the element ``node``: ``project.qde:LINE:COLUMN``."""
        return self.fail(f"{self.xml_name}:{node.where}", message)


def read_project(reader: Reader) -> Project:
    """The project's XML, read as the archive unpacks it (see :mod:`.projectxml`)."""
    files = [n for n in reader.archive.names() if "/" not in n and n.casefold().endswith(".qde")]
    if not files:
        raise reader.fail("", "holds no project.qde: it is not a REFI-QDA project")
    chosen = reader.archive.find("project.qde") or files[0]
    for other in files:
        if other != chosen:
            reader.note(f"{other} ignored: a dossier is read from one project file ({chosen})")
    reader.xml_name = chosen
    project = parse(reader.archive.chunks(chosen), reader.label, chosen)
    root = project.root
    if (root.namespace, root.name) != (PROJECT_NAMESPACE, "Project"):
        raise reader.fail_at(root, f"its root is not a REFI-QDA Project ({PROJECT_NAMESPACE})")
    return project


def attribute_of(node: Node, name: str) -> str | None:
    value = node.attributes.get(name)
    return None if value is None else decode(value)


def description_of(node: Node) -> str | None:
    found = node.child("Description")
    return None if found is None else decode(found.text)


def read_codebook(reader: Reader, root: Node) -> None:
    """Map every code's GUID to its (facet, value); keep each actor's name and record."""
    codebook = root.child("CodeBook")
    codes = codebook.child("Codes") if codebook is not None else None
    if codes is None:
        raise reader.fail_at(root, "the project has no codebook: it was not made by cismoa")
    facets = {facet.value: facet for facet in Facet}
    for group in codes.all("Code"):
        name = attribute_of(group, "name") or ""
        facet = facets.get(name)
        if facet is None:
            count = _foreign(reader, group, name)
            reader.note(
                f"the code group {name!r} ({counted(count - 1, 'code')} under it) is not "
                "one of cismoa's facets; not imported"
            )
            continue
        for code in group.all("Code"):
            _read_code(reader, facet, code)


def _foreign(reader: Reader, code: Node, name: str) -> int:
    """Remember a code and its sub-codes as outside cismoa's facets (their codings are
    counted and listed); return how many codes that is."""
    reader.foreign[code.attributes.get("guid", "")] = name
    return 1 + sum(
        _foreign(reader, child, f"{name}/{attribute_of(child, 'name') or ''}")
        for child in code.all("Code")
    )


def _read_code(reader: Reader, facet: Facet, code: Node) -> None:
    guid = code.attributes.get("guid", "")
    name = attribute_of(code, "name") or ""
    path = f"{facet.value}/{name}"
    for child in code.all("Code"):
        sub = f"{path}/{attribute_of(child, 'name') or ''}"
        _foreign(reader, child, sub)
        reader.note(f"the code {sub!r}: cismoa's codes have no sub-codes; not imported")
    vocabulary = VOCABULARIES.get(facet)
    if facet is Facet.DOMAINS:
        reader.domains[name] = description_of(code)
    voice = _voice(name, description_of(code) or "") if facet is Facet.VOICES else None
    if voice is not None:
        reader.voices.append(voice)
    if facet is Facet.ACTORS:
        value = _actor(reader, name, description_of(code) or "")
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


def _voice(name: str, description: str) -> dict[str, Any] | None:
    """The voice a code of the voices facet declares, or None if it is the article or an
    actor (or not a voice's record)."""
    first, _, rest = description.partition("\n")
    if first != f"{name} ({VOICE})":
        return None
    try:
        fields = json.loads(rest)
    except ValueError:
        return None
    return {"id": name, **fields} if isinstance(fields, dict) else None


def _actor(reader: Reader, name: str, description: str) -> str | None:
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


def text_source(reader: Reader, root: Node) -> Node:
    """The first text source, the only one read (see :mod:`.projectxml`)."""
    sources = root.child("Sources")
    found = sources.child("TextSource") if sources is not None else None
    if sources is None or found is None:
        raise reader.fail_at(root, "the project has no text source: there is no article")
    for name, count in sources.skipped().items():
        what = counted(count, "more text source") if name == "TextSource" else f"{count} {name}"
        reader.note(f"{what} ignored: a dossier reads one text article")
    return found


def article_text(reader: Reader, source: Node) -> str:
    """The source's exact text. (Its name in the project names no file: the user does.)"""
    path = attribute_of(source, "plainTextPath")
    if path is None or not path.startswith(_INTERNAL):
        raise reader.fail_at(
            source,
            f"the TextSource's text is at {shown(path or '')}; cismoa reads the text "
            "stored inside the project (internal://...)",
        )
    inside = path.removeprefix(_INTERNAL)
    entry = reader.archive.find(f"sources/{inside}") if _is_file_name(inside) else None
    if entry is None:
        raise reader.fail_at(
            source, f"the TextSource's text, {shown(inside)}, is not in the archive"
        )
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
    return text


def _is_file_name(name: str) -> bool:
    return name not in (".", "..") and _FILE_NAME.fullmatch(name) is not None


def coded_span(reader: Reader, selection: Selection, article: str) -> Span | None:
    """A coded span that cites an item, or None (with a note) for one that cites none."""
    start, end = _position(selection.start), _position(selection.end)
    description = "" if selection.description is None else decode(selection.description)
    where = f"the span {selection.start}..{selection.end}"
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
    for guid in selection.codes:
        guid = guid or ""  # a coding with no CodeRef refers to no code
        if guid in reader.codes:
            codes.append(reader.codes[guid])
        else:
            reader.foreign_codings[reader.foreign.get(guid, f"an unknown code ({guid})")] += 1
    if selection.memos:
        reader.note(f"{record.item_id}: memos on {where} were not imported")
    return Span(start, end, record, codes)


def _position(value: str | None) -> int | None:
    # The reader let through only whole numbers of at most 18 digits.
    return None if value is None else int(value)


def _excerpt(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")


def source_metadata(reader: Reader, root: Node, source: Node, article: str) -> dict[str, Any]:
    """Title, place and tags from the source's variables; the SHA-256 of its text."""
    root_variables = root.child("Variables")
    names = {
        v.attributes.get("guid", ""): attribute_of(v, "name") or ""
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
    title = values.get("title") or attribute_of(root, "name") or ""
    for name in ("title", "place", "tags"):
        if name not in values:
            then = repr(title) if name == "title" else "empty"
            reader.note(f"the source has no {name!r} variable; the dossier's {name} is {then}")
    tags = _tags(reader, values.get("tags", "[]"))
    return {"title": title, "place": values.get("place", ""), "tags": tags, "sha256": digest}


def _tags(reader: Reader, text: str) -> list[str]:
    try:
        tags = json.loads(text)
    except ValueError:
        tags = None
    if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags):
        return tags
    reader.note(f"the source's tags {text!r} are not a JSON list of words; none imported")
    return []
