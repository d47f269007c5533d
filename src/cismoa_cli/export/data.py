"""The selection as data: JSON valid against ``cismoa schema``, and implications as CSV."""

from __future__ import annotations

from ..query import Selection
from ..render import Format
from ..render.views import implications_listing
from ..textio import to_json


def dossier_json(selection: Selection) -> str:
    """The selection as a dossier file: the same shape ``cismoa --data`` reads."""
    return to_json(selection.dossier.model_dump(mode="json"))


def implications_csv(selection: Selection) -> str:
    """The implications as `cismoa implications --format csv` writes them: ``affects`` the
    actor ids joined with ";", ``evidence`` a JSON array of {"quote", "start", "end"}."""
    return implications_listing(selection.dossier.implications).render(Format.CSV)
