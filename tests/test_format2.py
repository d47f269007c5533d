"""Dossier format 2: what it holds (voices, who asserts and how surely, conditions, a
dossier's own domains, places), what a format-1 file becomes, and validate's one round."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers import MINI, REPO, Json, fixture_json, run_cli, write_dossier
from hypothesis import given, settings
from hypothesis import strategies as st

from cismoa_cli.export.qdpx import project_qdpx
from cismoa_cli.models import Dossier, upgraded
from cismoa_cli.qda.importing import dossier_json, import_project
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.store import load
from cismoa_cli.textio import to_json
from cismoa_cli.vocabulary import DEFAULT_DOMAINS, Certainty, Direction

# Quotes of the mini article: paragraph 3, sentences 2 and 3.
CRITICS_SAY: Json = {"quote": "Critics argue it could hurt Alpha\u2019s farmers.", "start": 84}
CRITICS_SAY["end"] = 128
EXPECTED: Json = {"quote": "The pact is expected to lift trade for both.", "start": 129, "end": 173}


def format_2(data: Json) -> Json:
    return {"format": 2, **data}


def problems(path: Path) -> list[str]:
    """What validate lists, without the file's name and the count."""
    checked = run_cli("validate", path)
    assert checked.code == 1, checked.stdout
    lines = checked.stdout.splitlines()
    assert lines[-1] == f"{len(lines) - 1} problem{'s' if len(lines) > 2 else ''} found"
    return [line.split(": ", 1)[1] for line in lines[:-1]]


def test_a_format_1_file_is_read_as_format_2_with_critics_a_voice() -> None:
    dossier = load(MINI).dossier
    assert dossier.format == 2
    assert [(v.id, v.name, v.kind.value) for v in dossier.voices] == [
        ("critics", "critics", "group")
    ]
    assert dossier.domain_names() == DEFAULT_DOMAINS
    interest = dossier.interests[0]
    assert (interest.asserted_by, interest.certainty, interest.hedge) == (
        "article",
        Certainty.ASSERTED,
        None,
    )


def test_a_format_1_file_without_critics_still_has_them_to_name(tmp_path: Path) -> None:
    """Format 1 always knew "critics": `--asserted-by critics` answers as it did (nothing),
    rather than becoming an unknown voice."""

    def no_critics(data: Json) -> None:
        for item in data["implications"]:
            item["asserted_by"] = "article"

    path = write_dossier(tmp_path, change=no_critics)
    assert [v.id for v in load(path).dossier.voices] == ["critics"]
    shown = run_cli("--data", path, "implications", "--asserted-by", "critics", "-f", "json")
    assert (shown.code, json.loads(shown.stdout)) == (0, [])


def test_a_format_2_field_in_a_format_1_file_needs_the_marker(tmp_path: Path) -> None:
    def uses_format_2(data: Json) -> None:
        data["implications"][0]["condition"] = "could"
        data["interests"][0]["certainty"] = "possible"

    found = problems(write_dossier(tmp_path, change=uses_format_2))
    assert found == [
        'interests[0] (INT-1).certainty: needs "format": 2 at the top of the file',
        'implications[0] (IMP-1).condition: needs "format": 2 at the top of the file',
    ]


def test_only_format_2_is_a_format(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, data={"format": 3, **fixture_json()})
    assert problems(path) == ["format: Input should be 2"]


def voiced(data: Json) -> Json:
    """The mini dossier in format 2, critics a declared voice with a role and a quote."""
    return format_2(
        {
            **data,
            "voices": [
                {
                    "id": "critics",
                    "name": "critics",
                    "kind": "group",
                    "aliases": ["the critics"],
                    "role": "Critics",
                    "evidence": [CRITICS_SAY],
                }
            ],
        }
    )


def test_a_format_2_dossier_with_voices_conditions_hedges_and_domains_loads(
    tmp_path: Path,
) -> None:
    data = voiced(fixture_json())
    data["domains"] = [{"name": "trade", "description": "Markets, tariffs."}, {"name": "farming"}]
    data["implications"][0] |= {"domain": "farming", "condition": "it could hurt"}
    data["implications"][1]["domain"] = "trade"
    data["interests"][0] |= {"asserted_by": "BET", "certainty": "expected", "hedge": "wants"}
    data["relations"][0]["evidence"][0] |= {"paragraph": 3, "sentence": 1}
    dossier = load(write_dossier(tmp_path, data=data)).dossier
    assert dossier.domain_names() == ("trade", "farming")
    assert dossier.implications[0].condition == "it could hurt"
    assert dossier.interests[0].hedge == "wants"
    listed = run_cli("--data", tmp_path / "claims.json", "matrix", "--format", "json").stdout
    assert [r["domain"] for r in json.loads(listed)][:2] == ["trade", "farming"]
    path = tmp_path / "claims.json"
    kept = run_cli("--data", path, "implications", "-d", "FARMING", "-f", "json")
    assert [i["id"] for i in json.loads(kept.stdout)] == ["IMP-1"]


