"""The selection as data: JSON valid against ``cismoa schema``, and implications as CSV."""

from __future__ import annotations

import json

from ..query import Selection
from ..textio import Cell, to_csv, to_json

# In the CSV, ``affects`` is the actor ids joined with ";" and ``evidence`` is a JSON array
# of {"quote", "start", "end"} objects: both read back without ambiguity.
CSV_COLUMNS = (
    "id",
    "statement",
    "affects",
    "domain",
    "direction",
    "certainty",
    "horizon",
    "asserted_by",
    "hedge",
    "evidence",
)


def dossier_json(selection: Selection) -> str:
    """The selection as a dossier file: the same shape ``cismoa --data`` reads."""
    return to_json(selection.dossier.model_dump(mode="json"))


def implications_csv(selection: Selection) -> str:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (
            i.id,
            i.statement,
            i.affects,
            *i.labels(),
            i.asserted_by,
            i.hedge,
            json.dumps([e.model_dump() for e in i.evidence], ensure_ascii=False),
        )
        for i in selection.dossier.implications
    )
    return to_csv(CSV_COLUMNS, rows)
