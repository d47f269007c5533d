"""Several cismoa runs writing one file at once, as real processes: with --force the last
complete write wins and none is told to add the --force it gave; without it, one run makes
the file and the others are refused, the file whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import MINI, run_cli

WRITERS = 6
ROUNDS = 2


def race(target: Path, fmt: str, *options: str) -> list[subprocess.CompletedProcess[str]]:
    """``WRITERS`` runs of ``cismoa export FMT -o TARGET OPTIONS``, started together; each
    waits on a pipe until all have started, so that they reach the write at about once."""
    read_end, write_end = os.pipe()
    command = (
        "import os, sys; os.read(int(sys.argv[1]), 1); "
        "sys.argv[1:2] = []; from cismoa_cli.cli import main; main()"
    )
    arguments = ["--data", str(MINI), "export", fmt, "-o", str(target), *options]
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", command, str(read_end), *arguments],
            pass_fds=(read_end,),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WRITERS)
    ]
    os.close(read_end)
    os.write(write_end, b"g" * WRITERS)  # one byte each: all go
    os.close(write_end)
    return [
        subprocess.CompletedProcess(p.args, p.wait(timeout=120), *p.communicate(timeout=120))
        for p in processes
    ]


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        names = [row[0] for row in db.execute("select name from sqlite_master where type='table'")]
        return {name: db.execute(f'select * from "{name}"').fetchall() for name in names}


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[object, ...]]]:
    alone = tmp_path_factory.mktemp("alone") / "out.db"
    assert run_cli("--data", MINI, "export", "sqlite", "-o", alone).code == 0
    return tables(alone)


@pytest.mark.parametrize("existing", [False, True])
def test_racing_writers_with_force_all_write_and_the_file_is_whole(
    tmp_path: Path, existing: bool, expected: dict[str, list[tuple[object, ...]]]
) -> None:
    target = tmp_path / "out.db"
    for _ in range(ROUNDS):
        if existing:
            target.write_bytes(b"old")
        else:
            target.unlink(missing_ok=True)
        runs = race(target, "sqlite", "--force")
        assert [(r.returncode, r.stderr) for r in runs] == [(0, f"cismoa: wrote {target}\n")] * 6
        assert tables(target) == expected
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db"]  # no temporary left


def test_racing_writers_of_text_with_force_leave_one_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    alone = run_cli("--data", MINI, "export", "markdown").stdout
    runs = race(target, "markdown", "--force")
    assert {r.returncode for r in runs} == {0}
    assert target.read_text(encoding="utf-8") == alone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_racing_writers_without_force_one_makes_the_file_the_others_are_refused(
    tmp_path: Path, expected: dict[str, list[tuple[object, ...]]]
) -> None:
    target = tmp_path / "out.db"
    runs = race(target, "sqlite")
    made = [r for r in runs if r.returncode == 0]
    refused = [r for r in runs if r.returncode != 0]
    assert len(made) == 1 and made[0].stderr == f"cismoa: wrote {target}\n"
    assert {(r.returncode, r.stderr) for r in refused} == {
        (1, f"cismoa: error: {target}: already exists; add --force to replace it\n")
    }
    assert tables(target) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.db"]


def test_racing_writers_keep_every_name_of_a_hard_linked_file(
    tmp_path: Path, expected: dict[str, list[tuple[object, ...]]]
) -> None:
    target = tmp_path / "out.db"
    target.write_bytes(b"old")
    os.link(target, tmp_path / "other-name.db")
    runs = race(target, "sqlite", "--force")
    assert {r.returncode for r in runs} == {0}
    assert os.path.samefile(target, tmp_path / "other-name.db")
    assert tables(tmp_path / "other-name.db") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other-name.db", "out.db"]
