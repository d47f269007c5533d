"""What the questions asked of a dossier find: selections, the matrix, counts, compare, items.

The ``voices`` fixture has three actors, one of whom (Gamma) asserts an implication that
affects another (Alpha): a voice that is neither the article nor critics, and an actor that a
selection must keep although the filter never names it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from helpers import VOICES, Json, fixture_json

from cismoa_cli.errors import UsageError
from cismoa_cli.findings import MatrixCell
from cismoa_cli.models import Dossier, Implication, reference_problems
from cismoa_cli.query import (
    ImplicationFilter,
    actor_counts,
    actor_names,
    affecting,
    compare,
    find_item,
    implications,
    matrix,
    on_account,
    profile,
    resolve_actor,
    resolve_actors,
    resolve_voice,
    search,
    searchable,
    select,
)
from cismoa_cli.store import Loaded, load
from cismoa_cli.vocabulary import Certainty, Direction, Horizon

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def voices() -> Loaded:
    return load(VOICES)


def ids(items: Sequence[object]) -> list[str]:
    return [str(getattr(item, "id")) for item in items]  # noqa: B009 (any item kind)


def dossier_of(data: Json) -> Dossier:
    return Dossier.model_validate(data)


# --- selections -------------------------------------------------------------------------


def test_a_selection_keeps_the_actor_who_asserts_what_it_keeps(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(actors=("ALP",)))
    assert ids(picked.dossier.implications) == ["IMP-1", "IMP-2"]
    assert ids(picked.dossier.actors) == ["ALP", "BET", "GAM"]
    assert reference_problems(picked.dossier) == []
    assert picked.focus == ("ALP",)


def test_a_selection_by_an_actors_voice_keeps_that_actor(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(actors=("ALP",), voices=("GAM",)))
    assert ids(picked.dossier.implications) == ["IMP-1"]
    assert ids(picked.dossier.actors) == ["ALP", "BET", "GAM"]
    assert reference_problems(picked.dossier) == []


def test_a_selection_drops_actors_nothing_kept_names(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(actors=("BET",)))
    assert ids(picked.dossier.implications) == ["IMP-2"]
    assert ids(picked.dossier.interests) == ["INT-1"]
    assert ids(picked.dossier.relations) == ["REL-1"]
    assert ids(picked.dossier.actors) == ["ALP", "BET"]  # Gamma asserts nothing kept
    assert reference_problems(picked.dossier) == []
    assert picked.focus == ("BET",)


def test_a_selection_of_an_actor_with_no_ties_keeps_only_that_actor(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(actors=("GAM",)))
    assert ids(picked.dossier.actors) == ["GAM"]
    assert (picked.dossier.implications, picked.dossier.interests) == ((), ())
    assert picked.dossier.relations == ()


def test_a_selection_without_actors_is_about_all_of_them(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(directions=(Direction.RISK,)))
    assert picked.focus == ("ALP", "BET", "GAM")
    assert ids(picked.dossier.implications) == ["IMP-1"]
    assert ids(picked.dossier.interests) == ["INT-1"]
    assert ids(picked.dossier.relations) == ["REL-1"]
    assert ids(picked.dossier.actors) == ["ALP", "BET", "GAM"]


def test_a_focus_follows_the_dossiers_order(voices: Loaded) -> None:
    picked = select(voices.dossier, ImplicationFilter(actors=("GAM", "ALP")))
    assert picked.focus == ("ALP", "GAM")
    assert picked.dossier.source == voices.dossier.source


# --- the filter -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "kept"),
    [
        (ImplicationFilter(), ["IMP-1", "IMP-2"]),
        (ImplicationFilter(actors=("BET",)), ["IMP-2"]),
        (ImplicationFilter(actors=("GAM",)), []),
        (ImplicationFilter(domains=("economy",)), ["IMP-1", "IMP-2"]),
        (ImplicationFilter(domains=("security",)), []),
        (ImplicationFilter(directions=(Direction.BENEFIT,)), ["IMP-2"]),
        (ImplicationFilter(certainties=(Certainty.POSSIBLE,)), ["IMP-1"]),
        (
            ImplicationFilter(certainties=(Certainty.POSSIBLE, Certainty.EXPECTED)),
            ["IMP-1", "IMP-2"],
        ),
        (ImplicationFilter(horizons=(Horizon.NEAR_TERM,)), []),
        (ImplicationFilter(voices=("GAM",)), ["IMP-1"]),
        (ImplicationFilter(voices=("article",)), ["IMP-2"]),
        (ImplicationFilter(search="FARM"), ["IMP-1"]),
        (ImplicationFilter(search="gamma warns"), ["IMP-1"]),
        (ImplicationFilter(actors=("BET",), directions=(Direction.RISK,)), []),
    ],
)
def test_each_field_of_the_filter(
    voices: Loaded, where: ImplicationFilter, kept: list[str]
) -> None:
    assert ids(implications(voices.dossier, where)) == kept
    searched = {item.id: searchable(item) for item in voices.dossier.implications}
    assert ids(implications(voices.dossier, where, searched=searched)) == kept


def test_a_search_uses_the_texts_it_is_given(voices: Loaded) -> None:
    """With ``searched``, the filter reads those texts rather than folding the items again."""
    searched = {"IMP-1": "nothing here", "IMP-2": "farm"}
    where = ImplicationFilter(search="Farm")
    assert ids(implications(voices.dossier, where, searched=searched)) == ["IMP-2"]
    # A search text holding the separator of the parts cannot use them: it reads the items.
    apart = ImplicationFilter(search="farm\x00")
    assert ids(implications(voices.dossier, apart, searched=searched)) == []


def test_no_test_for_a_field_left_open() -> None:
    assert ImplicationFilter().tests() == []
    assert len(ImplicationFilter(domains=("economy",), search="x").tests()) == 2


def test_descending_without_a_sort_reverses_file_order(voices: Loaded) -> None:
    everything = ImplicationFilter()
    assert ids(implications(voices.dossier, everything, descending=True)) == ["IMP-2", "IMP-1"]


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        ("certainty", ["IMP-2", "IMP-1"]),  # expected before possible, as declared
        ("direction", ["IMP-2", "IMP-1"]),  # benefit before risk
        ("asserted_by", ["IMP-1", "IMP-2"]),  # "GAM" before "article"
        ("affects", ["IMP-1", "IMP-2"]),  # "ALP" before "ALP,BET"
        ("statement", ["IMP-1", "IMP-2"]),
    ],
)
def test_sorting_by_a_field(voices: Loaded, sort: str, ascending: list[str]) -> None:
    everything = ImplicationFilter()
    assert ids(implications(voices.dossier, everything, sort)) == ascending
    found = implications(voices.dossier, everything, sort, descending=True)
    assert ids(found) == ascending[::-1]


def test_ties_keep_file_order_both_ways(voices: Loaded) -> None:
    everything = ImplicationFilter()
    assert ids(implications(voices.dossier, everything, "domain")) == ["IMP-1", "IMP-2"]
    found = implications(voices.dossier, everything, "domain", descending=True)
    assert ids(found) == ["IMP-1", "IMP-2"]


def test_sorting_by_affected_actors_joins_them(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["BET", "ALP"]
    mini_json["implications"][1]["affects"] = ["BET"]
    everything = ImplicationFilter()
    # "BET" < "BET,ALP": the ids joined by commas, not only the first.
    assert ids(implications(dossier_of(mini_json), everything, "affects")) == ["IMP-2", "IMP-1"]


# --- actors -------------------------------------------------------------------------------


def test_an_actor_answers_to_its_id_name_and_aliases(voices: Loaded) -> None:
    assert actor_names(voices.dossier.actors[0]) == ["ALP", "Alpha", "Alphaland"]


@pytest.mark.parametrize(
    ("name", "voice"),
    [("article", "article"), ("Critics", "critics"), ("gamma", "GAM"), (" Alphaland ", "ALP")],
)
def test_a_voice_by_its_word_or_an_actors_name(voices: Loaded, name: str, voice: str) -> None:
    assert resolve_voice(voices.dossier, name) == voice


def test_an_unknown_voice_is_refused_with_a_suggestion(voices: Loaded) -> None:
    with pytest.raises(UsageError, match="unknown voice or actor 'gama'; did you mean Gamma"):
        resolve_voice(voices.dossier, "gama")


def test_an_unknown_actor_in_an_empty_dossier(mini_json: Json) -> None:
    empty = dossier_of(
        {**mini_json, "actors": [], "interests": [], "relations": []} | {"implications": []}
    )
    with pytest.raises(UsageError) as caught:
        resolve_actor(empty, "Alpha")
    assert str(caught.value) == "unknown actor 'Alpha'; the dossier has no actors"


def test_an_unknown_actor_far_from_all_lists_every_one(voices: Loaded) -> None:
    with pytest.raises(UsageError) as caught:
        resolve_actor(voices.dossier, "Zeta-Omega")
    assert str(caught.value) == (
        "unknown actor 'Zeta-Omega'; the dossier's actors are Alpha, Beta, Gamma"
    )


def test_an_alias_suggests_its_actor(voices: Loaded) -> None:
    with pytest.raises(UsageError, match=r"did you mean Alpha\?$"):
        resolve_actor(voices.dossier, "alphalnd")


# --- items ----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["IMP-1", "imp-1", " Imp-1 "])
def test_an_item_by_its_id_in_any_case(voices: Loaded, typed: str) -> None:
    assert find_item(voices.dossier, typed).id == "IMP-1"


def test_an_actor_is_an_item_too(voices: Loaded) -> None:
    assert find_item(voices.dossier, "gam") is voices.dossier.actors[2]


def test_an_unknown_item_suggests_up_to_three_ids(voices: Loaded) -> None:
    with pytest.raises(UsageError) as caught:
        find_item(voices.dossier, "IM-1")
    assert str(caught.value) == "no item has the id 'IM-1'; did you mean IMP-1, INT-1, IMP-2?"
    with pytest.raises(UsageError) as caught:
        find_item(voices.dossier, "nothing-like-it")
    assert str(caught.value) == "no item has the id 'nothing-like-it'"


def test_search_finds_every_kind_of_item_in_file_order(voices: Loaded) -> None:
    assert ids(search(voices.dossier, "beta")) == ["BET", "INT-1", "REL-1"]
    assert ids(search(voices.dossier, "ALPHALAND")) == ["ALP"]
    assert ids(search(voices.dossier, "warns about")) == ["GAM"]
    assert search(voices.dossier, "delta") == []


def test_what_affects_an_actor(voices: Loaded) -> None:
    assert ids(affecting(voices.dossier, "ALP")) == ["IMP-1", "IMP-2"]
    assert ids(affecting(voices.dossier, "BET")) == ["IMP-2"]
    assert affecting(voices.dossier, "GAM") == []


def test_a_profile_gathers_what_concerns_one_actor(voices: Loaded) -> None:
    beta = resolve_actor(voices.dossier, "Beta")
    found = profile(voices.dossier, beta)
    assert found.actor is beta
    assert ids(found.interests) == ["INT-1"]
    assert ids(found.relations) == ["REL-1"]
    assert ids(found.implications) == ["IMP-2"]


# --- the matrix, counts and comparisons -----------------------------------------------------


def counted_by_hand(dossier: Dossier) -> dict[tuple[str, str], tuple[int, int, int]]:
    """Each actor's implications, risks and benefits in each domain, counted one by one."""
    table: dict[tuple[str, str], tuple[int, int, int]] = {}
    for actor in dossier.actors:
        for domain in dossier.domain_names():
            items: list[Implication] = [
                i for i in dossier.implications if actor.id in i.affects and i.domain == domain
            ]
            risks = sum(i.direction is Direction.RISK for i in items)
            benefits = sum(i.direction is Direction.BENEFIT for i in items)
            table[actor.id, domain] = (len(items), risks, benefits)
    return table


