"""What cismoa may touch: it reads only regular files inside the dossier's folder, writes
only the file it is told to (through a symlink, keeping a hard link), deletes nothing it did
not create, and no state outside the dossier and its article decides whether a check runs."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import (
    HOSTILE,
    MINI,
    Json,
    cismoa,
    complete,
    generated,
    run_cli,
    write_dossier,
)

from cismoa_cli.errors import DataError, WriteError
from cismoa_cli.export.write import write_atomic, write_text
from cismoa_cli.store.read import _read_at_most


def mini_copy(folder: Path, **changes: object) -> Path:
    """The mini dossier and its article in ``folder``, with top-level fields changed."""

    def changed(data: Json) -> None:
        data.update(changes)

    return write_dossier(folder, change=changed)


# --- checks always run ---------------------------------------------------------------


def test_a_quote_changed_by_one_byte_is_rejected_on_the_next_run(tmp_path: Path) -> None:
    path = mini_copy(tmp_path)
    assert run_cli("--data", str(path), "actors").code == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"Alpha has signed"', '"Alpha has signeD"', 1), encoding="utf-8")
    shown = run_cli("--data", str(path), "actors")
    assert shown.code == 1 and "evidence[0]" in shown.stderr


def test_nothing_is_written_outside_the_dossier_while_loading(tmp_path: Path) -> None:
    path = mini_copy(tmp_path / "dossier")
    home = tmp_path / "home"
    home.mkdir()
    (home / "mine.json").write_text("{}", encoding="utf-8")
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")}
    assert cismoa("--data", path, "validate", env=env).returncode == 0
    assert sorted(p.name for p in home.rglob("*")) == ["mine.json"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["article.txt", "claims.json"]


# --- reading only inside the dossier's folder ----------------------------------------


@pytest.mark.parametrize("reference", ["/etc/hostname", "../secret.txt", "sub/../../secret.txt"])
def test_an_article_outside_the_folder_is_refused_unread(tmp_path: Path, reference: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN-0123456789 " * 10, encoding="utf-8")
    path = mini_copy(tmp_path / "dossier", article=reference)
    for run in (run_cli("--data", str(path), "actors"), run_cli("validate", str(path))):
        assert run.code == 1
        assert "TOKEN" not in run.stdout + run.stderr
        assert "outside the dossier's folder" in run.stdout + run.stderr or (
            "absolute path" in run.stdout + run.stderr
        )
        assert "--allow-outside" in run.stdout + run.stderr


def test_a_symlink_leading_outside_is_refused(tmp_path: Path) -> None:
    path = mini_copy(tmp_path / "dossier", article="linked.txt")
    outside = tmp_path / "outside.txt"
    shutil.copy(MINI.parent / "article.txt", outside)
    (path.parent / "linked.txt").symlink_to(outside)
    shown = run_cli("--data", str(path), "actors")
    assert shown.code == 1 and "'linked.txt' leads outside the dossier's folder" in shown.stderr
    assert run_cli("--data", str(path), "--allow-outside", "actors").code == 0
    assert run_cli("--data", str(path), "actors", "--allow-outside").code == 0


def test_a_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    path = mini_copy(tmp_path / "dossier", article="texts/linked.txt")
    (path.parent / "texts").mkdir()
    (path.parent / "texts" / "linked.txt").symlink_to(path.parent / "article.txt")
    assert run_cli("--data", str(path), "actors").code == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize("role", ["dossier", "article"])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, role: str) -> None:
    path = mini_copy(tmp_path, article="pipe.txt" if role == "article" else "article.txt")
    fifo = tmp_path / ("pipe.txt" if role == "article" else "pipe.json")
    os.mkfifo(fifo)
    target = path if role == "article" else fifo
    done = cismoa("--data", str(target), "actors", timeout=20)
    assert done.returncode == 1
    assert "is a FIFO, not a regular file; cismoa reads only regular files" in done.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/stdin"])
def test_devices_are_refused_not_read(tmp_path: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} is not on this system")
    done = cismoa("--data", device, "actors", timeout=20, stdin=subprocess.PIPE)
    assert done.returncode == 1 and "not a regular file" in done.stderr
    path = mini_copy(tmp_path, article=device)
    allowed = cismoa("--data", str(path), "--allow-outside", "actors", timeout=20)
    assert allowed.returncode == 1 and "not a regular file" in allowed.stderr


def test_reading_stops_at_the_limit_whatever_the_size_says(tmp_path: Path) -> None:
    endless = io.BytesIO(b"x" * 1000)  # a file that reports no size and keeps giving
    with pytest.raises(DataError, match="is over 10 bytes"):
        _read_at_most(tmp_path / "f", endless, max_bytes=10)
    assert endless.tell() == 11  # the limit plus one byte, no more


def test_init_reads_the_article_once_and_refuses_a_pipe(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cismoa_cli", "init", "/dev/stdin"],
        input="Title\n\nA sentence.\n",
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert done.returncode == 1 and "not a regular file" in done.stderr and done.stdout == ""


# --- writing only what is named ----------------------------------------------------------


def test_force_writes_through_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_text(link, "new", force=True)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real.md"]


def test_force_keeps_a_hard_link(tmp_path: Path) -> None:
    first = tmp_path / "first.md"
    first.write_text("old", encoding="utf-8")
    second = tmp_path / "second.md"
    os.link(first, second)
    write_text(first, "new", force=True)
    assert first.stat().st_ino == second.stat().st_ino
    assert second.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.md", "second.md"]


def test_a_read_only_file_is_refused_even_with_force(tmp_path: Path) -> None:
    target = tmp_path / "kept.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(WriteError, match="is read-only"):
        write_text(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_force_never_replaces_a_fifo_or_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull)):
        shown = run_cli("--data", MINI, "export", "json", "-o", target, "--force")
        assert shown.code == 1 and "is not a regular file" in shown.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def test_dash_o_dev_stdout_is_stdout() -> None:
    done = cismoa("--data", MINI, "export", "csv", "-o", "/dev/stdout")
    assert done.returncode == 0 and done.stdout.startswith("id,statement,") and done.stderr == ""


def test_fix_offsets_writes_through_a_link_and_keeps_the_file_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    path = mini_copy(folder)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["actors"][0]["evidence"][0]["start"] += 1
    data["actors"][0]["evidence"][0]["end"] += 1
    data["source"]["place"] = "Lahore, Alpha"  # kept as \u escapes below: nothing to rewrite
    text = json.dumps(data, indent=4, ensure_ascii=True).replace("Lahore", "\\u004cahore")
    path.write_text(text, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(path)
    assert run_cli("validate", str(link), "--fix-offsets", "--force").code == 0
    assert link.is_symlink()
    fixed = path.read_text(encoding="utf-8")
    moved = fixed.replace('"start": 43', '"start": 44', 1).replace('"end": 59', '"end": 60', 1)
    assert moved == text  # only those two numbers changed: layout and escapes kept


def test_fix_offsets_refuses_a_read_only_dossier(tmp_path: Path) -> None:
    path = mini_copy(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["actors"][0]["evidence"][0]["start"] += 1
    data["actors"][0]["evidence"][0]["end"] += 1
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    path.chmod(0o444)
    shown = run_cli("validate", str(path), "--fix-offsets", "--force")
    assert shown.code == 1 and "is read-only" in shown.stderr
    assert path.read_bytes() == before


def test_an_interruption_as_the_temporary_file_is_made_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C (or SIGTERM, which raises SystemExit) the moment the temporary file exists."""
    close = os.close

    def interrupted(fd: int) -> None:
        close(fd)
        raise KeyboardInterrupt  # as a signal arriving there would

    monkeypatch.setattr(os, "close", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text(tmp_path / "brief.md", "text", force=False)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path).parent == tmp_path:  # as root, a folder's mode would not stop it
            raise PermissionError(13, "Permission denied")
        return opened(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(WriteError, match=r"brief.md: cannot write in .*: Permission denied$"):
        write_text(tmp_path / "brief.md", "text", force=False)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_file_made_by_someone_else_meanwhile_is_never_clobbered(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"

    def meanwhile(path: Path) -> None:
        path.write_text("ours", encoding="utf-8")
        target.write_text("theirs", encoding="utf-8")  # made after the check for it

    with pytest.raises(WriteError, match=r"brief\.md: already exists; add --force to replace it$"):
        write_atomic(target, meanwhile, force=False)
    assert target.read_text(encoding="utf-8") == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


def test_a_filesystem_without_hard_links_still_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, destination: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # as on FAT or some network shares

    monkeypatch.setattr(os, "link", no_links)
    write_text(tmp_path / "brief.md", "text", force=False)
    assert (tmp_path / "brief.md").read_text(encoding="utf-8") == "text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("folder", "is a folder; name a file to write"),
        ("file/brief.md", "cannot write: Not a directory"),
    ],
)
def test_a_target_that_cannot_be_a_file(tmp_path: Path, where: str, message: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("kept", encoding="utf-8")
    target = tmp_path / where
    shown = run_cli("--data", MINI, "export", "json", "-o", target, "--force")
    assert (shown.code, shown.stderr) == (1, f"cismoa: error: {target}: {message}\n")
    assert (tmp_path / "file").read_text(encoding="utf-8") == "kept"


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dossier whose export takes long enough to be interrupted."""
    return generated(20_000, tmp_path_factory.mktemp("big"))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminated_export_leaves_nothing_behind(tmp_path: Path, big: Path, signum: int) -> None:
    path = big
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "cismoa_cli", "--data", str(path), "export", "sqlite"]
    process = subprocess.Popen([*command, "-o", str(out / "big.db")], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not any(out.iterdir()):  # the temporary file shows the export has begun
        assert process.poll() is None, "the export ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    process.send_signal(signum)
    assert process.wait(timeout=60) == 128 + signum
    assert list(out.iterdir()) == []


FILE_LIMIT = 1024  # bytes: every mini export is larger


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize("fmt", ["sqlite", "markdown", "json"])
def test_a_full_disk_reads_the_same_for_every_format(tmp_path: Path, fmt: str) -> None:
    import resource

    if fmt != "sqlite":
        assert len(run_cli("--data", MINI, "export", fmt).stdout.encode()) > FILE_LIMIT

    def small_files() -> None:  # every write past the limit fails, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))

    # Coverage could not save its own data under the limit either: this process goes unmeasured.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_PROCESS")}
    target = tmp_path / f"out.{fmt}"
    done = subprocess.run(
        [sys.executable, "-m", "cismoa_cli", "--data", str(MINI), "export", fmt, "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
        preexec_fn=small_files,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"cismoa: error: {target}: not written: ")
    assert "internal error" not in done.stderr
    assert list(tmp_path.iterdir()) == []


# --- the shell and the terminal ------------------------------------------------------


def test_completion_reads_the_dossier_in_use() -> None:
    hostile = {"CISMOA_DATA": str(HOSTILE)}
    assert complete(f"cismoa --data {MINI} actor Al", env=hostile) == ["Alpha", "Alphaland"]
    assert complete(f"cismoa actor --data {MINI} Al") == ["Alpha", "Alphaland"]
    assert complete("cismoa actor Al", env={"CISMOA_DATA": str(MINI)}) == ["Alpha", "Alphaland"]
    assert complete("cismoa actor Al") == []  # CISMOA_DATA names no file: nothing to offer


def test_completion_offers_no_control_characters() -> None:
    offered = complete(f"cismoa --data {HOSTILE} actor ")
    assert offered and all(name.isprintable() for name in offered)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("args", [["show", "IMP-1"], ["source"], ["implications", "-f", "json"]])
def test_a_narrow_stdout_encoding_degrades_instead_of_failing(
    encoding: str, args: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cismoa_cli", "--data", str(MINI), *args],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == b""
    shown = done.stdout.decode(encoding)  # every byte is of the encoding asked for
    assert "Alpha" in shown
    # The article's curly apostrophe (in the text, or escaped in JSON) is in neither encoding.
    assert "?" in shown or "\\u2019" in shown


def test_a_huge_argument_is_not_echoed_whole() -> None:
    shown = run_cli("--data", MINI, "implications", "--actor", "x" * 120_000)
    assert shown.code == 2 and len(shown.stderr) < 600
    assert "more characters" in shown.stderr
