"""The implications table: the columns and labels of ``cismoa implications``, drawn a screen
line at a time so that 100,000 rows cost what the visible ones do.

Wide enough, each implication is one line under the listing's column headers; narrower,
it is two, stacked as ``cismoa implications`` stacks them on a terminal: the id, then
"affects · domain · direction · certainty · horizon · asserted_by" over the statement.
A drafter's proposal, still to review, has a ``?`` after its id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..models import Implication
from ..render.table import safe_text
from ..render.views import CERTAINTY_STYLE, DIRECTION_STYLE, implication_style
from ..vocabulary import Status
from .lines import strip_of

HEADERS = ("id", "affects", "domain", "direction", "certainty", "horizon", "asserted_by")
STATEMENT = "statement"
# Widths of the label columns on one line; the statement takes what is left.
_LABEL_WIDTHS = (18, 9, 11, 11, 11)  # domain, direction, certainty, horizon, asserted_by
_ONE_LINE_STATEMENT = 30  # narrower than this, a row is stacked on two lines
_GAP = " "
PROPOSED_MARK = " ?"  # after the id of an item still to review: in words, not colour alone


def marked_id(item: Implication) -> str:
    """The id as the table shows it: a proposal's with its mark."""
    return item.id + (PROPOSED_MARK if item.status is Status.PROPOSED else "")


@dataclass(frozen=True)
class RowLayout:
    """How the rows fit a width: one line each, or two stacked."""

    width: int
    id_width: int
    affects_width: int

    @property
    def stacked(self) -> bool:
        fixed = self.id_width + self.affects_width + sum(_LABEL_WIDTHS) + len(HEADERS)
        return self.width - fixed < _ONE_LINE_STATEMENT

    @property
    def height(self) -> int:
        """Screen lines per implication."""
        return 2 if self.stacked else 1

    def header(self) -> Text:
        if self.stacked:
            rest = " · ".join(HEADERS[1:]) + " / " + STATEMENT
            return _cells([("id", "", self.id_width), (rest, "", None)])
        widths = (self.id_width, self.affects_width, *_LABEL_WIDTHS)
        return _cells(
            [*((h, "", w) for h, w in zip(HEADERS, widths, strict=True)), (STATEMENT, "", None)]
        )

    def lines(self, item: Implication) -> list[Text]:
        """The screen lines of one implication."""
        labels: list[tuple[str, str]] = [
            (", ".join(item.affects), ""),
            (item.domain, ""),
            (item.direction.value, DIRECTION_STYLE[item.direction]),
            (item.certainty.value, CERTAINTY_STYLE[item.certainty]),
            (item.horizon.value, ""),
            (item.asserted_by, ""),
        ]
        statement = (item.statement, implication_style(item))
        if not self.stacked:
            widths = (self.affects_width, *_LABEL_WIDTHS)
            cells = [(text, style, w) for (text, style), w in zip(labels, widths, strict=True)]
            return [_cells([(marked_id(item), "bold", self.id_width), *cells, (*statement, None)])]
        stack = Text(" · ").join(safe_text(text, style) for text, style in labels)
        first = _cells([(marked_id(item), "bold", self.id_width)])
        first.append(_GAP)
        first.append_text(stack)
        second = _cells([("", "", self.id_width), (*statement, None)])
        return [first, second]


def _cells(cells: Sequence[tuple[str, str, int | None]]) -> Text:
    """Cells side by side, each cut to its width with an ellipsis (None: as it is)."""
    line = Text(no_wrap=True, end="")
    for n, (text, style, width) in enumerate(cells):
        if n:
            line.append(_GAP)
        cell = safe_text(text, style)
        if width is not None:
            cell.truncate(width, overflow="ellipsis", pad=True)
        line.append_text(cell)
    return line


class ImplicationTable(ScrollView, can_focus=True):
    """The filtered implications, with a cursor on one of them."""

    DEFAULT_CSS = """
    ImplicationTable { overflow-x: hidden; overflow-y: scroll; }
    ImplicationTable > .implication-table--cursor { background: $block-cursor-background; }
    ImplicationTable:blur > .implication-table--cursor {
        background: $block-cursor-blurred-background;
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"implication-table--cursor"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor is on another implication (None: the table is empty)."""

        def __init__(self, item: Implication | None) -> None:
            super().__init__()
            self.item = item

    class Chosen(Message):
        """The reader opened the implication under the cursor (Enter or a double click)."""

        def __init__(self, item: Implication) -> None:
            super().__init__()
            self.item = item

    @property
    def shown_width(self) -> int:
        """The width the lines take: the widget's, less its scroll bar."""
        return self.scrollable_content_region.width

    def __init__(self, id_width: int, affects_width: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[Implication] = ()
        self._id_width = id_width
        self._affects_width = affects_width

    @property
    def layout_now(self) -> RowLayout:
        return RowLayout(self.shown_width, self._id_width, self._affects_width)

    @property
    def current(self) -> Implication | None:
        return self.rows[self.cursor] if self.rows else None

    def show(self, rows: Sequence[Implication], keep: Implication | None = None) -> None:
        """Show these rows; keep the cursor on ``keep`` if it is among them."""
        self.rows = rows
        self._size_to_rows()
        index = _index_of(rows, keep) if keep is not None else None
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = index if index is not None else 0
        self.refresh()

    def go_to(self, item: Implication) -> bool:
        """Put the cursor on ``item``; False if the filters hide it."""
        index = _index_of(self.rows, item)
        if index is None:
            return False
        self.cursor = index
        return True

    def _size_to_rows(self) -> None:
        self.virtual_size = Size(self.shown_width, len(self.rows) * self.layout_now.height)

    def on_resize(self, event: events.Resize) -> None:
        self._size_to_rows()
        self._reveal()

    def validate_cursor(self, index: int) -> int:
        return max(0, min(index, len(self.rows) - 1))

    def watch_cursor(self) -> None:
        self._reveal()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def _reveal(self) -> None:
        height = self.layout_now.height
        region = Region(0, self.cursor * height, max(self.shown_width, 1), height)
        self.scroll_to_region(region, animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        layout = self.layout_now
        width = self.shown_width
        base = self.rich_style
        line = y + self.scroll_offset.y
        index, part = divmod(line, layout.height)
        if not self.rows:
            note = Text("no implication matches these filters" if y == 0 else "", style="italic")
            return strip_of(note, width, base, self.app.console)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        text = layout.lines(self.rows[index])[part]
        if index == self.cursor:
            base = base + self.get_component_rich_style("implication-table--cursor")
        return strip_of(text, width, base, self.app.console)

    def action_move(self, by: int) -> None:
        self.cursor += by

    def action_page(self, by: int) -> None:
        rows_shown = max(1, self.size.height // self.layout_now.height)
        self.cursor += by * rows_shown

    def action_move_to(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.rows) - 1

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self.current))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + self.scroll_offset.y) // self.layout_now.height
        if index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_choose()


def _index_of(rows: Sequence[Implication], item: Implication) -> int | None:
    # Rows are in file order or a subset of it; a linear search, run only when the
    # filters change, not as the cursor moves. By id: a reviewed item is a new object.
    for index, row in enumerate(rows):
        if row.id == item.id:
            return index
    return None
