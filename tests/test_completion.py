"""Shell completion through each shell's own machinery: bash's completion function and its
COMPREPLY, fish's `complete -C`, and a Tab typed in bash, zsh and fish in a real terminal
(tmux). Each test completes a line, runs the completed line, and expects it to succeed;
names that would run code if a shell evaluated them must reach cismoa as they are.

CI installs bash, zsh, fish and tmux; on a machine without one, its tests fail in CI and are
skipped elsewhere.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import COMMANDS, FORMATS, HOSTILE, MINI, fixture_json, run_cli, write_dossier

from cismoa_cli.cli.completion import INSTALLED, SCRIPTS, SHELLS, Answer, line_words

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
    """The completion script `cismoa --show-completion` prints for ``shell``."""
    done = subprocess.run(
        ["cismoa", "--show-completion"],
        env={**env, "SHELL": f"/bin/{shell}"},
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
    """COMPREPLY after bash's completion function for ``line`` (completing its last word),
    the line given as bash gives it, in COMP_LINE, the cursor at its end."""
    program = f"""
{script_for("bash", env)}
COMP_LINE={shlex.quote(line)}
COMP_POINT=${{#COMP_LINE}}
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


# --- a real terminal -----------------------------------------------------------------------


class Terminal:
    """A tmux session running an interactive shell, typed into as a user types. Its tmux
    server is its own (a socket of its own): a server already running elsewhere would give
    the shell that server's environment, not this one's."""

    def __init__(self, command: list[str], env: dict[str, str], home: Path) -> None:
        self.name = f"cismoa-{uuid.uuid4().hex[:8]}"
        self.tmux = ["tmux", "-L", self.name]
        self.env = {**env, "HOME": str(home), "ZDOTDIR": str(home), "TERM": "xterm"}
        size = ["-x", "250", "-y", "20"]
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, *size, "-c", str(home), *command],
            env=self.env,
            check=True,
            timeout=30,
        )

    def type(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.name, *keys], check=True, timeout=30)

    def screen(self) -> str:
        return subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never showed; the screen:\n{self.screen()}")

    def wait_for_change(self, before: str, timeout: float = 60) -> None:
        """Wait until the screen differs from ``before``, then until it is still (the same
        twice, 0.3 s apart): a loaded machine may draw a completion in steps."""
        deadline = time.monotonic() + timeout
        shown, last = before, None
        while (shown == before or shown != last) and time.monotonic() < deadline:
            time.sleep(0.3)
            last, shown = shown, self.screen()
        assert shown != before, f"nothing changed on the screen:\n{before}"

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], check=False, timeout=30)


ZSH_CASES = [
    ("actor Be", "actor Beta "),
    ("implications --domain reg", "implications --domain regional\\ stability "),
    ("show REL", "show REL-1 "),
]


@pytest.mark.client
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
    terminal = Terminal(["zsh", "-i"], on_path, tmp_path)
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


# --- names a shell would run, if it evaluated a candidate ---------------------------------

# Each alias begins with letters no other name begins with, so that two typed letters and a
# Tab complete it whole. A shell that evaluated one would create a file named pwned*, or
# change the name on the line (and `cismoa actor` would not know it).
HOSTILE_ALIASES = [
    "Za$(touch pwned1)",
    "Zb`touch pwned2`",
    "Zc\\x\\$(touch pwned3)",
    "Zd's own",
    'Ze"q"',
    "Zf;touch pwned4",
    "Zg$((1+1))",
    "Zh!x !!",
    "Zi%x %1",
    "Zj  two  spaces",
    "Zk'$(touch pwned5)'",
    'Zl"$(touch pwned6)"',
]

# How each shell is started interactively with cismoa's completion, and how it says $?.
SHELL_STARTS = {
    "bash": (["bash", "--noprofile", "--rcfile", "{home}/.bashrc", "-i"], ".bashrc", "$?"),
    "zsh": (["zsh", "-i"], ".zshrc", "$?"),
    "fish": (
        ["fish", "--no-config", "-i", "-C", "source {home}/config.fish"],
        "config.fish",
        "$status",
    ),
}
PROMPTS = {
    "bash": "PS1='READY> '\n",
    "zsh": "PS1='READY> '\nautoload -Uz compinit && compinit -u\n",
    "fish": "function fish_prompt; echo -n 'READY> '; end\n",
}


@pytest.mark.client
@pytest.mark.parametrize("shell", list(SHELL_STARTS))
def test_a_tab_never_runs_a_name_and_the_line_passes_it_literally(
    on_path: dict[str, str], tmp_path: Path, shell: str
) -> None:
    needs(shell)
    needs("tmux")
    data = fixture_json()
    data["actors"][1]["aliases"] = HOSTILE_ALIASES
    dossier = write_dossier(tmp_path / "dossier", data)
    home = tmp_path / "home"
    home.mkdir()
    command, startup, status = SHELL_STARTS[shell]
    (home / startup).write_text(PROMPTS[shell] + script_for(shell, on_path), encoding="utf-8")
    terminal = Terminal([word.format(home=home) for word in command], on_path, home)
    try:
        terminal.wait_for("READY>")
        for n, alias in enumerate(HOSTILE_ALIASES):
            terminal.type("-l", f"cismoa --data {shlex.quote(str(dossier))} actor {alias[:2]}")
            before = terminal.wait_for(f"actor {alias[:2]}")
            terminal.type("Tab")
            terminal.wait_for_change(before)  # the rest of the alias, from the completion
            terminal.type("-l", f" >/dev/null; echo DONE{n}={status}")
            terminal.type("Enter")
            shown = terminal.wait_for(f"\nDONE{n}=")
            assert f"\nDONE{n}=0" in shown, (alias, shown)
            assert not list(home.glob("pwned*")), alias
        # A path is the shell's own to complete.
        terminal.type("-l", "cismoa validate ../dossi")
        before = terminal.wait_for("validate ../dossi")
        terminal.type("Tab")
        terminal.wait_for_change(before)
        assert "cismoa validate ../dossier/" in terminal.screen()
    finally:
        terminal.close()
    assert not list(tmp_path.rglob("pwned*"))


