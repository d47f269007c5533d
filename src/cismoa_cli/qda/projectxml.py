"""A project's XML, read as a stream by Python's expat parser and kept only where a dossier is
made from it.

What a REFI-QDA project never needs and an attacker would use is refused: a document type
declaration (where entity bombs and external entities live, since every entity
declaration and external reference stands inside one) stops the reading at its start, so
no entity is ever declared or expanded. What is left is parsed as a stream, a piece at a
time as the archive unpacks it: an element cismoa reads (the codebook, the first text
source, the variables, the links, the descriptions) becomes a :class:`Node`; each coded
span of the text source becomes a :class:`Selection`, no more than what a dossier takes
from it; any other element is counted in its parent's ``skipped()`` and forgotten, with
everything inside it. So the memory a project costs grows with what cismoa uses, not with
what the file holds, and two limits bound the rest:

- at most :data:`MAX_ELEMENTS` elements: more than any project cismoa can export within
  the size an archive may unpack to (a 100,000-implication dossier makes about 2 million);
- at most :data:`MAX_DEPTH` levels of nesting (cismoa's own projects nest 6 deep).

Past either, or at the first malformed byte, reading stops with one line naming the place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NoReturn
from xml.parsers import expat

from ..errors import DataError, Problem

MAX_ELEMENTS = 4_000_000
MAX_DEPTH = 64

# What is read of each element cismoa keeps: the children it keeps (the others are only
# counted) and the attributes the REFI-QDA schema gives it (any other is an error).
_CHILDREN: dict[str, frozenset[str]] = {
    "Project": frozenset({"CodeBook", "Variables", "Sources", "Links", "Description"}),
    "CodeBook": frozenset({"Codes"}),
    "Codes": frozenset({"Code"}),
    "Code": frozenset({"Code", "Description"}),
    "Variables": frozenset({"Variable"}),
    "TextSource": frozenset({"PlainTextSelection", "VariableValue", "Description"}),
    "VariableValue": frozenset({"VariableRef", "TextValue"}),
    "Links": frozenset({"Link"}),
}
_STAMPS = ("creatingUser", "creationDateTime", "modifyingUser", "modifiedDateTime")
_ATTRIBUTES: dict[str, frozenset[str]] = {
    "Project": frozenset(
        {
            "name",
            "origin",
            "creatingUserGUID",
            "creationDateTime",
            "modifyingUserGUID",
            "modifiedDateTime",
            "basePath",
        }
    ),
    "CodeBook": frozenset({"origin"}),
    "Code": frozenset({"guid", "name", "isCodable", "color"}),
    "Variable": frozenset({"guid", "name", "typeOfVariable"}),
    "TextSource": frozenset({"guid", "name", "richTextPath", "plainTextPath", *_STAMPS}),
    "PlainTextSelection": frozenset({"guid", "name", "startPosition", "endPosition", *_STAMPS}),
    "Coding": frozenset({"guid", "creatingUser", "creationDateTime"}),
    "CodeRef": frozenset({"targetGUID"}),
    "VariableRef": frozenset({"targetGUID"}),
    "Link": frozenset({"guid", "name", "direction", "color", "originGUID", "targetGUID"}),
}
_GUIDS = frozenset(
    {
        "guid",
        "targetGUID",
        "originGUID",
        "creatingUser",
        "modifyingUser",
        "creatingUserGUID",
        "modifyingUserGUID",
    }
)
_GUID = re.compile(r"(\{)?[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?(1)\})")
_POSITIONS = frozenset({"startPosition", "endPosition"})
# A character offset: larger numbers than this are no article's (and Python's int() limits
# the digits it converts; a position past the article is noted later, not refused here).
_POSITION = re.compile(r"[0-9]{1,18}")
# Of each element with a schema of its own, the attributes that must be GUIDs or positions.
_CHECKED = {
    name: (tuple(sorted(known & _GUIDS)), tuple(sorted(known & _POSITIONS)))
    for name, known in _ATTRIBUTES.items()
}
_TEXT = frozenset({"Description", "TextValue"})  # the elements whose text is read
_SOURCES = "Sources"  # its first TextSource is read whole; of the others, their names
# GUIDs already found well formed, each kept once: the same few (the user, the codes a
# coding refers to) come back on every coded span. Bounded, as everything read is; an
# element's own guid names it alone, and is not kept.
_REMEMBERED = 4096


@dataclass(slots=True)
class Node:
    """An element cismoa reads: its namespace, local name, where it starts (line, column),
    attributes, the children kept, and how many of each other child it had."""

    namespace: str
    name: str
    line: int
    column: int
    attributes: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: str = ""
    counts: Counter[str] | None = None  # made at the first child not kept: most have none

    @property
    def where(self) -> str:
        """``LINE:COLUMN``, as a message names a place."""
        return f"{self.line}:{self.column}"

    def skipped(self) -> Counter[str]:
        """How many children of each name it had that were not kept."""
        return self.counts if self.counts is not None else Counter()

    def child(self, name: str) -> Node | None:
        """The first child called ``name``."""
        return next((c for c in self.children if c.name == name), None)

    def all(self, name: str) -> list[Node]:
        """Every child called ``name``."""
        return [c for c in self.children if c.name == name]


@dataclass(slots=True)
class Selection:
    """A coded span of the text source (a ``PlainTextSelection``), as much of it as a dossier
    takes: its positions as written, its first description, the code each of its codings
    refers to (its first ``CodeRef``'s ``targetGUID``; "" if it has none), and how many memos
    (``NoteRef``) it carries. A project holds one for every quote of a dossier, so nothing
    else of it is kept."""

    start: str | None
    end: str | None
    description: str | None = None
    codes: list[str | None] = field(default_factory=list)  # None: no CodeRef read yet
    memos: int = 0


@dataclass(slots=True)
class Project:
    """What is read of a project: the root element and the text source's coded spans."""

    root: Node
    selections: list[Selection]


class _Stop(Exception):
    """Reading stops: ``message``, at ``place``, the start of the element where it was found
    (taken inside the handler: once it has raised, the parser has moved on)."""

    def __init__(self, message: str, place: tuple[int, int]) -> None:
        super().__init__(message)
        self.message = message
        self.place = place


# What stands on the stack of open elements for those inside a coded span.
_CODING = "Coding"  # a coding of the span being read
_DESCRIPTION = "Description"  # the span's first description, its text being read


class _Builder:
    """The handlers expat calls, and what they build."""

    def __init__(self, parser: expat.XMLParserType) -> None:
        self.root: Node | None = None
        self.selections: list[Selection] = []
        self.elements = 0
        self._parser = parser
        # One entry per open element: its Node; a Selection, _CODING or _DESCRIPTION inside
        # a coded span; or None inside an element not kept.
        self._open: list[Node | Selection | str | None] = []
        self._text: list[str] = []  # the text of the element being read, if any
        self._reading: Node | str | None = None  # that element
        self._source: Node | None = None  # the first TextSource, the one read whole
        self._guids: dict[str, str] = {}
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        # As defusedxml guards expat: a DOCTYPE is refused where it starts, before its
        # internal subset is read, and so (should one ever be reached) is any entity
        # declaration or reference to an external entity.
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.doctype
        parser.UnparsedEntityDeclHandler = self.doctype
        parser.ExternalEntityRefHandler = self.doctype

    def place(self) -> tuple[int, int]:
        """The parser's line and column (from 1) in the document."""
        return _place(self._parser.CurrentLineNumber, self._parser.CurrentColumnNumber)

    def doctype(self, *_: object) -> NoReturn:
        raise _Stop(
            "refused: a document type declaration (DOCTYPE); REFI-QDA projects have none, "
            "and cismoa expands no entity",
            self.place(),
        )

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            message = f"holds more than {MAX_ELEMENTS:,} elements, cismoa's limit"
            raise _Stop(message, self.place())
        opened = self._open
        if len(opened) >= MAX_DEPTH:
            raise _Stop(f"nests elements more than {MAX_DEPTH} deep, cismoa's limit", self.place())
        namespace, _, local = name.rpartition(" ")
        parent = opened[-1] if opened else None
        if parent is None:
            if opened:  # inside an element not kept
                opened.append(None)
            else:
                self.root = self._node(namespace, local, attrs)
                opened.append(self.root)
            return
        if parent is _CODING:  # each coding's first CodeRef names its code
            if local == "CodeRef":
                target = self._attributes(local, attrs).get("targetGUID", "")
                codes = self.selections[-1].codes
                if codes[-1] is None:
                    codes[-1] = self._guids.get(target, target)
            opened.append(None)
        elif isinstance(parent, Selection):
            opened.append(self._in_span(parent, local, attrs))
        elif isinstance(parent, Node):
            opened.append(self._child(parent, namespace, local, attrs))
        else:  # the span's description: its text only
            opened.append(None)

    def _in_span(self, span: Selection, local: str, attrs: dict[str, str]) -> str | None:
        if local == "Coding":
            self._attributes(local, attrs)
            span.codes.append(None)
            return _CODING
        if local == "Description":
            self._attributes(local, attrs)
            if span.description is None:
                self._read_text(_DESCRIPTION)
                return _DESCRIPTION
        elif local == "NoteRef":
            span.memos += 1
        return None

    def _child(
        self, parent: Node, namespace: str, local: str, attrs: dict[str, str]
    ) -> Node | Selection | None:
        if parent.name == _SOURCES:  # a dossier has one article: the first text source
            kept = local == "TextSource" and self._source is None
        else:
            kept = local in _CHILDREN.get(parent.name, ())
        if not kept:
            if parent.counts is None:
                parent.counts = Counter()
            parent.counts[local] += 1
            return None
        if parent.name == "TextSource" and local == "PlainTextSelection":
            found = self._attributes(local, attrs)
            span = Selection(found.get("startPosition"), found.get("endPosition"))
            self.selections.append(span)
            return span
        node = self._node(namespace, local, attrs)
        parent.children.append(node)
        if parent.name == _SOURCES:
            self._source = node
        if local in _TEXT:
            self._read_text(node)
        return node

    def _node(self, namespace: str, local: str, attrs: dict[str, str]) -> Node:
        return Node(namespace, local, *self.place(), self._attributes(local, attrs))

    def _read_text(self, element: Node | str) -> None:
        self._reading = element
        self._parser.CharacterDataHandler = self.characters

    def characters(self, content: str) -> None:
        if self._open[-1] is self._reading:  # not inside a child of it
            self._text.append(content)

    def end(self, name: str) -> None:
        element = self._open.pop()
        if element is None or element is not self._reading:
            return
        self._parser.CharacterDataHandler = None
        self._reading = None
        text = "".join(self._text)
        self._text.clear()
        if isinstance(element, Node):
            element.text = text
        else:
            self.selections[-1].description = text

    def _attributes(self, name: str, attrs: dict[str, str]) -> dict[str, str]:
        """The element's own attributes, checked; quickly for the common case of an element
        with known attributes only, all well formed."""
        known = _ATTRIBUTES.get(name)
        if known is None or not known.issuperset(attrs):
            return self._checked(name, attrs)
        guids = self._guids
        ids, positions = _CHECKED[name]
        for key in ids:
            value = attrs.get(key)
            if value is not None and value not in guids:
                if not _GUID.fullmatch(value):
                    return self._checked(name, attrs)
                if key != "guid" and len(guids) < _REMEMBERED:
                    guids[value] = value
        for key in positions:
            value = attrs.get(key)
            if value is not None and not _POSITION.fullmatch(value):
                return self._checked(name, attrs)
        return attrs

    def _checked(self, name: str, attrs: dict[str, str]) -> dict[str, str]:
        """The element's own attributes; one the schema does not give it is an error
        (attributes in another namespace, such as ``xsi:schemaLocation``, are left out)."""
        known = _ATTRIBUTES.get(name)
        found: dict[str, str] = {}
        for key, value in attrs.items():
            if " " in key:  # "NAMESPACE LOCAL": another namespace's
                continue
            if known is not None and key not in known:
                message = f"the attribute {shown(key)} is not one a REFI-QDA {name} has"
                raise _Stop(message, self.place())
            if key in _GUIDS and not _GUID.fullmatch(value):
                raise _Stop(f"the {name}'s {key} {shown(value)} is not a GUID", self.place())
            if key in _POSITIONS and not _POSITION.fullmatch(value):
                raise _Stop(
                    f"the {name}'s {key} {shown(value)} is not a position "
                    "(a whole number from 0, at most 18 digits)",
                    self.place(),
                )
            found[key] = value
        return found


def parse(chunks: Iterable[bytes], label: str, name: str) -> Project:
    """What cismoa reads of the document ``name`` in the archive ``label``, given a piece at
    a time; a DOCTYPE, malformed XML, an unknown attribute, a bad GUID or position, or a
    project past a limit raises DataError at ``name:LINE:COLUMN``."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True  # the text of an element in one piece, not one per line
    builder = _Builder(parser)
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Stop as stop:
        raise _failure(label, name, stop.place, stop.message) from None
    except expat.ExpatError as error:
        message = f"invalid XML: {expat.ErrorString(error.code)}"
        raise _failure(label, name, _place(error.lineno, error.offset), message) from None
    assert builder.root is not None  # a document without a root element is invalid XML
    return Project(builder.root, builder.selections)


def _failure(label: str, name: str, place: tuple[int, int], message: str) -> DataError:
    return DataError(label, [Problem(f"{name}:{place[0]}:{place[1]}", message)])


def _place(line: int | None, column: int | None) -> tuple[int, int]:
    """A line and a column counted from 1, from expat's (its column counts from 0)."""
    return line or 1, (column or 0) + 1


def shown(value: str) -> str:
    """A value from the file, quoted and cut short enough for one line."""
    return repr(value if len(value) <= 40 else f"{value[:39]}…")
