"""Renderers against exact text: TSV, CSV, JSON and a fixed-width Rich table."""

from __future__ import annotations

import csv
import io
import json

from helpers import printed

from cismoa_cli import query
from cismoa_cli.render import Format
from cismoa_cli.render.listing import Column, Listing
from cismoa_cli.render.table import to_table
from cismoa_cli.render.views import actors_listing, implications_listing
from cismoa_cli.store import Loaded
from cismoa_cli.textio import visible

HOSTILE = "[bold red]x[/] \x1b[2J\x1b]0;t\x07 \x9b31m \u202eevil :smile: a\tb\nc\\d"
LISTING = Listing(
    "Things",
    (Column("id"), Column("names"), Column("count"), Column("text", wide=True)),
    (("A1", ("x", "y"), 3, "plain"), ("B2", (), 0, HOSTILE), ("C3", None, 1, "=1+1")),
    [{"id": "A1", "text": HOSTILE}],
)


def test_visible_spells_out_every_unsafe_character() -> None:
    assert visible(HOSTILE) == (
        "[bold red]x[/] \\x1b[2J\\x1b]0;t\\x07 \\x9b31m \\u202eevil :smile: a\\tb\\nc\\d"
    )
    assert visible("a\nb\tc", keep="\n") == "a\nb\\tc"


def test_tsv_escapes_and_joins_lists() -> None:
    assert LISTING.render(Format.TSV) == (
        "id\tnames\tcount\ttext\n"
        "A1\tx;y\t3\tplain\n"
        "B2\t\t0\t[bold red]x[/] \\x1b[2J\\x1b]0;t\\x07 \\x9b31m "
        "\\u202eevil :smile: a\\tb\\nc\\\\d\n"
        "C3\t\t1\t=1+1\n"
    )


def test_csv_defuses_formulas_and_round_trips() -> None:
    text = LISTING.render(Format.CSV)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["id", "names", "count", "text"]
    assert rows[1] == ["A1", "x;y", "3", "plain"]
    assert (
        rows[2][3]
        == "[bold red]x[/] \\x1b[2J\\x1b]0;t\\x07 \\x9b31m \\u202eevil :smile: a\tb\nc\\d"
    )
    assert rows[3][3] == "'=1+1"
    assert "\x1b" not in text and "\x9b" not in text


def test_json_keeps_the_raw_value_without_raw_controls() -> None:
    text = LISTING.render(Format.JSON)
    assert json.loads(text) == [{"id": "A1", "text": HOSTILE}]
    assert not any(c in text for c in "\x1b\x07\x9b\u202e")


def test_table_prints_markup_literally_and_no_escape_bytes() -> None:
    output = printed(to_table(LISTING), width=100)
    assert "[bold red]x[/]" in output and ":smile:" in output
    assert "\\x1b[2J" in output
    assert not any(c in output for c in "\x1b\x07\x9b\u202e")


def test_actors_table_exact(mini: Loaded) -> None:
    dossier = mini.dossier
    listing = actors_listing(dossier.actors, query.actor_counts(dossier))
    assert printed(to_table(listing), width=72) == (
        "Actors\n"
        "\n"
        "  id    name    kind    interests   implications   risks   benefits\n"
        " ───────────────────────────────────────────────────────────────────\n"
        "  ALP   Alpha   state   0           2              1       1\n"
        "  BET   Beta    state   1           1              0       1\n"
        "\n"
    )


def test_implications_table_exact_at_sixty_columns(mini: Loaded) -> None:
    dossier = mini.dossier
    assert printed(to_table(implications_listing(dossier.implications)), width=60) == (
        "Implications\n"
        "\n"
        "          affects · domain · direction · certainty ·\n"
        "  id      horizon · asserted_by · hedge / statement\n"
        " ──────────────────────────────────────────────────────────\n"
        "  IMP-1   ALP · economy · risk · possible · unspecified ·\n"
        "          critics · could\n"
        "          Could hurt Alpha's farmers.\n"
        "  IMP-2   ALP, BET · economy · benefit · expected ·\n"
        "          unspecified · article · is expected to\n"
        "          Expected to lift trade for both.\n"
        "\n"
    )


def test_stacked_table_keeps_every_word_at_forty_columns() -> None:
    listing = Listing(
        "Stack",
        (Column("id"), Column("a"), Column("b"), Column("statement", wide=True)),
        (("X-1", "alpha", "beta", "a long statement that has to wrap across several lines"),),
        [],
    )
    assert printed(to_table(listing), width=40) == (
        "Stack\n"
        "\n"
        "  id    a · b / statement\n"
        " ──────────────────────────────────────\n"
        "  X-1   alpha · beta\n"
        "        a long statement that has to\n"
        "        wrap across several lines\n"
        "\n"
    )
