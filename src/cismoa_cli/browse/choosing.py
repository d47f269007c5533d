"""The filter panel: for each field of ``cismoa implications`` (domain, direction,
certainty, horizon, who asserts, status), its values as toggles; the table follows each
toggle. The toggles serve the review's label panel too, one value or several at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..render.table import safe_text
from ..textio import counted
from .filters import Choices, Field

# Called with each new choice of values; answers how many implications are left.
Apply = Callable[[Field, tuple[str, ...]], int]


def toggle_prompt(value: str, on: bool, one: bool = False) -> Text:
    """A value with its state in words, ``[x]`` or ``[ ]`` (``(*)`` or ``( )`` where only
    one may be on): colour alone does not reach a screen reader, a text capture or a
    terminal without colour."""
    mark = ("(*) " if on else "( ) ") if one else ("[x] " if on else "[ ] ")
    prompt = Text(mark, style="bold" if on else "")
    prompt.append_text(safe_text(value, "bold" if on else ""))
    return prompt


class Toggles(OptionList):
    """The values of one field, each on or off: Space, Enter or a click switches the one
    under the cursor. With ``one``, switching a value on switches the others off, and the
    value on stays on unless the field may be left ``empty``."""

    # One line each, cut with an ellipsis: a long id wrapped would leave its mark alone.
    DEFAULT_CSS = "Toggles { text-wrap: nowrap; text-overflow: ellipsis; }"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "switch", "Switch", show=False)]

    class Changed(Message):
        """The values switched on changed."""

        def __init__(self, toggles: Toggles) -> None:
            super().__init__()
            self.toggles = toggles

    def __init__(
        self,
        values: list[str],
        on: set[str],
        *,
        id: str,
        title: str,
        one: bool = False,
        empty: bool = True,
    ) -> None:
        prompts = (Option(toggle_prompt(v, v in on, one)) for v in values)
        super().__init__(*prompts, id=id)
        self.values = values
        self.on = set(on)
        self.one = one
        self.empty = empty
        self.border_title = title

    @property
    def chosen(self) -> tuple[str, ...]:
        """The values switched on, in the order of the field's vocabulary."""
        return tuple(v for v in self.values if v in self.on)

    def action_switch(self) -> None:
        if self.highlighted is not None:
            self._switch(self.values[self.highlighted])

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self._switch(self.values[message.option_index])

    def clear(self) -> None:
        """Switch every value off."""
        if self.on:
            self.on.clear()
            self._redraw()
            self.post_message(self.Changed(self))

    def _switch(self, value: str) -> None:
        if value in self.on and self.one and not self.empty:
            return
        self.on = ({value} - self.on) if self.one else (self.on ^ {value})
        self._redraw()
        self.post_message(self.Changed(self))

    def _redraw(self) -> None:
        for index, value in enumerate(self.values):
            prompt = toggle_prompt(value, value in self.on, self.one)
            self.replace_option_prompt_at_index(index, prompt)


class FilterPanel(ModalScreen[None]):
    """Toggles for each field; Esc closes the panel, the filters stay."""

    DEFAULT_CSS = """
    FilterPanel { align: center middle; }
    FilterPanel > Vertical {
        width: 100%; max-width: 96; height: auto; max-height: 100%;
        border: round $accent; background: $surface;
    }
    FilterPanel Grid { grid-size: 3; grid-gutter: 0; height: auto; }
    FilterPanel Toggles { height: auto; max-height: 9; }
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
                    yield Toggles(values, on, id=field.name, title=field.value)
            yield Static(id="left")

    def on_mount(self) -> None:
        self.query(Toggles).first().focus()
        self._say_left()

    def on_toggles_changed(self, message: Toggles.Changed) -> None:
        field = Field[message.toggles.id or ""]
        self.left = self.apply(field, message.toggles.chosen)
        self._say_left()

    def action_clear(self) -> None:
        for toggles in self.query(Toggles):
            toggles.clear()

    def _say_left(self) -> None:
        line = Text(f"{counted(self.left, 'implication')} left")
        line.append(" · Space toggles · Tab: next field · x clears · Esc closes")
        self.query_one("#left", Static).update(line)
