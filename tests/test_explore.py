"""The explorer: actor trees, the map, the matrix, compare, show, search, annotated source."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
import typer
import typer.main
from conftest import FIXTURES, printed, run_cli

from cismoa_cli import query
from cismoa_cli.cli import app
from cismoa_cli.cli.options import complete_actor
from cismoa_cli.errors import UsageError
from cismoa_cli.models import Dossier
from cismoa_cli.render.annotated import annotated_view
from cismoa_cli.render.trees import actor_view, item_view
from cismoa_cli.store import Loaded, load
from cismoa_cli.vocabulary import Direction, Domain

MINI = FIXTURES / "mini" / "claims.json"
EXPLORER = [
    ["actors"],
    ["actor", "china"],
    ["interests", "--actor", "usa"],
    ["relations", "--actor", "pakistan"],
    ["implications", "--domain", "security"],
    ["tree"],
    ["matrix"],
    ["compare", "Pakistan", "China"],
    ["show", "IMP-13"],
    ["search", "sovereignty"],
    ["source", "--highlight"],
]


def mini() -> Loaded:
    return load(MINI)


# --- queries ---------------------------------------------------------------------------


def test_matrix_counts_match_the_implications(bundled: Loaded) -> None:
    dossier = bundled.dossier
    cells = query.matrix(dossier)
    assert len(cells) == len(dossier.actors) * len(Domain)
    for cell in cells:
        here = [
            i for i in dossier.implications if cell.actor in i.affects and i.domain is cell.domain
        ]
        assert cell.implications == len(here)
        assert cell.risks == sum(i.direction is Direction.RISK for i in here)
        assert cell.benefits == sum(i.direction is Direction.BENEFIT for i in here)
    assert sum(c.implications for c in cells) == sum(len(i.affects) for i in dossier.implications)


def test_compare_finds_opposite_domains() -> None:
    dossier = mini().dossier
    risky = dossier.implications[0].model_copy(update={"id": "IMP-9", "affects": ("BET",)})
    changed = dossier.model_copy(update={"implications": (*dossier.implications, risky)})
    alpha, beta = changed.actors
    # Alpha: economy one risk, one benefit (even); Beta: one benefit, one risk: even too.
    assert query.compare(changed, alpha, beta).opposite == []
    only_beta_risk = changed.model_copy(
        update={
            "implications": (
                risky,
                dossier.implications[1].model_copy(update={"affects": ("ALP",)}),
            )
        }
    )
    result = query.compare(only_beta_risk, alpha, beta)
    assert [(a.domain, a.net, b.net) for a, b in result.opposite] == [(Domain.ECONOMY, 1, -1)]


def test_compare_collects_both_sides(bundled: Loaded) -> None:
    dossier = bundled.dossier
    pak, chn = (query.resolve_actor(dossier, n) for n in ("PAK", "CHN"))
    result = query.compare(dossier, pak, chn)
    assert [i.id for i in result.shared] == [
        i.id for i in dossier.implications if {"PAK", "CHN"} <= set(i.affects)
    ]
    assert [r.id for r in result.between] == ["REL-PAK-CHN"]
    assert {i.actor for i in result.first_interests} == {"PAK"}


def test_search_covers_every_kind_and_quotes(bundled: Loaded) -> None:
    kinds = {type(item).__name__ for item in query.search(bundled.dossier, "Beijing")}
    assert kinds == {"Actor", "Implication"}  # the alias and a quote
    assert query.search(bundled.dossier, "no such words anywhere") == []


def test_find_item_any_case_and_suggestions(bundled: Loaded) -> None:
    assert query.find_item(bundled.dossier, "imp-13").id == "IMP-13"
    with pytest.raises(UsageError, match=r"no item has the id 'IMP-99'; did you mean"):
        query.find_item(bundled.dossier, "IMP-99")


# --- views, exact ------------------------------------------------------------------------


def test_actor_tree_exact() -> None:
    loaded = mini()
    alpha = loaded.dossier.actors[0]
    found = query.profile(loaded.dossier, alpha)
    assert printed(actor_view(found, loaded.dossier.names()).look) == (
        "Alpha (ALP) · state\n"
        "Signed the pact.\n"
        "├── also: Alphaland\n"
        "├── named in the article\n"
        "│   └── “Alpha has signed”  [43–59]\n"
        "├── Interests (0)\n"
        "├── Relations (1)\n"
        "│   └── REL-1  agreement: Alpha ↔ Beta\n"
        "│       A trade pact.\n"
        "│       └── “Alpha has signed a trade pact with Beta.”  [43–83]\n"
        "└── Implications (2)\n"
        "    └── economy (2)\n"
        "        ├── IMP-1  risk · possible · unspecified · asserted by critics · affects\n"
        "        │   Alpha\n"
        "        │   Could hurt Alpha's farmers.\n"
        "        │   └── “Critics argue it could hurt Alpha’s farmers.”  [84–128]\n"
        "        └── IMP-2  benefit · expected · unspecified · asserted by the article ·\n"
        "            affects Alpha, Beta\n"
        "            Expected to lift trade for both.\n"
        "            └── “The pact is expected to lift trade for both.”  [129–173]\n"
    )


def test_show_marks_the_quote_in_its_sentence() -> None:
    loaded = mini()
    item = loaded.dossier.implications[0]
    assert printed(item_view(loaded.dossier, item, loaded.article).look) == (
        "IMP-1  risk · possible · unspecified · asserted by critics · affects Alpha\n"
        "Could hurt Alpha's farmers.\n"
        "├── hedge: “could”\n"
        "└── evidence [84–128]\n"
        "    └── «Critics argue it could hurt Alpha’s farmers.»\n"
    )


def test_show_json_gives_the_context(bundled: Loaded) -> None:
    record = json.loads(run_cli("show", "INT-CHN-2", "--format", "json").stdout)
    (context,) = record["context"]
    evidence = record["evidence"][0]
    assert context["start"] <= evidence["start"] < evidence["end"] <= context["end"]
    assert evidence["quote"] in context["text"]
    assert context["text"].startswith("This could have cascading effects")


def test_annotated_source_exact() -> None:
    loaded = mini()
    assert printed(annotated_view(loaded.dossier, loaded.article).look) == (
        "Alpha and Beta Sign a Pact\n"
        "\n"
        "Lahore, Alpha\n"
        "\n"
        "Alpha has signed⟦ALP⟧ a trade pact with Beta.⟦REL-1⟧ Critics argue it could hurt\n"
        "Alpha’s farmers.⟦IMP-1⟧ The pact is expected to lift trade for both.⟦IMP-2⟧ Beta\n"
        "wants⟦BET⟧ new markets.⟦INT-1⟧\n"
        "\n"
        "AlphaBetaTrade\n"
        "\n"
        "4 of 4 sentences cited, 0 not cited\n"
    )


def test_annotated_source_rows_count_uncited_sentences() -> None:
    loaded = mini()
    alpha = loaded.dossier.actors[0]
    fewer = loaded.dossier.model_copy(update={"interests": (), "actors": (alpha,)})
    rows = annotated_view(fewer, loaded.article).listing.rows
    assert [(row[2], row[4]) for row in rows][-1] == ("no", "Beta wants new markets.")
    assert [row[2] for row in rows] == ["yes", "yes", "yes", "no"]


def test_matrix_csv_and_json_give_the_numbers(bundled: Loaded) -> None:
    rows = list(csv.DictReader(io.StringIO(run_cli("matrix", "--format", "csv").stdout)))
    cells = query.matrix(bundled.dossier)
    assert [(r["actor"], r["domain"], int(r["implications"])) for r in rows] == [
        (c.actor, c.domain.value, c.implications) for c in cells
    ]
    records = json.loads(run_cli("matrix", "--format", "json").stdout)
    assert records[0] == {
        "actor": cells[0].actor,
        "domain": cells[0].domain.value,
        "implications": cells[0].implications,
        "risks": cells[0].risks,
        "benefits": cells[0].benefits,
        "net": cells[0].net,
    }


def test_matrix_table_marks_each_lean() -> None:
    output = run_cli("--data", str(MINI), "matrix", "--format", "table").stdout
    alpha = next(line for line in output.splitlines() if "Alpha" in line)
    beta = next(line for line in output.splitlines() if "Beta" in line)
    assert "2 ●" in alpha and "1 ▲" in beta and "▼ more risks than benefits" in output


# --- the command line --------------------------------------------------------------------


@pytest.mark.parametrize("args", EXPLORER, ids=lambda a: a[0])
def test_every_explorer_command_in_every_format(args: list[str]) -> None:
    for fmt in ("table", "tsv", "json", "csv"):
        shown = run_cli(*args, "--format", fmt)
        assert (shown.code, shown.stderr) == (0, ""), (fmt, shown.stderr)
        assert "\x1b" not in shown.stdout
        if fmt == "json":
            json.loads(shown.stdout)
        elif fmt == "csv":
            rows = list(csv.reader(io.StringIO(shown.stdout)))
            assert len({len(row) for row in rows}) == 1
        elif fmt == "tsv":
            lines = shown.stdout.splitlines()
            assert len({line.count("\t") for line in lines}) == 1


@pytest.mark.parametrize("args", EXPLORER, ids=lambda a: a[0])
def test_piped_output_has_no_escape_codes(args: list[str]) -> None:
    shown = run_cli(*args)
    assert shown.code == 0 and shown.stdout and "\x1b" not in shown.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["actor", "chna"], "unknown actor 'chna'; did you mean China?"),
        (["compare", "usa", "U.S."], "'usa' and 'U.S.' are both United States; name two actors"),
        (["show", "IMP-99"], "no item has the id 'IMP-99'; did you mean"),
        (["search", "  "], "give some text to search for"),
        (["relations", "--actor", "Inida"], "unknown actor 'Inida'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    shown = run_cli(*args)
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr.startswith(f"cismoa: error: {message}")


def test_actor_command_matches_the_query(bundled: Loaded) -> None:
    record = json.loads(run_cli("actor", "Beijing", "--format", "json").stdout)
    assert record["actor"]["id"] == "CHN"
    assert [i["id"] for i in record["implications"]] == [
        i.id for i in query.affecting(bundled.dossier, "CHN")
    ]


def test_tree_json_has_every_actor(bundled: Loaded) -> None:
    record = json.loads(run_cli("tree", "--format", "json").stdout)
    assert [a["id"] for a in record["actors"]] == [a.id for a in bundled.dossier.actors]
    assert record["source"]["title"] == bundled.dossier.source.title


def test_search_rows_are_grouped_by_kind() -> None:
    rows = run_cli("search", "China", "--format", "tsv").stdout.splitlines()[1:]
    kinds = [row.split("\t")[1] for row in rows]
    order = ["actor", "interest", "relation", "implication"]
    assert kinds == sorted(kinds, key=order.index) and len(set(kinds)) == 4


def test_shell_completion_offers_actor_names_as_spelled() -> None:
    with typer.Context(typer.main.get_command(app)) as ctx:
        assert complete_actor(ctx, "Ch") == ["CHN", "China", "Chinese"]
        assert complete_actor(ctx, "u") == ["USA", "United States", "U.S.", "US"]


def test_dossier_with_no_matches_shows_an_empty_table() -> None:
    shown = run_cli("implications", "--search", "zzz", "--format", "table")
    assert shown.code == 0 and "nothing matches" in shown.stdout
    assert run_cli("implications", "--search", "zzz").stdout.count("\n") == 1  # the header


def test_views_build_from_any_dossier() -> None:
    dossier = Dossier.model_validate(json.loads(MINI.read_text(encoding="utf-8")))
    found = query.profile(dossier, dossier.actors[1])
    assert actor_view(found, dossier.names()).listing.rows[0][0] == "BET"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("cismoa implications --direction ", ["benefit", "risk", "mixed", "neutral"]),
        ("cismoa implications --actor Ch", ["China", "Chinese"]),
        ("cismoa compare Pakistan Bei", ["Beijing"]),
        ("cismoa mat", ["matrix"]),
    ],
)
def test_shell_completion_end_to_end(words: str, expected: list[str]) -> None:
    """Bash asks the real program for completions, as an installed completion script does."""
    env = {
        **os.environ,
        "_CISMOA_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    done = subprocess.run(
        [sys.executable, "-m", "cismoa_cli"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0 and done.stdout.split() == expected, done.stderr
