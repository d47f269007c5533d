"""The SQLite export's schema: tables, an index on every foreign-key column, full-text
search the way Datasette and sqlite-utils find it, and views that join what people look for.

Every item table keeps its dossier id as its primary key (Datasette links rows and labels
foreign keys by it); its rowid is the item's place in the dossier, from 1, and is what the
full-text tables point at. Lists inside a view's cell are JSON arrays.
"""

from __future__ import annotations

from collections.abc import Iterator

TABLES = """
CREATE TABLE source (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    place TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    article TEXT NOT NULL
);
CREATE TABLE tags (
    source_id INTEGER NOT NULL REFERENCES source (id),
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (source_id, position)
);
CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE aliases (
    actor_id TEXT NOT NULL REFERENCES actors (id),
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
-- Who asserts a claim: the article itself, a voice it reports, or an actor speaking.
CREATE TABLE voices (
    id TEXT PRIMARY KEY,  -- 'article', a voice's id or an actor id
    name TEXT NOT NULL,  -- 'the article', the voice's or the actor's name
    actor_id TEXT UNIQUE REFERENCES actors (id),  -- the actor, when the voice is one
    kind TEXT NOT NULL,  -- 'article', 'actor', or the voice's kind (person, group, ...)
    affiliation TEXT REFERENCES actors (id),  -- a voice's actor, if the dossier gives one
    role TEXT  -- a voice's role, verbatim
);
CREATE TABLE interests (
    id TEXT PRIMARY KEY,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    statement TEXT NOT NULL,
    asserted_by TEXT NOT NULL REFERENCES voices (id),
    certainty TEXT NOT NULL,
    hedge TEXT
);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    actor_a TEXT NOT NULL REFERENCES actors (id),
    actor_b TEXT NOT NULL REFERENCES actors (id),
    kind TEXT NOT NULL,
    statement TEXT NOT NULL,
    asserted_by TEXT NOT NULL REFERENCES voices (id),
    certainty TEXT NOT NULL,
    hedge TEXT
);
CREATE TABLE implications (
    id TEXT PRIMARY KEY,
    statement TEXT NOT NULL,
    domain TEXT NOT NULL,
    direction TEXT NOT NULL,
    certainty TEXT NOT NULL,
    horizon TEXT NOT NULL,
    asserted_by TEXT NOT NULL REFERENCES voices (id),
    hedge TEXT,
    condition TEXT
);
CREATE TABLE affects (
    implication_id TEXT NOT NULL REFERENCES implications (id),
    actor_id TEXT NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (implication_id, actor_id)
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    actor_id TEXT REFERENCES actors (id),
    voice_id TEXT REFERENCES voices (id),
    interest_id TEXT REFERENCES interests (id),
    relation_id TEXT REFERENCES relations (id),
    implication_id TEXT REFERENCES implications (id),
    position INTEGER NOT NULL,
    quote TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,  -- from 1, computed from the article
    sentence INTEGER NOT NULL,  -- from 1, within its paragraph
    CHECK ((actor_id IS NOT NULL) + (voice_id IS NOT NULL) + (interest_id IS NOT NULL)
           + (relation_id IS NOT NULL) + (implication_id IS NOT NULL) = 1)
);
"""

# Each foreign-key column with an index of its own (a composite primary key that begins with
# the column would do for SQLite, but sqlite-utils' index-foreign-keys looks for one's own).
FOREIGN_KEYS = (
    ("tags", "source_id"),
    ("aliases", "actor_id"),
    ("voices", "actor_id"),
    ("voices", "affiliation"),
    ("interests", "actor_id"),
    ("interests", "asserted_by"),
    ("relations", "actor_a"),
    ("relations", "actor_b"),
    ("relations", "asserted_by"),
    ("implications", "asserted_by"),
    ("affects", "implication_id"),
    ("affects", "actor_id"),
    ("evidence", "actor_id"),
    ("evidence", "voice_id"),
    ("evidence", "interest_id"),
    ("evidence", "relation_id"),
    ("evidence", "implication_id"),
)

# The words each table can be searched by: its full-text table is TABLE_fts.
SEARCHABLE = {
    "actors": ("name", "summary"),
    "voices": ("name", "role"),
    "interests": ("statement",),
    "relations": ("statement",),
    "implications": ("statement",),
    "evidence": ("quote",),
}

