"""benchmarks/draft.py's measures, on keys whose agreement is known: a key read as a draft
agrees with itself in every measure, and each changed value costs that measure one."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from tools import benchmark

ARTICLE = "heldout_wire"


def _first_key() -> tuple[Any, dict[str, Any]]:
    draft = benchmark("draft")
    key = next(k for k in draft.load_keys() if k.name == ARTICLE)
    reading = json.loads((draft.ARTICLES / f"{ARTICLE}.key.json").read_text(encoding="utf-8"))
    return key, reading


def _row(reading: dict[str, Any]) -> Any:
    draft = benchmark("draft")
    key, _ = _first_key()
    return draft.score(key, draft.as_draft(reading, key.text))


def test_a_key_read_as_a_draft_agrees_with_itself() -> None:
    key, reading = _first_key()
    row = _row(reading)
    assert row.found == row.key_claims == row.drafted == row.right_drafts == len(key.claims)
    assert row.voice == row.certainty == row.direction == row.found
    assert row.affects == row.affects_scored > 0
    assert row.actors_once == row.key_actors == len(key.actors)


@pytest.mark.parametrize("field", ["certainty", "direction", "voice", "affects"])
def test_one_changed_value_costs_its_measure_one(field: str) -> None:
    _, reading = _first_key()
    changed = copy.deepcopy(reading)
    claim = next(c for c in changed["claims"] if c["affects"] and c["voice"] != "article")
    claim[field] = {
        "certainty": "possible" if claim["certainty"] != "possible" else "asserted",
        "direction": "neutral" if claim["direction"] != "neutral" else "risk",
        "voice": "article",
        "affects": [a["name"] for a in changed["actors"]],
    }[field]
    same, other = _row(reading), _row(changed)
    assert getattr(other, field) == getattr(same, field) - 1
    unchanged = {"certainty", "direction", "voice", "affects"} - {field}
    assert all(getattr(other, f) == getattr(same, f) for f in unchanged)


def test_a_sentence_left_out_is_missed_and_one_not_a_claim_is_imprecise() -> None:
    key, reading = _first_key()
    fewer = copy.deepcopy(reading)
    dropped = fewer["claims"].pop()
    assert _row(fewer).found == len(key.claims) - 1
    extra = copy.deepcopy(reading)
    text = key.text
    spans = [
        (text.index(c["sentence"]), text.index(c["sentence"]) + len(c["sentence"]))
        for c in reading["claims"]
    ]
    other = next(
        line
        for line in text.splitlines()
        if len(line.split()) > 6
        and not any(s < text.index(line) + len(line) and text.index(line) < e for s, e in spans)
    )
    extra["claims"].append({**dropped, "sentence": other})
    row = _row(extra)
    assert (row.drafted, row.right_drafts) == (len(key.claims) + 1, len(key.claims))


def test_pooled_counts_add_up() -> None:
    draft = benchmark("draft")
    _, reading = _first_key()
    rows = [_row(reading), _row(reading)]
    total = draft.pooled("pooled", rows)
    assert total.name == "pooled"
    assert (total.found, total.voice, total.key_actors) == (
        2 * rows[0].found,
        2 * rows[0].voice,
        2 * rows[0].key_actors,
    )
