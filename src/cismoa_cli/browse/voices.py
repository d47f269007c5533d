"""The voices view: who speaks in the article, as ``cismoa voices`` lists them (the article,
each declared voice, each actor that asserts something), with a voice's kind, affiliation
and role, and the implications each asserts."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .. import query
from ..findings import VoiceCounts
from ..models import Dossier, Voice
from ..render.table import safe_text
from ..textio import counted
from ..vocabulary import Status

PROPOSED = "? proposed"  # in words, so that it reads without colour


def voice_prompt(
    found: VoiceCounts, voice: Voice | None, asserts: list[str], names: dict[str, str]
) -> Text:
    """A voice's lines: its name, id and kind (and whether it is still a proposal), its
    affiliation and role, then the implications it asserts."""
    line = safe_text(found.name, "bold")
    line.append_text(safe_text(f" ({found.id}) · {found.kind}", "dim"))
    if voice is not None and voice.status is Status.PROPOSED:
        line.append(f" · {PROPOSED}", style="bold yellow")
    if voice is not None and voice.affiliation:
        named = names.get(voice.affiliation, voice.affiliation)
        line.append("\n    of ")
        line.append_text(safe_text(f"{named} ({voice.affiliation})"))
    if voice is not None and voice.role:
        line.append("\n    role: ")
        line.append_text(safe_text(f"\u201c{voice.role}\u201d", "italic"))
    line.append(f"\n    asserts {counted(len(asserts), 'implication')}")
    if asserts:
        line.append_text(safe_text(": " + ", ".join(asserts)))
    return line


class VoicesList(OptionList):
    """Every voice, with what it asserts; the highlighted voice is the item the review
    keys act on (the article and the actors are not voices to review here)."""

    def __init__(self, dossier: Dossier, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.dossier = dossier

    def on_mount(self) -> None:
        self.show(self.dossier)

    def show(self, dossier: Dossier) -> None:
        """List the voices of ``dossier``, the highlight kept where it was."""
        self.dossier = dossier
        highlighted = self.highlighted
        asserted: dict[str, list[str]] = {}
        for item in dossier.implications:
            asserted.setdefault(item.asserted_by, []).append(item.id)
        declared = {v.id: v for v in dossier.voices}
        names = dossier.names()
        self.clear_options()
        self.add_options(
            Option(
                voice_prompt(found, declared.get(found.id), asserted.get(found.id, []), names),
                id=found.id,
            )
            for found in query.voices(dossier)
        )
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)

    @property
    def current(self) -> Voice | None:
        """The declared voice highlighted (None: the article, an actor, or nothing)."""
        index = self.highlighted
        if index is None:
            return None
        option_id = self.get_option_at_index(index).id
        return next((v for v in self.dossier.voices if v.id == option_id), None)
