"""Golden files: what cismoa prints, compared byte for byte with committed files.

- tests/golden/: a listing and a tree of the mini fixture on a truecolour terminal, styles
  and all (red risks, green benefits, bold, italic, dim);
- examples/brief.md: the Markdown brief of the bundled data, as
  `cismoa --data data/claims.json export markdown` writes it.

After an intended change, regenerate them with

    CISMOA_REGENERATE=1 pytest tests/test_golden.py

which writes the files and fails, so that it never passes unseen; review `git diff`,
commit, and run the tests again.
"""

from __future__ import annotations

import pytest
from helpers import BUNDLED, GOLDEN, MINI, REPO, matches_golden, run_cli

# A terminal that Rich takes for truecolour, 80 columns wide, whatever the user's own.
TRUECOLOUR: dict[str, str | None] = {
    "FORCE_COLOR": "1",
    "COLORTERM": "truecolor",
    "TERM": "xterm-256color",
    "COLUMNS": "80",
    "NO_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
}


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("implications.ansi", ["implications", "--format", "table"]),
        ("actor-ALP.ansi", ["actor", "ALP"]),
    ],
)
def test_styled_output_in_truecolour(name: str, args: list[str]) -> None:
    shown = run_cli("--data", MINI, *args, env=TRUECOLOUR)
    assert (shown.code, shown.stderr) == (0, "")
    assert "\x1b[" in shown.stdout  # styled: the terminal was taken for a colour one
    matches_golden(GOLDEN / name, shown.stdout)


def test_example_brief_is_current() -> None:
    """examples/brief.md is what `cismoa export markdown` makes of the bundled data."""
    shown = run_cli("--data", BUNDLED, "export", "markdown")
    assert (shown.code, shown.stderr) == (0, "")
    matches_golden(REPO / "examples" / "brief.md", shown.stdout)
