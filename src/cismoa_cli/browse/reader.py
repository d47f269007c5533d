"""The article view: the full text with every cited span underlined, the spans of the
current selection in bold, the span being read in reverse; ``n`` and ``p`` move between
the selection's spans, and choosing a span lists the items that cite it."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..models import Item, item_type, said
from ..render.table import safe_text
from ..textio import counted, visible
from .lines import strip_of
from .spans import Citations, Coverage, Span, wrap

CITED = "underline"
SELECTED = "bold underline cyan"
CURRENT = "bold reverse"


class ArticleView(ScrollView, can_focus=True):
    """The article, a screen line at a time."""

    # The scroll bar is always there, so the article is cut into lines once per width.
    DEFAULT_CSS = "ArticleView { overflow-x: hidden; overflow-y: scroll; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
        Binding("enter", "choose", "Items citing the span", show=False),
    ]

    class SpanShown(Message):
        """Another span is being read (None: none is)."""

        def __init__(self, span: Span | None) -> None:
            super().__init__()
            self.span = span

    class SpanChosen(Message):
        """The reader chose the span being read: list the items citing it."""

        def __init__(self, span: Span) -> None:
            super().__init__()
            self.span = span

    @property
    def shown_width(self) -> int:
        """The width the lines take: the widget's, less its scroll bar."""
        return self.scrollable_content_region.width

    def __init__(self, article: str, citations: Citations, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self.citations = citations
        self.cited = citations.coverage()
        self.selected: list[Span] = []
        self.in_selection = Coverage(())
        self.current: Span | None = None
        self._lines: list[Span] = []
        self._starts: list[int] = []
        self._width = 0

    def select(self, spans: list[Span]) -> None:
        """Mark these spans as the current selection's."""
        self.selected = spans
        self.in_selection = Coverage(spans)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self.lines()
        if self.current is not None:
            self._reveal(self.current)

    def lines(self) -> list[Span]:
        """The article's screen lines at the current width, cut again if it changed."""
        if self.shown_width != self._width and self.shown_width > 0:
            self._width = self.shown_width
            self._lines = wrap(self.article, self._width)
            self._starts = [start for start, _ in self._lines]
            self.virtual_size = Size(self._width, len(self._lines))
        return self._lines

    def line_of(self, offset: int) -> int:
        self.lines()
        return max(0, bisect_right(self._starts, offset) - 1)

    def show_span(self, span: Span) -> None:
        """Read ``span``: mark it, bring it into view, and say so."""
        self.current = span
        self._reveal(span)
        self.refresh()
        self.post_message(self.SpanShown(span))

    def _reveal(self, span: Span) -> None:
        if not self.lines():
            return
        first, last = self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1))
        region = Region(0, first, max(self.shown_width, 1), last - first + 1)
        self.scroll_to_region(region, animate=False, immediate=True, center=True)

    def step(self, by: int) -> bool:
        """Read the next (``by`` = 1) or previous (-1) span of the selection, going round
        at either end; False if the selection cites nothing."""
        if not self.selected:
            return False
        if self.current is None:
            top = self._starts[int(self.scroll_offset.y)] if self._starts else 0
            index = bisect_right(self.selected, (top, -1))
            index = index if by > 0 else index - 1
        else:
            index = bisect_right(self.selected, self.current)
            index = index if by > 0 else index - 2 + (self.current not in self.selected)
        self.show_span(self.selected[index % len(self.selected)])
        return True

    def position(self) -> tuple[int, int] | None:
        """The span being read as (its number, how many) among the selection's, if it is one."""
        if self.current is None or self.current not in self.selected:
            return None
        return self.selected.index(self.current) + 1, len(self.selected)

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_offset.y)
        lines = self.lines()
        if line >= len(lines):
            return Strip.blank(self.shown_width, self.rich_style)
        start, end = lines[line]
        cuts = {start, end}
        for coverage in (self.cited, self.in_selection):
            cuts.update(run_start for run_start, _, _ in coverage.runs(start, end))
        if self.current is not None:
            cuts.update(c for c in self.current if start < c < end)
        edges = sorted(cuts)
        text = Text(no_wrap=True, end="")
        for here, there in pairwise(edges):
            text.append_text(safe_text(self.article[here:there], self._style_at(here)))
        return strip_of(text, self.shown_width, self.rich_style, self.app.console)

    def _style_at(self, offset: int) -> str:
        if self.current is not None and self.current[0] <= offset < self.current[1]:
            return CURRENT
        if _count_at(self.in_selection, offset):
            return SELECTED
        return CITED if _count_at(self.cited, offset) else ""

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.SpanChosen(self.current))

    def on_click(self, event: events.Click) -> None:
        line = event.y + int(self.scroll_offset.y)
        if line >= len(self._lines):
            return
        start, end = self._lines[line]
        offset = _offset_at(self.article, start, end, event.x)
        span = self.citations.at(offset)
        if span is not None:
            self.show_span(span)
            self.post_message(self.SpanChosen(span))


