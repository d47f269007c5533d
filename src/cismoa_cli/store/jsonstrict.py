"""Strict JSON: what JSON parsers accept silently and a dossier must not hold.

Python's parser keeps the last of two equal keys, reads ``NaN`` and ``Infinity``, and nests as
deep as its stack allows. The fast check runs the C parser with hooks that keep nothing; only
when it objects does :func:`scalars`, a small scanner that knows positions, find the place.
The same scanner gives the place of every value, which lets ``--fix-offsets`` rewrite numbers
and leave every other byte of the file as it was.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import Problem
from .read import line_col

MAX_DEPTH = 64  # a dossier nests five levels deep; far deeper is a broken or hostile file
TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"

JsonPath = tuple[str | int, ...]

_TOKEN = re.compile(
    r"[ \t\n\r]*(?:"
    r'("(?:[^"\\]|\\.)*")'  # 1: a string
    r"|(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)"  # 2: a number
    r"|([{}\[\]:,])"  # 3: structure
    r"|(true|false|null)"  # 4: a literal
    r"|(NaN|-?Infinity)"  # 5: what JavaScript has and JSON does not
    r")",
    re.DOTALL,
)


class JsonProblem(Exception):
    """A place in the text and what is wrong there."""

    def __init__(self, position: int, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


class _Refused(Exception):
    """Raised by the fast check's hooks; the scanner then finds the place."""


class _Object:
    """What the fast check makes of every JSON object: nothing worth keeping."""


_OBJECT = _Object()  # one for all: the check keeps nothing of an object


