"""The command line's wiring: every command, help, exit codes, stdout against stderr, formats,
and which dossier is read."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import shlex
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import typer.main
from helpers import (
    COMMANDS,
    FORMATS,
    GLOBAL_OPTIONS,
    HOSTILE,
    MINI,
    RAW,
    REVIEW,
    USES,
    as_format_1,
    cismoa,
    fixture_json,
    many_implications,
    run_cli,
    takes_format,
    uses,
    write_dossier,
)

from cismoa_cli import __version__, query
from cismoa_cli.cli import app
from cismoa_cli.cli.boundary import globals_first
from cismoa_cli.cli.options import FilterOptions
from cismoa_cli.export import ExportFormat
from cismoa_cli.store import Loaded


def test_version_is_the_installed_distributions() -> None:
    shown = run_cli("--version")
    assert (shown.code, shown.stdout) == (0, f"cismoa {version('cismoa-cli')}\n")
    assert __version__ == version("cismoa-cli")


# --- every command ----------------------------------------------------------------------


def test_every_command_has_a_way_to_run_it() -> None:
    """The table the "every command" tests run from covers the app, and every export format."""
    assert sorted(USES) == sorted(COMMANDS)
    exported = {args[0] for args in USES["export"]}
    assert exported == {kind.value for kind in ExportFormat}


def _section(text: str, heading: str) -> list[str]:
    """The indented lines under ``heading`` in Click's help, up to the next blank line."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip() == heading) + 1
    found: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            break
        found.append(line.strip())
    return found


def test_help_lists_every_command_and_the_exit_codes() -> None:
    shown = run_cli("--help")
    assert shown.code == 0
    listed = [line.split()[0] for line in _section(shown.stdout, "Commands:")]
    assert sorted(listed) == sorted(COMMANDS)
    assert _section(shown.stdout, "Exit codes:") == [
        "0    success (also when a reader such as head closes the output early)",
        "1    bad data, a failed check, or a refused write",
        "2    a bad option, an unknown actor or filter value",
        "130  interrupted (Ctrl-C)",
    ]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples_of_itself(command: str) -> None:
    shown = run_cli(command, "--help")
    assert shown.code == 0 and shown.stdout.startswith(f"Usage: cismoa {command} ")
    heading = "Examples:" if "Examples:" in shown.stdout else "Example:"
    examples = _section(shown.stdout, heading)
    assert examples
    for example in examples:
        program, *words = shlex.split(example)
        while words and words[0] in GLOBAL_OPTIONS:  # `cismoa --data draft.json coverage`
            words = words[2 if GLOBAL_OPTIONS[words[0]] else 1 :]
        assert (program, words[0]) == ("cismoa", command), example


def test_every_global_option_may_follow_the_command() -> None:
    """The global options are the app's callback's options, and nothing else: each one
    after the command is moved before it, with its value if it takes one."""
    root = typer.main.get_command(app)
    declared = {name for option in root.params for name in option.opts}
    assert set(GLOBAL_OPTIONS) == declared >= {"--data", "--no-color", "--version"}
    for name, takes_value in GLOBAL_OPTIONS.items():
        given = [name, "VALUE"] if takes_value else [name]
        assert globals_first(["actors", *given, "-n", "1"], GLOBAL_OPTIONS) == [
            *given,
            "actors",
            "-n",
            "1",
        ]
    assert globals_first(["actors", "--", "--no-color"], GLOBAL_OPTIONS) == [
        "actors",
        "--",
        "--no-color",
    ]
    shown = run_cli("actors", "--data", MINI, "--no-color", "--format", "tsv")
    assert shown.code == 0 and "Alpha" in shown.stdout