def _count_at(coverage: Coverage, offset: int) -> int:
    index = bisect_right(coverage.bounds, offset) - 1
    return coverage.counts[index] if index >= 0 else 0


def _offset_at(article: str, start: int, end: int, x: int) -> int:
    """The place in the article shown at cell ``x`` of the line showing ``start..end``."""
    from rich.cells import cell_len

    used = 0
    for here in range(start, end):
        used += cell_len(visible(article[here]))
        if used > x:
            return here
    return max(start, end - 1)


class ArticlePane(Vertical):
    """The article view, what is being read, and the items citing the chosen span."""

    DEFAULT_CSS = """
    ArticlePane > ArticleView { height: 1fr; }
    ArticlePane > #reading { height: auto; max-height: 3; color: $text-muted; }
    ArticlePane > #citing { height: auto; max-height: 7; }
    """

    class ItemChosen(Message):
        """The reader chose an item among those citing a span."""

        def __init__(self, item: Item) -> None:
            super().__init__()
            self.item = item

    def __init__(self, article: str, citations: Citations, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = ArticleView(article, citations)
        self.reading = Static(id="reading")
        self.citing = OptionList(id="citing")
        self.citations = citations
        self.cited = citations.distinct()
        self.shown = 0  # how many implications the marked spans are those of

    def compose(self) -> ComposeResult:
        yield self.view
        yield self.reading
        yield self.citing

    def on_mount(self) -> None:
        self._say_reading()

    def select(self, spans: list[Span], shown: int) -> None:
        """Mark these spans, those the ``shown`` implications cite, as the selection's."""
        self.shown = shown
        self.view.select(spans)
        self._say_reading()

    def on_article_view_span_shown(self, message: ArticleView.SpanShown) -> None:
        self._say_reading()
        citing = self.citing
        citing.clear_options()
        if message.span is not None:
            citing.add_options(
                Option(_item_line(item), id=item.id)
                for item in self.citations.citing(*message.span)
            )

    def on_article_view_span_chosen(self, message: ArticleView.SpanChosen) -> None:
        citing = self.citing
        if citing.option_count:
            citing.highlighted = 0
            citing.focus()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        if message.option.id is not None:
            self.post_message(self.ItemChosen(self.citations.items[message.option.id]))

    def _say_reading(self) -> None:
        view = self.view
        line = Text(
            f"{len(view.selected)} of {counted(self.cited, 'cited span')} quoted by the "
            f"{counted(self.shown, 'implication')} shown"
        )
        if view.current is not None:
            start, end = view.current
            where = view.position()
            line.append(f" · span {where[0]} of {where[1]}" if where else " · a span outside them")
            line.append(f" [{start}\u2013{end}] · Enter: the items citing it")
        line.append(" · n/p: next/previous")
        self.reading.update(line)


def _item_line(item: Item) -> Text:
    line = safe_text(item.id, "bold")
    line.append(f" {item_type(item)}: ", style="dim")
    line.append_text(safe_text(said(item)))
    line.truncate(200, overflow="ellipsis")
    return line
