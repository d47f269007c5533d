"""The interests and relations views: what ``cismoa interests`` and ``cismoa relations``
list, as the same tables, for the chosen actor or for all of them."""

from __future__ import annotations

from typing import Literal

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from .. import query
from ..models import Dossier
from ..render.table import safe_text, to_table
from ..render.views import interests_listing, relations_listing
from ..textio import counted


class ClaimsPane(VerticalScroll, can_focus=True):
    """The interests (``kind`` "interests") or the relations of the chosen actor."""

    DEFAULT_CSS = "ClaimsPane { padding: 0 1; } ClaimsPane > Static { width: 1fr; }"

    def __init__(
        self, dossier: Dossier, kind: Literal["interests", "relations"], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.dossier = dossier
        self.kind = kind
        self.listed = False  # nothing is listed until the view is first opened
        self.shown: str | None = None  # the actor whose claims are listed; None: everyone's
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Static()

    def show_dossier(self, dossier: Dossier) -> None:
        """List from another version of the dossier (a reviewed one) when next shown."""
        self.dossier, self.listed = dossier, False

    def show(self, actor: str | None) -> None:
        """List the claims of ``actor`` (None: everyone's), if another actor was shown."""
        if self.listed and actor == self.shown:
            return
        self.listed, self.shown = True, actor
        wanted = [actor] if actor else []
        if self.kind == "interests":
            listing = interests_listing(query.interests(self.dossier, wanted))
        else:
            listing = relations_listing(query.relations(self.dossier, wanted))
        self.count = len(listing.rows)
        command = f"as cismoa {self.kind}" + (f" --actor {actor}" if actor else "")
        about = Text(f"{counted(self.count, self.kind[:-1])} · ")
        about.append_text(safe_text(command, "dim"))
        if not listing.rows:
            about.append(f"\nNo {self.kind} for this actor.", style="italic")
            self.query_one(Static).update(about)
            return
        self.query_one(Static).update(Group(about, to_table(listing)))
