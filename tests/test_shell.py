"""At home in the shell: one shape per output (the same columns wherever an item type is
written, lists that split back, JSON lines), --limit and a descending sort, no trailing
spaces, a pager for long output on a terminal, and a sign of life while a large dossier
is checked."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import COMMANDS, FORMATS, HOSTILE, MINI, many_implications, run_cli, takes_format, uses
from helpers import write_dossier as write

from cismoa_cli.render import Format

# --- one shape per output ------------------------------------------------------------------


def test_implications_and_export_csv_have_the_same_columns() -> None:
    listed = run_cli("--data", MINI, "implications", "--format", "csv").stdout
    exported = run_cli("--data", MINI, "export", "csv").stdout
    assert listed == exported
    header = next(csv.reader(io.StringIO(listed)))
    assert header == [
        "id", "statement", "affects", "domain", "direction", "certainty",
        "horizon", "asserted_by", "hedge", "evidence",
    ]  # fmt: skip


def test_every_search_row_says_its_type(tmp_path: Path) -> None:
    shown = run_cli("--data", MINI, "search", "a", "--format", "jsonl").stdout
    records = [json.loads(line) for line in shown.splitlines()]
    assert {record["type"] for record in records} == {
        "actor", "interest", "relation", "implication",
    }  # fmt: skip
    relations = [r for r in records if r["type"] == "relation"]
    assert relations and all(r["kind"] == "agreement" for r in relations)  # its own kind
    table = run_cli("--data", MINI, "search", "a", "--format", "tsv").stdout.splitlines()
    assert table[0].split("\t")[:3] == ["id", "type", "kind"]
    assert [line.split("\t")[1] for line in table[1:]] == [r["type"] for r in records]


@pytest.mark.parametrize("command", [c for c in sorted(COMMANDS) if takes_format(c)])
def test_json_lines_are_the_json_records_one_to_a_line(tmp_path: Path, command: str) -> None:
    path = write(tmp_path)
    for args in uses(command, tmp_path):
        whole = json.loads(run_cli("--data", path, command, *args, "--format", "json").stdout)
        lines = run_cli("--data", path, command, *args, "--format", "jsonl").stdout
        records = [json.loads(line) for line in lines.splitlines()]
        assert records == (whole if isinstance(whole, list) else [whole])


def test_a_list_of_quotes_splits_back_from_tsv_and_csv(tmp_path: Path) -> None:
    """Quotes are free text (a ";", a tab, a newline, a backslash): a JSON array in the cell."""
    data = json.loads(MINI.read_text(encoding="utf-8"))
    article = "Alpha; and\tBeta\\n\nsay so. " + (MINI.parent / "article.txt").read_text("utf-8")
    odd = "Alpha; and\tBeta\\n\nsay so."
    data["implications"][0]["evidence"].append({"quote": odd, "start": 0, "end": len(odd)})
    path = write(tmp_path, data)
    (tmp_path / "article.txt").write_text(article, encoding="utf-8")
    shift = len(odd) + 1
    for item in [*data["actors"], *data["interests"], *data["relations"], *data["implications"]]:
        for evidence in item["evidence"]:
            if evidence["quote"] != odd:
                evidence["start"] += shift
                evidence["end"] += shift
    import hashlib

    data["source"]["sha256"] = hashlib.sha256(article.encode("utf-8")).hexdigest()
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run_cli("validate", path).code == 0
    # Each quote with its place: the odd one opens the article (its newline is no blank
    # line), the other is the second sentence of the third paragraph.
    places = [{"paragraph": 3, "sentence": 2}, {"paragraph": 1, "sentence": 1}]
    cited = data["implications"][0]["evidence"]
    expected = [e | place for e, place in zip(cited, places, strict=True)]
    rows = list(
        csv.DictReader(io.StringIO(run_cli("--data", path, "implications", "-f", "csv").stdout))
    )
    assert json.loads(rows[0]["evidence"]) == expected
    tsv = run_cli("--data", path, "implications", "-f", "tsv").stdout.splitlines()
    cell = dict(zip(tsv[0].split("\t"), tsv[1].split("\t"), strict=True))["evidence"]
    # TSV's \t, \n, \r and \\ back, as docs/commands.md says to read them
    unescaped = re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), cell)
    assert json.loads(unescaped) == expected
    assert cell.count("\t") == 0 and "\n" not in cell


def test_limit_and_a_descending_sort() -> None:
    def ids(*options: str) -> list[str]:
        shown = run_cli("--data", MINI, "implications", *options, "--format", "json")
        return [record["id"] for record in json.loads(shown.stdout)]

    assert ids("--sort", "certainty") == ["IMP-2", "IMP-1"]  # expected before possible
    assert ids("--sort", "-certainty") == ["IMP-1", "IMP-2"]
    assert ids("--sort=-id", "--limit", "1") == ["IMP-2"]
    assert ids("-n", "1") == ["IMP-1"]
    for bad in ("0", "x", "-1"):
        shown = run_cli("--data", MINI, "implications", "--limit", bad)
        assert shown.code == 2 and "--limit" in shown.stderr
    wrong = run_cli("--data", MINI, "implications", "--sort", "-certanty")
    assert wrong.code == 2 and "did you mean certainty?" in wrong.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_no_output_has_trailing_spaces(tmp_path: Path, command: str) -> None:
    path = write(tmp_path, fixture=HOSTILE)
    formats = [None, *FORMATS] if takes_format(command) else [None]
    for args in uses(command, tmp_path):
        for fmt in formats:
            chosen = ["--format", fmt] if fmt else []
            shown = run_cli("--data", path, command, *args, *chosen, env={"COLUMNS": "70"})
            lines = (shown.stdout + shown.stderr).splitlines()
            assert not [line for line in lines if line != line.rstrip(" ")], (args, fmt)


def test_every_format_is_named_in_the_help() -> None:
    text = " ".join(run_cli("implications", "--help").stdout.split())
    assert all(fmt.value in text for fmt in Format)


# --- on a terminal: the pager and the sign of life -----------------------------------------


def on_a_terminal(args: list[str], env: dict[str, str], timeout: float = 60) -> tuple[str, str]:
    """Run cismoa with stdout on a pseudo-terminal of 20 lines; what it showed there, and
    what it wrote on stderr (a pipe, or with ``stderr_terminal`` the same terminal)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cismoa_cli", *args],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**os.environ, "LINES": "20", "COLUMNS": "80", **env},
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            process.kill()
            raise AssertionError("no output for a minute")
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.stderr is not None
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=timeout) == 0, stderr
    return shown.decode(errors="replace"), stderr


