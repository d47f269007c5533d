"""The drafter, stage by stage: units, names, voices, claims, and the items it proposes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import MINI, REPO, run_cli

from cismoa_cli.draft import propose
from cismoa_cli.draft.claims import bearers, read
from cismoa_cli.draft.lexicon import PLACES
from cismoa_cli.draft.mentions import mentions
from cismoa_cli.draft.units import UnitKind, units
from cismoa_cli.draft.voices import People, Speaker, attribute
from cismoa_cli.evidence import quote_problem
from cismoa_cli.models import Evidence

ARTICLES = REPO / "tests" / "draft_articles"
BUNDLED = (REPO / "data" / "article.txt").read_text(encoding="utf-8")


def unit_texts(text: str) -> list[tuple[str, UnitKind]]:
    return [(text[u.start : u.end], u.kind) for u in units(text)]


# --- units ------------------------------------------------------------------------------


def test_abbreviations_and_quotations_stay_inside_their_sentence() -> None:
    text = (
        'Gen. Rao said the U.S. and China "will talk." Dr. Lee disagreed. '
        '"It could fail," she said. Ties with the U.S. The end came.'
    )
    assert [t for t, _ in unit_texts(text)] == [
        'Gen. Rao said the U.S. and China "will talk."',
        "Dr. Lee disagreed.",
        '"It could fail," she said.',
        "Ties with the U.S.",
        "The end came.",
    ]


def test_list_lines_are_units_without_their_markers_and_headings_are_lines() -> None:
    text = (
        "Key findings\n\n"
        "- China's dams could cut flows by a fifth\n"
        "- Laos will resist any limit\n"
        "  on new dams\n"
        "* Cambodia may lose its fishery.\n\n"
        "1. First point here\n2) Second point here\n\n"
        "A closing sentence. Another one."
    )
    assert unit_texts(text) == [
        ("Key findings", UnitKind.LINE),
        ("China's dams could cut flows by a fifth", UnitKind.ITEM),
        ("Laos will resist any limit\n  on new dams", UnitKind.ITEM),
        ("Cambodia may lose its fishery.", UnitKind.ITEM),
        ("First point here", UnitKind.ITEM),
        ("Second point here", UnitKind.ITEM),
        ("A closing sentence.", UnitKind.SENTENCE),
        ("Another one.", UnitKind.SENTENCE),
    ]


def test_a_list_item_of_several_sentences_is_as_many_units() -> None:
    text = (
        "Five thoughts\n\n"
        "1. Chile is the clear winner. Dr. Rojas says its farms could gain. If the port\n"
        "   opens, Peru may lose\n"
        "2. Peru will carry the cost.\n"
    )
    assert unit_texts(text) == [
        ("Five thoughts", UnitKind.LINE),
        ("Chile is the clear winner.", UnitKind.ITEM),
        ("Dr. Rojas says its farms could gain.", UnitKind.ITEM),
        ("If the port\n   opens, Peru may lose", UnitKind.ITEM),
        ("Peru will carry the cost.", UnitKind.ITEM),
    ]
    # the first sentence keeps its own certainty, not the next one's condition
    first = next(i for i in propose(text)["implications"] if "winner" in i["statement"])
    assert (first["certainty"], first["condition"]) == ("asserted", None)


def test_units_of_crlf_text_are_those_of_lf_text_at_their_own_offsets() -> None:
    lf = "Title\n\n- One could fail\n- Two will pass\n\nA sentence. Another."
    crlf = lf.replace("\n", "\r\n")
    assert [t for t, _ in unit_texts(lf)] == [t for t, _ in unit_texts(crlf)]


# --- names and actors ---------------------------------------------------------------------


def keys_of(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in mentions(text)]


def test_a_name_its_demonym_and_its_capital_are_one_actor() -> None:
    text = (
        "China and the United States met. Chinese and American officials spoke in Beijing "
        "and Washington. The U.S. and US envoys left; the EU and Brussels watched."
    )
    assert keys_of(text) == [
        ("China", "CHN"),
        ("United States", "USA"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("Beijing", "CHN"),
        ("Washington", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("EU", "EU"),
        ("Brussels", "EU"),
    ]
    drafted = propose(text + " Critics argue China could lose.")
    assert [(a["id"], a["name"]) for a in drafted["actors"]] == [
        ("USA", "United States"),
        ("CHN", "China"),
        ("EU", "European Union"),
    ]
    assert drafted["actors"][0]["aliases"] == ["American", "Washington", "U.S.", "US"]


def test_every_name_a_place_goes_by_is_found_as_that_place() -> None:
    # joined by spaces, hyphens or apostrophes ("Indo-Pacific", "N'Djamena")
    unfound = []
    for place in PLACES:
        for form in (place.name, *place.aliases):
            found = [(m.text, m.key) for m in mentions(f"They met {form} today.")]
            if found != [(form.removeprefix("the "), place.id)]:
                unfound.append(form)
    assert unfound == []
    curly = mentions("The People\u2019s Republic of China met.")
    assert [(m.text, m.key) for m in curly] == [("People\u2019s Republic of China", "CHN")]


def test_a_state_of_any_continent_is_one_actor_by_name_demonym_and_capital() -> None:
    drafted = propose(
        "Senegal and Bolivia signed a deal in Dakar. Senegalese fishers and Bolivian miners "
        "could gain, and La Paz expects more exports."
    )
    assert [(a["id"], a["aliases"]) for a in drafted["actors"]] == [
        ("SEN", ["Dakar", "Senegalese"]),
        ("BOL", ["Bolivian", "La Paz"]),
    ]


def test_a_state_is_one_actor_by_its_long_form_its_demonyms_plural_and_without_accents() -> None:
    text = (
        "The Union of the Comoros signed it with the Republic of Palau. Tuvaluans, Thais and "
        "New Zealanders may gain; Sao Tome and São Tomé and Príncipe, Lome and Lomé agree."
    )
    assert keys_of(text) == [
        ("Union of the Comoros", "COM"),
        ("Republic of Palau", "PLW"),
        ("Tuvaluans", "TUV"),
        ("Thais", "THA"),
        ("New Zealanders", "NZL"),
        ("Sao Tome", "STP"),
        ("São Tomé and Príncipe", "STP"),
        ("Lome", "TGO"),
        ("Lomé", "TGO"),
    ]


def test_a_territory_that_governs_itself_is_an_actor_as_a_state_is() -> None:
    text = (
        "Greenland and the Faroes signed it in Nuuk; Cook Islanders and Niueans may gain, "
        "Guernsey and Jersey agree, and New Jersey watches."
    )
    assert keys_of(text) == [
        ("Greenland", "GRL"),
        ("Faroes", "FRO"),
        ("Nuuk", "GRL"),
        ("Cook Islanders", "COK"),
        ("Niueans", "NIU"),
        ("Guernsey", "GGY"),
        ("Jersey", "JEY"),
        ("New Jersey", "US-NJ"),
    ]


def test_a_states_government_introduced_by_its_kind_is_the_state() -> None:
    text = "The Ghana Government, which owns the port, could gain."
    assert keys_of(text) == [("Ghana", "GHA")]


@pytest.mark.parametrize(
    "text",
    [
        # without their accents, some names are words or other places
        "Male workers could lose.",
        "Reunion talks begin.",
        "San Jose-based firms may gain.",
        # a capital's government is the city's; a car is no capital
        "The Tokyo Government, which owns the port, could lose.",
        "Sales of the Cayenne could fall.",
    ],
)
def test_a_word_a_city_or_a_car_is_no_state(text: str) -> None:
    assert not [m for m in mentions(text) if m.place is not None and m.place.kind == "state"]


def test_jersey_city_is_no_island() -> None:
    assert keys_of("Jersey City and Jersey could gain.") == [
        ("Jersey City", "US-JC"),
        ("Jersey", "JEY"),
    ]


def test_a_towns_name_is_matched_as_the_text_writes_it_not_without_its_accents() -> None:
    # the lexicon's names are written either way; a town is known only as the text has it
    text = (
        "Herders in Dornod and Sukhbaatar provinces could gain. Professor Delgermaa "
        "S\u00fckhbaatar of the National University of Mongolia disagrees."
    )
    assert ("Sukhbaatar", "SUKHBAATAR") in keys_of(text)
    assert not [m for m in mentions(text) if m.text == "S\u00fckhbaatar"]


def test_names_are_matched_with_their_capitals_and_longest_first() -> None:
    assert keys_of("Let us see the South China Sea and China.") == [
        ("South China Sea", "SCS"),
        ("China", "CHN"),
    ]


def test_the_region_and_the_country_stand_for_the_last_named_by_its_name() -> None:
    text = (
        "Vietnam gains, and Japanese firms invest. The country could lose. "
        "South Asia watches; the region may suffer. The country is calm."
    )
    assert keys_of(text) == [
        ("Vietnam", "VNM"),
        ("Japanese", "JPN"),
        ("The country", "VNM"),
        ("South Asia", "SAS"),
        ("the region", "SAS"),
        ("The country", "VNM"),
    ]
    assert keys_of("The region is calm before any region is named.") == []


def test_both_governments_stand_for_the_two_actors_named_most_so_far() -> None:
    text = (
        "Chile and Peru signed a fishing pact; Chile and Peru will meet again. Japanese and "
        "Brazilian boats left. Both governments could gain. Chile alone may lose; the country "
        "is exposed. Both sides of the argument agree."
    )
    assert keys_of(text) == [
        ("Chile", "CHL"),
        ("Peru", "PER"),
        ("Chile", "CHL"),
        ("Peru", "PER"),
        ("Japanese", "JPN"),
        ("Brazilian", "BRA"),
        # the most named, not the last named; "both sides of" are no actors
        ("Both governments", "CHL"),
        ("Both governments", "PER"),
        ("Chile", "CHL"),
        ("the country", "CHL"),
    ]
    assert keys_of("Chile signed. Both sides may gain.") == [("Chile", "CHL")]
    assert keys_of("Chile met Peru, a thing both our peoples want.")[2:] == [
        ("both our peoples", "CHL"),
        ("both our peoples", "PER"),
    ]
    # a description points to a name; it is no alias of the actor
    drafted = propose(text)
    assert [(a["id"], a["aliases"]) for a in drafted["actors"]] == [
        ("CHL", []),
        ("PER", []),
        ("JPN", ["Japanese"]),
        ("BRA", ["Brazilian"]),
    ]


def test_organisations_the_lexicon_does_not_know_are_found_by_their_head_word() -> None:
    text = (
        "The Mekong River Commission met. The European Union and Vietnam agreed. The Vietnam "
        "Chamber of Commerce and Industry said so, and the World Trade Organization listened."
    )
    assert keys_of(text) == [
        ("Mekong River Commission", "Mekong River Commission"),
        ("European Union", "EU"),
        ("Vietnam", "VNM"),
        ("Vietnam Chamber of Commerce and Industry", "Vietnam Chamber of Commerce and Industry"),
        ("World Trade Organization", "WTO"),
    ]
    ids = [a["id"] for a in propose(text + " Vietnam could lose.")["actors"]]
    assert ids == ["VNM", "MRC", "EU", "VCCI", "WTO"]


def test_and_joins_the_words_of_one_name_before_its_head_but_not_two_names() -> None:
    text = (
        "The Food and Agriculture Organization met the Peru and Chile Trade Council. "
        "The United States and World Bank came."
    )
    assert keys_of(text) == [
        ("Food and Agriculture Organization", "Food and Agriculture Organization"),
        ("Peru", "PER"),
        ("Chile Trade Council", "Chile Trade Council"),
        ("United States", "USA"),
        ("World Bank", "WB"),
    ]


def test_a_plurals_apostrophe_stays_inside_an_organisations_name() -> None:
    text = (
        "The Dockers\u2019 Guild and the Growers' Cooperative met Chile's Harbour Board. "
        "Chile's ministers came."
    )
    assert keys_of(text) == [
        ("Dockers\u2019 Guild", "Dockers\u2019 Guild"),
        ("Growers' Cooperative", "Growers' Cooperative"),
        ("Chile", "CHL"),
        ("Harbour Board", "Harbour Board"),
        ("Chile", "CHL"),
    ]


# --- voices -------------------------------------------------------------------------------


def speaker_of(sentence: str, people: People | None = None) -> tuple[Speaker | None, str | None]:
    names = mentions(sentence)
    people = people or People()
    people.learn(sentence, 0, len(sentence), names)
    found = attribute(sentence, 0, len(sentence), names, people)
    return (found.speaker, found.cue) if found else (None, None)


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "cue"),
    [
        ("Critics argue it could compromise sovereignty.", "critics", "group", "argue"),
        ("However, critics argue that dependency could hurt.", "critics", "group", "argue"),
        ("Analysts say the deal is likely to help.", "analysts", "group", "say"),
        ("Chinese officials said in 2024 that it helped.", "Chinese officials", "group", "said"),
        (
            "Tariffs will fall, according to a joint statement.",
            "joint statement",
            "document",
            "according to",
        ),
        (
            "Patrols will start, a senior official in Jakarta said.",
            "senior official",
            "group",
            "said",
        ),
        (
            "It is feared by refugee advocates that boats will be turned back.",
            "refugee advocates",
            "group",
            "feared",
        ),
        (
            "The pact was described by Australian officials as a milestone.",
            "Australian officials",
            "group",
            "described",
        ),
        (
            "Defenders of the dams point out that water is released.",
            "defenders of the dams",
            "group",
            "point out",
        ),
        (
            "The agreement was criticised by China's foreign ministry as a relic.",
            "China's foreign ministry",
            "government",
            "criticised",
        ),
    ],
)
def test_unnamed_groups_documents_and_bodies_are_voices(
    sentence: str, name: str, kind: str, cue: str
) -> None:
    speaker, found_cue = speaker_of(sentence)
    assert speaker is not None
    assert (speaker.name, speaker.kind, found_cue) == (name, kind, cue)


def test_a_person_is_introduced_with_role_and_affiliation_and_found_by_last_name() -> None:
    text = (
        "Rina Chatterjee, a trade economist at the Lowy Policy Centre in Singapore, said the "
        "schedule would help Vietnam. Talks began with EU Trade Commissioner Lena Varga. "
        '"It delivers," Varga told reporters. She said the EU would pay.'
    )
    names = mentions(text)
    people = People()
    said = []
    for unit in units(text):
        inside = [m for m in names if unit.start <= m.start < unit.end]
        people.learn(text, unit.start, unit.end, inside)
        found = attribute(text, unit.start, unit.end, inside, people)
        said.append(found.speaker.name if found else "article")
    assert said == ["Rina Chatterjee", "article", "Lena Varga", "Lena Varga"]
    chatterjee = people.known["Chatterjee"]
    assert chatterjee.role == "a trade economist at the Lowy Policy Centre in Singapore"
    assert chatterjee.affiliation == "Lowy Policy Centre"
    assert (people.known["Varga"].role, people.known["Varga"].affiliation) == (
        "EU Trade Commissioner",
        "EU",
    )


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Ana Lopes, director of the Harbour Trust, said the port would lose trade.",
            "director of the Harbour Trust",
        ),
        (
            "Ana Lopes, president of the Harbour Trust, which runs 12 docks, said trade fell.",
            "president of the Harbour Trust",
        ),
        (
            "Ana Lopes, a lawyer who advised the port, which runs 12 docks, said trade would fall.",
            "a lawyer who advised the port",
        ),
    ],
)
def test_a_title_without_an_article_and_a_relative_clause_stand_in_apposition(
    sentence: str, role: str
) -> None:
    people = People()
    speaker, cue = speaker_of(sentence, people)
    assert speaker is not None and (speaker.name, speaker.kind, cue) == (
        "Ana Lopes",
        "person",
        "said",
    )
    assert people.known["Lopes"].role == role


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # the cue before its source, after a comma, as wire copy writes it
        (
            "Trade could fall by a fifth, said Ana Lopes, the port's director.",
            "Ana Lopes",
            "person",
        ),
        # a possessive before a title in apposition
        ("Ana Lopes, Chile's minister of ports, said trade would fall.", "Ana Lopes", "person"),
        # a fronted place before the source; the head before its complement
        (
            "In Lima, a spokesperson for the Port Authority said trade would fall.",
            "spokesperson for the Port Authority",
            "group",
        ),
        # where the source is is no part of its name
        (
            "Economists at the Lima Institute for Trade Studies estimate that trade will fall.",
            "economists",
            "group",
        ),
    ],
)
def test_wire_copys_attributions(sentence: str, name: str, kind: str) -> None:
    speaker, _ = speaker_of(sentence)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, kind)


def test_a_condition_an_attribution_interrupts_ends_where_the_attribution_begins() -> None:
    drafted = propose(
        "If imports rise, analysts say, the plant in Ghana could run at a fraction of its capacity."
    )
    [implication] = drafted["implications"]
    assert (implication["condition"], implication["asserted_by"]) == ("If imports rise", "analysts")


def test_she_points_back_to_the_person_last_named_even_before_they_speak() -> None:
    text = (
        "Rui Costa, the port's director, met Ana Lopes, president of the Harbour Trust, on "
        "Monday. She said the port would lose trade. Analysts said it would not."
    )
    names = mentions(text)
    people = People()
    said = []
    for unit in units(text):
        inside = [m for m in names if unit.start <= m.start < unit.end]
        people.learn(text, unit.start, unit.end, inside)
        found = attribute(text, unit.start, unit.end, inside, people)
        said.append(found.speaker.name if found else "article")
    assert said == ["article", "Ana Lopes", "analysts"]


def test_an_actor_speaking_as_itself_and_the_articles_own_voice() -> None:
    speaker, _ = speaker_of("The pact is widely seen in Canberra as a hedge against China.")
    assert speaker is not None and (speaker.kind, speaker.actor) == ("actor", "AUS")
    assert speaker_of("The renewal could strain ties with China.") == (None, None)
    # "some" are some of those last heard
    people = People()
    speaker_of("Analysts say the deal is likely to help.", people)
    some, _ = speaker_of("Some warn that the grid may struggle.", people)
    assert some is not None and some.name == "analysts"


# --- claims -------------------------------------------------------------------------------


def reading_of(sentence: str) -> Any:
    names = mentions(sentence)
    found = attribute(sentence, 0, len(sentence), names, People())
    about = bearers(sentence, 0, len(sentence), names, found)
    return read(sentence, 0, len(sentence), about, found)


@pytest.mark.parametrize(
    ("sentence", "certainty", "hedge", "condition"),
    [
        ("The renewal could strain its ties with China.", "possible", "could", None),
        ("Pakistan may lose its balance.", "possible", "may", None),
        ("The renewal is expected to improve security.", "expected", "is expected to", None),
        ("The deal is likely to draw investment.", "expected", "is likely to", None),
        ("Critics argue the pact would hurt Pakistan.", "expected", "would", None),
        ("Pakistan will gain a partner.", "expected", "will", None),
        ("Pakistan gains if relations improve.", "conditional", None, "if relations improve"),
        ("Unless Laos agrees, tension could grow.", "conditional", "could", "Unless Laos agrees"),
        ("Without them, China will lose.", "conditional", "will", "Without them"),
        (
            "It could leave Pakistan vulnerable, especially if relations deteriorate.",
            "possible",
            "could",
            "if relations deteriorate",
        ),
        (
            "The renewal is seen as a step towards deepening ties with China.",
            "asserted",
            "is seen as",
            None,
        ),
        ("Pakistan has renewed the agreement, raising concerns.", "asserted", None, None),
    ],
)
def test_hedges_and_conditions_make_the_certainty(
    sentence: str, certainty: str, hedge: str | None, condition: str | None
) -> None:
    found = reading_of(sentence)
    assert (found.certainty, found.hedge, found.condition) == (certainty, hedge, condition)


def test_whether_after_a_verb_of_saying_is_a_question_not_a_condition() -> None:
    found = reading_of("He did not say whether China would respond.")
    assert (found.certainty, found.condition) == ("expected", None)


def test_advice_questions_and_bare_facts_bear_no_claim() -> None:
    attributed = reading_of(
        "Bellona, the climate group, argued that the money should go to Norway instead."
    )
    assert attributed is not None and attributed.cue == "argued"
    for sentence in (
        "The commission should publish the data from China.",
        "So what should Europe do about China?",
        "Hanoi has denied the charge.",
    ):
        assert reading_of(sentence) is None, sentence


def test_direction_domain_and_horizon_come_from_the_words() -> None:
    benefit = reading_of("The pact could strengthen Indonesia's hand in trade.")
    assert (benefit.direction, benefit.domain) == ("benefit", "economy")
    risk = reading_of("It could leave Pakistan vulnerable in the long run.")
    assert (risk.direction, risk.horizon) == ("risk", "long-term")
    negated = reading_of("Sediment no longer helps Vietnam's delta.")
    assert negated.direction == "risk"
    # the main clause, not its background or its condition, says which way it goes
    setback = reading_of("It is a setback for Berlin, which had hoped hydrogen would help.")
    assert setback.direction == "risk"
    unless = reading_of(
        "Unless Laos gains a stronger mandate, disputes could become a source of tension."
    )
    assert unless.direction == "risk"


def test_a_claim_affects_whom_it_is_about_not_its_circumstances() -> None:
    assert reading_of(
        "Pakistan's renewal with the US could strain its relationship with China."
    ).affects == ("PAK", "CHN")
    assert reading_of(
        "The Baltic states will lean on cables to Finland and Sweden if the line fails."
    ).affects == ("BALTIC",)
    assert reading_of(
        "This could hurt Pakistan's future, as China has been a critic of the US."
    ).affects == ("PAK",)
    assert reading_of("The delay will add costs to German industry's energy bill.").affects == (
        "DEU",
    )


# --- the proposal -------------------------------------------------------------------------

ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9_-]{1,15}$")
VOICE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$")


def check_proposal(text: str, drafted: dict[str, list[dict[str, Any]]]) -> None:
    """What format 2 asks of a drafted dossier: verbatim evidence, proposed items with their
    cue, known references, verbatim hedges, conditions and roles."""
    actors = {a["id"] for a in drafted["actors"]}
    voices = {v["id"] for v in drafted["voices"]}
    assert not actors & voices and "article" not in voices
    assert all(ACTOR_ID.match(a) for a in actors) and all(VOICE_ID.match(v) for v in voices)
    for field, items in drafted.items():
        for item in items:
            assert item["status"] == "proposed" and item["cue"], (field, item)
            quotes = [e["quote"] for e in item["evidence"]]
            for evidence in item["evidence"]:
                assert quote_problem(text, Evidence(**evidence)) is None
            for verbatim in ("hedge", "condition", "role"):
                if item.get(verbatim) is not None:
                    assert any(item[verbatim] in q for q in quotes), (field, verbatim, item)
            if field != "actors" and field != "voices":
                assert ITEM_ID.match(item["id"])
    for item in drafted["implications"]:
        assert item["affects"] and set(item["affects"]) <= actors
        assert item["asserted_by"] in actors | voices | {"article"}
    for item in drafted["interests"]:
        assert item["actor"] in actors
    for item in drafted["relations"]:
        assert set(item["actors"]) <= actors and item["actors"][0] != item["actors"][1]
    for voice in drafted["voices"]:
        assert voice["affiliation"] is None or voice["affiliation"] in actors


@pytest.mark.corpus
@pytest.mark.parametrize(
    "path", [*sorted(ARTICLES.glob("*.txt")), REPO / "data" / "article.txt"], ids=str
)
def test_every_drafted_item_is_proposed_with_verified_evidence(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    check_proposal(text, propose(text))


def _opening_marks_only(text: str) -> str:
    return text.replace('"', "\u201c")


def _initials_before_capitals(text: str) -> str:
    return re.sub(r"(?<= )([A-Z])", r"U.S. \1", text)


@pytest.mark.corpus
@pytest.mark.parametrize("change", [_opening_marks_only, _initials_before_capitals])
@pytest.mark.parametrize(
    "path", [*sorted(ARTICLES.glob("*.txt")), REPO / "data" / "article.txt"], ids=str
)
def test_an_article_with_quotation_marks_that_never_close_or_cut_names_still_drafts(
    path: Path, change: Any
) -> None:
    # quotation marks that never close and names the splitter cuts ("U.S. | Navy") once
    # made the drafter fail its own quote check
    text = change(path.read_text(encoding="utf-8"))
    check_proposal(text, propose(text))


def test_the_bundled_articles_key_actors_are_drafted_once_each() -> None:
    drafted = propose(BUNDLED)
    names = {a["name"]: a["aliases"] for a in drafted["actors"]}
    assert list(names)[:3] == ["Pakistan", "United States", "China"]
    assert {"Afghanistan", "South Asia"} <= set(names)
    assert set(names["United States"]) >= {"US", "U.S.", "American"}
    critics = [i for i in drafted["implications"] if i["asserted_by"] == "critics"]
    assert len(critics) == 2 and all(i["certainty"] == "possible" for i in critics)


def test_interests_and_relations_where_the_text_cues_them() -> None:
    drafted = propose(
        "Pakistan seeks a strategic balance with China. The United States is a key partner "
        "of Pakistan. Beijing aims to expand its influence in South Asia, where India is its "
        "rival."
    )
    assert [(i["id"], i["actor"], i["cue"]) for i in drafted["interests"]] == [
        ("INT-PAK-1", "PAK", "seeks"),
        ("INT-CHN-1", "CHN", "aims to"),
    ]
    assert [(r["actors"], r["kind"], r["cue"]) for r in drafted["relations"]] == [
        (["PAK", "USA"], "partnership", "partner"),
        (["CHN", "IND"], "rivalry", "rival"),
    ]


def test_an_article_that_names_no_one_gets_no_implications() -> None:
    drafted = propose("The plan could fail. It will cost money.")
    assert drafted["actors"] == drafted["implications"] == []


# --- the command --------------------------------------------------------------------------


def test_draft_writes_a_format_2_dossier_beside_its_article(tmp_path: Path) -> None:
    article = tmp_path / "texts" / "wire.txt"
    article.parent.mkdir()
    article.write_text((ARTICLES / "wire_trade.txt").read_text(encoding="utf-8"), "utf-8")
    target = tmp_path / "wire.json"
    shown = run_cli("draft", article, "-o", target)
    assert (shown.code, shown.stdout, shown.stderr) == (0, "", f"cismoa: wrote {target}\n")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["article"]) == (2, "texts/wire.txt")
    drafted = propose(article.read_text(encoding="utf-8"))
    assert {field: data[field] for field in drafted} == drafted
    assert all(data[field] for field in ("actors", "voices", "implications"))
    assert data["source"]["title"].startswith("EU and Vietnam agree")
    check_proposal(article.read_text(encoding="utf-8"), {k: data[k] for k in list(data)[3:]})
    before = target.read_bytes()
    again = run_cli("draft", article, "-o", target)
    assert again.code == 1 and "already exists; add --force" in again.stderr
    assert target.read_bytes() == before
    assert run_cli("draft", article, "-o", target, "--force").code == 0


def test_draft_to_stdout_and_its_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # written to stdout, the dossier is taken to be saved here
    article = tmp_path / "a.txt"
    article.write_text("A Title\n\nChina could lose. Critics argue Pakistan will gain.", "utf-8")
    shown = run_cli("draft", article, "-o", "-")
    assert shown.code == 0 and json.loads(shown.stdout)["implications"]
    missing = run_cli("draft", tmp_path / "nope.txt")
    assert (missing.code, missing.stderr) == (
        1,
        f"cismoa: error: {tmp_path / 'nope.txt'}: no such file\n",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", "utf-8")
    assert run_cli("draft", empty).code == 1  # bad data, named
    protected = run_cli("draft", article, "-o", article, "--force")
    assert protected.code == 1 and "refusing to overwrite a.txt" in protected.stderr
    assert "Example:" in run_cli("draft", "--help").stdout


def test_validate_accepts_a_draft_and_counts_what_is_still_proposed(tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text((ARTICLES / "wire_trade.txt").read_text(encoding="utf-8"), "utf-8")
    target = tmp_path / "wire.json"
    assert run_cli("draft", article, "-o", target).code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    data["actors"][0]["status"] = "accepted"  # one reviewed
    target.write_text(json.dumps(data), encoding="utf-8")
    fields = ("actors", "voices", "interests", "relations", "implications")
    proposed = sum(item["status"] == "proposed" for f in fields for item in data[f])
    checked = run_cli("validate", target)
    assert checked.code == 0, checked.stdout
    assert f"  proposed      {proposed} items still to review\n" in checked.stdout
    assert "proposed" not in run_cli("validate", MINI).stdout  # nothing drafted there
