"""A project's XML, read as a stream by defusedxml's parser and kept only where a dossier is
made from it.

defusedxml refuses what a REFI-QDA project never needs and an attacker would use: a
document type declaration (where entity bombs and external entities live), any entity
declaration, any external reference. What is left is parsed as a stream: an element cismoa
reads (the codebook, the first text source and its coded spans, the variables, the links,
the descriptions) becomes a :class:`Node`; any other is counted in its parent's
``skipped()`` and forgotten, with everything inside it. So the memory a project costs grows
with what cismoa uses, not with what the file holds, and two limits bound the rest:

- at most :data:`MAX_ELEMENTS` elements: more than any project cismoa can export within
  the size an archive may unpack to (a 100,000-implication dossier makes about 2 million);
- at most :data:`MAX_DEPTH` levels of nesting (cismoa's own projects nest 6 deep).

Past either, or at the first malformed byte, reading stops with one line naming the place.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.sax.xmlreader import Locator

from defusedxml import DefusedXmlException
from defusedxml.expatreader import create_parser

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
    "PlainTextSelection": frozenset({"Description", "Coding"}),
    "Coding": frozenset({"CodeRef"}),
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
_TEXT = frozenset({"Description", "TextValue"})  # the elements whose text is read
_SOURCES = "Sources"  # its first TextSource is read whole; of the others, their names


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


class _Stop(Exception):
    """Reading stops: ``message``, at ``place``, the start of the element where it was found
    (taken inside the handler: once it has raised, the parser has moved on)."""

    def __init__(self, message: str, place: tuple[int, int]) -> None:
        super().__init__(message)
        self.message = message
        self.place = place


class _Builder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.root: Node | None = None
        self.elements = 0
        self._locator: Locator | None = None
        # One entry per open element: its Node, or None inside an element not kept.
        self._open: list[Node | None] = []
        self._text: list[str] = []  # the text of the open element being read, if any
        self._source: Node | None = None  # the first TextSource, the one read whole

    def setDocumentLocator(self, locator: Locator) -> None:
        self._locator = locator

    def place(self) -> tuple[int, int]:
        """The parser's line and column (from 1) in the document."""
        assert self._locator is not None  # given before the first event
        return _place(self._locator.getLineNumber(), self._locator.getColumnNumber())

    def startElementNS(self, name: tuple[str | None, str], qname: str | None, attrs: Any) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            message = f"holds more than {MAX_ELEMENTS:,} elements, cismoa's limit"
            raise _Stop(message, self.place())
        if len(self._open) >= MAX_DEPTH:
            raise _Stop(f"nests elements more than {MAX_DEPTH} deep, cismoa's limit", self.place())
        namespace, local = name[0] or "", name[1]
        parent = self._open[-1] if self._open else None
        if self._open and parent is None:  # inside an element not kept
            self._open.append(None)
            return
        if parent is not None and not self._keeps(parent, local):
            if parent.counts is None:
                parent.counts = Counter()
            parent.counts[local] += 1
            self._open.append(None)
            return
        place = self.place()
        node = Node(namespace, local, *place, self._attributes(local, attrs, place))
        if parent is None:
            self.root = node
        else:
            parent.children.append(node)
            if parent.name == _SOURCES and local == "TextSource" and self._source is None:
                self._source = node
        self._open.append(node)
        self._text.clear()

    def endElementNS(self, name: tuple[str | None, str], qname: str | None) -> None:
        node = self._open.pop()
        if node is not None and node.name in _TEXT:
            node.text = "".join(self._text)
            self._text.clear()

    def characters(self, content: str) -> None:
        node = self._open[-1] if self._open else None
        if node is not None and node.name in _TEXT:
            self._text.append(content)

    def _keeps(self, parent: Node, name: str) -> bool:
        if parent.name == _SOURCES:  # a dossier has one article: the first text source
            return name == "TextSource" and self._source is None
        return name in _CHILDREN.get(parent.name, ())

    def _attributes(self, name: str, attrs: Any, place: tuple[int, int]) -> dict[str, str]:
        """The element's own attributes; one the schema does not give it is an error
        (attributes in another namespace, such as ``xsi:schemaLocation``, are left out)."""
        known = _ATTRIBUTES.get(name)
        found: dict[str, str] = {}
        for (namespace, local), value in attrs.items():
            if namespace:
                continue
            if known is not None and local not in known:
                message = f"the attribute {shown(local)} is not one a REFI-QDA {name} has"
                raise _Stop(message, place)
            if local in _GUIDS and not _GUID.fullmatch(value):
                raise _Stop(f"the {name}'s {local} {shown(value)} is not a GUID", place)
            if local in _POSITIONS and not _POSITION.fullmatch(value):
                raise _Stop(
                    f"the {name}'s {local} {shown(value)} is not a position "
                    "(a whole number from 0, at most 18 digits)",
                    place,
                )
            found[local] = value
        return found


def parse(data: bytes, label: str, name: str) -> Node:
    """The root element of the document ``name`` in the archive ``label``, with what cismoa
    reads of it; a DOCTYPE, an entity, malformed XML, an unknown attribute, a bad GUID or
    position, or a project past a limit raises DataError at ``name:LINE:COLUMN``."""
    builder = _Builder()
    parser = create_parser(forbid_dtd=True)
    parser.setFeature(feature_namespaces, True)
    parser.setContentHandler(builder)
    try:
        parser.parse(io.BytesIO(data))  # read and parsed 64 KB at a time
    except _Stop as stop:
        raise _failure(label, name, stop.place, stop.message) from None
    except DefusedXmlException:
        raise _failure(
            label,
            name,
            builder.place(),
            "refused: a document type declaration (DOCTYPE); REFI-QDA projects have none, "
            "and cismoa expands no entity",
        ) from None
    except SAXParseException as error:
        place = _place(error.getLineNumber(), error.getColumnNumber())
        raise _failure(label, name, place, f"invalid XML: {error.getMessage()}") from None
    assert builder.root is not None  # a document without a root element is invalid XML
    return builder.root


def _failure(label: str, name: str, place: tuple[int, int], message: str) -> DataError:
    return DataError(label, [Problem(f"{name}:{place[0]}:{place[1]}", message)])


def _place(line: int | None, column: int | None) -> tuple[int, int]:
    """A line and a column counted from 1, from expat's (its column counts from 0)."""
    return line or 1, (column or 0) + 1


def shown(value: str) -> str:
    """A value from the file, quoted and cut short enough for one line."""
    return repr(value if len(value) <= 40 else f"{value[:39]}…")
