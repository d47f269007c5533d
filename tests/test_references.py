"""The checks between a dossier's items: ids used twice, actors that do not exist, hedges, voices.

Each test breaks one fixture in one way and expects exactly the problems that break names,
at their places: a check that stopped looking, or looked in the wrong place, fails here.
"""

from __future__ import annotations

import pytest
from helpers import VOICES, Json, fixture_json

from cismoa_cli import models
from cismoa_cli.models import (
    Actor,
    Dossier,
    Evidence,
    Implication,
    Interest,
    Relation,
    Voice,
    item_type,
    reference_problems,
)

pytestmark = pytest.mark.unit


def problems_of(data: Json) -> list[str]:
    return [str(p) for p in reference_problems(Dossier.model_validate(data))]


def test_the_fixtures_have_no_problems(mini_json: Json) -> None:
    assert problems_of(mini_json) == []
    assert problems_of(fixture_json(VOICES)) == []


def test_an_interest_of_an_unknown_actor(mini_json: Json) -> None:
    mini_json["interests"][0]["actor"] = "ZZZ"
    assert problems_of(mini_json) == ["interests[0].actor: unknown actor id 'ZZZ'"]


@pytest.mark.parametrize("side", [0, 1])
def test_a_relation_with_an_unknown_actor(mini_json: Json, side: int) -> None:
    mini_json["relations"][0]["actors"][side] = "ZZZ"
    assert problems_of(mini_json) == [f"relations[0].actors[{side}]: unknown actor id 'ZZZ'"]


def test_a_relation_between_two_unknown_actors_names_both(mini_json: Json) -> None:
    mini_json["relations"][0]["actors"] = ["XXX", "YYY"]
    assert problems_of(mini_json) == [
        "relations[0].actors[0]: unknown actor id 'XXX'",
        "relations[0].actors[1]: unknown actor id 'YYY'",
    ]


def test_problems_of_every_kind_are_all_listed_in_file_order(mini_json: Json) -> None:
    mini_json["interests"][0]["actor"] = "III"
    mini_json["relations"][0]["actors"] = ["ALP", "RRR"]
    mini_json["implications"][1]["affects"] = ["ALP", "AAA"]
    assert problems_of(mini_json) == [
        "interests[0].actor: unknown actor id 'III'",
        "relations[0].actors[1]: unknown actor id 'RRR'",
        "implications[1].affects[1]: unknown actor id 'AAA'",
    ]


