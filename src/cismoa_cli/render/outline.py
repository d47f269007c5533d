"""A tree printed as it is walked, a few hundred lines at a time, exactly as Rich's ``Tree``
prints it; and text printed line by line as Rich's ``Text`` prints it.

Rich renders a tree whole (a dossier of 100,000 implications made a renderable of a million
nodes: minutes and gigabytes), and wraps each label through general machinery that costs
about 0.3 ms a label. Here the branches may be generated as the walk reaches them, and a
label of plain one-cell characters is wrapped and styled by the rules Rich follows
(``Text.wrap`` with its default fold, ``Text.render``'s span stacking, the tree's guides);
any other label (wide or zero-width characters, tabs, a width too narrow) is wrapped by
Rich itself. Either way the bytes are the ones Rich would print; a test compares them on
generated labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise
from operator import itemgetter
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from rich.tree import Tree

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType

CHUNK = 400  # lines handed on at a time
_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces after it, as Rich wraps by
_NOT_ASCII = re.compile(r"[^\n\x20-\x7e]")  # what is not a one-cell ASCII character
_SYSTEMS = {
    "standard": ColorSystem.STANDARD,
    "256": ColorSystem.EIGHT_BIT,
    "truecolor": ColorSystem.TRUECOLOR,
    "windows": ColorSystem.WINDOWS,
}
_SPACE, _CONTINUE, _FORK, _END = range(4)
_NULL = Style.null()
_Span = tuple[int, int, int, Style]  # start, end, place among the text's spans, style


@dataclass(frozen=True)
class Label:
    """A tree's label, as a Rich ``Text`` with default settings holds it (``plain`` as
    given, a base ``style``, and ``spans`` of (start, end, style)), without building one:
    a ``Text`` strips control codes from every piece added to it, a slow step for text with
    any character outside ASCII, and what a label holds is already made safe to show.
    Rich prints it as that ``Text`` (``__rich__``), wherever it stands."""

    plain: str
    style: str = ""
    spans: tuple[tuple[int, int, str], ...] = ()

    @classmethod
    def of(cls, pieces: Iterable[tuple[str, str]], style: str = "") -> Label:
        """Pieces of text, each with its own style (or ""), one after another."""
        texts: list[str] = []
        spans = []
        at = 0
        for text, own in pieces:
            if text:
                texts.append(text)
                if own:
                    spans.append((at, at + len(text), own))
                at += len(text)
        return cls("".join(texts), style, tuple(spans))

    def __rich__(self) -> Text:
        return Text(self.plain, style=self.style, spans=[Span(*span) for span in self.spans])


@dataclass(frozen=True)
class Branch:
    """A label and what hangs from it: branches, or a function that makes them when the
    walk reaches them (so that a large tree is never held whole)."""

    label: Text | Label
    children: Sequence[Branch] | Callable[[], Iterable[Branch]] = ()

    def branches(self) -> Iterable[Branch]:
        return self.children() if callable(self.children) else self.children


@dataclass(frozen=True)
class Printed:
    """What a view prints: Rich renderables and outlines, one after another, each handed to
    the terminal in chunks of text (``texts``)."""

    parts: Sequence[RenderableType | Branch] = field(default_factory=tuple)

    def texts(self, console: Console) -> Iterator[str]:
        writer = LineWriter(console)
        for part in self.parts:
            if isinstance(part, Branch):
                yield from _chunks(writer.outline(part))
            elif isinstance(part, Text):
                yield from _chunks(f"{line}\n" for line in writer.text(part))
            else:
                with console.capture() as captured:
                    console.print(part)
                yield captured.get()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        """Rich's own rendering of the same (for tests, and for anything that prints it), to
        the width it is given: a pane narrower than the terminal gets all of it in view."""
        for part in self.parts:
            yield from console.render(as_tree(part) if isinstance(part, Branch) else part, options)


def _chunks(lines: Iterable[str]) -> Iterator[str]:
    """Lines joined ``CHUNK`` at a time."""
    held: list[str] = []
    for line in lines:
        held.append(line)
        if len(held) >= CHUNK:
            yield "".join(held)
            held = []
    if held:
        yield "".join(held)


def as_tree(branch: Branch) -> Tree:
    """The Rich ``Tree`` an outline stands for."""
    tree = Tree(branch.label)
    stack = [(tree, iter(branch.branches()))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        stack.append((node.add(child.label), iter(child.branches())))
    return tree


class LineWriter:
    """Labels and tree lines as ``console`` would print them."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.width = console.width
        options = console.options
        self.ascii = options.ascii_only
        system = console.color_system
        self.system = _SYSTEMS[system] if system else None
        self.legacy = options.legacy_windows
        self.no_color = console.no_color
        guides = Tree.ASCII_GUIDES if self.ascii else Tree.TREE_GUIDES[0]
        # A guide's style is the tree's ("tree.line", plain) without bold: it shows nothing.
        self.guides = list(guides)
        self._styles: dict[tuple[object, ...], Style] = {}
        self._single: dict[str, bool] = {}

    def outline(self, root: Branch) -> Iterator[str]:
        """The tree's lines, each with its newline."""
        yield from self.label(root.label, self.width, "", "")
        # Each level: the guides before it, and its children with one of look-ahead (to
        # know the last, which gets └── and no line below it).
        stack: list[tuple[str, Iterator[Branch], Branch | None]] = []
        children = iter(root.branches())
        stack.append(("", children, next(children, None)))
        while stack:
            before, children, child = stack.pop()
            if child is None:
                continue
            following = next(children, None)
            last = following is None
            stack.append((before, children, following))
            depth = len(stack)
            first = before + self.guides[_END if last else _FORK]
            rest = before + self.guides[_SPACE if last else _CONTINUE]
            yield from self.label(child.label, self.width - 4 * depth, first, rest)
            grandchildren = iter(child.branches())
            stack.append((rest, grandchildren, next(grandchildren, None)))

    def label(self, text: Text | Label, width: int, first: str, rest: str) -> Iterator[str]:
        """``text`` wrapped to ``width``, each line after its guides (``first`` on the first
        line, ``rest`` on the others), as printed lines."""
        prefix = first
        for line in self._lines(text, width, first, rest):
            yield f"{prefix}{line}\n"
            prefix = rest

    def text(self, text: Text | Label) -> list[str]:
        """``text`` printed at the console's width: its lines, without their newlines."""
        return self._lines(text, self.width, "", "")

    def _lines(self, text: Text | Label, width: int, first: str, rest: str) -> list[str]:
        """The lines as Rich wraps and styles them: each line of the text that holds only
        one-cell characters wrapped here, any other by Rich (as Rich wraps each line of a
        text apart from the others)."""
        style: str | Style
        given: Sequence[tuple[int, int, str | Style]]
        if isinstance(text, Label):
            plain, style, given = text.plain, text.style, text.spans
        elif (
            text.end != "\n"
            or text.justify is not None
            or text.overflow is not None
            or text.no_wrap is not None
        ):
            return self._by_rich(text, width, first, rest)
        else:
            plain, style = text.plain, text.style
            given = [(span.start, span.end, span.style) for span in text.spans]
        if width < 1:
            return self._by_rich(text, width, first, rest)
        get_style = self.console.get_style
        base = get_style(style, default=_NULL) if style else None
        # Spans by where they start, each with its place in the text's order, which is the
        # order their styles are combined in.
        spans = sorted(
            (start, end, number, get_style(span_style, default=_NULL))
            for number, (start, end, span_style) in enumerate(given)
            if end > start
        )
        waiting = iter(spans)
        upcoming = next(waiting, None)
        active: list[_Span] = []
        lines: list[str] = []
        start = 0
        for piece in plain.split("\n"):
            end = start + len(piece)
            while upcoming is not None and upcoming[0] < end:
                active.append(upcoming)
                upcoming = next(waiting, None)
            active = [span for span in active if span[1] > start]
            here = sorted(active, key=itemgetter(2))
            if self._one_cell_each(piece):
                lines += (
                    self._segments(plain, start + left, start + right, base, here)
                    for left, right in _wrapped(piece, width)
                )
            else:
                alone = Text(
                    piece,
                    style=style,
                    spans=[
                        Span(max(a, start) - start, min(b, end) - start, style)
                        for a, b, _, style in here
                    ],
                    tab_size=text.tab_size if isinstance(text, Text) else None,
                )
                lines += self._by_rich(alone, width, rest if lines else first, rest)
            start = end + 1
        return lines

    def _by_rich(self, text: Text | Label, width: int, first: str, rest: str) -> list[str]:
        """Rich's own wrap; where the guides leave no room, the console cuts the whole line."""
        options = self.console.options.update(width=width, highlight=False, height=None)
        shown = []
        prefix = first
        shown_text = text.__rich__() if isinstance(text, Label) else text
        for line in self.console.render_lines(shown_text, options, pad=False):
            cut = Segment.adjust_line_length([Segment(prefix), *line], self.width, pad=False)
            shown.append("".join(self._styled(s.text, s.style) for s in cut)[len(prefix) :])
            prefix = rest
        return shown

    def _one_cell_each(self, plain: str) -> bool:
        single = self._single
        for character in set(_NOT_ASCII.findall(plain)):
            known = single.get(character)
            if known is None:
                known = (
                    character.isprintable() and not character.isspace() and cell_len(character) == 1
                )
                single[character] = known
            if not known:
                return False
        return True

    def _segments(
        self,
        plain: str,
        left: int,
        right: int,
        base: Style | None,
        spans: list[_Span],
    ) -> str:
        """``plain[left:right]`` cut where spans begin and end, each piece styled by the
        base style and the spans over it, in their order (as ``Text.render`` stacks them)."""
        if self.system is None:  # no styles to show
            return plain[left:right]
        here = [
            (max(s, left), min(e, right), st) for s, e, _, st in spans if s < right and e > left
        ]
        cuts = sorted({left, right, *chain.from_iterable((s, e) for s, e, _ in here)})
        out = []
        for a, b in pairwise(cuts):
            over = tuple(style for s, e, style in here if s <= a and e >= b)
            key = (base, *over)
            style = self._styles.get(key)
            if style is None:
                style = Style.combine([s for s in key if s is not None] or [Style.null()])
                self._styles[key] = style
            out.append(self._styled(plain[a:b], style))
        return "".join(out)

    def _styled(self, text: str, style: Style | None) -> str:
        if style is None:
            return text
        if self.no_color and self.system is not None:
            style = style.without_color
        if not style:
            return text
        return style.render(text, color_system=self.system, legacy_windows=self.legacy)