def as_table(cells: list[MatrixCell]) -> dict[tuple[str, str], tuple[int, int, int]]:
    return {(c.actor, c.domain): (c.implications, c.risks, c.benefits) for c in cells}


def test_the_matrix_has_a_cell_for_every_actor_and_domain(voices: Loaded, varied: Loaded) -> None:
    for dossier in (voices.dossier, varied.dossier):
        cells = matrix(dossier)
        assert [(c.actor, c.domain) for c in cells] == [
            (a.id, d) for a in dossier.actors for d in dossier.domain_names()
        ]
        assert as_table(cells) == counted_by_hand(dossier)


def test_the_matrix_of_the_voices_fixture(voices: Loaded) -> None:
    table = as_table(matrix(voices.dossier))
    assert table["ALP", "economy"] == (2, 1, 1)
    assert table["BET", "economy"] == (1, 0, 1)
    assert table["GAM", "economy"] == (0, 0, 0)


def test_actor_counts_add_up_the_matrix(voices: Loaded, varied: Loaded) -> None:
    for dossier in (voices.dossier, varied.dossier):
        table = counted_by_hand(dossier)
        for given in (None, matrix(dossier)):
            counts = actor_counts(dossier, given)
            assert list(counts) == [a.id for a in dossier.actors]
            for actor in dossier.actors:
                rows = [table[actor.id, d] for d in dossier.domain_names()]
                found = counts[actor.id]
                assert (found.implications, found.risks, found.benefits) == tuple(
                    map(sum, zip(*rows, strict=True))
                )
                wants = sum(i.actor == actor.id for i in dossier.interests)
                assert found.interests == wants


