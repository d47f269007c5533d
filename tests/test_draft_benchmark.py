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


def _wrong_bearers(reading: dict[str, Any], named: bool) -> dict[str, Any]:
    """``reading`` with the affected actors of its first claim whose bearers are (or are
    not) all named in its sentence changed to another key actor."""
    changed = copy.deepcopy(reading)
    draft = benchmark("draft")
    key, _ = _first_key()
    for claim in changed["claims"]:
        sentence = claim["sentence"].casefold()
        if claim["affects"] and named == all(
            draft.sentence_names(sentence, key.actors[bearer]) for bearer in claim["affects"]
        ):
            other = next(a["name"] for a in changed["actors"] if a["name"] not in claim["affects"])
            claim["affects"] = [other]
            return changed
    raise AssertionError(f"no claim in {ARTICLE} whose bearers named == {named}")


@pytest.mark.parametrize(
    ("named", "where"), [(True, "bearers_named"), (False, "bearers_elsewhere")]
)
def test_a_wrong_choice_of_bearers_is_placed_by_whether_its_sentence_names_them(
    named: bool, where: str
) -> None:
    _, reading = _first_key()
    row = _row(_wrong_bearers(reading, named))
    places = ("bearers_named", "bearers_elsewhere", "bearers_undrafted")
    assert {p: getattr(row, p) for p in places} == {p: int(p == where) for p in places}


def test_bearers_the_draft_lacks_are_undrafted() -> None:
    draft = benchmark("draft")
    key, reading = _first_key()
    drafted = draft.as_draft(reading, key.text)
    bearer = next(a for c in reading["claims"] for a in c["affects"])
    others = [a for a in drafted["actors"] if a["id"] != bearer]
    drafted["actors"] = others
    for item in drafted["implications"]:
        if bearer in item["affects"]:
            item["affects"] = [others[0]["id"]]
    row = draft.score(key, drafted)
    assert row.bearers_undrafted == row.affects_scored - row.affects > 0
    assert row.bearers_named == row.bearers_elsewhere == 0
    assert draft.bearers([row]).startswith(
        f"- affected actors wrong on {row.bearers_undrafted} of {row.affects_scored} claims: "
        f"a bearer the draft does not have on {row.bearers_undrafted};"
    )
