"""Actor resolution and the implication filters."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

import pytest
from helpers import HOSTILE, MINI, REVIEW, Json, write_dossier
from hypothesis import given
from hypothesis import strategies as st

from cismoa_cli.errors import ExitCode, UsageError
from cismoa_cli.models import Dossier
from cismoa_cli.query import (
    ImplicationFilter,
    implications,
    interests,
    mentions,
    relations,
    resolve_actor,
    resolve_voice,
    search,
    searchable,
    voices,
    with_status,
)
from cismoa_cli.store import Loaded, load
from cismoa_cli.vocabulary import Certainty, Direction, Status

pytestmark = pytest.mark.unit


class Identified(Protocol):
    @property
    def id(self) -> str: ...


def ids(items: Sequence[Identified]) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize("name", ["ALP", "alp", "Alpha", "ALPHA", "alphaland", "  Alphaland "])
def test_an_actor_by_id_name_or_alias_in_any_case(mini: Loaded, name: str) -> None:
    assert resolve_actor(mini.dossier, name).id == "ALP"


def test_quote_style_does_not_matter(mini: Loaded) -> None:
    alpha = mini.dossier.actors[0].model_copy(update={"aliases": ("Alpha\u2019s Land",)})
    dossier = mini.dossier.model_copy(update={"actors": (alpha, mini.dossier.actors[1])})
    assert resolve_actor(dossier, "ALPHA'S LAND").id == "ALP"


def test_unknown_actor_suggests_the_nearest(mini: Loaded) -> None:
    with pytest.raises(UsageError) as caught:
        resolve_actor(mini.dossier, "alpah")
    assert str(caught.value) == "unknown actor 'alpah'; did you mean Alpha?"
    assert caught.value.exit_code is ExitCode.USAGE


def test_unknown_actor_far_from_all_lists_them(mini: Loaded) -> None:
    with pytest.raises(UsageError, match=r"; the dossier's actors are Alpha, Beta$"):
        resolve_actor(mini.dossier, "zzzzzz")
    empty = Dossier.model_validate({**mini.dossier.model_dump(), "actors": [], "interests": []})
    with pytest.raises(UsageError, match=r"; the dossier has no actors$"):
        resolve_actor(empty, "Alpha")


def test_actor_filter_keeps_what_affects_it(mini: Loaded, varied: Loaded) -> None:
    assert ids(implications(mini.dossier, ImplicationFilter(actors=("BET",)))) == ["IMP-2"]
    kept = implications(varied.dossier, ImplicationFilter(actors=("A07", "A11")))
    expected = [i.id for i in varied.dossier.implications if {"A07", "A11"} & set(i.affects)]
    assert ids(kept) == expected and kept


def test_filters_and_across_or_within(varied: Loaded) -> None:
    dossier = varied.dossier
    where = ImplicationFilter(
        domains=("economy", "security"),
        directions=(Direction.RISK,),
        certainties=(Certainty.POSSIBLE, Certainty.EXPECTED),
    )
    expected = [
        i.id
        for i in dossier.implications
        if i.domain in ("economy", "security")
        and i.direction is Direction.RISK
        and i.certainty in (Certainty.POSSIBLE, Certainty.EXPECTED)
    ]
    assert ids(implications(dossier, where)) == expected
    assert 0 < len(expected) < len(dossier.implications)


def test_search_ignores_case_and_quote_style(mini: Loaded) -> None:
    kept = implications(mini.dossier, ImplicationFilter(search="ALPHA\u2019S FARMERS"))
    assert ids(kept) == ["IMP-1"]
    assert ids(implications(mini.dossier, ImplicationFilter(search="lift trade"))) == ["IMP-2"]


def test_voice_filter(mini: Loaded) -> None:
    assert resolve_voice(mini.dossier, "Critics") == "critics"
    assert resolve_voice(mini.dossier, "ARTICLE") == "article"
    assert resolve_voice(mini.dossier, "alphaland") == "ALP"
    critics = implications(mini.dossier, ImplicationFilter(voices=("critics",)))
    assert ids(critics) == ["IMP-1"]
    both = implications(mini.dossier, ImplicationFilter(voices=("critics", "article")))
    assert ids(both) == ["IMP-1", "IMP-2"]


def test_sort_follows_the_vocabulary_order(varied: Loaded) -> None:
    kept = implications(varied.dossier, ImplicationFilter(), sort="certainty")
    order = list(Certainty)
    ranks = [order.index(i.certainty) for i in kept]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1
    # Ties keep the file's order.
    asserted = [i.id for i in varied.dossier.implications if i.certainty is Certainty.ASSERTED]
    assert [i.id for i in kept if i.certainty is Certainty.ASSERTED] == asserted


def test_sort_by_who_asserts_it(mini: Loaded) -> None:
    kept = implications(mini.dossier, ImplicationFilter(), sort="asserted_by")
    assert ids(kept) == ["IMP-2", "IMP-1"]  # "article" before "critics"


def test_sort_by_affected_actors(varied: Loaded) -> None:
    kept = implications(varied.dossier, ImplicationFilter(), sort="affects")
    keys = [",".join(i.affects) for i in kept]
    assert keys == sorted(keys)


def test_interests_and_relations_by_actor(mini: Loaded) -> None:
    assert ids(interests(mini.dossier, ["BET"])) == ["INT-1"]
    assert interests(mini.dossier, ["ALP"]) == []
    assert ids(relations(mini.dossier, ["ALP"])) == ["REL-1"]
    assert ids(relations(mini.dossier)) == ["REL-1"]
    assert ids(interests(mini.dossier)) == ["INT-1"]


class Stated(Identified, Protocol):
    @property
    def status(self) -> Status: ...


def keeps(listed: Sequence[Stated], proposed: list[str], accepted: list[str]) -> None:
    """What :func:`with_status` keeps of ``listed``: the ids of its proposed items, of its
    accepted ones, or of all of them, in their order."""
    everything = ids(listed)
    assert ids(with_status(listed, [Status.PROPOSED])) == proposed
    assert ids(with_status(listed, [Status.ACCEPTED])) == accepted
    assert ids(with_status(listed, [Status.PROPOSED, Status.ACCEPTED])) == everything
    assert ids(with_status(listed)) == everything
    assert ids(with_status(reversed(listed), [Status.ACCEPTED])) == accepted[::-1]


def test_every_listing_keeps_the_statuses_asked_for_in_order() -> None:
    """One filter for every listing's items: none asked keeps them all; several keep any
    of them; the file's order stays."""
    review = load(REVIEW).dossier
    keeps(review.actors, ["BET"], ["ALP"])
    keeps(review.interests, ["INT-2"], ["INT-1"])
    keeps(review.relations, ["REL-2"], ["REL-1"])
    keeps(review.implications, ["IMP-2"], ["IMP-1"])
    said = voices(review)
    assert [(v.id, v.status) for v in said] == [
        ("article", Status.ACCEPTED),
        ("critics", Status.PROPOSED),
    ]
    keeps(said, ["critics"], ["article"])


