"""The README and the pages of docs/ say what is true: every ``cismoa`` command in their
shell blocks runs, every output they show is what the command prints, every link leads
somewhere, and markdownlint finds nothing.

A page's examples run in document order, as a reader would type them, in a folder of their
own holding what a clone of the repository gives the reader: ``examples/`` (the example brief
and report, and the worked example ``examples/riverland/``); plus ``edited.qdpx``, a REFI-QDA
project of the bundled data standing for one edited in a QDA tool. Each runs in bash with its
output on a terminal (a pseudo-terminal 88 columns wide, no colour, no pager), without
``CISMOA_DATA``, so it reads the bundled dossier unless it names another.

In a ``console`` block, ``$ COMMAND`` is followed by what it prints (stdout and stderr, as a
terminal shows them): those lines must be the first lines the command prints, where ``…``
stands for any text (the folder the bundled dossier is installed in). In ``sh`` blocks every
line that runs ``cismoa`` is run, and so is a line that prepares a file for the next
(``cp``, ``mkdir``). A command must succeed unless its example shows its
``cismoa: error:`` line.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from brief_checks import LINT_CONFIG, headings, links, markdownlint, tokens
from helpers import REPO, run_cli

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
SHELLS = {"sh", "console"}
SETUP = {"cp", "mkdir"}  # a reader's preparation before an example, run with it

# The only commands of the docs that are not run, and why. Each must still be in the docs.
NOT_RUN = {
    "python3 -m venv .venv && . .venv/bin/activate && pip install . && cismoa actors": (
        "installs cismoa into a new environment; .ci/run runs it from a fresh clone"
    ),
    "cismoa browse": "interactive: tests/test_browse.py drives it through Textual's harness",
    "cismoa --data examples/riverland/dossier.json browse": "interactive, as cismoa browse",
}

WIDTH = 88


@dataclass(frozen=True)
class Example:
    page: Path
    line: int  # 1-based, in the page
    command: str
    shown: tuple[str, ...]  # the output the page shows, if any

    def __str__(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}: {self.command}"


def examples(page: Path) -> list[Example]:
    """The command lines of the page's shell blocks, in order, each with its shown output."""
    found: list[Example] = []
    for token in tokens(page.read_text(encoding="utf-8")):
        if token.type != "fence" or token.info.strip() not in SHELLS:
            continue
        assert token.map is not None
        first = token.map[0] + 2  # the line after the opening fence, 1-based
        lines = token.content.splitlines()
        if token.info.strip() == "console":
            starts = [n for n, line in enumerate(lines) if line.startswith("$ ")]
            assert starts and starts[0] == 0, f"{page}:{first}: a console block starts with $"
            for n, end in zip(starts, [*starts[1:], len(lines)], strict=True):
                shown = tuple(lines[n + 1 : end])
                found.append(Example(page, first + n, lines[n][2:], shown))
        else:
            found += [
                Example(page, first + n, line, ())
                for n, line in enumerate(lines)
                if line.strip() and not line.startswith("#")
            ]
    return found


def programs(command: str) -> list[str]:
    """The programs a shell command line runs: its first word, and each after ``&&``,
    ``||``, ``|`` or ``;`` (environment assignments before them left out)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    found: list[str] = []
    starting = True
    for word in lexer:
        if word in {"&&", "||", "|", ";", "(", ")"}:
            starting = True
        elif starting and re.fullmatch(r"[A-Za-z_]\w*=.*", word):
            continue
        elif starting:
            found.append(word)
            starting = False
    return found


def runs_cismoa(command: str) -> bool:
    return "cismoa" in programs(command)


def prepares(command: str) -> bool:
    found = programs(command)
    return bool(found) and set(found) <= SETUP


def cismoa_examples(page: Path) -> list[Example]:
    return [e for e in examples(page) if runs_cismoa(e.command)]


def to_run(page: Path) -> list[Example]:
    """The page's cismoa examples, and the lines that prepare their files (``cp``, ``mkdir``),
    in order."""
    return [e for e in examples(page) if runs_cismoa(e.command) or prepares(e.command)]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What every page's folder starts with (see the module's docstring)."""
    folder = tmp_path_factory.mktemp("seeds")
    shutil.copytree(REPO / "examples", folder / "examples")
    project = run_cli(
        "export", "qdpx", "-o", str(folder / "edited.qdpx"), env={"CISMOA_DATA": None}
    )
    assert project.code == 0, project.stderr
    shim = folder / "bin" / "cismoa"  # the cismoa of the Python running the tests
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m cismoa_cli "$@"\n')
    shim.chmod(0o755)
    return folder


