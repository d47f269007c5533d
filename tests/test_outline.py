"""Outlines print, chunk by chunk, the very bytes Rich prints for the same tree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from cismoa_cli.render.outline import (
    CHUNK,
    Branch,
    Label,
    LineWriter,
    Printed,
    _breaks,
    _breaks_word_by_word,
    as_tree,
)

STYLES = ["", "bold", "dim", "italic", "bold red", "green", "bold reverse", "dim cyan"]
PIECES = [
    "a", "word", " ", "  ", "\n", "Implications", "IMP-00012", "\u00b7", "\u201cquoted\u201d",
    "\u00ab", "\u2013", "\u2026", "x" * 30, "\u4e2d\u6587", "e\u0301", "\t", "\u00a0", "[b]",
    "\\x1b", "\U0001f600",
]  # fmt: skip


@st.composite
def labels(draw: st.DrawFn) -> Text:
    plain = "".join(draw(st.lists(st.sampled_from(PIECES), max_size=24)))
    text = Text(plain, style=draw(st.sampled_from(STYLES)))
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(plain)))
        end = draw(st.integers(start, len(plain)))
        text.stylize(draw(st.sampled_from(STYLES[1:])), start, end)
    return text


def as_label(text: Text) -> Label:
    """The same label without a Text: as item and quote lines are made."""
    return Label(
        text.plain, str(text.style), tuple((s.start, s.end, str(s.style)) for s in text.spans)
    )


either = st.one_of(labels(), labels().map(as_label))
branches = st.recursive(
    st.builds(Branch, either),
    lambda children: st.builds(Branch, either, st.lists(children, max_size=4)),
    max_leaves=12,
)


def consoles(width: int, colour: bool) -> Console:
    return Console(
        width=width,
        color_system="truecolor" if colour else None,
        force_terminal=colour,
        highlight=False,
    )


def rich_prints(console: Console, renderable: object) -> str:
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()


@settings(max_examples=300, deadline=None)
@given(branches, st.integers(1, 60), st.booleans())
def test_an_outline_prints_what_rich_prints_for_its_tree(
    root: Branch, width: int, colour: bool
) -> None:
    console = consoles(width, colour)
    ours = "".join(Printed((root,)).texts(console))
    assert ours == rich_prints(console, as_tree(root))


@settings(max_examples=300, deadline=None)
@given(either, st.integers(1, 60), st.booleans())
def test_text_prints_as_rich_prints_it(text: Text | Label, width: int, colour: bool) -> None:
    console = consoles(width, colour)
    ours = "".join(f"{line}\n" for line in LineWriter(console).text(text))
    assert ours == rich_prints(console, text)


def test_branches_made_as_the_walk_reaches_them_come_in_chunks() -> None:
    made: list[int] = []

    def leaves() -> list[Branch]:
        made.append(len(made))
        return [Branch(Text(f"leaf {n}")) for n in range(CHUNK)]

    root = Branch(Text("root"), [Branch(Text(f"part {n}"), leaves) for n in range(3)])
    chunks = Printed((root,)).texts(consoles(80, False))
    first = next(chunks)
    assert made == [0] and first.startswith("root\n\u251c\u2500\u2500 part 0\n")
    assert len(list(chunks)) >= 2 and made == [0, 1, 2]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ab", max_size=80), st.integers(1, 30))
def test_looking_back_for_a_space_breaks_where_rich_breaks_word_by_word(
    line: str, width: int
) -> None:
    assert _breaks(line, width) == _breaks_word_by_word(line, width)
