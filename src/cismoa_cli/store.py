"""Finding, reading and checking a dossier file and its article.

Every failure becomes a :class:`~cismoa_cli.errors.DataError` naming the file and the place:
``line:column`` for bytes and JSON syntax, the field path for the schema, the item for
references and quotes.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import get_close_matches
from json import decoder as json_decoder
from json import scanner as json_scanner
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from . import cache
from .errors import DataError, Problem
from .evidence import quote_problems
from .models import Dossier, reference_problems

MAX_BYTES = 256 * 1024 * 1024  # larger dossiers are refused rather than read into memory
MAX_DEPTH = 64  # a dossier nests five levels deep; far deeper is a broken or hostile file
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Loaded:
    """A dossier with its article text and where both came from."""

    path: Path
    dossier: Dossier
    article_path: Path
    article: str
    quotes_verified: int = 0
    problems: list[Problem] = field(default_factory=list)


def bundled_path() -> Path:
    """The dossier that ships with cismoa."""
    here = Path(__file__).resolve().parent
    # Installed: the wheel carries data/ inside the package. From a source checkout
    # (editable install or PYTHONPATH=src): the top-level data/ folder.
    for folder in (here / "data", here.parents[1] / "data"):
        if (folder / "claims.json").is_file():
            return folder / "claims.json"
    raise DataError(here / "data" / "claims.json", [Problem("", "the bundled dossier is missing")])


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of objects are built,
    then set them aside from it for good.

    None of them form cycles, yet each allocation burst triggers a collection that walks all
    the objects made so far: on a 100,000-implication dossier that is half the load time, and
    every full collection afterwards would walk them again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def load(path: Path) -> Loaded:
    """Read, parse and check a dossier; raise DataError listing every problem found.

    A large dossier whose exact bytes passed every check before (see ``cache.py``) is only
    parsed, validated and matched against its article's hash.
    """
    raw = read_bytes(path, max_bytes=MAX_BYTES)
    digest = hashlib.sha256(raw).hexdigest() if len(raw) >= cache.MIN_BYTES else None
    text = decode(path, raw)
    del raw  # the text alone is kept while the models are built
    if digest is not None:
        verified = cache.fetch(digest)
        if verified is not None:
            known = _known_good(path, text, verified)
            if known is not None:
                return known
    loaded = inspect(path, text)
    if loaded.problems:
        raise DataError(path, loaded.problems)
    if digest is not None:
        cache.store(digest, loaded.quotes_verified)
    return loaded


def _known_good(path: Path, text: str, verified: int) -> Loaded | None:
    """A dossier the cache says passed every check, or None if that no longer holds."""
    try:
        with _bulk():
            dossier = Dossier.model_validate_json(text)
    except ValidationError:
        return None  # not what was recorded: check everything, and say what is wrong
    article_path = (path.parent / dossier.article).resolve()
    article_raw = read_bytes(article_path, max_bytes=MAX_BYTES)
    if hashlib.sha256(article_raw).hexdigest() != dossier.source.sha256:
        return None  # the article changed since
    return Loaded(path, dossier, article_path, decode(article_path, article_raw), verified)


def inspect(path: Path, text: str | None = None) -> Loaded:
    """Read and parse a dossier, and collect (not raise) the problems in its content.

    File, syntax and schema errors still raise: nothing further can be checked without a
    well-formed dossier.
    """
    if text is None:
        text = read_text(path, max_bytes=MAX_BYTES)
    with _bulk():
        dossier = parse(path, text)
    article_path = (path.parent / dossier.article).resolve()
    article_raw = read_bytes(article_path, max_bytes=MAX_BYTES)
    article = decode(article_path, article_raw)
    problems = reference_problems(dossier)
    quoted, verified = quote_problems(dossier, article)
    problems.extend(quoted)
    digest = hashlib.sha256(article_raw).hexdigest()
    problems.extend(_source_problems(dossier, article_path.name, digest, article))
    return Loaded(path, dossier, article_path, article, verified, problems)


def read_text(path: Path, *, max_bytes: int) -> str:
    """A file's text, strictly UTF-8, with a clear error for every way that can fail."""
    return decode(path, read_bytes(path, max_bytes=max_bytes))


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """A file's bytes, refusing folders, missing files and files over ``max_bytes``."""

    def fail(message: str) -> DataError:
        return DataError(path, [Problem("", message)])

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise fail("is a folder, not a file")
        if size > max_bytes:
            raise fail(f"is {size:,} bytes; cismoa reads files of at most {max_bytes:,} bytes")
        return path.read_bytes()
    except FileNotFoundError:
        raise fail("no such file") from None
    except PermissionError:
        raise fail("permission denied") from None
    except OSError as error:
        raise fail(error.strerror or str(error)) from None


