"""Actor resolution and the implication filters, against the bundled dossier."""

from __future__ import annotations

import json
import unicodedata
from typing import Literal

import pytest
from conftest import FIXTURES

from cismoa_cli.errors import ExitCode, UsageError
from cismoa_cli.models import Dossier
from cismoa_cli.query import (
    ImplicationFilter,
    implications,
    interests,
    relations,
    resolve_actor,
    resolve_voice,
    search,
)
from cismoa_cli.store import Loaded
from cismoa_cli.vocabulary import Certainty, Direction, Domain


@pytest.mark.parametrize(
    "name", ["U.S.", "usa", "united states", "US", "America", "Washington", "  American "]
)
def test_every_way_to_name_the_united_states(bundled: Loaded, name: str) -> None:
    assert resolve_actor(bundled.dossier, name).id == "USA"


def test_quote_style_does_not_matter(bundled: Loaded) -> None:
    assert resolve_actor(bundled.dossier, "BEIJING").id == "CHN"


def test_unknown_actor_suggests_the_nearest(bundled: Loaded) -> None:
    with pytest.raises(UsageError) as caught:
        resolve_actor(bundled.dossier, "chna")
    assert str(caught.value) == "unknown actor 'chna'; did you mean China?"
    assert caught.value.exit_code is ExitCode.USAGE


def test_unknown_actor_far_from_all_lists_them(bundled: Loaded) -> None:
    with pytest.raises(UsageError, match="the dossier's actors are Pakistan, United States"):
        resolve_actor(bundled.dossier, "zzzzzz")


def ids(items: list) -> list[str]:  # type: ignore[type-arg]
    return [item.id for item in items]


def test_actor_filter_keeps_what_affects_it(bundled: Loaded) -> None:
    kept = implications(bundled.dossier, ImplicationFilter(actors=("CHN",)))
    expected = [i.id for i in bundled.dossier.implications if "CHN" in i.affects]
    assert ids(kept) == expected and kept


def test_filters_and_across_or_within(bundled: Loaded) -> None:
    dossier = bundled.dossier
    where = ImplicationFilter(
        actors=("PAK",),
        directions=(Direction.RISK,),
        certainties=(Certainty.POSSIBLE, Certainty.EXPECTED),
    )
    expected = [
        i.id
        for i in dossier.implications
        if "PAK" in i.affects
        and i.direction is Direction.RISK
        and i.certainty in (Certainty.POSSIBLE, Certainty.EXPECTED)
    ]
    assert ids(implications(dossier, where)) == expected
    assert 0 < len(expected) < len(dossier.implications)


def test_search_ignores_case_and_quote_style(bundled: Loaded) -> None:
    kept = implications(bundled.dossier, ImplicationFilter(search="PAKISTAN'S ECONOMIC FUTURE"))
    assert ids(kept) == ["IMP-17"]


def test_voice_filter(bundled: Loaded) -> None:
    voice = resolve_voice(bundled.dossier, "Critics")
    kept = implications(bundled.dossier, ImplicationFilter(voices=(voice,)))
    assert kept and all(i.asserted_by == "critics" for i in kept)


def test_sort_follows_the_vocabulary_order(bundled: Loaded) -> None:
    kept = implications(bundled.dossier, ImplicationFilter(domains=tuple(Domain)), sort="certainty")
    order = list(Certainty)
    ranks = [order.index(i.certainty) for i in kept]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1


def test_interests_and_relations_by_actor(bundled: Loaded) -> None:
    assert {i.actor for i in interests(bundled.dossier, ["CHN"])} == {"CHN"}
    assert all("CHN" in r.actors for r in relations(bundled.dossier, ["CHN"]))
    assert len(relations(bundled.dossier)) == len(bundled.dossier.relations)


def mini_with_alias(alias: str) -> Dossier:
    data = json.loads((FIXTURES / "mini" / "claims.json").read_text(encoding="utf-8"))
    data["actors"][0]["aliases"].append(alias)
    data["actors"][0]["summary"] = f"Also known as {alias}."
    return Dossier.model_validate(data)


@pytest.mark.parametrize(
    ("stored", "typed"), [("NFC", "NFD"), ("NFD", "NFC"), ("NFD", "NFD"), ("NFC", "NFC")]
)
def test_an_accented_name_matches_however_its_accents_are_encoded(
    stored: Literal["NFC", "NFD"], typed: Literal["NFC", "NFD"]
) -> None:
    dossier = mini_with_alias(unicodedata.normalize(stored, "Alphal\u00e4nd"))
    name = unicodedata.normalize(typed, "ALPHAL\u00c4ND")
    assert len(name) == 9 + (typed == "NFD")  # the accent typed apart, or not
    assert resolve_actor(dossier, name).id == "ALP"
    assert [item.id for item in search(dossier, name.lower())] == ["ALP"]
