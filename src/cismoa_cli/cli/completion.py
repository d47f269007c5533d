"""Shell completion that gives lines a shell can run: candidates in their own spelling
(``China``, ``CHN``) for whatever case was typed, and, in bash, escaped as bash reads them
(``South\\ Asia``), since bash puts a candidate on the line exactly as it is given.

Typer's completion classes keep only candidates that start with what was typed, in the case
typed, and hand them to bash unescaped; these subclasses change just that. They are
registered in place of Typer's as a completion begins (Typer registers its own each time
the command tree is built).
"""

from __future__ import annotations

import re
from typing import Any

from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import BashComplete, FishComplete, ZshComplete

# What bash would read as anything but a letter of the word: backslash-escape it.
_BASH_SPECIAL = re.compile(r"([^\w@%+=:,./-])")


class _InOwnSpelling:
    """Candidates for any case typed, each in the spelling the dossier or vocabulary gives."""

    def get_completions(self, args: list[str], incomplete: str) -> list[CompletionItem]:
        found: list[CompletionItem] = super().get_completions(args, incomplete)  # type: ignore[misc]
        if incomplete.startswith("-") or any(item.type != "plain" for item in found):
            return found  # an option's name, or a path: as Click completes them
        every: list[CompletionItem] = super().get_completions(args, "")  # type: ignore[misc]
        typed = incomplete.casefold()
        return [item for item in every if item.value.casefold().startswith(typed)]


class Bash(_InOwnSpelling, BashComplete):
    def get_completions(self, args: list[str], incomplete: str) -> list[CompletionItem]:
        found = super().get_completions(args, incomplete)
        # Bash puts the candidates' common beginning on the line in place of what was typed:
        # where some keep the case typed, offer those, so that nothing typed is taken back.
        kept = [item for item in found if item.value.startswith(incomplete)]
        return kept or found

    def format_completion(self, item: CompletionItem) -> str:
        return _BASH_SPECIAL.sub(r"\\\1", item.value)


class Zsh(_InOwnSpelling, ZshComplete):
    pass


class Fish(_InOwnSpelling, FishComplete):
    pass


def register() -> None:
    """Use these classes for the completion about to run."""
    shells: tuple[tuple[type[Any], str], ...] = ((Bash, "bash"), (Zsh, "zsh"), (Fish, "fish"))
    for shell, name in shells:
        add_completion_class(shell, name)
