"""Pydantic's validation errors as problems a reader can find: ``field.path (item id): message``,
in the project's own words, with did-you-mean for a mistyped field name."""

from __future__ import annotations

import dataclasses
import re
from difflib import get_close_matches
from typing import Any, get_args, get_type_hints

from pydantic_core import ErrorDetails

from .. import models
from ..errors import Problem
from ..models import Dossier
from ..vocabulary import nearest


def schema_problems(errors: list[ErrorDetails], data: Any) -> list[Problem]:
    """Every error as a problem; ``data`` is the parsed JSON, used only to name the items."""
    locs = [tuple(e["loc"]) for e in errors]
    # A list whose only item failed also reports "should have at least 1 item": noise.
    kept = [
        e
        for e in errors
        if e["type"] != "too_short"
        or not any(len(loc) > len(e["loc"]) and loc[: len(e["loc"])] == e["loc"] for loc in locs)
    ]
    return [_problem(e, data) for e in kept]


def _problem(error: ErrorDetails, data: Any) -> Problem:
    loc = tuple(error["loc"])
    path = _field_path(loc, data)
    kind = error["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        field_name = str(loc[-1])
        close = get_close_matches(field_name, _allowed_fields(loc[:-1]), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return Problem(path, f"unknown field {field_name!r}{hint}")
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        words = re.findall(r"'([^']*)'", expected)
        hint = nearest(error["input"], words) if isinstance(error["input"], str) else ""
        return Problem(path, f"{error['input']!r} is not one of {expected}{hint}")
    if kind == "missing":
        return Problem(path, "required field is missing")
    return Problem(path, error["msg"].removeprefix("Value error, "))


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
    model: type = Dossier
    for key in loc:
        if isinstance(key, int):
            continue
        hints = get_type_hints(model, vars(models), include_extras=True)
        inner = _model_in(hints.get(str(key)))
        if inner is None:
            return []
        model = inner
    return [field.name for field in dataclasses.fields(model)]


def _model_in(annotation: Any) -> type | None:
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
