"""Every key of the browser, in one table: the bindings and the ``?`` screen come from it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    """A key (Textual's names, comma-separated), what it does, and how the help shows it."""

    keys: str
    action: str
    does: str
    shown: str
    in_footer: bool = True
    explained: str = ""  # what the help screen says, where the footer's word is too short


APP_KEYS = (
    Key("1", "view('implications')", "Implications", "1", in_footer=False),
    Key("2", "view('article')", "Article", "2", in_footer=False),
    Key("3", "view('matrix')", "Matrix", "3", in_footer=False),
    Key("4", "view('interests')", "Interests", "4", in_footer=False),
    Key("5", "view('relations')", "Relations", "5", in_footer=False),
    Key("6", "view('compare')", "Compare two actors", "6", in_footer=False),
    Key("7", "view('voices')", "Voices: who speaks, and what each asserts", "7", in_footer=False),
    Key("a", "focus_actors", "Actors", "a", in_footer=False),
    Key("h", "toggle_actors", "Hide or show the actors", "h", in_footer=False),
    Key("f", "filters", "Filters", "f"),
    Key("slash", "search", "Search", "/", in_footer=False),  # the search box says so
    Key("x", "clear", "Clear filters", "x", in_footer=False),
    Key("s", "quotes", "The item's quotes in the article", "s", in_footer=False),
    Key("n", "span(1)", "Next span the shown implications quote", "n", in_footer=False),
    Key("p", "span(-1)", "Previous span the shown implications quote", "p", in_footer=False),
    Key("e", "export", "Export", "e"),
    Key("c", "copy", "Copy the item's quotes as JSON", "c", in_footer=False),
    Key("y", "accept", "Accept", "y", explained="Accept the item in view (a proposal)"),
    Key("r", "reject", "Reject", "r", explained="Reject the item in view: it leaves the dossier"),
    Key("l", "relabel", "Labels", "l", explained="Labels: choose those of the item in view"),
    Key("question_mark", "help", "Keys", "?"),
    Key("q", "quit", "Quit", "q"),
)

# Keys the widgets handle themselves, for the help screen.
OTHER_KEYS = (
    ("\u2191 \u2193  j k", "move in a list, the table or the article"),
    ("PgUp PgDn Home End", "move a page, to the first or the last"),
    ("Enter", "choose: an actor, a row (its detail, whole), a matrix cell, a span, an item"),
    ("Tab  Shift+Tab", "the next or previous pane"),
    ("Space", "in the filter or label panel: switch a value on or off"),
    ("w", "in the label panel: write the labels chosen to the dossier"),
    ("Esc", "close a panel; leave the search; back from a detail shown whole"),
    ("mouse", "click to choose, double-click a row to open it, wheel to scroll"),
)

# Over a panel (filters, export, help), only these of the keys above work: the others
# would change what lies hidden behind it.
OVER_PANELS = frozenset({"quit", "help"})
UNDER_PANELS = frozenset(k.action.split("(")[0] for k in APP_KEYS) - OVER_PANELS

# The review keys act on the item in view: the detail's, or the voice highlighted. In the
# other views (the matrix, the article, ...) the footer shows them dimmed.
REVIEW = frozenset({"accept", "reject", "relabel"})
REVIEWED_IN = frozenset({"implications", "voices"})


def bindings() -> list[Binding]:
    return [
        Binding(k.keys, k.action, k.does, show=k.in_footer, key_display=k.shown) for k in APP_KEYS
    ]
