"""``import qdpx`` writes only the files the user named, both together or neither: the
project never chooses a path, and a refusal or a failure leaves every file as it was."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import run_cli
from qdpx_files import NS, edited, exported, fixture, write

from cismoa_cli.errors import WriteError
from cismoa_cli.export.write import write_together
from cismoa_cli.store import load


def named(source_name: str) -> bytes:
    """The mini project with its text source named ``source_name``."""

    def rename(root: ET.Element) -> None:
        source = root.find("q:Sources/q:TextSource", NS)
        assert source is not None
        source.set("name", source_name)

    return edited(exported(fixture("mini")), rename)


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden and temporary ones too), with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


@pytest.mark.parametrize(
    "source_name", [".bashrc", "conftest.py", "../x", "/tmp/cismoa-owned", "dossier.json"]
)
def test_the_projects_source_name_never_names_a_file(tmp_path: Path, source_name: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("alias ls='ls -F'\n", encoding="utf-8")
    (home / "conftest.py").write_text("# mine\n", encoding="utf-8")
    before = files_in(tmp_path)
    project = write(tmp_path / "p.qdpx", named(source_name))
    shown = run_cli("import", "qdpx", project, "-o", home / "dossier.json", "--force")
    assert shown.code == 0, shown.stderr
    after = files_in(tmp_path)
    written = {name for name in after if name not in before} - {"p.qdpx"}
    assert written == {"home/dossier.json", "home/dossier.txt"}
    assert {name: after[name] for name in before} == before
    assert not Path("/tmp/cismoa-owned").exists()
    assert json.loads(after["home/dossier.json"])["article"] == "dossier.txt"
    assert load(home / "dossier.json").article == fixture("mini").article


def test_the_article_goes_where_article_says(tmp_path: Path) -> None:
    project = write(tmp_path / "p.qdpx", exported(fixture("mini")))
    (tmp_path / "texts").mkdir()
    shown = run_cli(
        "import",
        "qdpx",
        project,
        "-o",
        tmp_path / "claims.json",
        "--article",
        tmp_path / "texts" / "the article.txt",
    )
    assert shown.code == 0, shown.stderr
    dossier = json.loads((tmp_path / "claims.json").read_text(encoding="utf-8"))
    assert dossier["article"] == "texts/the article.txt"
    assert load(tmp_path / "claims.json").article == fixture("mini").article


@pytest.mark.parametrize(
    ("output", "article", "message"),
    [
        ("dossier.txt", None, "the dossier's own path; name it with --article"),
        ("d.json", "d.json", "the dossier's own path"),
        ("d.json", "../outside.txt", "must be in the dossier's folder"),
        ("d.json", "/etc/article.txt", "must be in the dossier's folder"),
    ],
)
def test_an_article_that_cannot_be_the_dossiers_is_a_usage_error(
    tmp_path: Path, output: str, article: str | None, message: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    project = write(tmp_path / "p.qdpx", exported(fixture("mini")))
    extra = [] if article is None else ["--article", str(work / article)]
    if article is not None and article.startswith("/"):
        extra = ["--article", article]
    shown = run_cli("import", "qdpx", project, "-o", work / output, *extra)
    assert shown.code == 2 and message in shown.stderr
    assert list(work.iterdir()) == []
    assert not (tmp_path / "outside.txt").exists()


def _read_only(path: Path) -> None:
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o444)


def _folder(path: Path) -> None:
    path.mkdir()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


UNWRITABLE = {"read-only": _read_only, "a folder": _folder, "a FIFO": _fifo}
WHY = {"read-only": "is read-only", "a folder": "is a folder", "a FIFO": "not a regular file"}


@pytest.mark.parametrize("which", ["dossier.json", "dossier.txt"])
@pytest.mark.parametrize("kind", list(UNWRITABLE))
def test_a_refused_target_leaves_the_other_as_it_was(tmp_path: Path, which: str, kind: str) -> None:
    half = tmp_path / "half"
    half.mkdir()
    other = "dossier.txt" if which == "dossier.json" else "dossier.json"
    (half / other).write_text("the user's own file\n", encoding="utf-8")
    UNWRITABLE[kind](half / which)
    before = {p.name: (p.stat().st_mode, p.stat().st_mtime_ns) for p in half.iterdir()}
    project = write(tmp_path / "base.qdpx", exported(fixture("mini")))
    shown = run_cli("import", "qdpx", project, "-o", half / "dossier.json", "--force")
    assert shown.code == 1 and WHY[kind] in shown.stderr
    assert len(shown.stderr.strip().splitlines()) == 1
    assert (half / other).read_text(encoding="utf-8") == "the user's own file\n"
    after = {p.name: (p.stat().st_mode, p.stat().st_mtime_ns) for p in half.iterdir()}
    assert after == before  # nothing replaced, nothing added, no temporary file


def test_the_project_itself_is_never_a_target(tmp_path: Path) -> None:
    project = write(tmp_path / "p.qdpx", exported(fixture("mini")))
    kept = project.read_bytes()
    for extra in (["--article", str(project)], []):
        target = project if not extra else tmp_path / "d.json"
        shown = run_cli("import", "qdpx", project, "-o", target, *extra, "--force")
        assert shown.code in (1, 2) and "p.qdpx" in shown.stderr
        assert project.read_bytes() == kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.qdpx"]


# --- the writer of several files ------------------------------------------------------------


def test_files_written_together_replace_and_create(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("old a", encoding="utf-8")
    (tmp_path / "a").chmod(0o640)
    write_together([(tmp_path / "a", b"new a"), (tmp_path / "b", b"new b")], force=True)
    assert files_in(tmp_path) == {"a": b"new a", "b": b"new b"}
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o640


def test_one_target_named_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="named for two"):
        write_together([(tmp_path / "a", b"1"), (tmp_path / "." / "a", b"2")], force=True)
    assert files_in(tmp_path) == {}


@pytest.mark.parametrize("interruption", [OSError(28, "No space left on device"), SystemExit(143)])
def test_a_failure_between_the_moves_puts_back_what_was_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interruption: BaseException
) -> None:
    """The second move fails (a full disk, or SIGTERM, which cismoa turns into SystemExit):
    the first file, already replaced, gets its old content back; the created one goes."""
    (tmp_path / "a").write_text("old a", encoding="utf-8")
    (tmp_path / "hard").write_text("old hard", encoding="utf-8")
    os.link(tmp_path / "hard", tmp_path / "hard-link")
    real_replace = os.replace
    moves: list[str] = []

    def failing_replace(source: str | Path, target: str | Path) -> None:
        moves.append(str(target))
        if len(moves) == 2:
            raise interruption
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    files = [
        (tmp_path / "new", b"new"),  # created first
        (tmp_path / "hard", b"new hard"),  # rewritten in place: it has two names
        (tmp_path / "a", b"new a"),  # the first os.replace
        (tmp_path / "b", b"new b"),
    ]
    (tmp_path / "b").write_text("old b", encoding="utf-8")
    with pytest.raises((WriteError, SystemExit)):
        write_together(files, force=True)
    assert files_in(tmp_path) == {
        "a": b"old a",
        "b": b"old b",
        "hard": b"old hard",
        "hard-link": b"old hard",
    }


def test_racing_imports_leave_one_complete_pair(tmp_path: Path) -> None:
    projects = []
    for n, source_name in enumerate(["one", "two", "three", "four"]):
        project = named(source_name)
        projects.append(write(tmp_path / f"p{n}.qdpx", project))
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "cismoa_cli", "import", "qdpx"]
    runs = [
        subprocess.Popen(
            [*command, str(p), "-o", str(out / "d.json"), "--force"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in projects * 2
    ]
    results = []
    for run in runs:
        stderr = run.communicate(timeout=120)[1]
        results.append((run.returncode, stderr))
    assert {code for code, _ in results} <= {0, 1}, results
    assert any(code == 0 for code, _ in results)
    for code, stderr in results:
        assert "Traceback" not in stderr and (code == 0 or len(stderr.strip().splitlines()) == 1)
    assert sorted(files_in(out)) == ["d.json", "d.txt"]  # no temporary file left
    assert load(out / "d.json").article == fixture("mini").article


SIGNALLED = """
import os, signal, sys, time
from pathlib import Path
from cismoa_cli.export.write import write_together

def stop(signum, frame):  # as cismoa's command line does
    raise SystemExit(128 + signum)

signal.signal(signal.SIGTERM, stop)
real_replace, moves = os.replace, []

def slow_replace(source, target):
    moves.append(target)
    if len(moves) == 2:  # the first file is in place: wait here for the signal
        print("between the moves", flush=True)
        time.sleep(60)
    real_replace(source, target)

os.replace = slow_replace
folder = Path(sys.argv[1])
write_together([(folder / "a", b"new a"), (folder / "b", b"new b")], force=True)
"""


def test_sigterm_between_the_moves_leaves_every_file_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("old a", encoding="utf-8")
    (tmp_path / "b").write_text("old b", encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-c", SIGNALLED, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert run.stdout is not None and run.stdout.readline() == "between the moves\n"
    assert (tmp_path / "a").read_bytes() == b"new a"  # it really was caught midway
    run.terminate()
    run.communicate(timeout=30)
    assert run.returncode == 128 + 15
    assert files_in(tmp_path) == {"a": b"old a", "b": b"old b"}