def test_an_implication_affecting_an_unknown_actor(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["ZZZ"]
    assert problems_of(mini_json) == ["implications[0].affects[0]: unknown actor id 'ZZZ'"]


def test_an_implication_naming_one_actor_twice(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["ALP", "ALP"]
    assert problems_of(mini_json) == ["implications[0].affects: lists an actor more than once"]


def test_an_unknown_actor_named_twice_is_both_unknown_and_repeated(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["ZZZ", "ZZZ"]
    assert problems_of(mini_json) == [
        "implications[0].affects[0]: unknown actor id 'ZZZ'",
        "implications[0].affects[1]: unknown actor id 'ZZZ'",
        "implications[0].affects: lists an actor more than once",
    ]


@pytest.mark.parametrize("voice", ["article", "critics", "ALP", "BET"])
def test_every_voice_the_dossier_knows_may_assert(mini_json: Json, voice: str) -> None:
    mini_json["implications"][0]["asserted_by"] = voice
    assert problems_of(mini_json) == []


def test_a_voice_is_an_actor_id_not_a_name(mini_json: Json) -> None:
    mini_json["implications"][0]["asserted_by"] = "Alpha"
    assert problems_of(mini_json) == [
        "implications[0].asserted_by: 'Alpha' is neither 'article', a voice nor an actor; "
        "did you mean ALP?"
    ]


def test_a_hedge_in_a_later_quote_stands(mini_json: Json) -> None:
    first = mini_json["implications"][0]
    first["hedge"] = "is expected to"
    first["evidence"].append(mini_json["implications"][1]["evidence"][0])
    assert problems_of(mini_json) == []


def test_a_flat_statement_needs_no_hedge(mini_json: Json) -> None:
    mini_json["implications"][0]["hedge"] = None
    assert problems_of(mini_json) == []


def test_an_id_used_twice_is_reported_once_at_its_first_use(mini_json: Json) -> None:
    mini_json["relations"][0]["id"] = "INT-1"
    assert problems_of(mini_json) == ["interests[0].id: id 'INT-1' is used 2 times"]


def test_an_id_used_three_times_across_lists(mini_json: Json) -> None:
    mini_json["interests"][0]["id"] = "IMP-2"
    mini_json["implications"][0]["id"] = "IMP-2"
    assert problems_of(mini_json) == ["interests[0].id: id 'IMP-2' is used 3 times"]


def test_two_ids_used_twice_are_two_problems(mini_json: Json) -> None:
    mini_json["interests"][0]["id"] = "REL-1"
    mini_json["implications"][1]["id"] = "IMP-1"
    assert problems_of(mini_json) == [
        "interests[0].id: id 'REL-1' is used 2 times",
        "implications[0].id: id 'IMP-1' is used 2 times",
    ]


def test_a_dossier_with_a_schema_url_dumps_it_first(mini_json: Json) -> None:
    url = "https://example.invalid/cismoa.schema.json"
    dossier = Dossier.model_validate({"$schema": url, **mini_json})
    assert dossier.schema_url == url
    dumped = dossier.model_dump()
    # Written as format 2: the marker after $schema, and the voices a format-1 file implies.
    fields = [*mini_json]
    fields.insert(fields.index("interests"), "voices")
    assert list(dumped) == ["$schema", "format", *fields]
    assert dumped["$schema"] == url
    assert Dossier.model_validate(dumped) == dossier


def test_a_dossier_without_a_schema_url_dumps_none(mini_json: Json) -> None:
    assert "$schema" not in Dossier.model_validate(mini_json).model_dump()


def test_each_model_builds_its_validator_once(
    mini_json: Json, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "_VALIDATORS", {})
    first = Evidence.model_validate({"quote": "x", "start": 0, "end": 1})
    built = dict(models._VALIDATORS)
    assert list(built) == [Evidence]
    assert Evidence.model_validate({"quote": "y", "start": 1, "end": 2}) != first
    assert built == models._VALIDATORS
    assert Dossier.model_validate(mini_json).actors[0].id == "ALP"
    assert set(models._VALIDATORS) == {Evidence, Dossier}


def test_item_types_are_named_in_lower_case(mini_json: Json) -> None:
    dossier = Dossier.model_validate(mini_json)
    kinds = {type(item): item_type(item) for _, _, item in dossier.items()}
    assert kinds == {
        Actor: "actor",
        Interest: "interest",
        Relation: "relation",
        Implication: "implication",
        Voice: "voice",
    }


def test_items_come_in_file_order_with_their_list_and_index(mini_json: Json) -> None:
    listed = [
        (field, index, item.id) for field, index, item in Dossier.model_validate(mini_json).items()
    ]
    assert listed == [
        ("actors", 0, "ALP"),
        ("actors", 1, "BET"),
        ("voices", 0, "critics"),
        ("interests", 0, "INT-1"),
        ("relations", 0, "REL-1"),
        ("implications", 0, "IMP-1"),
        ("implications", 1, "IMP-2"),
    ]


def test_names_map_ids_to_names(mini_json: Json) -> None:
    assert Dossier.model_validate(mini_json).names() == {"ALP": "Alpha", "BET": "Beta"}


def test_labels_are_the_words_the_data_uses(mini_json: Json) -> None:
    implication = Dossier.model_validate(mini_json).implications[0]
    assert implication.labels() == ("economy", "risk", "possible", "unspecified")


def test_a_copy_changes_only_what_it_is_told(mini_json: Json) -> None:
    actor = Dossier.model_validate(mini_json).actors[0]
    renamed = actor.model_copy(update={"name": "Alphania"})
    assert (renamed.name, renamed.id, actor.name) == ("Alphania", "ALP", "Alpha")
