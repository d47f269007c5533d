"""Text for every output: one sanitiser, and the machine formats (JSON, JSON lines, CSV,
TSV).

Nothing from a dossier reaches a terminal as a control sequence, and nothing in it is read
as Rich markup. JSON keeps every value exactly, escaped; CSV and TSV keep every cell, and a
list in a cell splits back exactly: a list of ids or of vocabulary words (which never hold
a ``;``) is joined with ``;``, and a list of free text (quotes with their offsets, tags) is
a JSON array (see :class:`Quoted`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pydantic_core

# C0 and C1 controls, DEL, and the characters that reorder or break lines invisibly
# (bidi embeddings, overrides and isolates, the Arabic letter mark, line/paragraph separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# What a JSON encoder leaves raw: it escapes C0 itself, and the only raw C0 characters left in
# its output are the indentation's newlines.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Quoted:
    """Free text in one cell, that must split back exactly: written as a JSON array in TSV
    and CSV, and on a terminal as ``shown``, one entry to a line."""

    records: tuple[Any, ...]  # what JSON writes: a quote (its quote, start, end), a tag
    shown: tuple[str, ...]

    def json(self) -> str:
        return compact_json(list(self.records))


Cell = str | int | tuple[str, ...] | Quoted | None


def escape_char(char: str) -> str:
    """A visible spelling of one unsafe character: ``\\n``, ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def visible(text: str, keep: str = "") -> str:
    """``text`` with every unsafe character (except those in ``keep``) spelled out."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else escape_char(m.group()), text)


def counted(number: int, noun: str) -> str:
    """ "1 risk", "3 risks": a number and its noun, plural unless the number is one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def shortened(text: str, limit: int = 400) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out: a message echoes
    what the user typed, and a 100 KB argument must not fill the screen."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}\u2026 ({len(text) - limit + 1:,} more characters)"


def json_safe(encoded: str) -> str:
    """JSON text with the unsafe characters a JSON encoder leaves raw written as \\u escapes.

    The decoded values are unchanged; only their spelling is.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def xml_safe(encoded: str) -> str:
    """XML text with the same characters written as character references (``&#x202e;``).

    The parsed values are unchanged; only their spelling is.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"&#x{ord(m.group()):x};", encoded)


def to_json(records: Any, *, exclude: set[str] | None = None) -> str:
    """Indented UTF-8 JSON; control and bidi characters written as \\u escapes. ``exclude``
    leaves out those fields of the records, as pydantic-core's serializer does."""
    # pydantic-core's serializer writes what json.dumps(indent=2) does, many times faster.
    written = pydantic_core.to_json(records, indent=2, exclude=exclude)
    return json_safe(written.decode("utf-8")) + "\n"


def compact_json(value: Any) -> str:
    """JSON on one line, escaped as :func:`to_json` escapes."""
    return json_safe(pydantic_core.to_json(value).decode("utf-8"))


def to_jsonl(records: Any) -> str:
    """JSON lines: each record of a list on a line of its own (anything else: one line)."""
    each = records if isinstance(records, list) else [records]
    return "".join(compact_json(record) + "\n" for record in each)


def cell_text(cell: Cell, separator: str = LIST_SEPARATOR) -> str:
    """A cell as one string; a list joined with ``separator``."""
    if cell is None:
        return ""
    if isinstance(cell, Quoted):
        return cell.json()
    if isinstance(cell, tuple):
        return separator.join(cell)
    return str(cell)


def to_tsv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """Tab-separated rows under a header line; tabs, newlines and backslashes escaped."""

    def field(cell: Cell) -> str:
        return visible(cell_text(cell).replace("\\", "\\\\"))

    lines = ["\t".join(header)]
    lines += ["\t".join(field(cell) for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """RFC 4180 CSV; text that a spreadsheet would run as a formula is prefixed with '."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([csv_field(cell) for cell in row] for row in rows)
    return out.getvalue()


def csv_field(cell: Cell) -> str | int:
    """One CSV cell: numbers as they are, text defused against formula injection."""
    if isinstance(cell, int):
        return cell
    # Newlines and tabs round-trip through CSV quoting; a carriage return could redraw a
    # terminal line, so it is spelled out like every other control character.
    text = visible(cell_text(cell), keep="\t\n")
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
