"""The selection as an SQLite database made for sqlite3, Datasette and sqlite-utils.

One table per kind of item, link tables for the lists (tags, aliases, affected actors), a
table of the voices that assert implications, and one evidence table whose rows point at
exactly one item through a real foreign key; full-text search over the statements, the
actors and the quotes; views that join them. The schema is in ``sqlite_schema.py``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from ..article import Places
from ..models import Interest, Relation
from ..query import Selection
from ..vocabulary import ARTICLE_VOICE, voice_label
from .sqlite_schema import TABLES, VIEWS, full_text, indexes

_ITEM_FIELDS = ("actors", "voices", "interests", "relations", "implications")


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
        # Nor is it synced while it is written: the exporter syncs the finished file.
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(TABLES)
        _fill(connection, selection, article)
        # Indexes and the full-text index are built once the rows are in: faster than
        # keeping them up to date row by row.
        connection.executescript(indexes() + full_text() + VIEWS)
        connection.commit()
    except sqlite3.Error as error:
        if "full" in str(error):  # SQLITE_FULL: the disk, or a file-size limit
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)) from None
        raise OSError(errno.EIO, f"SQLite: {error}") from None
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, selection: Selection, article: str) -> None:
    """Every row, each item table's rowids numbering its items in dossier order from 1."""
    dossier = selection.dossier
    source = dossier.source
    connection.execute(
        "INSERT INTO source VALUES (1, ?, ?, ?, ?)",
        (source.title, source.place, source.sha256, article),
    )
    connection.executemany(
        "INSERT INTO tags VALUES (1, ?, ?)", [(n, tag) for n, tag in enumerate(source.tags)]
    )
    connection.executemany(
        "INSERT INTO actors (rowid, id, name, kind, summary) VALUES (?, ?, ?, ?, ?)",
        [(n, a.id, a.name, a.kind.value, a.summary) for n, a in enumerate(dossier.actors, 1)],
    )
    connection.executemany(
        "INSERT INTO aliases VALUES (?, ?)",
        [(a.id, alias) for a in dossier.actors for alias in dict.fromkeys(a.aliases)],
    )
    names = dossier.names()
    speakers = dossier.speakers()
    declared = {v.id: v for v in dossier.voices}
    voices = [ARTICLE_VOICE, *declared, *names]
    connection.executemany(
        "INSERT INTO voices (rowid, id, name, actor_id, kind, affiliation, role) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                n,
                v,
                voice_label(v, speakers),
                v if v in names else None,
                declared[v].kind.value if v in declared else "actor" if v in names else v,
                declared[v].affiliation if v in declared else None,
                declared[v].role if v in declared else None,
            )
            for n, v in enumerate(voices, 1)
        ],
    )
    connection.executemany(
        "INSERT INTO interests (rowid, id, actor_id, statement, asserted_by, certainty, hedge) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(n, i.id, i.actor, i.statement, *_said(i)) for n, i in enumerate(dossier.interests, 1)],
    )
    connection.executemany(
        "INSERT INTO relations (rowid, id, actor_a, actor_b, kind, statement, asserted_by, "
        "certainty, hedge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (n, r.id, *r.actors, r.kind.value, r.statement, *_said(r))
            for n, r in enumerate(dossier.relations, 1)
        ],
    )
    connection.executemany(
        "INSERT INTO implications (rowid, id, statement, domain, direction, certainty, "
        "horizon, asserted_by, hedge, condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (n, i.id, i.statement, *i.labels(), i.asserted_by, i.hedge, i.condition)
            for n, i in enumerate(dossier.implications, 1)
        ],
    )
    connection.executemany(
        "INSERT INTO affects VALUES (?, ?, ?)",
        [(i.id, a, n) for i in dossier.implications for n, a in enumerate(i.affects)],
    )
    places = Places(article)
    connection.executemany(
        "INSERT INTO evidence (actor_id, voice_id, interest_id, relation_id, implication_id, "
        'position, quote, start, "end", paragraph, sentence) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (*_owner(field, item.id), n, e.quote, e.start, e.end, *places.place(e.start))
            for field, _, item in dossier.items()
            for n, e in enumerate(item.evidence)
        ],
    )


def _said(item: Interest | Relation) -> tuple[str, str, str | None]:
    """Who asserts an interest or relation, how surely, in what words."""
    return item.asserted_by, item.certainty.value, item.hedge


def _owner(field: str, item_id: str) -> tuple[str | None, ...]:
    """The evidence row's five item columns: the item's id in its own, None in the others."""
    return tuple(item_id if f == field else None for f in _ITEM_FIELDS)