def test_actor_counts_of_the_voices_fixture(voices: Loaded) -> None:
    counts = actor_counts(voices.dossier)
    alpha, beta, gamma = counts["ALP"], counts["BET"], counts["GAM"]
    assert (alpha.implications, alpha.risks, alpha.benefits, alpha.interests) == (2, 1, 1, 0)
    assert (beta.implications, beta.risks, beta.benefits, beta.interests) == (1, 0, 1, 1)
    assert (gamma.implications, gamma.risks, gamma.benefits, gamma.interests) == (0, 0, 0, 0)


def test_compare_two_actors(voices: Loaded) -> None:
    alpha, beta = voices.dossier.actors[:2]
    found = compare(voices.dossier, alpha, beta)
    assert (found.first, found.second) == (alpha, beta)
    assert ids(found.first_interests) == []
    assert ids(found.second_interests) == ["INT-1"]
    assert ids(found.shared) == ["IMP-2"]
    assert ids(found.between) == ["REL-1"]
    assert found.opposite == []  # Alpha's economy is even, Beta's a benefit
    assert found.apart == []  # no third actor has ties to both


def test_compare_finds_the_domains_where_the_two_lean_apart(voices: Loaded) -> None:
    data = fixture_json(VOICES)
    data["implications"][1]["affects"] = ["BET"]  # the benefit now Beta's alone
    dossier = dossier_of(data)
    alpha, beta, gamma = dossier.actors
    found = compare(dossier, alpha, beta)
    assert [(a.actor, b.actor, a.domain) for a, b in found.opposite] == [("ALP", "BET", "economy")]
    assert (found.opposite[0][0].net, found.opposite[0][1].net) == (-1, 1)
    assert found.shared == []
    apart = compare(dossier, alpha, gamma)
    assert (apart.opposite, apart.between, apart.shared) == ([], [], [])


