"""The command line's wiring: exit codes, stdout against stderr, formats, data selection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

from cismoa_cli import __version__, query
from cismoa_cli.store import Loaded

MINI = FIXTURES / "mini" / "claims.json"
COMMANDS = ["validate", "schema", "actors", "interests", "relations", "implications", "source"]


def test_version() -> None:
    assert run_cli("--version") == run_cli("--version")
    shown = run_cli("--version")
    assert (shown.code, shown.stdout) == (0, f"cismoa {__version__}\n")


def test_help_lists_commands_and_exit_codes() -> None:
    shown = run_cli("--help")
    assert shown.code == 0
    for command in COMMANDS:
        assert command in shown.stdout
    assert "130  interrupted (Ctrl-C)" in shown.stdout
    assert "2    a bad option, an unknown actor or filter value" in shown.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    shown = run_cli(command, "--help")
    assert shown.code == 0 and "Example" in shown.stdout


def test_piped_output_is_tsv_without_escape_codes(bundled: Loaded) -> None:
    shown = run_cli("actors")
    lines = shown.stdout.splitlines()
    assert lines[0] == "id\tname\tkind\tinterests\timplications\trisks\tbenefits"
    assert [line.split("\t")[1] for line in lines[1:]] == [a.name for a in bundled.dossier.actors]
    assert "\x1b" not in shown.stdout and shown.stderr == ""


@pytest.mark.parametrize(
    ("command", "fields"),
    [
        ("actors", ["id", "name", "aliases", "kind", "summary", "evidence"]),
        ("interests", ["id", "actor", "statement", "evidence"]),
        ("relations", ["id", "actors", "kind", "statement", "evidence"]),
        (
            "implications",
            [
                "id", "statement", "affects", "domain", "direction", "certainty",
                "horizon", "asserted_by", "hedge", "evidence",
            ],
        ),
    ],
)  # fmt: skip
def test_json_carries_the_model_fields(command: str, fields: list[str]) -> None:
    records = json.loads(run_cli(command, "--format", "json").stdout)
    assert records and all(list(record) == fields for record in records)
    assert all(set(e) == {"quote", "start", "end"} for r in records for e in r["evidence"])


def test_source_json(bundled: Loaded) -> None:
    record = json.loads(run_cli("source", "--format", "json").stdout)
    assert list(record) == ["title", "place", "tags", "sha256", "text"]
    assert record["text"] == bundled.article
    assert record["place"] == "Islamabad, Pakistan"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_every_format_runs(fmt: str) -> None:
    for command in ("actors", "interests", "relations", "implications", "source"):
        shown = run_cli(command, "--format", fmt)
        assert shown.code == 0 and shown.stdout and shown.stderr == ""


def test_actor_aliases_give_the_same_result() -> None:
    outputs = {
        run_cli("implications", "--actor", name, "--format", "json").stdout
        for name in ("U.S.", "usa", "united states")
    }
    assert len(outputs) == 1
    assert all("USA" in r["affects"] for r in json.loads(outputs.pop()))


def test_unknown_actor_exits_2_with_a_suggestion() -> None:
    shown = run_cli("implications", "--actor", "chna")
    assert (shown.code, shown.stdout) == (2, "")
    assert shown.stderr == "cismoa: error: unknown actor 'chna'; did you mean China?\n"


def test_value_outside_a_vocabulary_exits_2_listing_the_valid_ones() -> None:
    shown = run_cli("implications", "--direction", "good")
    assert shown.code == 2 and shown.stdout == ""
    assert (
        shown.stderr
        == "cismoa: error: --direction: 'good' is not one of benefit, risk, mixed, neutral\n"
    )


def test_combined_filters_on_the_command_line(bundled: Loaded) -> None:
    shown = run_cli(
        "implications", "-a", "pakistan", "--direction", "risk", "--certainty", "possible",
        "--asserted-by", "critics", "--format", "json",
    )  # fmt: skip
    expected = [
        i.id
        for i in bundled.dossier.implications
        if "PAK" in i.affects
        and i.direction.value == "risk"
        and i.certainty.value == "possible"
        and i.asserted_by == "critics"
    ]
    assert [r["id"] for r in json.loads(shown.stdout)] == expected and expected


def test_validate_counts_everything(bundled: Loaded) -> None:
    shown = run_cli("validate")
    dossier = bundled.dossier
    quotes = sum(len(item.evidence) for _, _, item in dossier.items())
    assert shown.code == 0
    assert f"  implications  {len(dossier.implications)}\n" in shown.stdout
    assert f"  quotes        {quotes} verified against article.txt\n" in shown.stdout
    assert "  sentences     17 of 17 article sentences cited\n" in shown.stdout


def test_schema_is_json_schema_of_the_dossier() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert set(schema["properties"]) == {
        "article", "source", "actors", "interests", "relations", "implications",
    }  # fmt: skip
    assert "Implication" in schema["$defs"]


def test_data_option_and_environment_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    by_option = run_cli("--data", str(MINI), "actors")
    by_env = run_cli("actors", env={"CISMOA_DATA": str(MINI)})
    assert by_option == by_env and "Alpha" in by_option.stdout
    monkeypatch.chdir(tmp_path)  # the article is found beside the dossier, not the cwd
    relative = os.path.relpath(MINI, tmp_path)
    assert run_cli("--data", relative, "actors") == by_option


def test_validate_takes_a_path() -> None:
    shown = run_cli("validate", str(MINI))
    assert shown.code == 0 and shown.stdout.startswith(f"{MINI}: valid\n")


def test_internal_error_is_one_line_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("secret local state")

    monkeypatch.setattr(query, "implications", broken)
    shown = run_cli("implications")
    assert shown.code == 1
    assert shown.stderr == (
        "cismoa: internal error: ValueError: secret local state "
        "(rerun with --debug to see the traceback)\n"
    )
    debug = run_cli("--debug", "implications")
    assert debug.code == 1 and "Traceback" in debug.stderr and "broken" in debug.stderr


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(query, "implications", interrupted)
    shown = run_cli("implications")
    assert shown.code == 130 and "Traceback" not in shown.stderr


def test_colour_only_where_wanted() -> None:
    forced = {"FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"}
    coloured = run_cli("implications", "--format", "table", env=forced)
    assert "\x1b[" in coloured.stdout
    assert (
        "\x1b["
        not in run_cli("implications", "--format", "table", env={**forced, "NO_COLOR": "1"}).stdout
    )
    assert (
        "\x1b[" not in run_cli("--no-color", "implications", "--format", "table", env=forced).stdout
    )


def run_module(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cismoa_cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_module_entry_point() -> None:
    done = run_module("--version")
    assert (done.returncode, done.stdout) == (0, f"cismoa {__version__}\n")


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`cismoa implications | head -1` on output far larger than a pipe's buffer."""
    data = json.loads(MINI.read_text(encoding="utf-8"))
    template = data["implications"][0]
    data["implications"] = [{**template, "id": f"IMP-{n}"} for n in range(3000)]
    (tmp_path / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "article.txt").write_bytes((MINI.parent / "article.txt").read_bytes())
    for unbuffered in ("", "1"):
        env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
        command = [
            sys.executable,
            "-m",
            "cismoa_cli",
            "--data",
            str(tmp_path / "claims.json"),
            "implications",
        ]
        producer = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        assert producer.stdout is not None and producer.stderr is not None
        first = producer.stdout.readline()
        producer.stdout.close()  # what head does after one line
        stderr = producer.stderr.read()
        code = producer.wait(timeout=60)
        assert first.startswith(b"id\taffects")
        assert (code, stderr) == (0, b"")
