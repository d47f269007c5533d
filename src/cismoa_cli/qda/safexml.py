"""XML from outside, read without trusting it: no document type declaration at all.

A REFI-QDA project needs no DTD, and a DTD is where entity attacks live: a "billion
laughs" bomb (entities that expand to gigabytes), or an external entity that reads a local
file into the document. Python's expat does not fetch external entities, but it does
expand internal ones; so the parser stops at the first sign of a DOCTYPE, before any
entity is declared, let alone expanded. The standard library's parser is enough for that;
no extra dependency is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from ..errors import DataError, Problem

_SEPARATOR = " "  # between namespace and local name in expat's element names


@dataclass
class Node:
    """An element: its namespace, local name, attributes, children and own text."""

    namespace: str
    name: str
    attributes: dict[str, str]
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def child(self, name: str) -> Node | None:
        """The first child called ``name``."""
        return next((c for c in self.children if c.name == name), None)

    def all(self, name: str) -> list[Node]:
        """Every child called ``name``."""
        return [c for c in self.children if c.name == name]


class _Refused(Exception):
    pass


def parse(data: bytes, label: str) -> Node:
    """The document's root element; a DOCTYPE, an entity declaration or malformed XML
    raises DataError naming ``label`` and the line and column."""
    parser = expat.ParserCreate(namespace_separator=_SEPARATOR)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Node] = []
    texts: list[list[str]] = []
    roots: list[Node] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        namespace, _, name = tag.rpartition(_SEPARATOR)
        node = Node(namespace, name, attributes)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        texts.append([])

    def end(tag: str) -> None:
        stack.pop().text = "".join(texts.pop())

    def characters(data: str) -> None:
        if texts:
            texts[-1].append(data)

    def refuse(*_: Any) -> None:
        raise _Refused

    def refuse_external(*_: Any) -> int:
        raise _Refused

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse_external
    try:
        parser.Parse(data, True)
    except _Refused:
        where = f"{parser.CurrentLineNumber}:{parser.CurrentColumnNumber + 1}"
        raise DataError(
            label,
            [
                Problem(
                    where,
                    "refused: a document type declaration (DOCTYPE); REFI-QDA "
                    "projects have none, and cismoa expands no entity",
                )
            ],
        ) from None
    except expat.ExpatError as error:
        where = f"{error.lineno}:{error.offset + 1}"
        message = expat.errors.messages[error.code]
        raise DataError(label, [Problem(where, f"invalid XML: {message}")]) from None
    return roots[0]