@pytest.mark.parametrize(
    ("alpha_kind", "beta_kind", "apart"),
    [
        ("partnership", "rivalry", True),
        ("rivalry", "alliance", True),
        ("agreement", "rivalry", True),
        ("partnership", "alliance", False),  # both with Gamma
        ("rivalry", "rivalry", False),  # both against Gamma
        ("dependency", "rivalry", False),  # depending is neither with nor against
    ],
)
def test_compare_finds_a_third_actor_they_stand_apart_on(
    alpha_kind: str, beta_kind: str, apart: bool
) -> None:
    data = fixture_json(VOICES)
    evidence = data["relations"][0]["evidence"]
    data["relations"] += [
        {"id": "REL-AG", "actors": ["ALP", "GAM"], "kind": alpha_kind},
        {"id": "REL-GB", "actors": ["GAM", "BET"], "kind": beta_kind},
    ]
    for relation in data["relations"][1:]:
        relation |= {"statement": "A tie.", "evidence": evidence}
    dossier = dossier_of(data)
    alpha, beta, gamma = dossier.actors
    found = compare(dossier, alpha, beta).apart
    if apart:
        assert [(third, ids(ours), ids(theirs)) for third, ours, theirs in found] == [
            (gamma, ["REL-AG"], ["REL-GB"])
        ]
    else:
        assert found == []
    # Alpha and Gamma stand apart on Beta when Alpha's agreement with Beta meets Gamma's
    # rivalry with it; neither of the two compared is ever its own third actor.
    through_beta = compare(dossier, alpha, gamma).apart
    expected = [(beta, ["REL-1"], ["REL-GB"])] if beta_kind == "rivalry" else []
    assert [(third, ids(ours), ids(theirs)) for third, ours, theirs in through_beta] == expected
    for a, b in ((beta, alpha), (alpha, gamma), (gamma, beta)):
        assert all(third not in (a, b) for third, _, _ in compare(dossier, a, b).apart)