# --- the answer, the scripts and their installation -----------------------------------------


def answer(*words: str) -> list[str]:
    """What `cismoa __complete zsh -- WORDS` prints: its kind, then the candidates."""
    shown = run_cli("__complete", "zsh", "--", *words)
    assert shown.code == 0, shown.stderr
    return shown.stdout.splitlines()


def test_commands_options_and_values_are_words_and_paths_are_left_to_the_shell() -> None:
    assert answer("") == ["words", *(n for n, c in COMMANDS.items())]
    assert "__complete" not in answer("_")
    assert answer("--no-") == ["words", "--no-color", "--no-pager"]
    assert answer("actors", "--f") == ["words", "--format"]
    assert answer("actors", "--format", "") == ["words", *FORMATS]
    assert answer("import", "") == ["words", "qdpx"]
    assert answer("--data", "") == ["paths"]
    assert answer("validate", "") == ["paths"]
    assert answer("import", "qdpx", "") == ["paths"]
    data = ["--data", str(MINI)]
    assert answer(*data, "compare", "ALP", "b") == ["words", "BET", "Beta"]
    assert answer(*data, "compare", "ALP", "BET", "") == ["words"]  # no third argument
    assert answer(*data, "show", "--", "imp") == ["words", "IMP-1", "IMP-2"]
    assert answer(*data, "implications", "--sort", "-cert") == ["words", "-certainty"]
    assert answer(*data, "implications", "--asserted-by", "CR") == ["words", "critics"]
    assert answer(*data, "implications", "-a", "ALP", "--dom") == ["words", "--domain"]
    assert answer("actor", *data, "Al") == ["words", "Alpha", "Alphaland"]


@pytest.mark.parametrize("acting", ["--version", "--show-completion", "--install-completion"])
def test_an_option_that_acts_is_never_acted_on_while_completing(
    acting: str, tmp_path: Path
) -> None:
    shown = run_cli(
        "__complete",
        "zsh",
        "--",
        acting,
        "--data",
        str(MINI),
        "actor",
        "Be",
        env={"HOME": str(tmp_path), "SHELL": "/bin/zsh"},
    )
    assert (shown.code, shown.stdout, shown.stderr) == (0, "words\nBeta\n", "")
    assert list(tmp_path.iterdir()) == []  # nothing installed


def test_a_candidate_a_shell_could_misread_is_never_offered() -> None:
    offered = Answer(["fine", "two\nlines", "bell\x07", "", "fine"])
    assert list(offered.lines()) == ["words", "fine"]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("cismoa actor ", ["actor", ""]),
        ("cismoa actor Beta\\ ", ["actor", "Beta "]),
        ("cismoa actor 'Beta L", ["actor", "Beta L"]),
        ('cismoa actor "Beta\\" L', ["actor", 'Beta" L']),
        ("cismoa --data=x.json act", ["--data=x.json", "act"]),
        ("cismoa actor 'Beta\"s", ["actor", 'Beta"s']),
        ("cismoa actor Beta\\", ["actor", "Beta"]),
        ("cismoa ", [""]),
    ],
)
def test_bash_gives_the_line_and_its_words_are_read_as_bash_reads_them(
    line: str, words: list[str]
) -> None:
    assert line_words(line) == words


def test_an_unknown_shell_is_a_usage_mistake() -> None:
    shown = run_cli("--show-completion", env={"SHELL": "/bin/csh"})
    assert shown.code == 2 and shown.stdout == ""
    assert shown.stderr == (
        "cismoa: error: cannot complete for the shell csh; cismoa completes for bash, zsh, "
        "fish (set SHELL to one of them)\n"
    )
    assert run_cli("__complete", "csh", "--", "").code == 2


@pytest.mark.parametrize("shell", SHELLS)
def test_show_completion_prints_the_script_for_the_users_shell(shell: str) -> None:
    shown = run_cli("--show-completion", env={"SHELL": f"/usr/bin/{shell}"})
    assert (shown.code, shown.stdout) == (0, SCRIPTS[shell])
    assert "eval" not in shown.stdout  # nothing a shell reads from cismoa is run


@pytest.mark.parametrize("shell", SHELLS)
def test_install_completion_writes_the_script_and_reads_it_once(shell: str, tmp_path: Path) -> None:
    where, startup, line = INSTALLED[shell]
    if startup is not None:
        (tmp_path / startup).write_text("# the user's own\nalias ll='ls -l'", encoding="utf-8")
    for _ in range(2):
        shown = run_cli("--install-completion", env={"SHELL": shell, "HOME": str(tmp_path)})
        assert shown.code == 0 and f"{shell} completion installed in" in shown.stderr
    assert (tmp_path / where).read_text(encoding="utf-8") == SCRIPTS[shell]
    if startup is not None:
        assert (tmp_path / startup).read_text(encoding="utf-8") == (
            f"# the user's own\nalias ll='ls -l'\n{line}\n"
        )
