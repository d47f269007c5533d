"""A dossier that fails its schema, checked further all the same: every field that failed
stands in for a value that passes, so that references, quotes and the source are checked as
far as the fields that passed allow; problems about a stand-in are not reported (the schema
problem is).

So ``cismoa validate`` lists the schema, reference and evidence problems of a file in one
round, not the schema's first and the others only once those are fixed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic_core import ErrorDetails, ValidationError

from ..errors import Problem
from ..models import Dossier

LISTS = ("domains", "actors", "voices", "interests", "relations", "implications")
_EVIDENCE: dict[str, Any] = {"quote": "-", "start": 0, "end": 0}
# Values that pass the schema, field by field; none names anything the dossier can have.
_STAND_INS: dict[str, dict[str, Any]] = {
    "source": {"title": "-", "place": "", "tags": [], "sha256": "0" * 64},
    "domains": {"name": "-"},
    "actors": {"name": "-", "kind": "state", "summary": "-", "evidence": [_EVIDENCE]},
    "voices": {"name": "-", "kind": "group"},
    "interests": {"actor": "Z-", "statement": "-", "evidence": [_EVIDENCE]},
    "relations": {
        "actors": ["Z-A", "Z-B"],
        "kind": "agreement",
        "statement": "-",
        "evidence": [_EVIDENCE],
    },
    "implications": {
        "statement": "-",
        "affects": ["Z-"],
        "domain": "-",
        "direction": "neutral",
        "certainty": "asserted",
        "horizon": "unspecified",
        "asserted_by": "article",
        "evidence": [_EVIDENCE],
    },
}
# Whose check depends on every quote of the item: not made when one of them stands in.
_QUOTED = ("hedge", "condition", "role")
_ID = re.compile(r" \([^)]*\)")  # an item's id in a problem's place: "implications[3] (IMP-04)"
Reported = Callable[[Problem], bool]


def everything(problem: Problem) -> bool:
    """Every problem is worth reporting when nothing stands in."""
    return True


def salvage(data: Any, errors: list[ErrorDetails]) -> tuple[Dossier, Reported] | None:
    """The dossier with a stand-in for each field that failed, and a test of whether a
    problem found in it is worth reporting; None if the file is not a dossier at all (not
    an object, or its article unnamed) or still fails."""
    if not isinstance(data, dict) or any(e["loc"][:1] == ("article",) for e in errors):
        return None
    broken: set[str] = set()
    for error in errors:
        broken.update(_stand_in(data, error))
    try:
        dossier = Dossier.model_validate(data)
    except ValidationError:
        return None

    def reported(problem: Problem) -> bool:
        where = _ID.sub("", problem.where)
        return not any(where == b or where.startswith((f"{b}.", f"{b}[")) for b in broken)

    return dossier, reported


def _stand_in(data: dict[str, Any], error: ErrorDetails) -> list[str]:
    """Put a passing value where ``error`` is; the places whose problems to leave out."""
    loc = tuple(error["loc"])
    extra = error["type"] in ("extra_forbidden", "unexpected_keyword_argument")
    if not loc:
        return []
    top = loc[0]
    if len(loc) == 1:
        if extra:
            data.pop(str(top), None)
        elif top == "source":
            data["source"] = dict(_STAND_INS["source"])
        elif top == "format":
            data.pop("format")  # read without it, as format 1
        elif top in LISTS:
            data[str(top)] = []
        else:
            data.pop(str(top), None)  # "$schema": optional
        return [str(top)]
    if top == "source" and isinstance(data.get("source"), dict):
        name = str(loc[1])
        if extra:
            data["source"].pop(name, None)
            return []
        data["source"][name] = _STAND_INS["source"].get(name)
        return [f"source.{name}"]
    items = data.get(str(top))
    index = loc[1]
    if top not in LISTS or not isinstance(items, list) or not isinstance(index, int):
        return []
    place = f"{top}[{index}]"
    stand_in = {"id": _stand_in_id(str(top), index), **_STAND_INS[str(top)]}
    item = items[index]
    if len(loc) == 2 or not isinstance(item, dict):
        items[index] = stand_in
        return [place]
    name = str(loc[2])
    if extra:
        item.pop(name, None)
        return []
    if name == "evidence" and len(loc) > 3 and isinstance(loc[3], int):
        quotes = item.get("evidence")
        if isinstance(quotes, list) and loc[3] < len(quotes):
            quotes[loc[3]] = dict(_EVIDENCE)
            return [f"{place}.evidence[{loc[3]}]", *(f"{place}.{q}" for q in _QUOTED)]
    if name in stand_in:
        item[name] = stand_in[name]
    else:
        item.pop(name, None)  # an optional field: without it, it passes
    return [f"{place}.{name}", *(f"{place}.{q}" for q in _QUOTED if name == "evidence")]


def _stand_in_id(field: str, index: int) -> str:
    """An id no dossier has that passes the pattern of the list's ids."""
    if field == "actors":
        return f"Z-{index}"[:16]
    return f"z-{field}-{index}"