def _wrapped(line: str, width: int) -> list[tuple[int, int]]:
    """Where Rich's word wrap (``divide_line``, folding words longer than a line) breaks a
    line of one-cell characters, as (start, end) pairs after trimming as ``Text.wrap`` does:
    spaces past the width dropped, and anything still past it cut."""
    if len(line) <= width:
        return [(0, len(line))]
    breaks = _breaks(line, width)
    edges = [0, *breaks, len(line)]
    wrapped = []
    for left, right in pairwise(edges):
        if right - left > width:
            trailing = right - left - len(line[left:right].rstrip())
            right -= min(trailing, right - left - width)
            right = min(right, left + width)
        wrapped.append((left, right))
    return wrapped


def _breaks(line: str, width: int) -> list[int]:
    """Where each line after the first starts: at the word that would pass ``width``, found
    by looking back from the edge for a space (a word at a time only where a word is longer
    than a line, or the line starts with spaces)."""
    if line.startswith(" "):
        return _breaks_word_by_word(line, width)
    breaks = []
    left, end = 0, len(line)
    while end - left > width:
        edge = left + width
        if line[edge] == " ":  # every word up to the edge fits; the next one starts a line
            right = edge
            while right < end and line[right] == " ":
                right += 1
            if right == end:  # only spaces follow
                break
        else:
            right = line.rfind(" ", left, edge) + 1
            if right <= left:  # a word longer than a line: folded, as Rich folds it
                return _breaks_word_by_word(line, width)
        breaks.append(right)
        left = right
    return breaks


def _breaks_word_by_word(line: str, width: int) -> list[int]:
    """Rich's ``divide_line`` for one-cell characters."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(line):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for number, piece in enumerate(pieces, 1):
                if start:
                    breaks.append(start)
                if number == len(pieces):
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks
