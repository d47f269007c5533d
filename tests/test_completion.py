"""Shell completion through each shell's own machinery: bash's completion function and its
COMPREPLY, fish's `complete -C`, and zsh typing a Tab in a real terminal (tmux). Each test
completes a line, runs the completed line, and expects it to succeed.

CI installs bash, zsh, fish and tmux; on a machine without one, its tests fail in CI and are
skipped elsewhere.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import HOSTILE, MINI

# The lines typed, where completion is asked for (at the end), and what the candidates must
# be. MINI: actors Alpha (ALP, alias Alphaland) and Beta (BET); items IMP-1, IMP-2, INT-1,
# REL-1.
CASES = [
    ("actor Be", ["Beta"]),
    ("implications --actor alp", ["ALP", "Alpha", "Alphaland"]),
    ("implications --domain reg", ["regional stability"]),
    ("implications --direction RI", ["risk"]),
    ("show IMP-", ["IMP-1", "IMP-2"]),
    ("export mer", ["mermaid"]),
    ("matr", ["matrix"]),
]


def needs(program: str) -> None:
    if shutil.which(program) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is not installed (CI installs it)")
        pytest.skip(f"{program} is not installed here (CI installs it)")


@pytest.fixture(scope="module")
def on_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """An environment whose PATH has a `cismoa` that runs this checkout's code, and where
    the dossier is the mini fixture (given by --data on every line below)."""
    folder = tmp_path_factory.mktemp("bin")
    script = folder / "cismoa"
    script.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m cismoa_cli "$@"\n')
    script.chmod(0o755)
    env = {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}
    env.pop("_CISMOA_COMPLETE", None)
    yield env


def script_for(shell: str, env: dict[str, str]) -> str:
    """The completion script `cismoa --install-completion` would install for ``shell``."""
    done = subprocess.run(
        ["cismoa"],
        env={**env, "_CISMOA_COMPLETE": f"source_{shell}"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def typed(line: str, dossier: Path = MINI) -> str:
    return f"cismoa --data {shlex.quote(str(dossier))} {line}"


# --- bash ----------------------------------------------------------------------------------


def bash_completes(line: str, env: dict[str, str]) -> list[str]:
    """COMPREPLY after bash's completion function for ``line`` (completing its last word).
    COMP_WORDS holds the words as typed, a backslash before a space kept, as bash gives them."""
    words = re.split(r"(?<!\\) ", line)
    program = f"""
{script_for("bash", env)}
COMP_WORDS=({" ".join(shlex.quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
_cismoa_completion cismoa
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [candidate for candidate in done.stdout.splitlines() if candidate]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bash_completes_to_a_line_that_runs(
    on_path: dict[str, str], line: str, expected: list[str]
) -> None:
    needs("bash")
    offered = bash_completes(typed(line), on_path)
    # As bash will put them on the line: escaped, in their own spelling.
    assert [shlex.split(candidate)[0] for candidate in offered] == expected
    head = typed(line).rsplit(" ", 1)[0]
    for candidate in offered:
        ran = subprocess.run(
            ["bash", "--norc", "-c", f"{head} {candidate} >/dev/null"],
            env=on_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert ran.returncode == 0, (head, candidate, ran.stderr)


def test_bash_escapes_a_name_with_a_space(on_path: dict[str, str], tmp_path: Path) -> None:
    needs("bash")
    import json

    data = json.loads(MINI.read_text(encoding="utf-8"))
    data["actors"][1]["aliases"] = ["Beta Land", "Beta's own"]
    (tmp_path / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    shutil.copy(MINI.parent / "article.txt", tmp_path / "article.txt")
    offered = bash_completes(typed("actor Beta\\ ", tmp_path / "claims.json"), on_path)
    assert offered == ["Beta\\ Land"]
    offered = bash_completes(typed("actor Beta\\'", tmp_path / "claims.json"), on_path)
    assert offered == ["Beta\\'s\\ own"]


def test_no_control_character_reaches_the_shell(on_path: dict[str, str]) -> None:
    needs("bash")
    offered = bash_completes(typed("actor ''", HOSTILE), on_path)
    assert offered and all(candidate.isprintable() for candidate in offered)


# --- fish ----------------------------------------------------------------------------------


def fish_completes(line: str, env: dict[str, str]) -> list[str]:
    """What fish's own `complete -C` offers for ``line``."""
    program = f"{script_for('fish', env)}\ncomplete -C {shlex.quote(line)}\n"
    done = subprocess.run(
        ["fish", "--no-config", "-c", program],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [entry.split("\t")[0] for entry in done.stdout.splitlines() if entry]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fish_completes_to_a_line_that_runs(
    on_path: dict[str, str], line: str, expected: list[str]
) -> None:
    needs("fish")
    offered = fish_completes(typed(line), on_path)
    # fish keeps what matches what was typed, in any case; its own list may be sorted.
    assert sorted(offered) == sorted(expected)
    head = typed(line).rsplit(" ", 1)[0]
    for candidate in offered:
        # fish escapes a candidate as it inserts it (`string escape`), then reads the line.
        completed = f"eval {head} (string escape -- {shlex.quote(candidate)})"
        ran = subprocess.run(
            ["fish", "--no-config", "-c", completed],
            env=on_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert ran.returncode == 0, (head, candidate, ran.stderr)


# --- zsh, in a real terminal -----------------------------------------------------------------


class Terminal:
    """A tmux session running an interactive zsh, typed into as a user types."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        self.name = f"cismoa-{uuid.uuid4().hex[:8]}"
        self.env = {**env, "HOME": str(home), "ZDOTDIR": str(home), "TERM": "xterm"}
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "200", "-y", "20", "zsh", "-i"],
            env=self.env,
            check=True,
            timeout=30,
        )

    def type(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True, timeout=30)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never showed; the screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False, timeout=30)


ZSH_CASES = [
    ("actor Be", "actor Beta "),
    ("implications --domain reg", "implications --domain regional\\ stability "),
    ("show REL", "show REL-1 "),
]


@pytest.mark.parametrize(("line", "completed"), ZSH_CASES, ids=[c[0] for c in ZSH_CASES])
def test_zsh_completes_to_a_line_that_runs(
    on_path: dict[str, str], tmp_path: Path, line: str, completed: str
) -> None:
    needs("zsh")
    needs("tmux")
    (tmp_path / ".zshrc").write_text(
        "PS1='READY> '\nautoload -Uz compinit && compinit -u\n" + script_for("zsh", on_path) + "\n",
        encoding="utf-8",
    )
    terminal = Terminal(on_path, tmp_path)
    try:
        terminal.wait_for("READY>")
        terminal.type("-l", typed(line))
        terminal.type("Tab")
        # (tmux shows a line without its trailing space)
        assert typed(completed.rstrip()) in terminal.wait_for(completed.rstrip())
        terminal.type("-l", " >/dev/null; echo EXIT=$?")
        terminal.type("Enter")
        assert "\nEXIT=0" in terminal.wait_for("\nEXIT=")  # the echo's line, not the typed one
    finally:
        terminal.close()