def check(text: str) -> Problem | None:
    """Whether ``text`` is strict JSON holding one object; if not, the problem at its place."""
    try:
        shape = json.loads(text, object_pairs_hook=_check_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        return _syntax_problem(text, error)
    except (_Refused, RecursionError):
        return locate_problem(text) or Problem("", TOO_DEEP)
    if isinstance(shape, _Object):
        return None
    # Python's own parser takes deeper nesting on some versions than on others: an array
    # may hide runaway nesting that must get the same message everywhere.
    found = locate_problem(text) if isinstance(shape, list) else None
    return found or Problem("", f"a dossier is a JSON object, not {_kind(shape)}")


# From this size a large dossier's check runs in a process of its own while Pydantic reads the
# same text: the two parses take about 0.4 s and 0.9 s of 100,000 implications (45 MB), and
# on a second core the first costs no wall time. Below it, starting a process costs more than
# the check (about 10 ms a megabyte).
BESIDE_FROM = 2 * 1024 * 1024


def check_beside(text: str) -> Callable[[], Problem | None]:
    """Start :func:`check` on ``text`` and return what waits for its answer.

    Where the system can fork and cismoa runs no other thread, a large text is checked in
    a child process (which shares the text without copying it) while the caller goes on; the
    answer comes back through a pipe. Anywhere else, when no process can be started (a
    limit on processes or open files), and whenever the child fails to answer, the check
    runs here."""
    started = _fork_beside(text)
    if started is None:
        found = check(text)
        return lambda: found
    child, reading = started

    def verdict() -> Problem | None:
        with os.fdopen(reading, encoding="utf-8") as pipe:
            said = pipe.read()
        _, status = os.waitpid(child, 0)
        if status != 0 or not said:  # killed, or out of memory: check here instead
            return check(text)
        found = json.loads(said)
        return None if found is None else Problem(found[0], found[1])

    return verdict


def _fork_beside(text: str) -> tuple[int, int] | None:
    """A child checking ``text`` and the end of the pipe its answer comes through, or None
    where no child should or can be started."""
    if len(text) < BESIDE_FROM or not hasattr(os, "fork") or threading.active_count() > 1:
        return None
    try:
        reading, writing = os.pipe()
    except OSError:
        return None
    try:
        child = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return None
    if child == 0:  # the child: check, answer, and leave without running the parent's exits
        os.close(reading)
        status = 1
        try:
            found = check(text)
            with os.fdopen(writing, "w", encoding="utf-8") as pipe:
                json.dump(None if found is None else [found.where, found.message], pipe)
            status = 0
        finally:
            os._exit(status)
    os.close(writing)
    return child, reading


def _check_keys(pairs: list[tuple[str, Any]]) -> _Object:
    if len({key for key, _ in pairs}) != len(pairs):
        raise _Refused
    return _OBJECT


def _no_constant(name: str) -> None:
    raise _Refused


def locate_problem(text: str) -> Problem | None:
    """Where a duplicate key, a NaN/Infinity literal or runaway nesting sits in ``text``."""
    try:
        for _ in scalars(text):
            pass
    except JsonProblem as problem:
        return Problem(line_col(text, problem.position), problem.message)
    return None


@dataclass
class _Container:
    start: int
    is_object: bool
    keys: set[str] = field(default_factory=set)
    key: str | int = 0  # the current key, or index in an array


def scalars(text: str) -> Iterator[tuple[JsonPath, int, int]]:
    """Every string, number and literal in ``text`` that is a value (not a key), with its path
    and its place ``text[start:end]``, in order.

    Raises JsonProblem for a duplicate key, a NaN/Infinity literal, or nesting deeper than
    MAX_DEPTH; stops quietly at a syntax error (the parser reports those).
    """
    stack: list[_Container] = []
    expect_key = False
    position = 0
    while True:
        match = _TOKEN.match(text, position)
        if match is None:
            return
        position = match.end()
        kind = match.lastindex or 0
        start = match.start(kind)
        if kind == 5:
            raise JsonProblem(start, f"{match[5]} is not a JSON number; write a number or a string")
        if kind == 3:
            mark = match[3]
            if mark in "{[":
                if len(stack) >= MAX_DEPTH:
                    raise JsonProblem(start, TOO_DEEP)
                stack.append(_Container(start, is_object=mark == "{"))
                expect_key = mark == "{"
            elif mark in "}]":
                if not stack:
                    return
                stack.pop()
                if not stack:
                    return
            elif mark == "," and stack:
                expect_key = stack[-1].is_object
                if not expect_key:
                    stack[-1].key = int(stack[-1].key) + 1
            continue
        if stack and stack[-1].is_object and expect_key:
            top = stack[-1]
            key = json.loads(match[1]) if kind == 1 else match[kind]
            if key in top.keys:
                raise JsonProblem(
                    top.start,
                    f"the object starting here has the key {key!r} twice "
                    "(JSON parsers would silently keep the last)",
                )
            top.keys.add(key)
            top.key = key
            expect_key = False
            continue
        yield tuple(c.key for c in stack), start, match.end()


def _syntax_problem(text: str, error: json.JSONDecodeError) -> Problem:
    """The parser's complaint, at its place, naming the likely cause of a common slip."""
    char = text[error.pos] if error.pos < len(text) else ""
    where = f"{error.lineno}:{error.colno}"
    comma = _trailing_comma(text, error.pos)
    if comma is not None:
        closing = text[comma + 1 :].lstrip()[:1]
        return Problem(line_col(text, comma), f"invalid JSON: a trailing comma before {closing!r}")
    if char == "'":
        return Problem(where, "invalid JSON: strings and keys take double quotes, not single ones")
    if not char:
        return Problem(where, f"invalid JSON: the text ends too soon ({error.msg.lower()})")
    return Problem(where, f"invalid JSON: {error.msg}")


def _trailing_comma(text: str, position: int) -> int | None:
    """The offset of a comma followed only by space and a closing bracket, where the parser
    stopped at the comma (Python 3.13) or at the bracket (earlier versions)."""
    before = text[:position].rstrip()
    if text[position : position + 1] in ("}", "]") and before.endswith(","):
        return len(before) - 1
    after = text[position + 1 :].lstrip()[:1]
    if text[position : position + 1] == "," and after in ("}", "]"):
        return position
    return None


def _kind(value: object) -> str:
    kinds: dict[type, str] = {list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return kinds.get(type(value), "a number")
