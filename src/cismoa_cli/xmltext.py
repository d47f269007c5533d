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
from typing import IO

from .textio import xml_safe

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


class Attributes(str):
    """Attributes written once for elements that carry them again and again (the time
    and the user on every coding): ``Attributes.of(("name", "value"), ...)``."""

    __slots__ = ()

    @classmethod
    def of(cls, *attributes: tuple[str, str]) -> Attributes:
        return cls("".join(f' {name}="{_attribute(value)}"' for name, value in attributes))


class XmlWriter:
    """A document written element by element as it is made, one element a line: nothing is
    held but the names of the open elements and a buffer of lines, so writing a project of
    any size costs the memory of its largest line.

    The root is in the default ``namespace``; an element is written ``<tag .../>`` if
    nothing was written inside it, ``<tag>text</tag>`` with text, and otherwise opened and
    closed on lines of their own.
    """

    _FLUSH_AT = 1 << 20  # characters buffered before they go to ``out``

    def __init__(self, out: IO[bytes], namespace: str) -> None:
        self._out = out
        self._namespace: str | None = namespace
        self._lines: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>']
        self._buffered = 0
        self._open: list[tuple[str, str | None]] = []  # (tag, opening line not yet written)

    def element(self, tag: str, *attributes: tuple[str, str] | Attributes) -> XmlWriter:
        """An element whose children are written inside the ``with`` block it opens."""
        self._enter()
        self._open.append((tag, self._opening(tag, attributes)))
        return self

    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        tag, pending = self._open.pop()
        self._line(f"{pending}/>" if pending is not None else f"{self._indent()}</{tag}>")

    def leaf(
        self, tag: str, *attributes: tuple[str, str] | Attributes, text: str | None = None
    ) -> None:
        """An element with no children: empty, or holding ``text``."""
        self._enter()
        opening = self._opening(tag, attributes)
        self._line(f"{opening}/>" if text is None else f"{opening}>{_text(text)}</{tag}>")

    def close(self) -> None:
        """Write what is buffered; the document is complete once its root is closed."""
        if self._lines:
            self._out.write(("\n".join(self._lines) + "\n").encode("utf-8"))
            self._lines, self._buffered = [], 0

    def _enter(self) -> None:
        """Open the enclosing element for good, now that it has a child."""
        if self._open and self._open[-1][1] is not None:
            tag, pending = self._open[-1]
            self._open[-1] = (tag, None)
            self._line(f"{pending}>")

    def _opening(self, tag: str, attributes: tuple[tuple[str, str] | Attributes, ...]) -> str:
        if self._namespace is not None:  # the root declares the namespace
            attributes = (("xmlns", self._namespace), *attributes)
            self._namespace = None
        written = [self._indent(), "<", tag]
        for attribute in attributes:
            if isinstance(attribute, Attributes):
                written.append(attribute)
            else:
                written += (" ", attribute[0], '="', _attribute(attribute[1]), '"')
        return "".join(written)

    def _indent(self) -> str:
        return "  " * len(self._open)

    def _line(self, line: str) -> None:
        self._lines.append(line)
        self._buffered += len(line)
        if self._buffered >= self._FLUSH_AT:
            self.close()


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


# Printable ASCII that no rule above changes: most values (GUIDs, times, ids, positions,
# plain statements) are written as they are, without a pass of each rule over them.
_PLAIN_TEXT = re.compile(r"[\t\n !-%'-;=?-~]*")
_PLAIN_ATTRIBUTE = re.compile(r"[ !#-%'-;=?-~]*")


def _text(value: str) -> str:
    if _PLAIN_TEXT.fullmatch(value):
        return value
    return xml_safe(encode(value).translate(_TEXT))


def _attribute(value: str) -> str:
    if _PLAIN_ATTRIBUTE.fullmatch(value):
        return value
    return xml_safe(encode(value).translate(_ATTRIBUTE))
