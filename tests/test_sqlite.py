"""The SQLite export as Datasette and sqlite-utils use it: search, facets, views, indexes,
and text kept exactly; on the mini and the hostile fixtures."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from datasette_client import check_facets_count_as_the_queries, export, facet, pages, words
from helpers import FIXTURES

from cismoa_cli import query
from cismoa_cli.export.sqlite_schema import FOREIGN_KEYS, SEARCHABLE
from cismoa_cli.models import Dossier
from cismoa_cli.store import Loaded, load
from cismoa_cli.vocabulary import voice_label

FIXTURE_NAMES = ["mini", "hostile"]

# The columns docs/exports-and-formats.md documents for each view.
VIEWS = {
    "implication_details": [
        "id",
        "statement",
        "domain",
        "direction",
        "certainty",
        "horizon",
        "asserted_by",
        "voice",
        "voice_kind",
        "hedge",
        "condition",
        "affects",
        "affected",
        "quotes",
    ],
    "actor_items": [
        "actor_id",
        "actor",
        "role",
        "type",
        "item_id",
        "statement",
        "domain",
        "direction",
        "certainty",
        "horizon",
    ],
    "voice_items": [
        "voice_id",
        "voice",
        "voice_kind",
        "type",
        "item_id",
        "statement",
        "certainty",
        "hedge",
        "condition",
        "about",
    ],
}


class Exported:
    """A fixture's database, and the dossier it was exported from."""

    def __init__(self, database: Path, loaded: Loaded) -> None:
        self.database = database
        self.loaded = loaded

    @property
    def dossier(self) -> Dossier:
        return self.loaded.dossier

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        with sqlite3.connect(self.database) as db:
            return db.execute(sql).fetchall()


@pytest.fixture(scope="module", params=FIXTURE_NAMES)
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    data = FIXTURES / request.param / "claims.json"
    database = export(data, tmp_path_factory.mktemp(request.param) / "cismoa.db")
    return Exported(database, load(data))


def searched_texts(exported: Exported, table: str) -> dict[str, str]:
    """Each row's id (the item's, or the evidence row's) and its searchable words."""
    columns = " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCHABLE[table])
    return {str(k): str(t) for k, t in exported.rows(f"SELECT id, {columns} FROM {table}")}


# --- full-text search -------------------------------------------------------------------


def test_datasette_finds_the_full_text_table_of_each_searchable_table(exported: Exported) -> None:
    database, *tables = pages(exported.database, ".json", *(f"/{t}" for t in SEARCHABLE))
    found = {t["name"]: t["fts_table"] for t in database["tables"] if not t["hidden"]}
    assert {t: f for t, f in found.items() if f} == {t: f"{t}_fts" for t in SEARCHABLE}
    for page in tables:  # the table's page offers a search box
        assert '<input id="_search" type="search" name="_search"' in page


def test_search_returns_exactly_the_rows_whose_words_match(exported: Exported) -> None:
    """Each table searched for a word of each of its rows (so that every row is found at
    least once) returns the rows holding that word and no other."""
    narrower = 0
    for table in SEARCHABLE:
        texts = searched_texts(exported, table)
        tried = sorted({min(words(text)) for text in texts.values()})
        urls = [f"/{table}.json?_shape=objects&_size=max&_search={word}" for word in tried]
        for word, answer in zip(tried, pages(exported.database, *urls), strict=True):
            assert answer["human_description_en"] == f'where search matches "{word}"'
            found = {str(row["id"]) for row in answer["rows"]}
            assert found == {key for key, text in texts.items() if word in words(text)}, word
            narrower += len(found) < len(texts)
    assert narrower, "no search left out a row: the check could not tell a broken search"
    for table in SEARCHABLE:
        (answer,) = pages(exported.database, f"/{table}.json?_search=zzyzx")
        assert answer["rows"] == []


def test_sqlite_utils_searches_the_same_index(exported: Exported) -> None:
    assert_sqlite_utils_finds_every_word(exported.database)


