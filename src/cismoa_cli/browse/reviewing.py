"""Review in the browser: the dossier's file, written back after each accepted, rejected
or relabelled item, and the panel that chooses an item's labels.

What a change makes of the dossier, and the text the file then holds, are
:mod:`cismoa_cli.review`'s; this module only reads and writes, through the one atomic
writer, and never over a file that changed since the browser read it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from ..errors import WriteError
from ..export.write import write_text
from ..models import Dossier, Item
from ..render.table import safe_text
from ..review import Label, current, dossier_text
from ..store import bundled_path
from .choosing import Toggles

Changes = dict[str, tuple[str, ...]]


class DossierFile:
    """The file a reviewed dossier is written to, and its state when last read or written:
    a file another program changed since is never written over."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Its state, not its bytes: nothing more to read as the browser opens, nor to hold.
        self._held: FileState | None = None
        self._unreadable = ""
        try:
            self._held = _state(path)
        except OSError as error:
            self._unreadable = error.strerror or str(error)

    def write(self, dossier: Dossier) -> None:
        """Replace the file with ``dossier`` as format 2; a ``WriteError`` says why not,
        the file left as it was."""
        if self._held is None:
            raise WriteError(f"{self.path}: not written: {self._unreadable}")
        if _same_file(self.path, bundled_path()):
            raise WriteError(
                f"{self.path}: not written: the dossier that ships with cismoa is not "
                "reviewed in place; copy its folder and browse the copy with --data"
            )
        try:
            now = _state(self.path)
        except OSError as error:
            raise WriteError(f"{self.path}: not written: {error.strerror or error}") from None
        if now != self._held:
            raise WriteError(
                f"{self.path}: not written: it changed on disk since cismoa browse read it; "
                "quit and browse it again to review what it holds now"
            )
        write_text(self.path, dossier_text(dossier), force=True)
        self._held = _state(self.path)


# A file's device, inode, size and time of last change, in nanoseconds: any program that
# writes it, or puts another file in its place, changes one of them.
FileState = tuple[int, int, int, int]


def _state(path: Path) -> FileState:
    found = os.stat(path)
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class LabelPanel(ModalScreen[Changes | None]):
    """An item's labels, each a list of the values it may take; ``w`` writes the change,
    Esc leaves the item as it was."""

    DEFAULT_CSS = """
    LabelPanel { align: center middle; }
    LabelPanel > Vertical {
        width: 100%; max-width: 96; height: auto; max-height: 100%;
        border: round $accent; background: $surface;
    }
    LabelPanel #about { height: auto; padding: 0 1; }
    LabelPanel Grid { grid-size: 3; grid-gutter: 0; height: auto; }
    LabelPanel Toggles { height: auto; max-height: 9; }
    LabelPanel #keys { height: 1; color: $text-muted; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("w", "write", "Write"),
    ]

    def __init__(self, item: Item, labels: list[Label]) -> None:
        super().__init__()
        self.item = item
        self.labels = labels

    def compose(self) -> ComposeResult:
        about = safe_text(self.item.id, "bold")
        about.append(" · its labels, from the dossier's own words")
        with Vertical():
            yield Static(about, id="about")
            with Grid():
                for label in self.labels:
                    yield Toggles(
                        list(label.values),
                        set(current(self.item, label.field)),
                        id=label.field,
                        title=label.field,
                        one=not label.many,
                        empty=label.optional,
                    )
            keys = Text("Space or Enter chooses · Tab: next label · w writes · Esc cancels")
            yield Static(keys, id="keys")

    def on_mount(self) -> None:
        self.query(Toggles).first().focus()

    def action_write(self) -> None:
        chosen = {toggles.id or "": toggles.chosen for toggles in self.query(Toggles)}
        changed = {
            field: values for field, values in chosen.items() if values != current(self.item, field)
        }
        self.dismiss(changed)
