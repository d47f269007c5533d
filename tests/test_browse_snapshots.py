"""What ``cismoa browse`` looks like: SVG snapshots of its main screens, each looked at
before it was accepted (``pytest --snapshot-update`` writes them anew)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browsing import HOSTILE, MINI, pressing, still

from cismoa_cli.store import bundled_path

DRAFT = MINI.parents[1] / "draft" / "dossier.json"

Compare = Callable[..., bool]

SCREENS = {
    "implications": [],
    "detail_whole": ["down", "enter"],
    "filters": ["f", "tab", "down", "space"],
    "article": ["down", "s"],
    "article_citing": ["a", "down", "enter", "n", "n", "enter"],
    "matrix": ["3", "right", "right"],
    "export": ["e"],
    "keys": ["question_mark"],
    "actors_hidden": ["h"],
    "interests": ["4"],
    "relations": ["5"],
    "compare": ["6"],
    "voices": ["7"],
}


@pytest.mark.parametrize("keys", SCREENS.values(), ids=SCREENS.keys())
def test_screens_at_80_by_24(snap_compare: Compare, keys: list[str]) -> None:
    assert snap_compare(still(MINI), run_before=pressing(*keys), terminal_size=(80, 24))


@pytest.mark.parametrize("keys", [[], ["2"]], ids=["implications", "article"])
def test_hostile_text_at_120_by_30(snap_compare: Compare, keys: list[str]) -> None:
    assert snap_compare(still(HOSTILE), run_before=pressing(*keys), terminal_size=(120, 30))


@pytest.mark.parametrize("keys", [[], ["l"], ["7"]], ids=["proposals", "labels", "voices"])
def test_a_draft_at_80_by_24(snap_compare: Compare, keys: list[str]) -> None:
    """Proposals marked in words, the label panel, the voices to review."""
    assert snap_compare(still(DRAFT), run_before=pressing(*keys), terminal_size=(80, 24))


def test_the_bundled_matrix_at_120_by_35(snap_compare: Compare) -> None:
    """The matrix whole, the actors pane beside it, the legend under it."""
    view = still(bundled_path())
    assert snap_compare(view, run_before=pressing("3"), terminal_size=(120, 35))


def test_wide_rows_at_200_by_50(snap_compare: Compare) -> None:
    assert snap_compare(still(MINI), run_before=pressing(), terminal_size=(200, 50))
