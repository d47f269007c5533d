"""The detail of one item: its statement, every label, the hedge, who asserts it, and each
quote inside its sentence of the article, the quote marked as ``cismoa show`` marks it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..article import SegmentIndex
from ..evidence import offsets
from ..models import Implication, Interest, Item, Relation, Voice, item_type, said
from ..render.table import safe_text
from ..render.trees import in_context
from ..render.views import CERTAINTY_STYLE, DIRECTION_STYLE, implication_style
from ..vocabulary import ARTICLE_VOICE, Status


def detail(item: Item, names: dict[str, str], article: str, found: SegmentIndex | None) -> Text:
    """Everything about ``item``; ``found``: the article's segments, if already split
    (None shows each quote without its sentence, as on a dossier still being read)."""
    text = safe_text(item.id, "bold")
    text.append(f" · {item_type(item)}", style="dim")
    if item.status is Status.PROPOSED:
        text.append(" · ? proposed", style="bold")
        if item.cue:
            text.append_text(safe_text(f", cue \u201c{item.cue}\u201d", "dim"))
        text.append(" · y accepts, r rejects, l labels", style="dim")
    text.append("\n")
    words, style = _statement(item)
    text.append_text(safe_text(words, style))
    text.append("\n\n")
    for label, value, style in _fields(item, names):
        text.append(f"{label:<12} ", style="dim")
        text.append_text(safe_text(value, style))
        text.append("\n")
    for n, evidence in enumerate(item.evidence, start=1):
        text.append(
            f"\nquote {n} of {len(item.evidence)} [{offsets(evidence)}]\n",
            style="dim",
        )
        if found is None:
            text.append_text(safe_text(f"\u00ab{evidence.quote}\u00bb", "bold"))
        else:
            sentence = found.context(evidence.start, evidence.end)
            text.append_text(in_context(article, evidence, sentence))
        text.append("\n")
    text.rstrip()
    return text


def _fields(item: Item, names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(label, value, style) for each field a reader sees, in the order they read them."""

    def named(actor_id: str) -> str:
        return f"{names.get(actor_id, actor_id)} ({actor_id})"

    if isinstance(item, Implication):
        voice = item.asserted_by
        return [
            ("affects", ", ".join(named(a) for a in item.affects), ""),
            ("domain", item.domain, ""),
            ("direction", item.direction.value, DIRECTION_STYLE[item.direction]),
            ("certainty", item.certainty.value, CERTAINTY_STYLE[item.certainty]),
            ("horizon", item.horizon.value, ""),
            ("asserted by", "the article" if voice == ARTICLE_VOICE else _voice(voice, names), ""),
            ("hedge", f"\u201c{item.hedge}\u201d" if item.hedge else "none (a flat statement)", ""),
        ]
    if isinstance(item, Relation):
        first, second = item.actors
        return [
            ("kind", item.kind.value, ""),
            ("between", f"{named(first)} \u2194 {named(second)}", ""),
        ]
    if isinstance(item, Interest):
        return [("actor", named(item.actor), "")]
    if isinstance(item, Voice):
        return [
            ("name", item.name, "bold"),
            ("kind", f"voice, {item.kind.value}", ""),
            ("aliases", ", ".join(item.aliases), ""),
            ("of", named(item.affiliation) if item.affiliation else "", ""),
        ]
    return [
        ("name", item.name, "bold"),
        ("kind", item.kind.value, ""),
        ("aliases", ", ".join(item.aliases), ""),
    ]


def _statement(item: Item) -> tuple[str, str]:
    """What the item says (an actor: its summary), and its style."""
    return said(item), implication_style(item) if isinstance(item, Implication) else ""


def _voice(voice: str, names: dict[str, str]) -> str:
    return f"{names[voice]} ({voice})" if voice in names else voice


class DetailPane(VerticalScroll, can_focus=True):
    """The detail, scrolled by keys when focused; Enter on a row shows it whole (Esc: back)."""

    ALLOW_MAXIMIZE = True

    def compose(self) -> ComposeResult:
        yield Static(id="detail")