def test_every_reference_of_format_2_is_checked_with_did_you_mean(tmp_path: Path) -> None:
    data = voiced(fixture_json())
    data["voices"].append({"id": "ALP", "name": "Alpha's own", "kind": "government"})
    data["voices"].append({"id": "article", "name": "me", "kind": "person"})
    data["voices"][0] |= {"affiliation": "ALPH", "role": "Supporters"}
    data["domains"] = [{"name": "trade"}, {"name": "Trade"}]
    data["implications"][0] |= {"domain": "trad", "condition": "if it rains"}
    data["implications"][1]["domain"] = "trade"
    data["interests"][0] |= {"asserted_by": "critic", "hedge": "might"}
    data["relations"][0]["evidence"][0] |= {"paragraph": 2, "sentence": 1}
    found = problems(write_dossier(tmp_path, data=data))
    assert set(found) == {
        "actors[0].id: id 'ALP' is used 2 times",
        "voices[2].id: 'article' is the article's own voice",
        "domains[1].name: 'Trade' is declared twice",
        "voices[0].affiliation: unknown actor id 'ALPH'; did you mean ALP?",
        "voices[0].role: 'Supporters' is not in any of its quotes",
        "implications[0].domain: 'trad' is not one of the dossier's domains (trade, Trade); "
        "did you mean trade?",
        "implications[0].condition: 'if it rains' is not in any of its quotes",
        "interests[0].asserted_by: 'critic' is neither 'article', a voice nor an actor; "
        "did you mean critics?",
        "interests[0].hedge: 'might' is not in any of its quotes",
        "relations[0] (REL-1).evidence[0].paragraph: is 2, but the quote at 43 is in paragraph 3",
    }
    assert len(found) == 10


def test_validate_finds_every_problem_in_one_round(tmp_path: Path) -> None:
    """Seven seeded errors: two against the schema, five of references and evidence (one of
    them in an item that also fails the schema): all seven in one run."""

    def seeded(data: Json) -> None:
        data["implications"][0]["direction"] = "riskk"
        data["implications"][1]["afects"] = ["ALP"]
        data["implications"][0]["affects"] = ["ALPH"]
        data["interests"][0]["actor"] = "BETT"
        data["relations"][0]["evidence"][0]["start"] += 1
        data["implications"][1]["asserted_by"] = "critic"
        data["implications"][1]["domain"] = "econmy"

    found = problems(write_dossier(tmp_path, change=seeded))
    assert found == [
        "implications[0] (IMP-1).direction: 'riskk' is not one of 'benefit', 'risk', 'mixed' "
        "or 'neutral'; did you mean risk?",
        "implications[1] (IMP-2).afects: unknown field 'afects' (did you mean 'affects'?)",
        "interests[0].actor: unknown actor id 'BETT'; did you mean BET?",
        "implications[0].affects[0]: unknown actor id 'ALPH'; did you mean ALP?",
        "implications[1].domain: 'econmy' is not one of the dossier's domains (security, "
        "sovereignty, economy, diplomacy, regional stability, domestic politics); "
        "did you mean economy?",
        "implications[1].asserted_by: 'critic' is neither 'article', a voice nor an actor; "
        "did you mean critics?",
        "relations[0] (REL-1).evidence[0]: the article has 'lpha has signed a trade pact "
        "with Beta.' at 44..83, not the quote; it stands at 43..83",
    ]


def test_a_field_that_fails_the_schema_is_not_checked_again(tmp_path: Path) -> None:
    """A quote with a bad offset is one problem, not also a quote that is not there."""

    def broken(data: Json) -> None:
        data["relations"][0]["evidence"][0]["start"] = "43"
        data["interests"][0]["actor"] = 7

    assert problems(write_dossier(tmp_path, change=broken)) == [
        "interests[0] (INT-1).actor: Input should be a valid string",
        "relations[0] (REL-1).evidence[0].start: Input should be a valid integer",
    ]


