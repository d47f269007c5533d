"""The terminal as input: its width costs linear time, and a $PAGER that cannot be used
leaves the output on the screen with one line saying why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from deadline import within
from helpers import MINI, run_cli
from hypothesis import given
from hypothesis import strategies as st
from test_shell import on_a_terminal

from cismoa_cli.cli.terminal import without_trailing_spaces

# The rule as a regular expression: right on small text, quadratic on a long run of spaces.
TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
STYLED = st.lists(
    st.sampled_from([" ", "  ", "x", "\n", "\x1b[0m", "\x1b[1;31m", "\x1b[", "m", ";", "\t"])
).map("".join)


@given(STYLED)
def test_trailing_spaces_go_as_the_rule_says(text: str) -> None:
    assert without_trailing_spaces(text) == TRAILING.sub(r"\1", text)


def test_a_long_run_of_spaces_inside_a_line_costs_no_more_than_its_length() -> None:
    # Each space of a run that does not end its line once restarted the search for the run:
    # a million of them, as a wide table's padding, would take hours.
    wide = " " * 1_000_000
    text = f"a{wide}b{wide}\x1b[0m\n{wide}\x1b[1m{wide}x\x1b[0m{wide}\n"
    assert within(lambda: without_trailing_spaces(text), 10) == (
        f"a{wide}b\x1b[0m\n{wide}\x1b[1m{wide}x\x1b[0m\n"
    )


def test_many_style_codes_in_a_row_cost_no_more_than_their_length() -> None:
    codes = "\x1b[1m" * 200_000
    assert within(lambda: without_trailing_spaces(f"{codes}x  {codes}\n"), 10) == (
        f"{codes}x{codes}\n"
    )


def test_a_very_wide_terminal_gets_the_same_content_without_trailing_spaces() -> None:
    shown = run_cli(
        "--data", MINI, "compare", "ALP", "BET", env={"COLUMNS": "20000", "FORCE_COLOR": "1"}
    )
    assert shown.code == 0 and shown.stderr == ""
    lines = shown.stdout.splitlines()
    assert lines and not [line for line in lines if line != without_trailing_spaces(line)]
    narrow = run_cli("--data", MINI, "compare", "ALP", "BET", env={"COLUMNS": "80"}).stdout
    assert "Implications for both" in shown.stdout and "Implications for both" in narrow


# --- a $PAGER that cannot be used ------------------------------------------------------------


@pytest.fixture
def not_a_program(tmp_path: Path) -> str:
    """An executable file the system cannot start (no #! line, not a binary)."""
    path = tmp_path / "pager"
    path.write_bytes(b"\x00\x01\x02 not a program")
    path.chmod(0o755)
    return str(path)


@pytest.mark.parametrize(
    ("pager", "why"),
    [
        ("less '", "cannot be split into words"),
        ('"less', "cannot be split into words"),
        ("less -R \\", "cannot be split into words"),
        ("no-such-pager-anywhere -R", "no-such-pager-anywhere is not a program found on PATH"),
        ("/nonexistent/less", "is not a program found on PATH"),
        ("", "names no program"),
        ("   ", "names no program"),
        ("''", "names no program"),
        (str(MINI), "is not a program found on PATH"),  # a file, not executable
        (str(MINI.parent), "is not a program found on PATH"),  # a folder
    ],
)
def test_an_unusable_pager_leaves_the_output_on_the_screen_with_one_line(
    pager: str, why: str
) -> None:
    shown, said = on_a_terminal(["--data", str(MINI), "tree"], {"PAGER": pager})
    assert "Alpha (ALP)" in shown and "IMP-2" in shown  # the whole tree, without a pager
    assert said.count("\n") == 1 and said.startswith("cismoa: PAGER=")
    assert why in said and said.endswith("showing the output without a pager\n")


def test_a_pager_that_cannot_be_started_leaves_the_output_on_the_screen(
    not_a_program: str,
) -> None:
    shown, said = on_a_terminal(["--data", str(MINI), "tree"], {"PAGER": not_a_program})
    assert "Alpha (ALP)" in shown and "IMP-2" in shown
    assert said.count("\n") == 1 and "cannot be started (Exec format error)" in said


def test_an_unusable_pager_is_never_mentioned_when_paging_is_off() -> None:
    shown, said = on_a_terminal(["--data", str(MINI), "tree", "--no-pager"], {"PAGER": "less '"})
    assert "Alpha (ALP)" in shown and said == ""
    piped = run_cli("--data", MINI, "tree", env={"PAGER": "less '"})
    assert piped.code == 0 and piped.stderr == "" and "Alpha (ALP)" in piped.stdout
