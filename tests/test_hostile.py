"""A dossier whose every text field is hostile (Rich markup, terminal escapes, Markdown and
formula injection), shown through every command: printed literally, no escape byte sent."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import (
    COMMANDS,
    HOSTILE,
    MINI,
    RAW,
    SGR,
    Json,
    many_implications,
    run_cli,
    takes_format,
    uses,
    write_dossier,
)

from cismoa_cli.textio import escape_char


def raw_bytes(text: str) -> list[str]:
    return sorted({escape_char(c) for c in RAW.findall(text)})


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


@pytest.mark.parametrize("command", COMMANDS)
def test_in_colour_the_only_escapes_are_our_own_styles(tmp_path: Path, command: str) -> None:
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": None, "COLUMNS": "120"}
    path = write_dossier(tmp_path, fixture=HOSTILE)
    table = ["--format", "table"] if takes_format(command) else []
    for args in uses(command, tmp_path):
        shown = run_cli("--data", path, command, *args, *table, env=env)
        assert shown.code == 0, (args, shown.stderr)
        assert raw_bytes(SGR.sub("", shown.stdout + shown.stderr)) == [], args


def test_dumb_terminal_gets_no_escapes_even_when_forced() -> None:
    env = {"FORCE_COLOR": "1", "TERM": "dumb"}
    shown = run_cli("--data", HOSTILE, "implications", "--format", "table", env=env)
    assert shown.code == 0 and "\x1b" not in shown.stdout


LONG = (
    "A statement long enough to wrap many times over on a narrow terminal, with words such as "
    "interoperability, counterterrorism and intelligence-sharing that must each survive whole"
)


@pytest.mark.parametrize(
    "args", [["implications"], ["interests"], ["relations"], ["search", "wrap"]], ids=" ".join
)
def test_narrow_terminal_loses_no_words(tmp_path: Path, args: list[str]) -> None:
    def wordy(data: Json) -> None:
        for kind in ("implications", "interests", "relations"):
            data[kind][0]["statement"] = LONG

    path = write_dossier(tmp_path, change=wordy)
    table = run_cli("--data", path, *args, "--format", "table", env={"COLUMNS": "40"}).stdout
    assert max(len(line) for line in table.splitlines()) <= 40
    flat = table.replace("\n", "")
    for word in LONG.split():
        assert word in table.split() or word in flat, word


def test_errors_from_hostile_input_are_sanitised(tmp_path: Path) -> None:
    evil = tmp_path / "\x1b[31mred.json"
    shown = run_cli("--data", str(evil), "actors")
    assert shown.code == 1
    assert shown.stderr == f"cismoa: error: {tmp_path}/\\x1b[31mred.json: no such file\n"
    unknown = run_cli("--data", MINI, "implications", "--actor", "\x1b]0;x\x07")
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
# parsing begins, and waits there for the signal, so the test interrupts the load itself
# rather than sleeping and hoping (on a loaded machine the whole command could end first).
_SAYS_WHEN_PARSING = """
import sys, time
from cismoa_cli import store
from cismoa_cli.cli import main
parse = store.parse
def announced(*args):
    sys.stderr.write("parsing\\n")
    sys.stderr.flush()
    time.sleep(60)
    return parse(*args)
store.parse = announced
main()
"""


def test_ctrl_c_in_a_real_process_exits_130_quietly(tmp_path: Path) -> None:
    """SIGINT while a large dossier loads: exit 130, no traceback."""
    path = many_implications(tmp_path, 60_000)
    command = [sys.executable, "-c", _SAYS_WHEN_PARSING, "--data", str(path), "tree"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    assert process.stderr.readline() == b"parsing\n"
    process.send_signal(signal.SIGINT)
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
