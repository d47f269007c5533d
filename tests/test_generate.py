"""benchmarks/generate.py as a command: its help, its usage errors, its repeatable output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, run_cli

GENERATE = REPO / "benchmarks" / "generate.py"


def generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GENERATE), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def written(folder: Path) -> tuple[bytes, bytes]:
    return (folder / "claims.json").read_bytes(), (folder / "article.txt").read_bytes()


def test_help_shows_the_usage() -> None:
    done = generate("--help")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("usage: generate.py [-h] [--actors ACTORS] [--seed SEED] COUNT")
    assert "--seed SEED" in done.stdout and "example: python benchmarks/generate.py" in done.stdout


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        ([], "the following arguments are required: COUNT, FOLDER"),
        (["many", "out"], "argument COUNT: 'many' is not a whole number"),
        (["-5", "out"], "argument COUNT: '-5' is less than 0"),
        (["5", "out", "--actors", "0"], "argument --actors: '0' is less than 1"),
        (["5", "out", "--seed", "x"], "argument --seed: invalid int value: 'x'"),
        (["5", "out", "extra"], "unrecognized arguments: extra"),
    ],
)
def test_bad_arguments_are_a_usage_error(args: list[str], complaint: str, tmp_path: Path) -> None:
    done = generate(*(str(tmp_path / a) if a == "out" else a for a in args))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("usage: generate.py ")
    assert done.stderr.endswith(f"generate.py: error: {complaint}\n")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_it_cannot_make_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    done = generate("5", str(tmp_path / "file" / "out"))
    assert done.returncode == 1
    assert done.stderr == f"generate.py: error: {tmp_path / 'file' / 'out'}: Not a directory\n"


def test_the_same_arguments_give_the_same_bytes(tmp_path: Path) -> None:
    runs = {
        "first": ["300"],
        "again": ["300"],
        "explicit": ["300", "--seed", "300", "--actors", "50"],
        "reseeded": ["300", "--seed", "1"],
        "fewer": ["300", "--actors", "4"],
    }
    for name, args in runs.items():
        done = generate(*args[:1], str(tmp_path / name), *args[1:])
        assert (done.returncode, done.stdout) == (0, f"{tmp_path / name / 'claims.json'}\n")
    first = written(tmp_path / "first")
    assert written(tmp_path / "again") == first == written(tmp_path / "explicit")
    assert written(tmp_path / "reseeded") != first and written(tmp_path / "fewer") != first
    for name in ("reseeded", "fewer"):
        checked = run_cli("validate", str(tmp_path / name / "claims.json"))
        assert checked.code == 0, checked.stdout + checked.stderr