def test_actors_resolved_in_the_order_given(voices: Loaded) -> None:
    found = resolve_actors(voices.dossier, ["gamma", "ALP", "Beta"])
    assert [a.id for a in found] == ["GAM", "ALP", "BET"]
    with pytest.raises(UsageError, match="unknown actor 'Delta'"):
        resolve_actors(voices.dossier, ["Alpha", "Delta"])


def test_a_profile_leaves_out_the_others_interests_and_relations(voices: Loaded) -> None:
    alpha, _, gamma = voices.dossier.actors
    assert profile(voices.dossier, alpha).interests == []
    found = profile(voices.dossier, gamma)
    assert (found.interests, found.relations, found.implications) == ([], [], [])


def test_compare_the_other_way_round(voices: Loaded) -> None:
    alpha, beta = voices.dossier.actors[:2]
    found = compare(voices.dossier, beta, alpha)
    assert ids(found.first_interests) == ["INT-1"]
    assert found.second_interests == []


def test_an_unknown_item_suggests_no_more_than_three(mini_json: Json) -> None:
    extra = mini_json["implications"][0]
    mini_json["implications"] += [{**extra, "id": f"IMP-{n}"} for n in (3, 4, 5)]
    with pytest.raises(UsageError) as caught:
        find_item(dossier_of(mini_json), "IMP-9")
    hint = str(caught.value).split("did you mean ")[1]
    assert len(hint.split(", ")) == 3


def test_sorting_by_affected_actors_compares_them_joined_by_commas(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["ALPX"]
    mini_json["implications"][1]["affects"] = ["ALP", "BET"]
    everything = ImplicationFilter()
    # "ALP,BET" < "ALPX": the comma sorts before any letter of an id.
    assert ids(implications(dossier_of(mini_json), everything, "affects")) == ["IMP-2", "IMP-1"]


def test_compare_finds_what_one_bears_on_the_others_account(voices: Loaded) -> None:
    alpha, beta, gamma = voices.dossier.actors
    # IMP-1 affects Alpha alone and its quote names Gamma ("Gamma warns the pact ...").
    found = compare(voices.dossier, alpha, gamma)
    assert (ids(found.first_on_second), found.second_on_first) == (["IMP-1"], [])
    flipped = compare(voices.dossier, gamma, alpha)
    assert (flipped.first_on_second, ids(flipped.second_on_first)) == ([], ["IMP-1"])
    # IMP-2 names no one and affects both Alpha and Beta: on neither's account.
    assert compare(voices.dossier, alpha, beta).first_on_second == []


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("Beta's tariffs could cost Alpha its farm exports.", True),
        ("It could cost Alpha (and Beta) its exports.", True),
        ("Could cost Alpha its farm exports to the beta market.", False),  # not the name's case
        ("Could cost Alpha its Betaland exports.", False),  # not a whole word
        ("Could cost Alpha its farm exports.", False),
    ],
)
def test_on_account_names_the_other_as_a_whole_word_in_its_case(
    statement: str, named: bool
) -> None:
    data = fixture_json(VOICES)
    data["implications"][0]["statement"] = statement
    data["implications"][0]["evidence"] = data["implications"][1]["evidence"]  # names no one
    dossier = dossier_of(data)
    alpha, beta, _ = dossier.actors
    assert ids(on_account(dossier, alpha, beta)) == (["IMP-1"] if named else [])
    # An implication that affects both is shared, never on either's account.
    data["implications"][0]["affects"] = ["ALP", "BET"]
    assert on_account(dossier_of(data), alpha, beta) == []


def test_on_account_reads_an_alias() -> None:
    data = fixture_json(VOICES)
    data["implications"][1]["affects"] = ["BET"]
    data["implications"][1]["statement"] = "Alphaland's pact is expected to lift Beta's trade."
    dossier = dossier_of(data)
    alpha, beta, _ = dossier.actors
    assert ids(on_account(dossier, beta, alpha)) == ["IMP-2"]
