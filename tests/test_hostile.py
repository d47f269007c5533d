"""A dossier whose every text field is hostile (Rich markup, terminal escapes, Markdown and
formula injection), shown through every command: printed literally, no escape byte sent."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

from cismoa_cli.textio import escape_char

HOSTILE = FIXTURES / "hostile" / "claims.json"
# Everything the sanitiser spells out, except the newline and tab that formats use.
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own styling, the one escape allowed (in colour)
COMMANDS = [
    ["actors"],
    ["actor", "ALP"],
    ["interests"],
    ["relations"],
    ["implications"],
    ["tree"],
    ["matrix"],
    ["compare", "ALP", "BET"],
    ["show", "IMP-1"],
    ["show", "REL-1"],
    ["search", "a"],
    ["source"],
    ["source", "--highlight"],
    ["export", "markdown"],
    ["export", "json"],
    ["export", "csv"],
    ["export", "dot"],
    ["export", "mermaid"],
]


def raw_bytes(text: str) -> list[str]:
    return sorted({escape_char(c) for c in RAW.findall(text)})


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_prints_hostile_text_safely(args: list[str]) -> None:
    formats = ["table", "tsv", "json", "csv"] if args[0] != "export" else [None]
    for fmt in formats:
        extra = ["--format", fmt] if fmt else []
        shown = run_cli("--data", str(HOSTILE), *args, *extra)
        assert (shown.code, shown.stderr) == (0, ""), (fmt, shown.stderr)
        assert raw_bytes(shown.stdout) == [], fmt
        if fmt == "json" or args[:2] == ["export", "json"]:
            json.loads(shown.stdout)


@pytest.mark.parametrize(
    "args", [["actor", "ALP"], ["implications"], ["tree"], ["show", "IMP-1"]], ids=" ".join
)
def test_markup_is_printed_literally(args: list[str]) -> None:
    shown = run_cli("--data", str(HOSTILE), *args, "--format", "table", env={"COLUMNS": "200"})
    for literal in (
        "[bold red]x[/]",
        "[link=https://example.invalid]y[/link]",
        ":smile:",
        "\\x1b[2J",
    ):
        assert literal in shown.stdout, literal
    assert "\U0001f604" not in shown.stdout  # :smile: stays text, not an emoji


@pytest.mark.parametrize("args", COMMANDS[:13], ids=" ".join)
def test_in_colour_the_only_escapes_are_our_own_styles(args: list[str]) -> None:
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": "", "COLUMNS": "120"}
    shown = run_cli("--data", str(HOSTILE), *args, env=env)
    assert shown.code == 0
    assert raw_bytes(SGR.sub("", shown.stdout)) == []


def test_dumb_terminal_gets_no_escapes_even_when_forced() -> None:
    shown = run_cli("implications", "--format", "table", env={"FORCE_COLOR": "1", "TERM": "dumb"})
    assert shown.code == 0 and "\x1b" not in shown.stdout


@pytest.mark.parametrize(
    "args", [["implications"], ["interests"], ["relations"], ["search", "Pakistan"]], ids=" ".join
)
def test_narrow_terminal_loses_no_words(args: list[str]) -> None:
    table = run_cli(*args, "--format", "table", env={"COLUMNS": "40"}).stdout
    records = json.loads(run_cli(*args, "--format", "json").stdout)
    shown_words = set(table.split())
    for record in records:
        for word in record.get("statement", record.get("summary", "")).split():
            assert word in shown_words or word in table.replace("\n", ""), word
    assert max(len(line) for line in table.splitlines()) <= 40


def test_errors_from_hostile_input_are_sanitised(tmp_path: Path) -> None:
    evil = tmp_path / "\x1b[31mred.json"
    shown = run_cli("--data", str(evil), "actors")
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {tmp_path}/\\x1b[31mred.json: no such file\n"
    unknown = run_cli("implications", "--actor", "\x1b]0;x\x07")
    assert unknown.code == 2 and raw_bytes(unknown.stderr) == []


def test_validate_output_is_sanitised(tmp_path: Path) -> None:
    data = json.loads(HOSTILE.read_text(encoding="utf-8"))
    data["implications"][0]["affects"] = ["\x1b[2J"]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "article.txt").write_bytes((HOSTILE.parent / "article.txt").read_bytes())
    shown = run_cli("validate", str(path))
    assert shown.code == 1 and raw_bytes(shown.stdout + shown.stderr) == []


# Runs the real console script with one change: it says "parsing" on stderr as the dossier's
# parsing begins, so the test interrupts the load itself rather than sleeping and hoping.
_SAYS_WHEN_PARSING = """
import sys
from cismoa_cli import store
from cismoa_cli.cli import main
parse = store.parse
def announced(*args):
    sys.stderr.write("parsing\\n")
    sys.stderr.flush()
    return parse(*args)
store.parse = announced
main()
"""


def test_ctrl_c_in_a_real_process_exits_130_quietly(tmp_path: Path) -> None:
    """SIGINT while a large dossier loads: exit 130, no traceback."""
    data = json.loads((FIXTURES / "mini" / "claims.json").read_text(encoding="utf-8"))
    template = data["implications"][0]
    data["implications"] = [{**template, "id": f"IMP-{n}"} for n in range(60_000)]
    (tmp_path / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "article.txt").write_bytes((FIXTURES / "mini" / "article.txt").read_bytes())
    command = [sys.executable, "-c", _SAYS_WHEN_PARSING]
    command += ["--data", str(tmp_path / "claims.json"), "tree"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    assert process.stderr.readline() == b"parsing\n"
    process.send_signal(signal.SIGINT)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
