"""The ``e`` panel: the current selection in any ``cismoa export`` format, written to a
file through the same atomic writer; an existing file is replaced only once confirmed.

The export is made and written in a worker thread, as Textual advises for blocking work:
a large selection's database or report takes a while to build and to reach the disk, and
the browser keeps drawing and answering keys meanwhile. Until the worker is done the panel
stays open (Esc, Cancel and Export wait), so every export that lands is reported."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ..errors import CismoaError
from ..export import Article, ExportFormat, exporter
from ..export.write import write_exported
from ..query import Selection
from ..render.table import safe_text
from ..store import Loaded
from ..textio import counted

DEFAULT_NAME = "cismoa-selection"  # the format's suffix follows; an existing file is asked about


class Confirm(ModalScreen[bool]):
    """A yes-or-no question; Esc means no."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical {
        width: 60; height: auto; border: round $warning; background: $surface; padding: 0 1;
    }
    Confirm Horizontal { height: auto; margin-top: 1; }
    Confirm Button { margin-right: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Text) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question)
            with Horizontal():
                yield Button("Replace (y)", id="yes", variant="warning", compact=True)
                yield Button("Keep it (n)", id="no", compact=True)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class ExportPanel(ModalScreen[Path | None]):
    """Choose a format and a file name; answers the file written, or None."""

    DEFAULT_CSS = """
    ExportPanel { align: center middle; }
    ExportPanel > Vertical {
        width: 100%; max-width: 80; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    ExportPanel OptionList { height: auto; max-height: 13; }
    ExportPanel Horizontal { height: auto; margin-top: 1; }
    ExportPanel Button { margin-right: 2; }
    ExportPanel #problem { color: $error; height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, selection: Selection, loaded: Loaded, options: list[str]) -> None:
        super().__init__()
        self.selection = selection
        self.loaded = loaded
        self.options = options
        self.kind = ExportFormat.MARKDOWN
        self.writing = False

    def compose(self) -> ComposeResult:
        chosen = self.selection.dossier
        about = Text("Export the selection: ", style="bold")
        counts = (
            counted(len(chosen.implications), "implication"),
            counted(len(chosen.interests), "interest"),
            counted(len(chosen.relations), "relation"),
        )
        about.append(", ".join(counts))
        about.append("\n")
        about.append_text(safe_text(f"as cismoa export FORMAT {' '.join(self.options)}".rstrip()))
        with Vertical():
            yield Static(about)
            formats = OptionList(*(Option(k.value, id=k.value) for k in ExportFormat), id="format")
            formats.border_title = "format"
            # Says how many there are, so a list cut short on a low terminal says so.
            formats.border_subtitle = f"{len(ExportFormat)} formats, \u2191 \u2193 to choose"
            yield formats
            name = Input(DEFAULT_NAME + self.kind.suffix, id="file")
            name.border_title = "file, in the folder cismoa was started in or a path"
            yield name
            yield Static(id="problem")
            with Horizontal():
                yield Button("Export", id="export", variant="primary", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        formats = self.query_one("#format", OptionList)
        formats.highlighted = 0
        formats.focus()

    @on(OptionList.OptionHighlighted, "#format")
    def _format(self, message: OptionList.OptionHighlighted) -> None:
        self.kind = ExportFormat(message.option.id)
        name = self.query_one("#file", Input)
        stem = Path(name.value)
        if name.value and stem.suffix in {kind.suffix for kind in ExportFormat}:
            name.value = str(stem.with_suffix(self.kind.suffix))

    @on(OptionList.OptionSelected, "#format")
    def _format_chosen(self) -> None:
        self.query_one("#file", Input).focus()

    @on(Input.Submitted, "#file")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if self.writing:
            return
        value = self.query_one("#file", Input).value.strip()
        if not value:
            self._problem("give a file name")
            return
        target = Path(value).expanduser()
        if target.exists() and not target.is_dir():
            question = safe_text(f"{target} exists. Replace it with this export?")
            self.app.push_screen(Confirm(question), lambda yes: self._write(target, bool(yes)))
        else:
            self._write(target, force=False)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if not self.writing:
            self.dismiss(None)

    def _write(self, target: Path, force: bool) -> None:
        if not force and target.exists() and not target.is_dir():
            self._problem(f"{target} exists; not replaced")
            return
        self.writing = True
        self._problem("")
        self._writing(target, self.kind, force)

    @work(thread=True, group="export")
    def _writing(self, target: Path, kind: ExportFormat, force: bool) -> Path | CismoaError:
        """Build and write the export: the file written, or the refusal or failure for the
        panel to show (any other exception is a bug, and ends the browser as one)."""
        try:
            article = Article(self.loaded.article_path.name, self.loaded.article)
            write_exported(
                target,
                exporter(kind)(self.selection, article),
                force=force,
                protected=(self.loaded.path, self.loaded.article_path),
            )
        except CismoaError as error:
            return error
        return target

    @on(Worker.StateChanged)
    def _written(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "export" or event.state is not WorkerState.SUCCESS:
            return
        self.writing = False
        if isinstance(worker.result, Path):
            self.dismiss(worker.result)
        else:
            self._problem(str(worker.result))

    def _problem(self, message: str) -> None:
        self.query_one("#problem", Static).update(safe_text(message))
