"""The actors pane: each actor with its counts and lean; choosing one filters the rest."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..findings import ActorCounts
from ..models import Actor, Dossier
from ..render.matrix import lean
from ..render.table import safe_text
from ..textio import counted

ALL = "*all*"  # the option that clears the actor filter; actor ids are upper case


def actor_prompt(actor: Actor, tally: ActorCounts, chosen: bool) -> Text:
    """Three lines: the actor, its implications and lean, its risks and benefits."""
    marker, style = lean(tally)
    line = Text("\u25b8 " if chosen else "  ", style="bold")
    line.append_text(safe_text(actor.name, "bold" if chosen else ""))
    line.append_text(safe_text(f" ({actor.id})", "dim"))
    line.append(f"\n    {counted(tally.implications, 'implication')}")
    if marker:
        line.append(" ")
        line.append(marker, style=style)
    line.append(f"\n    {counted(tally.risks, 'risk')}", style="dim")
    line.append(f" · {counted(tally.benefits, 'benefit')}", style="dim")
    return line


def all_prompt(total: int, chosen: bool) -> Text:
    line = Text("\u25b8 " if chosen else "  ", style="bold")
    line.append("All actors", style="bold" if chosen else "")
    line.append(f"\n    {counted(total, 'implication')}")
    return line


class ActorList(OptionList):
    """All actors, then each actor; Enter or a click chooses one."""

    def __init__(
        self, dossier: Dossier, counts: dict[str, ActorCounts], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.dossier = dossier
        self.tallies = counts
        self.chosen: str | None = None
        self.border_title = "Actors"
        self.border_subtitle = "h hides"

    def on_mount(self) -> None:
        self.show_chosen(None)

    def show_chosen(self, actor_id: str | None) -> None:
        """Redraw the list with ``actor_id`` (None: all actors) marked as chosen."""
        self.chosen = actor_id
        highlighted = self.highlighted
        self.clear_options()
        total = len(self.dossier.implications)
        options = [Option(all_prompt(total, actor_id is None), id=ALL)]
        options += [
            Option(actor_prompt(a, self.tallies[a.id], a.id == actor_id), id=a.id)
            for a in self.dossier.actors
        ]
        self.add_options(options)
        self.highlighted = highlighted if highlighted is not None else 0