def test_a_dossier_that_names_no_article_stops_at_the_schema(tmp_path: Path) -> None:
    def unnamed(data: Json) -> None:
        data["article"] = 5
        data["interests"][0]["actor"] = "BETT"

    assert problems(write_dossier(tmp_path, change=unnamed)) == [
        "article: Input should be a valid string"
    ]


# --- format 1 to 2: the same answers --------------------------------------------------------

FORMAT_1 = sorted(
    path
    for pattern in ("tests/fixtures/**/*.json", "examples/**/*.json", "data/*.json")
    for path in REPO.glob(pattern)
    if "format" not in json.loads(path.read_text(encoding="utf-8"))
)
ANSWERS = [
    ["actors", "-f", "json"],
    ["interests", "-f", "json"],
    ["relations", "-f", "json"],
    ["implications", "-f", "json"],
    ["implications", "--asserted-by", "critics", "-f", "tsv"],
    ["implications", "--domain", "economy", "-f", "csv"],
    ["matrix", "-f", "json"],
    ["tree", "-f", "json"],
    ["coverage", "-f", "json"],
    ["source", "--highlight", "-f", "json"],
    ["export", "csv"],
    ["export", "markdown"],
]


def test_every_format_1_file_of_the_repository_is_tried() -> None:
    names = {path.relative_to(REPO).as_posix() for path in FORMAT_1}
    assert {"tests/fixtures/mini/claims.json", "tests/fixtures/hostile/claims.json"} <= names
    assert "tests/fixtures/format1/cismoa/claims.json" in names  # the bundled file, as it was


@pytest.mark.parametrize("old", FORMAT_1, ids=lambda p: p.relative_to(REPO).as_posix())
def test_upgrading_keeps_every_answer(tmp_path: Path, old: Path) -> None:
    """``cismoa --data old.json export json -o new.json``, then every question asked of the
    new file answers as the old one did."""
    new = old.parent / f"upgraded-{tmp_path.name}.json"
    try:
        assert run_cli("--data", old, "export", "json", "-o", new).code == 0
        upgraded_data = json.loads(new.read_text(encoding="utf-8"))
        assert upgraded_data["format"] == 2
        assert run_cli("validate", new).code == 0
        for question in ANSWERS:
            before, after = run_cli("--data", old, *question), run_cli("--data", new, *question)
            assert before.code == 0 and before.stdout, question
            assert (after.code, after.stdout) == (before.code, before.stdout), question
    finally:
        new.unlink(missing_ok=True)


# --- round trips ----------------------------------------------------------------------------

ACTOR_IDS = ["ALP", "BET"]


@st.composite
def format_1_dossiers(draw: st.DrawFn) -> Json:
    """Format-1 dossiers over the mini article: any labels, voices and hedges it allows."""
    quote = st.sampled_from([CRITICS_SAY, EXPECTED])
    implications: list[Json] = []
    for n in range(draw(st.integers(0, 5))):
        evidence = draw(st.lists(quote, min_size=1, max_size=2))
        hedge = draw(st.sampled_from([None, "could", "is expected to"]))
        if hedge is not None and not any(hedge in e["quote"] for e in evidence):
            hedge = None
        implications.append(
            {
                "id": f"IMP-{n}",
                "statement": draw(st.text(min_size=1, max_size=12)),
                "affects": draw(st.lists(st.sampled_from(ACTOR_IDS), min_size=1, unique=True)),
                "domain": draw(st.sampled_from(DEFAULT_DOMAINS)),
                "direction": draw(st.sampled_from(list(Direction))).value,
                "certainty": draw(st.sampled_from(list(Certainty))).value,
                "horizon": draw(st.sampled_from(["near-term", "long-term", "unspecified"])),
                "asserted_by": draw(st.sampled_from(["article", "critics", *ACTOR_IDS])),
                "hedge": hedge,
                "evidence": evidence,
            }
        )
    base = fixture_json()
    return {**base, "implications": implications}


@settings(max_examples=60, deadline=None)
@given(data=format_1_dossiers())
def test_format_1_to_2_to_json_and_back_is_the_same_dossier(data: Json) -> None:
    read = Dossier.model_validate(data)
    written = upgraded(read).model_dump(mode="json")
    assert written["format"] == 2
    assert [v["id"] for v in written["voices"]] == ["critics"]  # format 1's one voice
    again = Dossier.model_validate_json(json.dumps(written))
    assert again == read and again.model_dump(mode="json") == written