def test_the_implication_filter_and_the_listings_agree_on_status() -> None:
    review = load(REVIEW).dossier
    for status in Status:
        kept = implications(review, ImplicationFilter(statuses=(status,)))
        assert kept == with_status(review.implications, (status,)) != []


def test_a_speaking_actor_has_its_own_status_among_the_voices(tmp_path: Path) -> None:
    def speaking(data: Json) -> None:
        data["implications"][0]["asserted_by"] = "BET"  # a proposed actor

    said = voices(load(write_dossier(tmp_path, fixture=REVIEW, change=speaking)).dossier)
    assert [(v.id, v.kind, v.status) for v in said] == [
        ("article", "article", Status.ACCEPTED),
        ("critics", "group", Status.PROPOSED),
        ("BET", "actor", Status.PROPOSED),
    ]


def mini_with_alias(alias: str) -> Dossier:
    data = json.loads(MINI.read_text(encoding="utf-8"))
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


# Words of the fixtures' statements and quotes, pieces of them, quote marks, and what no
# item holds (a NUL among them, which parts an item's searchable text).
SEARCHES = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["alp", "ALP", "it's", "it\u2019s", "\u201c", "could", "e\u0301", "\x00"]),
)


@pytest.mark.parametrize("path", [MINI, HOSTILE], ids=["mini", "hostile"])
@given(text=SEARCHES)
def test_a_search_through_searchable_texts_keeps_what_mentions_keeps(path: Path, text: str) -> None:
    dossier = load(path).dossier
    searched = {item.id: searchable(item) for item in dossier.implications}
    where = ImplicationFilter(search=text)
    kept = implications(dossier, where)
    assert implications(dossier, where, searched=searched) == kept
    assert kept == [item for item in dossier.implications if mentions(item, text)]
