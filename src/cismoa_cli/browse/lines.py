"""Small pieces the browser's line-by-line widgets share: a line of Rich text as a Textual
strip, and data text made safe to show."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip


def strip_of(text: Text, width: int, base: Style, console: Console) -> Strip:
    """One screen line: ``text`` (styled by its spans) cut or padded to ``width`` cells,
    over the widget's own style."""
    text.truncate(width, overflow="ellipsis")
    line = Strip(list(text.render(console))).apply_style(base)  # under the text's own styles
    return line.crop_extend(0, width, base)
