"""Option values as Typer converts them for cismoa: a value no path can be is a usage
mistake (exit 2, one line naming the option), never an internal error; vocabulary words
are read in any case; a short run loads only what it uses."""

from __future__ import annotations

import json

import pytest
from helpers import MINI, run_cli

# Every parameter that names a file, with a line that gives it a value with a NUL byte
# (no file name holds one; only a program, never a shell, can pass one).
NUL = "a\x00b"
PATHS = {
    "--data": ["--data", NUL, "actors"],
    "'path'": ["validate", NUL],
    "--article": ["--data", str(MINI), "locate", "x", "--article", NUL],
    "'ARTICLE'": ["init", NUL, "-o", "out.json"],
    "'FILE'": ["import", "qdpx", NUL, "-o", "out.json"],
    "--output": ["--data", str(MINI), "export", "json", "-o", NUL],
}


@pytest.mark.parametrize("option", PATHS)
def test_a_nul_byte_in_a_path_is_a_bad_parameter(option: str) -> None:
    shown = run_cli(*PATHS[option])
    assert shown.code == 2, shown.stderr
    assert shown.stderr.startswith("cismoa: error: invalid value for ")
    assert option in shown.stderr and shown.stderr.count("\n") == 1
    assert "\x00" not in shown.stderr and "internal error" not in shown.stderr


def test_vocabulary_words_are_read_in_any_case() -> None:
    upper = run_cli("--data", MINI, "implications", "--direction", "RISK", "-f", "JSON")
    lower = run_cli("--data", MINI, "implications", "--direction", "risk", "-f", "json")
    assert upper.code == lower.code == 0
    assert upper.stdout == lower.stdout and '"direction": "risk"' in upper.stdout


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["--direction", "rsk"], "--direction: 'rsk' is not one of"),
        (["--limit", "0"], "--limit: '0' is not a whole number of rows, 1 or more"),
        (["--sort", "nothing"], "--sort"),
    ],
)
def test_a_bad_value_is_one_line_exit_2(given: list[str], said: str) -> None:
    shown = run_cli("--data", MINI, "implications", *given)
    assert shown.code == 2 and said in shown.stderr and shown.stderr.count("\n") == 1


def test_a_repeated_option_keeps_every_value() -> None:
    def ids(*actors: str) -> set[str]:
        given = [word for actor in actors for word in ("--actor", actor)]
        shown = run_cli("--data", MINI, "implications", *given, "-f", "json")
        assert shown.code == 0, shown.stderr
        return {item["id"] for item in json.loads(shown.stdout)}

    alpha, beta = ids("ALP"), ids("BET")
    assert alpha != beta and ids("ALP", "BET") == alpha | beta