@pytest.fixture
def pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager that keeps what it is given in a file (and shows nothing)."""
    kept = tmp_path / "paged.txt"
    script = tmp_path / "pager.sh"
    script.write_text(f"#!/bin/sh\ncat > {kept}\n")
    script.chmod(0o755)
    return str(script), kept


def test_long_output_on_a_terminal_goes_through_the_pager(pager: tuple[str, Path]) -> None:
    command, kept = pager
    shown, _ = on_a_terminal(["--data", str(MINI), "tree"], {"PAGER": command})
    assert "Alpha" not in shown  # the pager had it all
    assert "Alpha (ALP)" in kept.read_text(encoding="utf-8")


def test_short_output_and_no_pager_go_straight_to_the_terminal(pager: tuple[str, Path]) -> None:
    command, kept = pager
    shown, _ = on_a_terminal(["--data", str(MINI), "actors"], {"PAGER": command})
    assert "Alpha" in shown and not kept.exists()  # 2 actors fit on the screen
    shown, _ = on_a_terminal(["--data", str(MINI), "tree", "--no-pager"], {"PAGER": command})
    assert "Alpha (ALP)" in shown and not kept.exists()
    shown, _ = on_a_terminal(["--data", str(MINI), "tree"], {"PAGER": "cat"})
    assert "Alpha (ALP)" in shown and not kept.exists()


def test_piped_output_never_goes_through_the_pager(pager: tuple[str, Path]) -> None:
    command, kept = pager
    done = subprocess.run(
        [sys.executable, "-m", "cismoa_cli", "--data", str(MINI), "tree"],
        env={**os.environ, "PAGER": command},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "Alpha (ALP)" in done.stdout and not kept.exists()


def test_a_long_table_reaches_the_pager_whole_and_in_order(
    pager: tuple[str, Path], tmp_path: Path
) -> None:
    """Printed a chunk at a time (the first rows at once): one header, every row, in order."""
    command, kept = pager
    path = many_implications(tmp_path / "many", 450)
    on_a_terminal(["--data", str(path), "implications"], {"PAGER": command})
    paged = kept.read_text(encoding="utf-8")
    assert paged.count("Implications") == 1 and paged.count("statement") == 1
    ids = [line.split()[0] for line in paged.splitlines() if line.startswith("  IMP-")]
    assert ids == [f"IMP-{n}" for n in range(450)]


# The load is run with the sign of life due at once rather than after half a second, so
# that these tests say the same on a fast machine and a slow one.
AT_ONCE = (
    "import cismoa_cli.cli.terminal as terminal; terminal.PROGRESS_AFTER = 0.0; "
    "from cismoa_cli.cli import main; main()"
)


def stderr_on_a_terminal(arguments: list[str], term: str = "xterm") -> tuple[bytes, bytes]:
    """Run cismoa with its stderr on a terminal of type ``term``: (stdout, what the
    terminal showed)."""
    leader, follower = pty.openpty()
    done = subprocess.run(
        [sys.executable, *arguments],
        env={**os.environ, "TERM": term},
        stdout=subprocess.PIPE,
        stderr=follower,
        timeout=120,
        check=True,
    )
    os.close(follower)
    said = b""
    while select.select([leader], [], [], 0.5)[0]:
        try:
            said += os.read(leader, 65536)
        except OSError:  # the terminal closed: everything has been read
            break
    os.close(leader)
    return done.stdout, said


@pytest.mark.parametrize("term", ["xterm", "dumb"])
def test_a_slow_load_on_a_terminal_says_what_it_does(tmp_path: Path, term: str) -> None:
    path = many_implications(tmp_path / "many", 10_000)
    shown, said = stderr_on_a_terminal(["-c", AT_ONCE, "--data", str(path), "actors"], term)
    assert b"checking claims.json" in said
    assert shown.startswith(b"id\t")
    piped = subprocess.run(
        [sys.executable, "-c", AT_ONCE, "--data", str(path), "actors"],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert piped.stderr == b""  # nothing when stderr is not a terminal


def test_a_quick_load_says_nothing_on_a_terminal() -> None:
    shown, said = stderr_on_a_terminal(["-m", "cismoa_cli", "--data", str(MINI), "actors"])
    assert shown.startswith(b"id\t")
    assert said == b""
