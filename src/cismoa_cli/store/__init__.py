"""Finding, reading and checking a dossier file and its article.

Every failure becomes a :class:`~cismoa_cli.errors.DataError` naming the file and the place:
``line:column`` for bytes and JSON syntax, the field path for the schema, the item for
references and quotes. Every load checks everything; nothing outside the dossier and its
article decides whether a check runs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails, ValidationError

from ..errors import DataError, Problem
from ..evidence import Placer, quote_problems
from ..models import Dossier, format_problems, reference_problems, upgraded
from . import jsonstrict
from .problems import schema_problems
from .read import MAX_BYTES, article_path, decode, read_bytes, read_text
from .salvage import salvage

__all__ = [
    "MAX_BYTES",
    "Loaded",
    "bundled_path",
    "load",
    "load_with_problems",
    "parse",
    "read_text",
]


@dataclass(frozen=True)
class Loaded:
    """A dossier with its article text and where both came from."""

    path: Path
    dossier: Dossier
    article_path: Path
    article: str
    quotes_verified: int = 0
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def placer(self) -> Placer:
        """What gives any item of the dossier the paragraph and sentence of its quotes."""
        return Placer(self.article)

    @cached_property
    def placed(self) -> Dossier:
        """The dossier with the paragraph and sentence of every quote."""
        return self.placer.dossier(self.dossier)


def bundled_path() -> Path:
    """The dossier that ships with cismoa."""
    here = Path(__file__).resolve().parent.parent
    # Installed: the wheel carries data/ inside the package. From a source checkout
    # (editable install or PYTHONPATH=src): the top-level data/ folder.
    for folder in (here / "data", here.parents[1] / "data"):
        if (folder / "claims.json").is_file():
            return folder / "claims.json"
    raise DataError(here / "data" / "claims.json", [Problem("", "the bundled dossier is missing")])


def load(path: Path, *, allow_outside: bool = False) -> Loaded:
    """Read, parse and check a dossier; raise DataError listing every problem found."""
    loaded = load_with_problems(path, allow_outside=allow_outside)
    if loaded.problems:
        raise DataError(path, loaded.problems)
    return loaded


def load_with_problems(path: Path, *, allow_outside: bool = False) -> Loaded:
    """Read and parse a dossier, and collect (not raise) the problems in its content.

    File and syntax errors still raise, and so do schema errors that leave nothing to check
    further (not an object, no article named). Otherwise a field that fails the schema is
    reported, and the rest of the dossier checked as far as the fields that pass allow.
    """
    text = read_text(path)
    found: list[Problem] = []
    try:
        dossier = parse(path, text)
    except SchemaError as error:
        salvaged = salvage(json.loads(text), error.errors)
        if salvaged is None:
            raise
        dossier, reported = salvaged
        found = error.problems
    where = article_path(path, dossier.article, allow_outside=allow_outside)
    article_raw = read_bytes(where)
    article = decode(where, article_raw)
    problems = format_problems(dossier)
    dossier = upgraded(dossier)
    problems += reference_problems(dossier)
    quoted, verified = quote_problems(dossier, article)
    problems.extend(quoted)
    digest = hashlib.sha256(article_raw).hexdigest()
    problems.extend(_source_problems(dossier, where.name, digest, article))
    if found:
        problems = found + [p for p in problems if reported(p)]
    return Loaded(path, dossier, where, article, verified, problems)


class SchemaError(DataError):
    """A dossier that fails its schema, with Pydantic's errors to check the rest by."""

    def __init__(self, path: object, errors: list[ErrorDetails], data: Any) -> None:
        self.errors = errors
        super().__init__(path, schema_problems(errors, data))


def parse(path: Path, text: str) -> Dossier:
    """JSON text to a Dossier, refusing what JSON parsers would silently accept."""
    if not text.strip():
        raise DataError(path, [Problem("", "is empty; a dossier is a JSON object")])
    strict = jsonstrict.check_beside(text)
    try:
        dossier = Dossier.model_validate_json(text)
    except ValidationError as error:
        found = strict()
        if found is not None:
            raise DataError(path, [found]) from None
        errors = error.errors()
        if any(e["type"] == "json_invalid" for e in errors):  # Pydantic's parser's own limits
            found = jsonstrict.locate_problem(text)
            if found is not None:
                raise DataError(path, [found]) from None
        raise SchemaError(path, errors, json.loads(text)) from None
    found = strict()
    if found is not None:
        raise DataError(path, [found])
    return dossier


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
