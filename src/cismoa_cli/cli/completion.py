"""Shell completion, cismoa's own from end to end: short bash, zsh and fish scripts ask the
hidden command ``cismoa __complete SHELL -- WORD...`` for candidates, one a line, and hand
them to the shell as literal words; no shell ever evaluates a candidate.

The candidates come from the command tree Typer builds (commands, options, arguments and the
completers given to them with ``autocompletion=``) and from the dossier the line names
(``--data``, ``$CISMOA_DATA`` or the bundled one): actor names and aliases, item ids, voices,
vocabulary words, each in its own spelling for whatever case was typed. A value that has no
completer (a path, a number, free text) is left to the shell's own file completion.

The first line of the answer says which: ``words`` (the candidates follow) or ``paths``.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperArgument, TyperGroup

from ..errors import UsageError

SHELLS = ("bash", "zsh", "fish")

# bash hands over the line up to the cursor, as typed (its COMP_WORDS split words at `=`,
# `:` and quotes); zsh and fish hand over the words, their quoting removed by the shell
# itself, the last one being the word to complete.
BASH = r"""_cismoa_completion() {
    local kind candidate
    local -a found=()
    {
        IFS= read -r kind
        while IFS= read -r candidate; do
            found+=("$(printf '%q' "$candidate")")
        done
    } < <(cismoa __complete bash -- "${COMP_LINE:0:COMP_POINT}" 2>/dev/null)
    COMPREPLY=()
    if [[ $kind == paths ]]; then
        compopt -o default
    else
        COMPREPLY=("${found[@]}")
    fi
}
complete -F _cismoa_completion cismoa
"""

ZSH = r"""#compdef cismoa
_cismoa() {
    local -a found
    found=("${(@f)$(cismoa __complete zsh -- "${(@Q)words[2,CURRENT-1]}" "${(Q)PREFIX}" \
        2>/dev/null)}")
    if [[ $found[1] == paths ]]; then
        _files
    elif (( $#found > 1 )); then
        compadd -U -- "${(@)found[2,-1]}"
    fi
}
compdef _cismoa cismoa
"""

FISH = r"""function __cismoa_complete
    set -l found (cismoa __complete fish -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)
    if test "$found[1]" = paths
        __fish_complete_path (commandline -ct)
    else
        string join \n -- $found[2..-1]
    end
end
complete --command cismoa --no-files --arguments '(__cismoa_complete)'
"""

SCRIPTS = {"bash": BASH, "zsh": ZSH, "fish": FISH}

# Where `--install-completion` puts each script, under the user's home, and the line (if
# any) the shell's start-up file needs to read it.
INSTALLED = {
    "bash": (".bash_completions/cismoa.sh", ".bashrc", "source ~/.bash_completions/cismoa.sh"),
    "zsh": (".zfunc/_cismoa", ".zshrc", "fpath+=~/.zfunc; autoload -Uz compinit; compinit"),
    "fish": (".config/fish/completions/cismoa.fish", None, None),
}


def current_shell() -> str:
    """The user's shell (``$SHELL``), if cismoa can complete for it."""
    shell = Path(os.environ.get("SHELL", "")).name
    if shell not in SHELLS:
        raise UsageError(
            f"cannot complete for the shell {shell or '(none: $SHELL is not set)'}; "
            f"cismoa completes for {', '.join(SHELLS)} (set SHELL to one of them)"
        )
    return shell


def install(shell: str, home: Path) -> Path:
    """Write the completion script for ``shell`` under ``home``, and make the shell's
    start-up file read it (once); returns the script's path."""
    where, startup, line = INSTALLED[shell]
    script = home / where
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(SCRIPTS[shell], encoding="utf-8")
    if startup is not None and line is not None:
        rc = home / startup
        present = rc.read_text(encoding="utf-8", errors="replace") if rc.exists() else ""
        if line not in present.splitlines():
            with rc.open("a", encoding="utf-8") as out:
                out.write(f"{'' if present.endswith(chr(10)) or not present else chr(10)}{line}\n")
    return script


# --- the candidates ---------------------------------------------------------------------------


@dataclass
class Answer:
    """What a shell is told: literal words, or to complete a path itself."""

    words: list[str] = field(default_factory=list)
    paths: bool = False

    def lines(self) -> Iterator[str]:
        yield "paths" if self.paths else "words"
        # A candidate is one line; one a shell could misread (a control character, a
        # newline) is never offered.
        yield from (word for word in dict.fromkeys(self.words) if word and word.isprintable())


def line_words(line: str) -> list[str]:
    """The words of a bash line up to the cursor, quoting removed, the program's name left
    out; the last is the word being completed ("" after a space)."""
    # A mark after the cursor keeps the last word whatever it is: a space before it makes
    # it a word of its own; an open quote is closed after it.
    # With the mark, the line ends in a word, in an open double quote or in an open single
    # quote: one of the three readings holds.
    for closing in ("", '"'):
        try:
            return _words(f"{line}\x00{closing}")
        except ValueError:
            continue
    return _words(f"{line}\x00'")


def _words(line: str) -> list[str]:
    words = shlex.split(line)
    words[-1] = words[-1].removesuffix("\x00")
    return words[1:]


def candidates(words: list[str], app: typer.Typer) -> Answer:
    """What completes the last of ``words`` (the words after ``cismoa``)."""
    *before, incomplete = words or [""]
    walk = _Walk(typer.main.get_command(app))
    for word in before:
        walk.read(word)
    answer = walk.complete(incomplete)
    # bash and zsh put the candidates' common beginning on the line in place of what was
    # typed: where some keep the case typed, offer those, so that nothing typed is taken back.
    kept = [word for word in answer.words if word.startswith(incomplete)]
    answer.words = kept or answer.words
    return answer


class _Walk:
    """The words of a line read one by one as cismoa's parser reads them: which command
    they name, which global options they give, which argument or option value comes next."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.command = root
        self.path = ["cismoa"]
        self.given: list[str] = []  # the global options and their values, as typed
        self.value_of: Any = None  # the option whose value the next word is
        self.arguments = 0  # positional words given to the command
        self.only_arguments = False  # after `--`

    def options(self) -> list[Any]:
        own = [p for p in self.command.params if not isinstance(p, TyperArgument)]
        return own + ([] if self.command is self.root else self._global_options())

    def _global_options(self) -> list[Any]:
        return [p for p in self.root.params if not isinstance(p, TyperArgument)]

    def read(self, word: str) -> None:
        if self.value_of is not None:
            if self.value_of in self._global_options():
                self.given.append(word)
            self.value_of = None
            return
        if word == "--" and not self.only_arguments:
            self.only_arguments = True
            return
        if word.startswith("-") and not self.only_arguments:
            option = self._option(word.split("=", 1)[0])
            # (not --version, --show-completion and the like: they act as they are read)
            if option is not None and option in self._global_options() and not option.is_eager:
                self.given.append(word)
            if option is not None and not option.is_flag and "=" not in word:
                self.value_of = option
            return
        subcommands = getattr(self.command, "commands", None)
        if isinstance(self.command, TyperGroup) and subcommands and word in subcommands:
            self.command = subcommands[word]
            self.path.append(word)
            self.arguments = 0
            return
        self.arguments += 1

    def _option(self, name: str) -> Any:
        return next((p for p in self.options() if name in (*p.opts, *p.secondary_opts)), None)

    def complete(self, incomplete: str) -> Answer:
        if self.value_of is not None:
            return self._values(self.value_of, incomplete)
        if incomplete.startswith("-") and not self.only_arguments:
            names = [
                name
                for option in self.options()
                if not option.hidden
                for name in (*option.opts, *option.secondary_opts)
            ]
            return Answer(_starting([*names, "--help"], incomplete))
        if isinstance(self.command, TyperGroup):
            commands = self.command.commands
            return Answer(_starting([n for n, c in commands.items() if not c.hidden], incomplete))
        arguments = [p for p in self.command.params if isinstance(p, TyperArgument)]
        taken = 0
        for argument in arguments:
            taken += argument.nargs if argument.nargs > 0 else self.arguments + 1
            if self.arguments < taken:
                return self._values(argument, incomplete)
        return Answer()

    def _values(self, param: Any, incomplete: str) -> Answer:
        """The words a parameter's completer offers, in their own spelling for any case
        typed; a parameter without one (or one with nothing at all to offer) is left to the
        shell's file completion."""
        # The contexts the completers read the line's global options from (--data): the
        # parser's own reading, which forgives what is wrong on a line being typed.
        context = self.root.make_context("cismoa", list(self.given), resilient_parsing=True)
        for name in self.path[1:]:
            command = context.command.commands[name]
            context = command.make_context(name, [], parent=context, resilient_parsing=True)
        # Typer keeps only what starts with the word in the case typed: ask for every word
        # too, and match those in any case here.
        every = [item.value for item in param.shell_complete(context, "")]
        typed = [item.value for item in param.shell_complete(context, incomplete)]
        if not every:
            return Answer(paths=True)
        return Answer(_starting(every, incomplete) + typed)


def _starting(names: list[str], incomplete: str) -> list[str]:
    typed = incomplete.casefold()
    return [name for name in names if name.casefold().startswith(typed)]