@pytest.mark.parametrize("fixture", [MINI, HOSTILE], ids=["mini", "hostile"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_in_every_format(tmp_path: Path, command: str, fixture: Path) -> None:
    """Each way of running each command, in each format it takes: exit 0, the format well
    formed, and no control character from the data reaching the output."""
    path = write_dossier(tmp_path, fixture=fixture)
    formats: list[str | None] = [None, *FORMATS] if takes_format(command) else [None]
    for args in uses(command, tmp_path):
        for fmt in formats:
            chosen = ["--format", fmt] if fmt else []
            shown = run_cli("--data", path, command, *args, *chosen)
            where = (command, *args, fmt)
            assert shown.code == 0, (where, shown.stderr)
            if "-o" in args:  # "wrote FILE", or for an import "wrote FILE and its article"
                assert shown.stderr.startswith(f"cismoa: wrote {args[-1]}"), where
                assert shown.stderr.count("\n") == 1, (where, shown.stderr)
            else:
                assert shown.stderr == "", (where, shown.stderr)
            assert not RAW.search(shown.stdout + shown.stderr), where
            assert "\x1b" not in shown.stdout, where  # piped: no styling either
            kind = fmt or (args[0] if command == "export" else None)
            if kind == "json":
                json.loads(shown.stdout)
            elif kind == "csv":
                widths = {len(row) for row in csv.reader(io.StringIO(shown.stdout))}
                assert len(widths) == 1, where
            elif kind == "tsv":
                assert len({line.count("\t") for line in shown.stdout.splitlines()}) == 1, where


# --- formats -------------------------------------------------------------------------------


def test_piped_output_is_tsv_without_escape_codes(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "actors")
    assert shown.stdout == (
        "id\tname\tkind\tinterests\timplications\trisks\tbenefits\n"
        "ALP\tAlpha\tstate\t0\t2\t1\t1\n"
        "BET\tBeta\tstate\t1\t1\t0\t1\n"
    )
    assert shown.stderr == ""


@pytest.mark.parametrize(
    ("command", "fields"),
    [
        (
            "actors",
            ["id", "name", "aliases", "kind", "summary", "evidence", "status", "cue", "counts"],
        ),
        (
            "interests",
            [
                "id", "actor", "statement", "asserted_by", "certainty", "hedge", "evidence",
                "status", "cue",
            ],
        ),
        (
            "relations",
            [
                "id", "actors", "kind", "statement", "asserted_by", "certainty", "hedge",
                "evidence", "status", "cue",
            ],
        ),
        (
            "implications",
            [
                "id", "statement", "affects", "domain", "direction", "certainty",
                "horizon", "asserted_by", "hedge", "condition", "evidence", "status", "cue",
            ],
        ),
    ],
)  # fmt: skip
def test_json_carries_the_model_fields(command: str, fields: list[str], mini: Loaded) -> None:
    records = json.loads(run_cli("--data", MINI, command, "--format", "json").stdout)
    assert records and all(list(record) == fields for record in records)
    expected = {
        "actors": mini.placed.actors,
        "interests": mini.placed.interests,
        "relations": mini.placed.relations,
        "implications": mini.placed.implications,
    }[command]
    counted = [record.pop("counts", None) for record in records]  # actors: as the table has
    assert records == [item.model_dump(mode="json") for item in expected]
    if command == "actors":
        table = run_cli("--data", MINI, "actors", "--format", "tsv").stdout.splitlines()[1:]
        rows = [line.split("\t") for line in table]
        assert counted == [
            dict(
                zip(
                    ("interests", "implications", "risks", "benefits"),
                    map(int, row[3:]),
                    strict=True,
                )
            )
            for row in rows
        ]


def test_source_json(mini: Loaded) -> None:
    record = json.loads(run_cli("--data", MINI, "source", "--format", "json").stdout)
    assert list(record) == ["title", "place", "tags", "sha256", "text"]
    assert record["text"] == mini.article
    assert (record["title"], record["place"]) == ("Alpha and Beta Sign a Pact", "Lahore, Alpha")


# --- actors and filters ----------------------------------------------------------------------


def test_actor_aliases_give_the_same_result() -> None:
    outputs = {
        run_cli("--data", MINI, "implications", "--actor", name, "--format", "json").stdout
        for name in ("ALP", "alpha", "ALPHALAND")
    }
    assert len(outputs) == 1
    records = json.loads(outputs.pop())
    assert [r["id"] for r in records] == ["IMP-1", "IMP-2"]


def test_unknown_actor_exits_2_with_a_suggestion() -> None:
    shown = run_cli("--data", MINI, "implications", "--actor", "alpah")
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr == "cismoa: error: unknown actor 'alpah'; did you mean Alpha?\n"


def test_unknown_actor_far_from_every_name_lists_them() -> None:
    shown = run_cli("--data", MINI, "interests", "--actor", "zzzzzz")
    assert shown.code == 2
    assert shown.stderr == (
        "cismoa: error: unknown actor 'zzzzzz'; the dossier's actors are Alpha, Beta\n"
    )


def test_value_outside_a_vocabulary_exits_2_listing_the_valid_ones() -> None:
    shown = run_cli("--data", MINI, "implications", "--direction", "good")
    assert shown.code == 2 and shown.stdout == ""
    assert (
        shown.stderr
        == "cismoa: error: --direction: 'good' is not one of benefit, risk, mixed, neutral\n"
    )


def test_combined_filters_on_the_command_line() -> None:
    def ids(*filters: str) -> list[str]:
        shown = run_cli("--data", MINI, "implications", *filters, "--format", "json")
        return [r["id"] for r in json.loads(shown.stdout)]

    assert ids("-a", "alpha", "--direction", "risk", "--asserted-by", "critics") == ["IMP-1"]
    assert ids("-a", "beta", "--direction", "risk") == []  # AND across options
    assert ids("--direction", "risk", "--direction", "benefit") == ["IMP-1", "IMP-2"]  # OR within
    assert ids("--asserted-by", "article", "--certainty", "expected") == ["IMP-2"]
    assert ids("--search", "FARMERS") == ["IMP-1"]
    assert ids("--sort", "direction") == ["IMP-2", "IMP-1"]  # benefit comes before risk


# Each listing that takes --status, and the ids of its proposed and accepted rows in
# tests/fixtures/review.
BY_STATUS = {
    "actors": (["BET"], ["ALP"]),
    "voices": (["critics"], ["article"]),
    "interests": (["INT-2"], ["INT-1"]),
    "relations": (["REL-2"], ["REL-1"]),
    "implications": (["IMP-2"], ["IMP-1"]),
}


def test_every_listing_takes_status() -> None:
    taking = {
        name for name, command in COMMANDS.items() for p in command.params if "--status" in p.opts
    }
    assert taking == {*BY_STATUS, "export"}


@pytest.mark.parametrize("listing", BY_STATUS)
def test_status_lists_what_a_drafter_proposed_or_a_reader_accepted(listing: str) -> None:
    def ids(*statuses: str) -> list[str]:
        given = [word for status in statuses for word in ("--status", status)]
        shown = run_cli("--data", REVIEW, listing, *given, "--format", "json")
        assert (shown.code, shown.stderr) == (0, ""), given
        return [row["id"] for row in json.loads(shown.stdout)]

    proposed, accepted = BY_STATUS[listing]
    assert ids("proposed") == proposed
    assert ids("ACCEPTED") == accepted  # in any case, as every vocabulary word
    both = ids("accepted", "proposed")
    assert both == ids() and sorted(both) == sorted(proposed + accepted)  # in the file's order


@pytest.mark.parametrize("listing", BY_STATUS)
def test_a_proposed_row_says_so_in_a_last_column(listing: str) -> None:
    shown = run_cli("--data", REVIEW, listing, "--format", "tsv")
    header, *rows = [line.split("\t") for line in shown.stdout.splitlines()]
    assert header[-1] == "status"
    proposed, _ = BY_STATUS[listing]
    assert {row[0]: row[-1] for row in rows} == {
        row[0]: "proposed" if row[0] in proposed else "accepted" for row in rows
    }
    # A reader's dossier has nothing to tell apart: no such column.
    assert "status" not in run_cli("--data", MINI, listing, "--format", "tsv").stdout


@pytest.mark.parametrize("listing", BY_STATUS)
def test_a_status_outside_the_vocabulary_exits_2_naming_the_nearest(listing: str) -> None:
    shown = run_cli("--data", REVIEW, listing, "--status", "propsed")
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr == (
        "cismoa: error: --status: 'propsed' is not one of proposed, accepted;"
        " did you mean proposed?\n"
    )


def test_status_combines_with_the_other_filters() -> None:
    def ids(*filters: str) -> list[str]:
        shown = run_cli("--data", REVIEW, "implications", *filters, "--format", "json")
        return [row["id"] for row in json.loads(shown.stdout)]

    assert ids("--status", "proposed", "--direction", "benefit") == ["IMP-2"]
    assert ids("--status", "proposed", "--direction", "risk") == []  # AND across options
    shown = run_cli("--data", REVIEW, "interests", "--actor", "BET", "--status", "proposed")
    assert shown.stdout == "id\tactor\tstatement\tevidence\n"  # BET's one interest is accepted
    exported = json.loads(
        run_cli("--data", REVIEW, "export", "json", "--status", "accepted").stdout
    )
    assert [item["id"] for item in exported["implications"]] == ["IMP-1"]
    for listing, (proposed, _) in BY_STATUS.items():  # the filter first, then the limit
        shown = run_cli("--data", REVIEW, listing, "--status", "proposed", "-n", "1", "-f", "json")
        assert [row["id"] for row in json.loads(shown.stdout)] == proposed[:1], listing


# --- validate and schema ---------------------------------------------------------------------


def test_validate_counts_everything() -> None:
    shown = run_cli("validate", MINI)
    assert (shown.code, shown.stderr) == (0, "")
    assert shown.stdout == (
        f"{MINI}: valid\n"
        "  actors        2\n"
        "  interests     1\n"
        "  relations     1\n"
        "  implications  2\n"
        "  quotes        6 verified against article.txt\n"
        "  sentences     4 of 4 article sentences cited\n"
    )


def test_schema_is_json_schema_of_the_dossier() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:cismoa:dossier:2"
    assert set(schema["properties"]) == {
        "$schema", "format", "article", "source", "domains", "actors", "voices", "interests",
        "relations", "implications",
    }  # fmt: skip
    assert schema["properties"]["format"]["anyOf"][0] == {"const": 2, "type": "integer"}
    assert "Implication" in schema["$defs"]


@pytest.mark.parametrize("fixture", [MINI, HOSTILE], ids=["mini", "hostile"])
def test_an_editor_checking_a_dossier_against_the_schema_accepts_it(
    tmp_path: Path, fixture: Path
) -> None:
    """What an editor does with `cismoa schema` (a JSON Schema 2020-12 validator), for a
    dossier naming its schema with "$schema" as editors expect, which cismoa accepts too and
    keeps when it exports the dossier."""
    import jsonschema

    schema = json.loads(run_cli("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    data = {"$schema": "./dossier.schema.json", **fixture_json(fixture)}
    jsonschema.Draft202012Validator(schema).validate(data)
    path = write_dossier(tmp_path, data=data, fixture=fixture)
    assert run_cli("validate", path).code == 0
    exported = json.loads(run_cli("--data", path, "export", "json").stdout)
    assert exported["format"] == 2 and as_format_1(exported) == data
    jsonschema.Draft202012Validator(schema).validate(exported)
    data["afects"] = []
    with pytest.raises(jsonschema.ValidationError, match="afects"):
        jsonschema.Draft202012Validator(schema).validate(data)


# --- which dossier ---------------------------------------------------------------------------


def test_data_option_and_environment_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    by_option = run_cli("--data", MINI, "actors")
    by_env = run_cli("actors", env={"CISMOA_DATA": str(MINI)})
    assert by_option == by_env and "Alpha" in by_option.stdout
    after = run_cli("actors", "--data", MINI)  # a global option may follow the command
    assert after == by_option
    hostile = run_cli("--data", MINI, "actors", env={"CISMOA_DATA": str(HOSTILE)})
    assert hostile == by_option  # the option wins over the variable
    monkeypatch.chdir(tmp_path)  # the article is found beside the dossier, not the cwd
    relative = os.path.relpath(MINI, tmp_path)
    assert run_cli("--data", relative, "actors") == by_option


def test_words_after_a_double_dash_are_arguments() -> None:
    shown = run_cli("--data", MINI, "search", "--", "--no-color")
    assert (shown.code, shown.stderr) == (0, "")
    assert shown.stdout.splitlines()[1:] == []  # searched for the words, found nothing
    found = run_cli("--data", MINI, "search", "--", "-trade")
    assert found.code == 0 and found.stdout.splitlines()[1:] == []
    assert run_cli("--data", MINI, "search", "--", "markets").stdout.count("\n") == 3


def test_validate_takes_a_path() -> None:
    shown = run_cli("validate", MINI)
    assert shown.code == 0 and shown.stdout.startswith(f"{MINI}: valid\n")


# --- failures --------------------------------------------------------------------------------


def test_internal_error_is_one_line_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("secret local state")

    monkeypatch.setattr(query, "implications", broken)
    shown = run_cli("--data", MINI, "implications")
    assert shown.code == 1
    assert shown.stderr == (
        "cismoa: internal error: ValueError: secret local state "
        "(rerun with --debug to see the traceback)\n"
    )
    debug = run_cli("--debug", "--data", MINI, "implications")
    assert debug.code == 1 and "Traceback" in debug.stderr and "broken" in debug.stderr


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(query, "implications", interrupted)
    shown = run_cli("--data", MINI, "implications")
    assert shown.code == 130 and "Traceback" not in shown.stderr


def test_colour_only_where_wanted() -> None:
    forced = {"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm-256color"}
    table = ("--data", MINI, "implications", "--format", "table")
    assert "\x1b[" in run_cli(*table, env=forced).stdout
    assert "\x1b[" not in run_cli(*table, env={**forced, "NO_COLOR": "1"}).stdout
    assert "\x1b[" not in run_cli("--no-color", *table, env=forced).stdout


def test_module_entry_point() -> None:
    done = cismoa("--version")
    assert (done.returncode, done.stdout) == (0, f"cismoa {__version__}\n")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`cismoa implications | head -1` on output far larger than a pipe's buffer."""
    path = many_implications(tmp_path, 3000)
    for unbuffered in ("", "1"):
        env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
        command = [sys.executable, "-m", "cismoa_cli", "--data", str(path), "implications"]
        producer = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        assert producer.stdout is not None and producer.stderr is not None
        first = producer.stdout.readline()
        producer.stdout.close()  # what head does after one line
        stderr = producer.stderr.read()
        code = producer.wait(timeout=60)
        assert first.startswith(b"id\tstatement\taffects")
        assert (code, stderr) == (0, b"")


def test_the_filter_reads_the_same_in_every_command_that_takes_it() -> None:
    """The implication filter's options, declared once, in FilterOptions' order wherever
    a command takes them."""
    fields = [field.name for field in dataclasses.fields(FilterOptions)]
    shown = {}
    for name in ("implications", "export"):
        params = {p.name: p for p in COMMANDS[name].params}
        assert [n for n in params if n in fields] == fields, name
        shown[name] = [(params[n].opts, getattr(params[n], "help", None)) for n in fields]
    assert shown["implications"] == shown["export"]


@pytest.mark.parametrize(
    "words", [[], ["import"], ["--no-color"]], ids=["cismoa", "import", "flag"]
)
def test_a_group_called_bare_shows_its_help_on_stderr_exit_2(words: list[str]) -> None:
    shown = run_cli(*words)
    assert shown.code == 2 and shown.stdout == ""
    if words == ["--no-color"]:  # options, but no command: a mistake like any other
        assert shown.stderr == "cismoa: error: missing command (see `cismoa --help`)\n"
    else:
        assert shown.stderr.startswith(f"Usage: cismoa {' '.join(words)}".rstrip() + " ")
        assert "Commands:" in shown.stderr
