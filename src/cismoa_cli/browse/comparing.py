"""The compare view: two actors side by side, as ``cismoa compare A B`` shows them (the same
query and the same renderable)."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Select, Static

from .. import query
from ..models import Dossier
from ..render.table import safe_text
from ..render.trees import compare_view


class ComparePane(VerticalScroll, can_focus=True):
    """Two actors to choose, and what ``cismoa compare`` says of them."""

    DEFAULT_CSS = """
    ComparePane { padding: 0 1; }
    ComparePane > Horizontal { height: auto; }
    ComparePane Select { width: 1fr; }
    ComparePane > Static { width: 1fr; }
    """

    def __init__(self, dossier: Dossier, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.dossier = dossier
        self.names = dossier.names()

    def compose(self) -> ComposeResult:
        actors = _choices(self.dossier)
        if len(actors) < 2:
            yield Static(Text("Comparing needs two actors; this dossier has fewer."))
            return
        with Horizontal():
            yield Select(actors, value=actors[0][1], allow_blank=False, id="first")
            yield Select(actors, value=actors[1][1], allow_blank=False, id="second")
        yield Static(id="comparison")

    def on_mount(self) -> None:
        self.compare()

    def focus_first(self) -> None:
        """Focus the first actor's choice (the pane itself if there is none)."""
        choices = self.query(Select)
        (choices.first() if choices else self).focus()

    def on_select_changed(self, message: Select.Changed) -> None:
        message.stop()
        self.compare()

    def start_with(self, actor: str) -> None:
        """Compare ``actor`` (an id), the actor chosen in the actors pane, with the other
        actor already chosen, or with the first other actor."""
        if len(self.dossier.actors) < 2:
            return
        first, second = self.query_one("#first", Select), self.query_one("#second", Select)
        first.value = actor
        if second.value == actor:
            second.value = next(a.id for a in self.dossier.actors if a.id != actor)
        self.compare()

    def show_dossier(self, dossier: Dossier) -> None:
        """Compare in another version of the dossier (a reviewed one), the two actors kept
        while it has them."""
        self.dossier, self.names = dossier, dossier.names()
        choices = self.query(Select)
        if len(dossier.actors) < 2 or not choices:
            return  # too few actors now: the choices keep their old options until restart
        ids = [a.id for a in dossier.actors]
        actors = _choices(dossier)
        with self.prevent(Select.Changed):
            for choice, fallback in zip(choices, ids[:2], strict=False):
                kept = choice.value if choice.value in ids else fallback
                choice.set_options(actors)
                choice.value = kept
        self.compare()

    def compare(self) -> None:
        if len(self.dossier.actors) < 2:
            return
        first, second = (str(self.query_one(f"#{n}", Select).value) for n in ("first", "second"))
        about = safe_text(f"as cismoa compare {first} {second}", "dim")
        if first == second:
            about.append("\nChoose two different actors.", style="italic")
            self.query_one("#comparison", Static).update(about)
            return
        actors = {a.id: a for a in self.dossier.actors}
        found = query.compare(self.dossier, actors[first], actors[second])
        look = compare_view(found, self.names).look
        self.query_one("#comparison", Static).update(Group(about, look))


def _choices(dossier: Dossier) -> list[tuple[Text, str]]:
    """Each actor as a choice: its name and id, and the id it stands for."""
    return [(safe_text(f"{a.name} ({a.id})"), a.id) for a in dossier.actors]