VIEWS = """
-- One row per implication, with who asserts it, whom it affects and its quotes.
CREATE VIEW implication_details AS
SELECT
    i.id,
    i.statement,
    i.domain,
    i.direction,
    i.certainty,
    i.horizon,
    i.asserted_by,
    v.name AS voice,
    v.kind AS voice_kind,
    i.hedge,
    i.condition,
    (SELECT json_group_array(actor_id) FROM (
        SELECT actor_id FROM affects WHERE implication_id = i.id ORDER BY position
    )) AS affects,
    (SELECT json_group_array(name) FROM (
        SELECT a.name FROM affects AS f JOIN actors AS a ON a.id = f.actor_id
        WHERE f.implication_id = i.id ORDER BY f.position
    )) AS affected,
    (SELECT json_group_array(quote) FROM (
        SELECT quote FROM evidence WHERE implication_id = i.id ORDER BY position
    )) AS quotes
FROM implications AS i JOIN voices AS v ON v.id = i.asserted_by
ORDER BY i.rowid;

-- One row per actor and item that concerns it: its interests ('interest'), the relations
-- it is a party to ('party'), the implications that affect it ('affected') and those it
-- asserts ('voice').
CREATE VIEW actor_items AS
SELECT a.id AS actor_id, a.name AS actor, 'interest' AS role, 'interest' AS type,
    n.id AS item_id, n.statement, NULL AS domain, NULL AS direction, NULL AS certainty,
    NULL AS horizon
FROM interests AS n JOIN actors AS a ON a.id = n.actor_id
UNION ALL
SELECT a.id, a.name, 'party', 'relation', r.id, r.statement, NULL, NULL, NULL, NULL
FROM relations AS r JOIN actors AS a ON a.id IN (r.actor_a, r.actor_b)
UNION ALL
SELECT a.id, a.name, 'affected', 'implication', i.id, i.statement, i.domain, i.direction,
    i.certainty, i.horizon
FROM affects AS f JOIN actors AS a ON a.id = f.actor_id
    JOIN implications AS i ON i.id = f.implication_id
UNION ALL
SELECT a.id, a.name, 'voice', 'implication', i.id, i.statement, i.domain, i.direction,
    i.certainty, i.horizon
FROM implications AS i JOIN actors AS a ON a.id = i.asserted_by;

-- One row per voice and claim it asserts (the article's own included): what each voice
-- says, of whom, how surely.
CREATE VIEW voice_items AS
SELECT v.id AS voice_id, v.name AS voice, v.kind AS voice_kind, 'interest' AS type,
    n.id AS item_id, n.statement, n.certainty, n.hedge, NULL AS condition,
    json_array(n.actor_id) AS about
FROM interests AS n JOIN voices AS v ON v.id = n.asserted_by
UNION ALL
SELECT v.id, v.name, v.kind, 'relation', r.id, r.statement, r.certainty, r.hedge, NULL,
    json_array(r.actor_a, r.actor_b)
FROM relations AS r JOIN voices AS v ON v.id = r.asserted_by
UNION ALL
SELECT v.id, v.name, v.kind, 'implication', i.id, i.statement, i.certainty, i.hedge,
    i.condition,
    (SELECT json_group_array(actor_id) FROM (
        SELECT actor_id FROM affects WHERE implication_id = i.id ORDER BY position
    ))
FROM implications AS i JOIN voices AS v ON v.id = i.asserted_by;
"""


def indexes() -> str:
    """An index named idx_TABLE_COLUMN (as sqlite-utils names them) per foreign-key column."""
    return "".join(
        f"CREATE INDEX idx_{table}_{column} ON {table} ({column});\n"
        for table, column in FOREIGN_KEYS
    )


def full_text() -> str:
    """The full-text tables, filled, and the triggers that keep them so if rows change.

    Written exactly as ``sqlite-utils enable-fts --fts5 --create-triggers`` writes them:
    an external-content FTS5 table ``content="TABLE"`` (how Datasette and sqlite-utils
    find the index of a table) over the table's rowids.
    """
    return "".join(_full_text(table, columns) for table, columns in SEARCHABLE.items())


def _full_text(table: str, columns: tuple[str, ...]) -> str:
    fts = f'"{table}_fts"'
    names = ", ".join(f'"{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    return "\n".join(
        [
            f"CREATE VIRTUAL TABLE {fts} USING FTS5 (",
            f"    {names},",
            f'    content="{table}"',
            ");",
            f'INSERT INTO {fts} (rowid, {names}) SELECT rowid, {names} FROM "{table}";',
            *_triggers(table, fts, names, old, new),
            "",
        ]
    )


def _triggers(table: str, fts: str, names: str, old: str, new: str) -> Iterator[str]:
    insert = f"  INSERT INTO {fts} (rowid, {names}) VALUES (new.rowid, {new});"
    delete = f"  INSERT INTO {fts} ({fts}, rowid, {names}) VALUES('delete', old.rowid, {old});"
    yield f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n{insert}\nEND;'
    yield f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN\n{delete}\nEND;'
    yield f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN\n{delete}\n{insert}\nEND;'
