"""Dossier text in XML 1.0, both ways: the characters XML 1.0 cannot hold, and a writer.

XML 1.0 has no way to write most C0 control characters (U+0000 to U+001F but tab, line
feed and carriage return), nor U+FFFE, U+FFFF or a lone surrogate, not even as ``&#27;``.
A dossier may hold them (the hostile fixture's names carry ESC and BEL), so each string
goes into the XML through one reversible rule:

- a forbidden control character becomes its Unicode Control Picture, U+2400 plus its
  code (ESC, U+001B, is written ``␛``, U+241B), which a QDA tool shows as a visible symbol;
- U+FFFE, U+FFFF and lone surrogates become the private-use mark U+E000 followed by four
  hexadecimal digits (``\\ue000FFFE``);
- a character that would otherwise read back as something else, the mark itself or a
  Control Picture of a forbidden control, is written as the mark followed by itself.

:func:`decode` undoes :func:`encode` exactly, so a dossier survives export and import.
Everything else, tab, line feed and carriage return included, is kept: written as it is,
or as a character reference where a parser would otherwise normalise it away (``&#13;``)
or where it could act on a terminal showing the file (C1 controls, bidi overrides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..textio import xml_safe

MARK = "\ue000"  # the first private-use character: escapes what would be misread
_PICTURE = 0x2400  # Control Pictures: U+2400 + the control's code
_FORBIDDEN_CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
_PICTURES = "".join(chr(_PICTURE + ord(c)) for c in _FORBIDDEN_CONTROLS)
_TO_ENCODE = re.compile(f"[{_FORBIDDEN_CONTROLS}{_PICTURES}{MARK}\ud800-\udfff\ufffe\uffff]")
_TO_DECODE = re.compile(f"{MARK}([0-9A-F]{{4}}|.)|[{_PICTURES}]", re.DOTALL)


def encode(text: str) -> str:
    """``text`` as characters XML 1.0 can hold, by the rule above."""
    return _TO_ENCODE.sub(_encode_one, text)


def _encode_one(match: re.Match[str]) -> str:
    char = match.group()
    if char in _FORBIDDEN_CONTROLS:
        return chr(_PICTURE + ord(char))
    if char == MARK or char in _PICTURES:
        return MARK + char
    return f"{MARK}{ord(char):04X}"


def decode(text: str) -> str:
    """The text :func:`encode` was given."""
    return _TO_DECODE.sub(_decode_one, text)


def _decode_one(match: re.Match[str]) -> str:
    escaped = match.group(1)
    if escaped is None:  # a Control Picture standing for its control
        return chr(ord(match.group()) - _PICTURE)
    return chr(int(escaped, 16)) if len(escaped) == 4 else escaped


@dataclass
class Element:
    """An XML element to write: attributes in the order given, then text or children."""

    tag: str
    attributes: Sequence[tuple[str, str]] = ()
    children: list[Element] = field(default_factory=list)
    text: str | None = None

    def add(self, tag: str, *attributes: tuple[str, str], text: str | None = None) -> Element:
        """Append a child and return it."""
        child = Element(tag, attributes, text=text)
        self.children.append(child)
        return child


def to_xml(root: Element, namespace: str) -> bytes:
    """The document: UTF-8, ``root`` in the default ``namespace``, one element a line."""
    root.attributes = [("xmlns", namespace), *root.attributes]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    _write(root, 0, lines)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write(element: Element, depth: int, lines: list[str]) -> None:
    indent = "  " * depth
    attributes = "".join(f' {name}="{_attribute(value)}"' for name, value in element.attributes)
    opening = f"{indent}<{element.tag}{attributes}"
    if element.text is not None:
        lines.append(f"{opening}>{_text(element.text)}</{element.tag}>")
    elif not element.children:
        lines.append(f"{opening}/>")
    else:
        lines.append(f"{opening}>")
        for child in element.children:
            _write(child, depth + 1, lines)
        lines.append(f"{indent}</{element.tag}>")


# Character references keep what a parser would otherwise change: attribute values have
# tab, line feed and carriage return turned into spaces, and text has CR turned into LF.
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def _text(value: str) -> str:
    return xml_safe(encode(value).translate(_TEXT))


def _attribute(value: str) -> str:
    return xml_safe(encode(value).translate(_ATTRIBUTE))
