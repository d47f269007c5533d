"""The explorer: actor trees, the map, the matrix, compare, show, search, annotated source."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
import typer.main
from helpers import MINI, complete, printed, run_cli

from cismoa_cli import query
from cismoa_cli.cli import app
from cismoa_cli.cli.options import complete_actor
from cismoa_cli.errors import UsageError
from cismoa_cli.render.annotated import annotated_view
from cismoa_cli.render.trees import actor_view, compare_view, item_view
from cismoa_cli.store import Loaded
from cismoa_cli.vocabulary import DEFAULT_DOMAINS, Direction

# --- queries ---------------------------------------------------------------------------


def test_matrix_counts_match_the_implications(varied: Loaded) -> None:
    dossier = varied.dossier
    cells = query.matrix(dossier)
    assert [(c.actor, c.domain) for c in cells] == [
        (a.id, d) for a in dossier.actors for d in DEFAULT_DOMAINS
    ]
    for cell in cells:
        here = [
            i for i in dossier.implications if cell.actor in i.affects and i.domain == cell.domain
        ]
        assert cell.implications == len(here)
        assert cell.risks == sum(i.direction is Direction.RISK for i in here)
        assert cell.benefits == sum(i.direction is Direction.BENEFIT for i in here)
        assert cell.net == cell.benefits - cell.risks
    assert sum(c.implications for c in cells) == sum(len(i.affects) for i in dossier.implications)
    assert {c.net > 0 for c in cells} == {True, False}  # the data leans both ways somewhere


def test_compare_finds_opposite_domains(mini: Loaded) -> None:
    dossier = mini.dossier
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
    assert [(a.domain, a.net, b.net) for a, b in result.opposite] == [("economy", 1, -1)]
    shown = printed(compare_view(result, only_beta_risk.names()).look)
    assert shown.endswith(
        "Domains where they stand on opposite sides (1)\n"
        "└── economy: Alpha leans to benefit (0 risks, 1 benefits); Beta leans to risk (1\n"
        "    risks, 0 benefits)\n"
        "Third actors they stand apart on (0)\n"
        "Implications for Alpha on account of Beta (0)\n"
        # IMP-9, copied from IMP-1, affects Beta and names Alpha: it is on Alpha's account.
        "Implications for Beta on account of Alpha (1)\n"
        "└── IMP-9  risk · possible · unspecified · asserted by critics · affects Beta\n"
        "    Could hurt Alpha's farmers.\n"
        "    └── “Critics argue it could hurt Alpha’s farmers.”  [84–128]\n"
    )


def test_compare_collects_both_sides(mini: Loaded) -> None:
    alpha, beta = mini.dossier.actors
    result = query.compare(mini.dossier, alpha, beta)
    assert [i.id for i in result.shared] == ["IMP-2"]  # IMP-1 affects Alpha alone
    assert [r.id for r in result.between] == ["REL-1"]
    assert (result.first_interests, [i.id for i in result.second_interests]) == ([], ["INT-1"])


def test_search_covers_names_aliases_statements_and_quotes(mini: Loaded) -> None:
    def found(text: str) -> list[str]:
        return [item.id for item in query.search(mini.dossier, text)]

    assert found("Alpha") == ["ALP", "REL-1", "IMP-1"]  # name, quote, statement
    assert found("ALPHALAND") == ["ALP"]  # an alias, any case
    assert found("argue") == ["IMP-1"]  # only in a quote
    assert found("alpha\u2019s farmers") == ["IMP-1"]  # either apostrophe
    assert found("no such words anywhere") == []


def test_find_item_any_case_and_suggestions(mini: Loaded) -> None:
    assert query.find_item(mini.dossier, " imp-1 ").id == "IMP-1"
    with pytest.raises(
        UsageError, match=r"^no item has the id 'IMP-9'; did you mean IMP-2, IMP-1\?"
    ):
        query.find_item(mini.dossier, "IMP-9")
    with pytest.raises(UsageError, match=r"^no item has the id 'zzz'$"):
        query.find_item(mini.dossier, "zzz")


# --- views, exact ------------------------------------------------------------------------


def test_actor_tree_exact(mini: Loaded) -> None:
    alpha = mini.dossier.actors[0]
    found = query.profile(mini.dossier, alpha)
    assert printed(actor_view(found, mini.dossier.names()).look) == (
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


def test_show_marks_the_quote_in_its_sentence(mini: Loaded) -> None:
    item = mini.dossier.implications[0]
    assert printed(item_view(mini.dossier, item, mini.article).look) == (
        "IMP-1  risk · possible · unspecified · asserted by critics · affects Alpha\n"
        "Could hurt Alpha's farmers.\n"
        "├── hedge: “could”\n"
        "└── evidence [84–128]\n"
        "    └── «Critics argue it could hurt Alpha’s farmers.»\n"
    )


def test_show_json_gives_the_context() -> None:
    record = json.loads(run_cli("--data", MINI, "show", "INT-1", "--format", "json").stdout)
    assert (record["type"], record["id"]) == ("interest", "INT-1")
    assert record["evidence"] == [
        {
            "quote": "Beta wants new markets.",
            "start": 174,
            "end": 197,
            "paragraph": 3,
            "sentence": 4,
        }
    ]
    assert record["context"] == [{"start": 174, "end": 197, "text": "Beta wants new markets."}]
    record = json.loads(run_cli("--data", MINI, "show", "ALP", "--format", "json").stdout)
    assert record["context"] == [
        {"start": 43, "end": 83, "text": "Alpha has signed a trade pact with Beta."}
    ]  # the whole sentence around a quote of part of it


def test_annotated_source_exact(mini: Loaded) -> None:
    assert printed(annotated_view(mini.dossier, mini.article).look) == (
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


def test_annotated_source_rows_count_uncited_sentences(mini: Loaded) -> None:
    alpha = mini.dossier.actors[0]
    fewer = mini.dossier.model_copy(update={"interests": (), "actors": (alpha,)})
    rows = annotated_view(fewer, mini.article).listing.rows
    assert [row[2:] for row in rows][-1] == (3, 4, "no", (), "Beta wants new markets.")
    assert [row[4] for row in rows] == ["yes", "yes", "yes", "no"]


def test_matrix_csv_and_json_give_the_numbers(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "matrix", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(shown)))
    cells = query.matrix(mini.dossier)
    assert [(r["actor"], r["domain"], int(r["implications"])) for r in rows] == [
        (c.actor, c.domain, c.implications) for c in cells
    ]
    records = json.loads(run_cli("--data", MINI, "matrix", "--format", "json").stdout)
    economy = [r for r in records if r["domain"] == "economy"]
    assert economy == [
        {
            "actor": "ALP",
            "domain": "economy",
            "implications": 2,
            "risks": 1,
            "benefits": 1,
            "net": 0,
        },
        {
            "actor": "BET",
            "domain": "economy",
            "implications": 1,
            "risks": 0,
            "benefits": 1,
            "net": 1,
        },
    ]
    assert all(r["implications"] == 0 for r in records if r["domain"] != "economy")


def test_matrix_table_marks_each_lean() -> None:
    output = run_cli("--data", MINI, "matrix", "--format", "table").stdout
    alpha = next(line for line in output.splitlines() if "Alpha" in line)
    beta = next(line for line in output.splitlines() if "Beta" in line)
    assert "2 ●" in alpha and "1 ▲" in beta and "▼ more risks than benefits" in output


# --- the command line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["actor", "alpah"], "unknown actor 'alpah'; did you mean Alpha?"),
        (["compare", "alp", "Alphaland"], "'alp' and 'Alphaland' are both Alpha; name two actors"),
        (["show", "IMP-99"], "no item has the id 'IMP-99'; did you mean"),
        (["search", "  "], "give some text to search for"),
        (["relations", "--actor", "Gamma"], "unknown actor 'Gamma'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    shown = run_cli("--data", MINI, *args)
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr.startswith(f"cismoa: error: {message}")


def test_actor_command_matches_the_query(mini: Loaded) -> None:
    record = json.loads(run_cli("--data", MINI, "actor", "Alphaland", "--format", "json").stdout)
    assert record["actor"]["id"] == "ALP"
    assert [i["id"] for i in record["implications"]] == ["IMP-1", "IMP-2"]
    assert [r["id"] for r in record["relations"]] == ["REL-1"]
    assert record["interests"] == []


def test_tree_json_has_every_actor(mini: Loaded) -> None:
    record = json.loads(run_cli("--data", MINI, "tree", "--format", "json").stdout)
    assert [a["id"] for a in record["actors"]] == ["ALP", "BET"]
    assert record["source"]["title"] == mini.dossier.source.title


def test_a_tree_printed_as_a_tree_is_never_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Listing 100,000 implications cost `tree` a tenth of its time for nothing printed."""
    from cismoa_cli.render import trees

    def refused(*_: object) -> None:
        raise AssertionError("listed")

    monkeypatch.setattr(trees, "items_listing", refused)
    shown = run_cli("--data", MINI, "tree")
    assert shown.code == 0 and "Alpha" in shown.stdout
    assert run_cli("--data", MINI, "tree", "--format", "json").code != 0