def test_places_in_every_export_are_the_articles(tmp_path: Path) -> None:
    exported: Any = json.loads(run_cli("--data", MINI, "export", "json").stdout)
    places = {
        (e["start"], e["paragraph"], e["sentence"])
        for field in ("actors", "interests", "relations", "implications")
        for item in exported[field]
        for e in item["evidence"]
    }
    assert (43, 3, 1) in places and (84, 3, 2) in places and (174, 3, 4) in places


def test_voices_conditions_hedges_and_domains_come_back_from_a_qdpx_project() -> None:
    data = voiced(fixture_json())
    data["voices"][0]["affiliation"] = "ALP"
    data["domains"] = [{"name": "trade", "description": "Markets, tariffs."}, {"name": "farming"}]
    data["implications"][0] |= {"domain": "farming", "condition": "it could hurt"}
    data["implications"][1]["domain"] = "trade"
    data["interests"][0] |= {"asserted_by": "critics", "certainty": "expected", "hedge": "wants"}
    dossier = Dossier.model_validate(data)
    article = (MINI.parent / "article.txt").read_text(encoding="utf-8")
    project = project_qdpx(select(dossier, ImplicationFilter()), article, "article.txt")
    imported = import_project(project, "voiced.qdpx")
    assert imported.dossier == dossier
    assert imported.notes == []
    # Written straight from the models, the file is what the dump would give: domains too.
    assert dossier_json(imported.dossier) == to_json(dossier.model_dump())
    assert '"domains": [' in dossier_json(imported.dossier)


# --- voices ---------------------------------------------------------------------------------


def test_voices_lists_who_asserts_what_and_about_whom(tmp_path: Path) -> None:
    data = voiced(fixture_json())
    data["voices"].append({"id": "pundit", "name": "A pundit", "kind": "person"})
    data["relations"][0]["asserted_by"] = "BET"
    path = write_dossier(tmp_path, data=data)
    shown = run_cli("--data", path, "voices", "-f", "tsv").stdout.splitlines()
    assert shown == [
        "id\tname\tkind\tinterests\trelations\timplications\trisks\tbenefits\tmixed\tneutral\tabout",
        "article\tthe article\tarticle\t1\t0\t1\t0\t1\t0\t0\tALP;BET",
        "critics\tcritics\tgroup\t0\t0\t1\t1\t0\t0\t0\tALP",
        "pundit\tA pundit\tperson\t0\t0\t0\t0\t0\t0\t0\t",
        "BET\tBeta\tactor\t0\t1\t0\t0\t0\t0\t0\tALP;BET",
    ]
    records = json.loads(run_cli("--data", path, "voices", "-f", "json").stdout)
    assert records[1] == {
        "id": "critics",
        "name": "critics",
        "kind": "group",
        "counts": {"interests": 0, "relations": 0, "implications": 1}
        | {"risks": 1, "benefits": 0, "mixed": 0, "neutral": 0},
        "about": ["ALP"],
        "status": "accepted",
    }
    actors = run_cli("--data", path, "actors", "-f", "tsv").stdout
    assert "critics" not in actors and "pundit" not in actors  # never an actor


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("critics", ["IMP-1"]), ("CRITICS", ["IMP-1"]), ("The Critics", ["IMP-1"]),
     ("article", ["IMP-2"]), ("alpha", [])],
)  # fmt: skip
def test_asserted_by_takes_voice_names_and_aliases_in_any_case(
    tmp_path: Path, typed: str, kept: list[str]
) -> None:
    path = write_dossier(tmp_path, data=voiced(fixture_json()))
    shown = run_cli("--data", path, "implications", "--asserted-by", typed, "-f", "json")
    assert shown.code == 0 and [i["id"] for i in json.loads(shown.stdout)] == kept


def test_asserted_by_suggests_the_nearest_voice_or_actor() -> None:
    for typed, meant in (("critic", "critics"), ("alpah", "Alpha")):
        shown = run_cli("--data", MINI, "implications", "--asserted-by", typed)
        assert (shown.code, shown.stderr) == (
            2,
            f"cismoa: error: unknown voice or actor {typed!r}; did you mean {meant}?\n",
        )


