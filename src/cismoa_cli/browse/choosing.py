"""The filter panel: for each field of ``cismoa implications`` (domain, direction,
certainty, horizon, who asserts), its values as toggles; the table follows each toggle."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from ..render.table import plain
from ..textio import counted
from .filters import Choices, Field

# Called with each new choice of values; answers how many implications are left.
Apply = Callable[[Field, tuple[str, ...]], int]


def toggle_prompt(value: str, on: bool) -> Text:
    """A value with its state in words, ``[x]`` or ``[ ]``: colour alone does not reach a
    screen reader, a text capture or a terminal without colour."""
    prompt = Text("[x] " if on else "[ ] ", style="bold" if on else "")
    prompt.append_text(plain(value, "bold" if on else ""))
    return prompt


class FilterPanel(ModalScreen[None]):
    """Toggles for each field; Esc closes the panel, the filters stay."""

    DEFAULT_CSS = """
    FilterPanel { align: center middle; }
    FilterPanel > Vertical {
        width: 100%; max-width: 96; height: auto; max-height: 100%;
        border: round $accent; background: $surface;
    }
    FilterPanel Grid { grid-size: 3; grid-gutter: 0; height: auto; }
    FilterPanel SelectionList { height: auto; max-height: 8; }
    FilterPanel #left { height: 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f", "dismiss", "Close"),
        Binding("x", "clear", "Clear these"),
    ]

    def __init__(
        self, choices: Choices, values: dict[Field, list[str]], apply: Apply, left: int
    ) -> None:
        super().__init__()
        self.choices = choices
        self.values = values
        self.apply = apply
        self.left = left

    def compose(self) -> ComposeResult:
        with Vertical():
            with Grid():
                for field, values in self.values.items():
                    on = set(self.choices.values(field))
                    toggles: SelectionList[str] = SelectionList(
                        *(Selection(toggle_prompt(v, v in on), v, v in on) for v in values),
                        id=field.name,
                    )
                    toggles.border_title = field.value
                    yield toggles
            yield Static(id="left")

    def on_mount(self) -> None:
        self.query(SelectionList).first().focus()
        self._say_left()

    def on_selection_list_selected_changed(
        self, message: SelectionList.SelectedChanged[str]
    ) -> None:
        toggles = message.selection_list
        field = Field[toggles.id or ""]
        chosen = set(toggles.selected)
        for index, value in enumerate(self.values[field]):
            toggles.replace_option_prompt_at_index(index, toggle_prompt(value, value in chosen))
        # In the order the vocabulary gives them, as the status line lists them.
        self.left = self.apply(field, tuple(v for v in self.values[field] if v in chosen))
        self._say_left()

    def action_clear(self) -> None:
        for toggles in self.query(SelectionList):
            toggles.deselect_all()

    def _say_left(self) -> None:
        line = Text(f"{counted(self.left, 'implication')} left")
        line.append(" · Space toggles · Tab: next field · x clears · Esc closes")
        self.query_one("#left", Static).update(line)
