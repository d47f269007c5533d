"""The selection as an SQLite database that sqlite3 and Datasette open directly.

One table per kind of item, link tables for the lists (aliases, affected actors), and one
evidence table whose rows point at exactly one item through a real foreign key.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path

from ..query import Selection

SCHEMA = """
CREATE TABLE source (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    place TEXT NOT NULL,
    tags TEXT NOT NULL,  -- a JSON array
    sha256 TEXT NOT NULL,
    article TEXT NOT NULL
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
CREATE TABLE interests (
    id TEXT PRIMARY KEY,
    actor_id TEXT NOT NULL REFERENCES actors (id),
    statement TEXT NOT NULL
);
CREATE TABLE relations (
    id TEXT PRIMARY KEY,
    actor_a TEXT NOT NULL REFERENCES actors (id),
    actor_b TEXT NOT NULL REFERENCES actors (id),
    kind TEXT NOT NULL,
    statement TEXT NOT NULL
);
CREATE TABLE implications (
    id TEXT PRIMARY KEY,
    statement TEXT NOT NULL,
    domain TEXT NOT NULL,
    direction TEXT NOT NULL,
    certainty TEXT NOT NULL,
    horizon TEXT NOT NULL,
    asserted_by TEXT NOT NULL,  -- 'article', 'critics' or an actor id
    hedge TEXT
);
CREATE TABLE affects (
    implication_id TEXT NOT NULL REFERENCES implications (id),
    actor_id TEXT NOT NULL REFERENCES actors (id),
    PRIMARY KEY (implication_id, actor_id)
);
CREATE TABLE evidence (
    actor_id TEXT REFERENCES actors (id),
    interest_id TEXT REFERENCES interests (id),
    relation_id TEXT REFERENCES relations (id),
    implication_id TEXT REFERENCES implications (id),
    position INTEGER NOT NULL,
    quote TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CHECK ((actor_id IS NOT NULL) + (interest_id IS NOT NULL) + (relation_id IS NOT NULL)
           + (implication_id IS NOT NULL) = 1)
);
"""

_EVIDENCE_COLUMN = {
    "actors": "actor_id",
    "interests": "interest_id",
    "relations": "relation_id",
    "implications": "implication_id",
}


def write_sqlite(selection: Selection, article: str, path: Path) -> None:
    """Create the database at ``path`` (an empty or new file).

    A failure is an OSError like any other write's: a full disk reads "No space left on
    device" whichever format was being written.
    """
    connection = sqlite3.connect(path)
    try:
        # The file is thrown away on failure anyway: keep the rollback journal in memory,
        # so that an interrupted export leaves no -journal file beside it.
        connection.execute("PRAGMA journal_mode = MEMORY")
        connection.execute("PRAGMA foreign_keys = ON")
        _fill(connection, selection, article)
        connection.commit()
    except sqlite3.Error as error:
        if "full" in str(error):  # SQLITE_FULL: the disk, or a file-size limit
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)) from None
        raise OSError(errno.EIO, f"SQLite: {error}") from None
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, selection: Selection, article: str) -> None:
    dossier = selection.dossier
    source = dossier.source
    connection.executescript(SCHEMA)
    connection.execute(
        "INSERT INTO source VALUES (1, ?, ?, ?, ?, ?)",
        (source.title, source.place, json.dumps(list(source.tags)), source.sha256, article),
    )
    connection.executemany(
        "INSERT INTO actors VALUES (?, ?, ?, ?)",
        [(a.id, a.name, a.kind.value, a.summary) for a in dossier.actors],
    )
    connection.executemany(
        "INSERT INTO aliases VALUES (?, ?)",
        [(a.id, alias) for a in dossier.actors for alias in dict.fromkeys(a.aliases)],
    )
    connection.executemany(
        "INSERT INTO interests VALUES (?, ?, ?)",
        [(i.id, i.actor, i.statement) for i in dossier.interests],
    )
    connection.executemany(
        "INSERT INTO relations VALUES (?, ?, ?, ?, ?)",
        [(r.id, *r.actors, r.kind.value, r.statement) for r in dossier.relations],
    )
    connection.executemany(
        "INSERT INTO implications VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i.id,
                i.statement,
                *i.labels(),
                i.asserted_by,
                i.hedge,
            )
            for i in dossier.implications
        ],
    )
    connection.executemany(
        "INSERT INTO affects VALUES (?, ?)",
        [(i.id, actor) for i in dossier.implications for actor in i.affects],
    )
    for field, _, item in dossier.items():
        column = _EVIDENCE_COLUMN[field]
        connection.executemany(
            f'INSERT INTO evidence ({column}, position, quote, start, "end") '
            "VALUES (?, ?, ?, ?, ?)",
            [(item.id, n, e.quote, e.start, e.end) for n, e in enumerate(item.evidence)],
        )