def decode(path: Path, raw: bytes) -> str:
    """Strict UTF-8 text: no byte-order mark, no invalid byte, no NUL, each with its place."""

    def fail(where: str, message: str) -> DataError:
        return DataError(path, [Problem(where, message)])

    if raw.startswith(_BOM):
        raise fail("1:1", "starts with a UTF-8 byte-order mark; save the file without one")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        where = _line_col(raw[: error.start].decode("utf-8"), error.start)
        raise fail(
            where, f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8"
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise fail(_line_col(text, nul), "contains a NUL byte")
    return text


def parse(path: Path, text: str) -> Dossier:
    """JSON text to a Dossier, refusing what JSON parsers would silently accept."""
    if not text.strip():
        raise DataError(path, [Problem("", "is empty; a dossier is a JSON object")])
    try:
        # A syntax check only: the C parser with hooks that keep nothing, so duplicate keys
        # and NaN are caught at little cost; Pydantic then parses and validates in one pass.
        shape = json.loads(text, object_pairs_hook=_check_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise DataError(path, [_syntax_problem(text, error)]) from None
    except (_DuplicateKey, _Constant, RecursionError):
        # The fast parser cannot say where; parse again, slowly, to find the place.
        found = _locate_json_problem(text)
        raise DataError(path, [found or Problem("", _TOO_DEEP)]) from None
    if shape is not _OBJECT:
        # Python's own parser takes deeper nesting on some versions than on others: apply
        # one limit everywhere (on this failure path only, where it costs nothing).
        found = _locate_json_problem(text) if isinstance(shape, list) else None
        kind = _json_kind(shape)
        raise DataError(path, [found or Problem("", f"a dossier is a JSON object, not {kind}")])
    try:
        return Dossier.model_validate_json(text)
    except ValidationError as error:
        errors = error.errors()
        if any(e["type"] == "json_invalid" for e in errors):  # Pydantic's parser's own limits
            found = _locate_json_problem(text)
            if found is not None:
                raise DataError(path, [found]) from None
        data = json.loads(text)  # only to name the items in the messages
        locs = [tuple(e["loc"]) for e in errors]
        # A list whose only item failed also reports "should have at least 1 item": noise.
        errors = [
            e
            for e in errors
            if e["type"] != "too_short"
            or not any(
                len(loc) > len(e["loc"]) and loc[: len(e["loc"])] == e["loc"] for loc in locs
            )
        ]
        raise DataError(path, [_schema_problem(e, data) for e in errors]) from None


def _syntax_problem(text: str, error: json.JSONDecodeError) -> Problem:
    """The parser's complaint, at its place, naming the likely cause of a common slip."""
    char = text[error.pos] if error.pos < len(text) else ""
    where = f"{error.lineno}:{error.colno}"
    comma = _trailing_comma(text, error.pos)
    if comma is not None:
        closing = text[comma + 1 :].lstrip()[:1]
        return Problem(_line_col(text, comma), f"invalid JSON: a trailing comma before {closing!r}")
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


def _source_problems(
    dossier: Dossier, article_name: str, digest: str, article: str
) -> list[Problem]:
    problems: list[Problem] = []
    if digest != dossier.source.sha256:
        problems.append(
            Problem(
                "source.sha256",
                f"does not match {article_name} (its SHA-256 is {digest}); "
                "the article changed since the dossier was written",
            )
        )
    # Metadata is the article's own: each value must stand in it verbatim.
    source = dossier.source
    named = [("title", source.title), ("place", source.place)]
    named += [(f"tags[{i}]", tag) for i, tag in enumerate(source.tags)]
    for where, value in named:
        if value and value not in article:
            problems.append(Problem(f"source.{where}", f"{value!r} is not in the article"))
    return problems


class _DuplicateKey(Exception):
    def __init__(self, key: str, position: int = -1) -> None:
        super().__init__(key)
        self.key = key
        self.position = position


class _Constant(Exception):
    def __init__(self, name: str, position: int = -1) -> None:
        super().__init__(name)
        self.name = name
        self.position = position


class _TooDeep(Exception):
    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


_OBJECT = object()  # what the syntax check makes of every JSON object


def _check_keys(pairs: list[tuple[str, Any]]) -> object:
    if len(dict(pairs)) != len(pairs):
        raise _DuplicateKey("")  # which one, and where, is found by _locate_json_problem
    return _OBJECT


def _no_constant(name: str) -> Any:
    raise _Constant(name)


_TOO_DEEP = f"nested more than {MAX_DEPTH} levels deep"


def _locate_json_problem(text: str) -> Problem | None:
    """Where a duplicate key, a NaN/Infinity literal or runaway nesting sits in ``text``.

    Runs the standard library's pure-Python JSON scanner with hooks that know positions.
    """
    # typeshed does not describe the pure-Python scanner's hooks.
    decoder: Any = json.JSONDecoder()
    json_object: Any = json_decoder.JSONObject  # type: ignore[attr-defined]
    json_array: Any = json_decoder.JSONArray  # type: ignore[attr-defined]
    make_scanner: Any = json_scanner.py_make_scanner  # type: ignore[attr-defined]
    depth = 0
    constants = ("NaN", "Infinity", "-Infinity")

    def checked(scan_once: Callable[[str, int], Any]) -> Callable[[str, int], Any]:
        def scan(s: str, index: int) -> Any:
            for name in constants:
                if s.startswith(name, index):
                    raise _Constant(name, index)
            return scan_once(s, index)

        return scan

    def enter(s_and_end: tuple[str, int]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _TooDeep(s_and_end[1] - 1)

    def parse_object(
        s_and_end: tuple[str, int],
        strict: bool,
        scan_once: Callable[[str, int], Any],
        object_hook: Any,
        object_pairs_hook: Any,
        memo: dict[str, str] | None = None,
    ) -> tuple[dict[str, Any], int]:
        nonlocal depth
        enter(s_and_end)
        pairs, end = json_object(s_and_end, strict, checked(scan_once), None, list, memo)
        depth -= 1
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key, s_and_end[1] - 1)
            seen.add(key)
        return dict(pairs), end

    def parse_array(
        s_and_end: tuple[str, int], scan_once: Callable[[str, int], Any]
    ) -> tuple[list[Any], int]:
        nonlocal depth
        enter(s_and_end)
        values, end = json_array(s_and_end, checked(scan_once))
        depth -= 1
        return values, end

    decoder.parse_object = parse_object
    decoder.parse_array = parse_array
    decoder.scan_once = make_scanner(decoder)
    try:
        checked(decoder.scan_once)(text, _skip_space(text))
    except _DuplicateKey as error:
        return Problem(
            _line_col(text, error.position),
            f"the object starting here has the key {error.key!r} twice "
            "(JSON parsers would silently keep the last)",
        )
    except _Constant as error:
        return Problem(
            _line_col(text, error.position),
            f"{error.name} is not a JSON number; write a number or a string",
        )
    except _TooDeep as error:
        return Problem(_line_col(text, error.position), _TOO_DEEP)
    except RecursionError:
        return Problem("", _TOO_DEEP)
    except (ValueError, IndexError, StopIteration):  # a syntax error: reported elsewhere
        return None
    return None


def _skip_space(text: str) -> int:
    return len(text) - len(text.lstrip(" \t\n\r"))


def _line_col(text: str, offset: int) -> str:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def _json_kind(value: object) -> str:
    kinds: dict[type, str] = {list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return kinds.get(type(value), "a number")


def _schema_problem(error: Any, data: dict[str, Any]) -> Problem:
    """A Pydantic error as ``field.path (item id): message``, with did-you-mean for typos."""
    loc: tuple[int | str, ...] = tuple(error["loc"])
    path = _field_path(loc, data)
    if error["type"] == "extra_forbidden":
        field_name = str(loc[-1])
        allowed = _allowed_fields(loc[:-1])
        close = get_close_matches(field_name, allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return Problem(path, f"unknown field {field_name!r}{hint}")
    message = str(error["msg"])
    if error["type"] == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"{error['input']!r} is not one of {expected}"
    elif error["type"] == "missing":
        message = "required field is missing"
    elif message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return Problem(path, message)


def _field_path(loc: tuple[int | str, ...], data: Any) -> str:
    parts: list[str] = []
    node: Any = data
    for key in loc:
        if isinstance(key, int) and parts:
            parts[-1] += f"[{key}]"
        else:
            parts.append(str(key))
        node = _child(node, key)
        if isinstance(key, int) and isinstance(node, dict) and isinstance(node.get("id"), str):
            parts[-1] += f" ({node['id']})"
    return ".".join(parts) or "(top level)"


def _child(node: Any, key: int | str) -> Any:
    if isinstance(node, dict):
        return node.get(key) if isinstance(key, str) else None
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _allowed_fields(loc: tuple[int | str, ...]) -> list[str]:
    """The field names allowed at ``loc`` in the dossier's schema."""
    model: type[BaseModel] = Dossier
    for key in loc:
        if isinstance(key, int):
            continue
        annotation = model.model_fields[key].annotation if key in model.model_fields else None
        inner = _model_in(annotation)
        if inner is None:
            return []
        model = inner
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