def assert_sqlite_utils_finds_every_word(database: Path) -> None:
    """sqlite-utils finds each table's index, and searched for any word of the table, the
    rows holding it and no other."""
    db = sqlite_utils.Database(database)
    for name, columns in SEARCHABLE.items():
        table = db.table(name)
        assert table.detect_fts() == f"{name}_fts"
        texts = {str(row["id"]): " ".join(str(row[c] or "") for c in columns) for row in table.rows}
        for word in sorted({w for text in texts.values() for w in words(text)}):
            found = {str(row["id"]) for row in table.search(word)}
            assert found == {k for k, text in texts.items() if word in words(text)}, word


def test_the_index_is_written_as_sqlite_utils_writes_one(exported: Exported) -> None:
    """Full-text tables and triggers byte for byte as ``sqlite-utils enable-fts --fts5
    --create-triggers`` makes them: its tools (rebuild-fts, disable-fts) then work on ours."""
    ours = {
        str(name): sql
        for name, sql in exported.rows("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    }
    theirs = sqlite_utils.Database(memory=True)
    for table, columns in SEARCHABLE.items():
        made = theirs.create_table(table, dict.fromkeys(columns, str))
        made.enable_fts(columns, create_triggers=True)
        for name in (f"{table}_fts", f"{table}_ai", f"{table}_ad", f"{table}_au"):
            (row,) = theirs.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name])
            assert ours[name] == row[0]


def test_search_follows_edits_and_survives_vacuum(exported: Exported, tmp_path: Path) -> None:
    """Edited with plain SQL (the triggers keep the index), then vacuumed (rowids kept)."""
    copy = tmp_path / "edited.db"
    shutil.copy(exported.database, copy)
    first = exported.dossier.implications[0]
    with sqlite3.connect(copy) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("UPDATE implications SET statement = 'zzyzx' WHERE id = ?", (first.id,))
        db.execute("DELETE FROM evidence WHERE id = 1")
        db.execute(
            "INSERT INTO interests VALUES ('INT-new', ?, 'zzyzx', 'article', 'asserted', NULL)",
            (first.affects[0],),
        )
    with sqlite3.connect(copy) as db:
        db.execute("VACUUM")
        for table in SEARCHABLE:
            db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    implications, interests = pages(
        copy, "/implications.json?_search=zzyzx", "/interests.json?_search=zzyzx"
    )
    assert [row[0] for row in implications["rows"]] == [first.id]
    assert [row[0] for row in interests["rows"]] == ["INT-new"]
    assert_sqlite_utils_finds_every_word(copy)


# --- facets and views -------------------------------------------------------------------


def test_facets_count_as_cismoa_matrix_and_implications(exported: Exported) -> None:
    check_facets_count_as_the_queries(exported.database, exported.dossier)


def test_the_views_have_their_documented_columns(exported: Exported) -> None:
    answers = pages(exported.database, *(f"/{view}.json" for view in VIEWS))
    assert [(a["table"], a["is_view"], a["columns"]) for a in answers] == [
        (view, True, columns) for view, columns in VIEWS.items()
    ]


def test_implication_details_hold_each_implication_with_its_actors_and_quotes(
    exported: Exported,
) -> None:
    dossier = exported.dossier
    names = dossier.names()
    (answer,) = pages(exported.database, "/implication_details.json?_shape=objects&_size=max")
    rows = answer["rows"]
    assert [row["id"] for row in rows] == [i.id for i in dossier.implications]
    for row, item in zip(rows, dossier.implications, strict=True):
        assert row["statement"] == item.statement and row["hedge"] == item.hedge
        assert (row["asserted_by"], row["voice"]) == (
            item.asserted_by,
            voice_label(item.asserted_by, names),
        )
        assert json.loads(row["affects"]) == list(item.affects)
        assert json.loads(row["affected"]) == [names[a] for a in item.affects]
        assert json.loads(row["quotes"]) == [e.quote for e in item.evidence]


def test_actor_items_list_what_concerns_each_actor(exported: Exported) -> None:
    """As ``cismoa actor X`` and ``cismoa implications --asserted-by X`` list them."""
    dossier = exported.dossier
    (answer,) = pages(exported.database, "/actor_items.json?_shape=objects&_size=max")
    found = [(r["actor_id"], r["role"], r["type"], r["item_id"]) for r in answer["rows"]]
    expected: list[tuple[str, str, str, str]] = []
    for actor in dossier.actors:
        mine = query.profile(dossier, actor)
        said = query.implications(dossier, query.ImplicationFilter(voices=(actor.id,)))
        expected += [(actor.id, "interest", "interest", i.id) for i in mine.interests]
        expected += [(actor.id, "party", "relation", r.id) for r in mine.relations]
        expected += [(actor.id, "affected", "implication", i.id) for i in mine.implications]
        expected += [(actor.id, "voice", "implication", i.id) for i in said]
    assert sorted(found) == sorted(expected)


