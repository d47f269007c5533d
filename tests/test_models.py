"""The models: round-trips, immutability, and the checks one item can make on itself."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from helpers import Json, as_format_1
from pydantic import ValidationError

from cismoa_cli import compiled, schema
from cismoa_cli.evidence import quote_problem
from cismoa_cli.models import Dossier, Evidence, Implication, reference_problems, upgraded

pytestmark = pytest.mark.unit


def test_the_compiled_validator_is_what_pydantic_makes_of_the_models() -> None:
    """If this fails after a change to models.py: run `python -m cismoa_cli.schema`."""
    assert Path(compiled.__file__).read_text(encoding="utf-8") == schema.compiled_source()


def test_a_dossier_round_trips(mini_json: Json) -> None:
    dossier = upgraded(Dossier.model_validate(mini_json))
    dumped = dossier.model_dump(mode="json")
    assert dumped["format"] == 2 and as_format_1(dumped) == mini_json
    assert Dossier.model_validate_json(json.dumps(dumped)) == dossier


def test_models_are_frozen(mini_json: Json) -> None:
    dossier = Dossier.model_validate(mini_json)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dossier.actors[0].name = "Elsewhere"  # type: ignore[misc]
    assert not hasattr(dossier.actors[0], "__dict__")  # slots: no room for anything else


def test_evidence_offsets_must_be_integers_in_order() -> None:
    assert Evidence(quote="x", start=1, end=2).end == 2
    for bad in ({"quote": "x", "start": "1", "end": 2}, {"quote": "x", "start": 1.0, "end": 2}):
        with pytest.raises(ValidationError):
            Evidence.model_validate(bad)
    backwards = Evidence.model_validate({"quote": "x", "start": 3, "end": 2})
    assert quote_problem("abcdef", backwards) == "start (3) is after end (2)"


def test_implication_fields_are_the_documented_ones() -> None:
    assert [field.name for field in dataclasses.fields(Implication)] == [
        "id",
        "statement",
        "affects",
        "domain",
        "direction",
        "certainty",
        "horizon",
        "asserted_by",
        "hedge",
        "condition",
        "evidence",
        "status",
        "cue",
    ]


def test_reference_problems_catch_a_hedge_not_in_the_quotes(mini_json: Json) -> None:
    mini_json["implications"][0]["hedge"] = "might"
    mini_json["implications"][1]["asserted_by"] = "pundits"
    problems = reference_problems(Dossier.model_validate(mini_json))
    assert [str(p) for p in problems] == [
        "implications[0].hedge: 'might' is not in any of its quotes",
        "implications[1].asserted_by: 'pundits' is neither 'article', a voice nor an actor",
    ]


def test_a_relation_needs_two_different_actors(mini_json: Json) -> None:
    mini_json["relations"][0]["actors"] = ["ALP", "ALP"]
    problems = reference_problems(Dossier.model_validate(mini_json))
    assert [str(p) for p in problems] == [
        "relations[0].actors: a relation needs two different actors"
    ]


def test_an_implication_names_each_actor_once(mini_json: Json) -> None:
    mini_json["implications"][1]["affects"] = ["ALP", "BET", "ALP"]
    problems = reference_problems(Dossier.model_validate(mini_json))
    assert [str(p) for p in problems] == ["implications[1].affects: lists an actor more than once"]