# --- places ---------------------------------------------------------------------------------


def test_show_search_and_coverage_give_each_quotes_place() -> None:
    shown = run_cli("--data", MINI, "show", "IMP-1", "-f", "table").stdout
    assert "84\u2013128, paragraph 3, sentence 2" in shown
    found = json.loads(run_cli("--data", MINI, "search", "farmers", "-f", "json").stdout)
    assert {(e["paragraph"], e["sentence"]) for r in found for e in r["evidence"]} == {(3, 2)}
    listed = run_cli("--data", MINI, "implications", "-f", "csv").stdout
    assert '""paragraph"":3,""sentence"":2' in listed
    covered = run_cli("--data", MINI, "coverage", "-f", "tsv").stdout.splitlines()
    assert covered[0] == "start\tend\tparagraph\tsentence\tcited\tids\ttext"
    assert covered[2].startswith("84\t128\t3\t2\tyes\t")


def test_a_brief_says_where_each_printed_quote_stands() -> None:
    brief = run_cli("--data", MINI, "export", "markdown").stdout
    assert "- 84\u2013128, paragraph 3, sentence 2: [IMP-1](#imp-1-economy-risk)" in brief


# --- the example with named speakers --------------------------------------------------------

HARBOUR = REPO / "examples" / "harbour" / "dossier.json"


def test_the_harbour_example_keeps_its_speakers_apart_from_its_actors() -> None:
    """A general, experts and a think-tank speak; Eastmark, Westland, Northland and the
    fishing fleet are affected: each is listed where it belongs, and only there."""
    assert run_cli("validate", HARBOUR).code == 0
    voices = json.loads(run_cli("--data", HARBOUR, "voices", "-f", "json").stdout)
    assert [(v["id"], v["kind"]) for v in voices] == [
        ("article", "article"),
        ("hale", "person"),
        ("experts", "group"),
        ("tidewater", "organisation"),
    ]
    actors = json.loads(run_cli("--data", HARBOUR, "actors", "-f", "json").stdout)
    assert [a["id"] for a in actors] == ["EMK", "WLD", "NLD", "FISHERS"]
    matrix = json.loads(run_cli("--data", HARBOUR, "matrix", "-f", "json").stdout)
    assert {m["actor"] for m in matrix} == {"EMK", "WLD", "NLD", "FISHERS"}
    assert [m["domain"] for m in matrix][:4] == [
        "security",
        "economy",
        "livelihoods",
        "environment",
    ]
    hale = run_cli("--data", HARBOUR, "implications", "--asserted-by", "general hale", "-f", "tsv")
    assert [row.split("\t")[0] for row in hale.stdout.splitlines()[1:]] == ["IMP-1"]
    shown = run_cli("--data", HARBOUR, "show", "INT-WLD-1").stdout
    assert "possible, asserted by Amira Hale" in shown and "hedge: \u201capparently\u201d" in shown


def test_the_sqlite_export_keeps_voices_apart_and_searchable(tmp_path: Path) -> None:
    database = tmp_path / "harbour.db"
    assert run_cli("--data", HARBOUR, "export", "sqlite", "-o", database).code == 0
    with sqlite3.connect(database) as db:
        voices = db.execute("SELECT id, kind, affiliation FROM voices ORDER BY rowid").fetchall()
        assert voices[:4] == [
            ("article", "article", None),
            ("hale", "person", "EMK"),
            ("experts", "group", None),
            ("tidewater", "organisation", None),
        ]
        found = db.execute(
            "SELECT v.id FROM voices_fts JOIN voices AS v ON v.rowid = voices_fts.rowid "
            "WHERE voices_fts MATCH 'think'"
        ).fetchall()
        assert found == [("tidewater",)]
        said = db.execute(
            "SELECT type, item_id, hedge FROM voice_items WHERE voice_id = 'hale' ORDER BY item_id"
        ).fetchall()
        assert said == [
            ("implication", "IMP-1", "could"),
            ("interest", "INT-WLD-1", "apparently"),
            ("relation", "REL-STRAIT", "apparently"),
        ]
        conditions = db.execute("SELECT id, condition FROM implication_details").fetchall()
        assert ("IMP-3", "if the navy expands the piers") in conditions
        placed = db.execute("SELECT paragraph, sentence FROM evidence WHERE voice_id = 'hale'")
        assert placed.fetchall() == [(4, 1)]