def test_search_rows_are_grouped_by_kind() -> None:
    rows = run_cli("--data", MINI, "search", "a", "--format", "tsv").stdout.splitlines()[1:]
    assert [row.split("\t")[:2] for row in rows] == [
        ["ALP", "actor"],
        ["BET", "actor"],
        ["INT-1", "interest"],
        ["REL-1", "relation"],
        ["IMP-1", "implication"],
        ["IMP-2", "implication"],
    ]


def test_shell_completion_offers_actor_names_as_spelled() -> None:
    ctx = typer.Context(typer.main.get_command(app))
    ctx.params["data"] = MINI
    assert complete_actor(ctx, "al") == ["ALP", "Alpha", "Alphaland"]
    assert complete_actor(ctx, "B") == ["BET", "Beta"]
    assert complete_actor(ctx, "x") == []
    ctx.params["data"] = MINI.parent / "missing.json"
    assert complete_actor(ctx, "") == []  # nothing when the dossier cannot load


def test_dossier_with_no_matches_shows_an_empty_table() -> None:
    shown = run_cli("--data", MINI, "implications", "--search", "zzz", "--format", "table")
    assert shown.code == 0 and "nothing matches" in shown.stdout
    piped = run_cli("--data", MINI, "implications", "--search", "zzz")
    assert piped.stdout.count("\n") == 1  # the header


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            f"cismoa --data {MINI} implications --direction ",
            ["benefit", "risk", "mixed", "neutral"],
        ),
        (f"cismoa --data {MINI} implications --actor Al", ["Alpha", "Alphaland"]),
        (f"cismoa --data {MINI} compare Alpha Be", ["Beta"]),
        ("cismoa mat", ["matrix"]),
    ],
)
def test_shell_completion_end_to_end(words: str, expected: list[str]) -> None:
    """Bash asks the real program for completions, as an installed completion script does."""
    assert complete(words) == expected