def on_terminal(command: str, folder: Path, bin_folder: Path) -> tuple[int, str]:
    """Run a command line in bash, its stdout and stderr on a pseudo-terminal: the exit
    status and what the terminal shows (line feeds as ``\\n``, lines' trailing spaces off)."""
    env = {key: value for key, value in os.environ.items() if key != "CISMOA_DATA"}
    env.update(
        PATH=f"{bin_folder}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(folder),
        COLUMNS=str(WIDTH),
        LINES="50",
        NO_COLOR="1",
        PAGER="cat",
        TERM="xterm",
    )
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        ["bash", "-c", command],
        cwd=folder,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1)
            if not ready:
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        else:
            process.kill()
            pytest.fail(f"{command}: still running after 120 s")
        status = process.wait(timeout=60)
    finally:
        os.close(leader)
    text = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return status, "\n".join(line.rstrip() for line in text.split("\n"))


def agrees(shown: tuple[str, ...], printed: str) -> bool:
    """Whether the lines a page shows are the first lines printed (``…`` is any text)."""
    shown = tuple(line.rstrip() for line in shown)
    while shown and not shown[-1]:
        shown = shown[:-1]
    lines = printed.split("\n")
    if len(lines) < len(shown):
        return False
    return all(
        re.fullmatch(".*".join(map(re.escape, want.split("…"))), got)
        for want, got in zip(shown, lines[: len(shown)], strict=True)
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_example_runs_and_prints_what_it_shows(
    page: Path, seeds: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reader"
    shutil.copytree(seeds, folder, ignore=shutil.ignore_patterns("bin"))
    for example in to_run(page):
        if example.command in NOT_RUN:
            continue
        status, printed = on_terminal(example.command, folder, seeds / "bin")
        fails = any(line.startswith("cismoa: error:") for line in example.shown)
        assert (status != 0) == fails, f"{example}\nexit {status}\n{printed}"
        if example.shown:
            assert agrees(example.shown, printed), f"{example}\nprinted:\n{printed}"


def test_the_commands_not_run_are_still_in_the_docs_and_few() -> None:
    everywhere = {e.command for page in PAGES for e in cismoa_examples(page)}
    assert set(NOT_RUN) <= everywhere
    assert len(NOT_RUN) < len(everywhere) / 10


def test_command_examples_are_only_in_shell_blocks() -> None:
    """A ``cismoa`` line in a block of another language would escape the test above."""
    command = re.compile(r"(\$ )?([A-Za-z_]\w*=\S* )*cismoa( |$)")
    for page in PAGES:
        for token in tokens(page.read_text(encoding="utf-8")):
            if token.type == "fence" and token.info.strip() not in SHELLS:
                lines = token.content.splitlines()
                assert not any(command.match(line) for line in lines), (
                    f"{page}: a cismoa command in a {token.info or 'plain'} block"
                )


def test_the_readme_shows_the_install_and_test_commands_ci_runs() -> None:
    """The two commands of the quick start, as .ci/run runs them."""
    readme = [e.command for e in examples(REPO / "README.md")]
    assert readme[:2] == [
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && cismoa actors",
        "python3 -m venv .venv && . .venv/bin/activate && pip install '.[test]' && pytest",
    ]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip_install "$work/venv-$version" .\n' in ci and 'cismoa" actors' in ci
    assert "pip_install \"$work/venv-$version\" '.[test]'" in ci


def test_the_readme_is_for_a_newcomer_and_leads_to_every_page() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    linked = {link.target.partition("#")[0] for link in links(readme)}
    assert {f"docs/{page.name}" for page in PAGES[1:]} <= linked


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_leads_somewhere(page: Path) -> None:
    """Every relative link and image names a file of the repository, and every fragment a
    heading of the page it names (GitHub's anchors)."""
    for token in tokens(page.read_text(encoding="utf-8")):
        for child in token.children or []:
            if child.type not in {"link_open", "image"}:
                continue
            target = str(child.attrs["href" if child.type == "link_open" else "src"])
            if re.match(r"[a-z]+:", target):
                assert target.startswith("https://"), f"{page.name}: {target}"
                continue
            path, _, fragment = target.partition("#")
            named = (page.parent / path).resolve() if path else page
            assert named.exists(), f"{page.name}: {target} names no file"
            assert named.is_relative_to(REPO), f"{page.name}: {target} leaves the repository"
            if fragment:
                anchors = {h.anchor for h in headings(named.read_text(encoding="utf-8"))}
                assert fragment in anchors, f"{page.name}: {target}: no such heading"


def test_markdownlint_finds_nothing_in_the_docs() -> None:
    assert LINT_CONFIG.exists()
    assert markdownlint(PAGES) == []