# --- the tables themselves --------------------------------------------------------------


def test_every_foreign_key_column_has_an_index_and_every_key_holds(exported: Exported) -> None:
    assert exported.rows("PRAGMA foreign_key_check") == []
    assert exported.rows("PRAGMA integrity_check") == [("ok",)]
    db = sqlite_utils.Database(exported.database)
    tables = [db.table(name) for name in db.table_names()]
    keys = {(table.name, key.column) for table in tables for key in table.foreign_keys}
    assert keys == set(FOREIGN_KEYS)
    before = {table.name: [index.name for index in table.indexes] for table in tables}
    db.index_foreign_keys()  # adds an index to each foreign-key column that has none
    assert {table.name: [index.name for index in table.indexes] for table in tables} == before


def test_who_asserts_is_a_voice_and_a_voice_may_be_an_actor(exported: Exported) -> None:
    dossier = exported.dossier
    names = dossier.names()
    voices = exported.rows("SELECT id, name, actor_id FROM voices ORDER BY rowid")
    assert voices == [
        (v, voice_label(v, names), v if v in names else None)
        for v in ["article", "critics", *names]
    ]
    asserted = exported.rows(
        "SELECT i.id, a.name FROM implications AS i JOIN voices AS v ON v.id = i.asserted_by "
        "LEFT JOIN actors AS a ON a.id = v.actor_id ORDER BY i.rowid"
    )
    assert asserted == [(i.id, names.get(i.asserted_by)) for i in dossier.implications]


def test_text_is_stored_exactly(exported: Exported) -> None:
    dossier = exported.dossier
    source = dossier.source
    assert exported.rows("SELECT title, place, sha256, article FROM source") == [
        (source.title, source.place, source.sha256, exported.loaded.article)
    ]
    assert exported.rows("SELECT tag FROM tags ORDER BY position") == [(t,) for t in source.tags]
    assert exported.rows("SELECT id, name, summary FROM actors ORDER BY rowid") == [
        (a.id, a.name, a.summary) for a in dossier.actors
    ]
    assert sorted(exported.rows("SELECT actor_id, alias FROM aliases")) == sorted(
        {(a.id, alias) for a in dossier.actors for alias in a.aliases}
    )
    statements = [(i.id, i.statement) for i in dossier.interests]
    statements += [(r.id, r.statement) for r in dossier.relations]
    statements += [(i.id, i.statement) for i in dossier.implications]
    assert (
        exported.rows(
            "SELECT id, statement FROM interests UNION ALL SELECT id, statement FROM relations "
            "UNION ALL SELECT id, statement FROM implications"
        )
        == statements
    )
    quotes = [(e.quote, e.start, e.end) for _, _, item in dossier.items() for e in item.evidence]
    assert exported.rows('SELECT quote, start, "end" FROM evidence ORDER BY id') == quotes


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_the_same_selection_gives_the_same_bytes(name: str, tmp_path: Path) -> None:
    data = FIXTURES / name / "claims.json"
    first = export(data, tmp_path / "first.db", "--direction", "risk")
    second = export(data, tmp_path / "second.db", "--direction", "risk")
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_a_selection_keeps_its_keys(name: str, tmp_path: Path) -> None:
    """Filtered to one actor, every voice and actor the kept rows name is still there."""
    data = FIXTURES / name / "claims.json"
    dossier = load(data).dossier
    database = export(data, tmp_path / "one.db", "--actor", dossier.actors[-1].id)
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = [r[0] for r in db.execute("SELECT id FROM implications ORDER BY rowid")]
    assert kept == [i.id for i in query.affecting(dossier, dossier.actors[-1].id)]
    (answer,) = pages(database, "/implications.json?_facet=direction")
    assert sum(facet(answer, "direction").values()) == len(kept)
