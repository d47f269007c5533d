"""The ``?`` screen: every key, from the one table the bindings come from."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .keys import APP_KEYS, OTHER_KEYS


def keys_text() -> Text:
    text = Text("Keys\n\n", style="bold")
    rows = [(k.shown, k.explained or k.does) for k in APP_KEYS] + list(OTHER_KEYS)
    width = max(len(shown) for shown, _ in rows)
    for shown, does in rows:
        text.append(f"  {shown:<{width}}  ", style="bold")
        text.append(f"{does}\n")
    text.append("\nEsc, ? or q closes this screen.", style="dim")
    return text


class HelpScreen(ModalScreen[None]):
    """Every key and what it does."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 86; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(keys_text())
