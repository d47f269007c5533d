"""The Markdown brief: what an analyst hands a colleague.

Key judgments first, then a section per actor with what it wants and what the renewal means
for it, the relations, a Mermaid map, and an index of the quotes by their place in the
article. Every item has a heading with an anchor no other heading has, and every mention of
an id links to it; each implication stands in one place (under the first actor it affects)
and each quote is printed once. Deterministic: the same selection gives the same bytes.
Data text is escaped so that no statement or quote can change the document's structure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..evidence import offsets
from ..models import Actor, Dossier, Implication, Interest, Item
from ..query import Selection
from ..textio import counted, visible
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction, Horizon
from .anchors import Headings
from .citations import Citations, place
from .graph import to_mermaid

# Every character that can open Markdown structure inline (emphasis, links, images, code,
# HTML, tables, entities, math, mentions); a backslash before ASCII punctuation is literal.
# A colon before a non-space would start a URL that GitHub links ("https://") or an emoji
# code (":smile:"), and "www." a link too.
_INLINE = re.compile(r"[\\`*_\[\]{}<>#!|~&$@]|:(?=\S)|(?<=www)\.", re.IGNORECASE)
_LINE_START = re.compile(r"^(\s*\d*)([-+=>.)])")  # a list marker, a quote, a setext line
_JUDGMENTS = 5  # the firmest risks and benefits, named first
# Keys of the brief's own sections among the item ids: "#" is in no id.
_TITLE, _CONTENTS, _JUDGED, _RELATIONS, _MAP, _INDEX = (
    "#title",
    "#Contents",
    "#Key judgments",
    "#Relations",
    "#Actor map",
    "#Evidence index",
)


def inline_text(text: str) -> str:
    """Data text as one line of visible characters: what a reader sees of it."""
    return visible(" ".join(text.split()))  # a newline would end a list item or a table row


def md(text: str) -> str:
    """Data text for inline Markdown: one line, nothing in it read as syntax."""
    escaped = _INLINE.sub(lambda m: "\\" + m.group(), inline_text(text))
    return _LINE_START.sub(r"\1\\\2", escaped)


def brief(selection: Selection, article_name: str = "article.txt") -> str:
    """The whole brief for a selection, as Markdown text."""
    plan = _Plan.of(selection)
    parts = [
        _title(plan),
        _contents(plan),
        _judgments(plan),
        *(_actor_section(plan, actor) for actor in plan.sections),
        _relations(plan),
        _diagram(plan, selection),
        _index(plan, article_name),
    ]
    return "\n\n".join(parts) + "\n"


@dataclass
class _Plan:
    """The brief's layout, settled before any of it is written: which actors have a
    section, where each implication stands, every heading with its anchor, and which item
    prints which quote."""

    dossier: Dossier
    focus: list[Actor]
    sections: list[Actor]  # the focus actors, and any other that is an implication's home
    home: dict[str, str]  # implication id -> the actor whose section holds it
    names: dict[str, str]  # actor id -> name as shown
    affected: dict[str, list[Implication]]  # actor id -> the implications that affect it
    contents: dict[str, list[Interest | Implication]] = field(default_factory=dict)
    headings: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> text, anchor
    citations: Citations = field(default_factory=lambda: place(()))

    @classmethod
    def of(cls, selection: Selection) -> _Plan:
        dossier = selection.dossier
        focus = [a for a in dossier.actors if a.id in selection.focus]
        home = {i.id: _home(i, selection.focus) for i in dossier.implications}
        sections = [a for a in dossier.actors if a in focus or a.id in home.values()]
        names = {a.id: inline_text(a.name) or a.id for a in dossier.actors}
        affected: dict[str, list[Implication]] = {a.id: [] for a in dossier.actors}
        for implication in dossier.implications:
            for actor_id in implication.affects:
                affected.setdefault(actor_id, []).append(implication)
        plan = cls(dossier, focus, sections, home, names, affected)
        headings = Headings()  # in the order the brief prints them
        plan.headings[_TITLE] = headings.add(_title_text(plan))
        for key in (_CONTENTS, _JUDGED):
            plan.headings[key] = headings.add(key[1:])
        order: list[Item] = []
        for actor in sections:
            plan.headings[actor.id] = headings.add(f"{names[actor.id]} ({actor.id})")
            plan.contents[actor.id] = plan.held_by(actor)
            for item in plan.contents[actor.id]:
                plan.headings[item.id] = headings.add(_item_heading(item))
            order += [actor, *plan.contents[actor.id]]
        plan.headings[_RELATIONS] = headings.add(_RELATIONS[1:])
        for relation in dossier.relations:
            plan.headings[relation.id] = headings.add(f"{relation.id}: {relation.kind.value}")
        order += dossier.relations
        for key in (_MAP, _INDEX):
            plan.headings[key] = headings.add(key[1:])
        plan.citations = place(order)
        return plan

    def held_by(self, actor: Actor) -> list[Interest | Implication]:
        """What an actor's section holds: its interests, then the implications it is home
        to, by domain."""
        mine = [i for i in self.affected[actor.id] if self.home[i.id] == actor.id]
        domains = self.dossier.domain_names()
        by_domain = sorted(mine, key=lambda i: domains.index(i.domain))
        return [*(i for i in self.dossier.interests if i.actor == actor.id), *by_domain]

    def heading(self, key: str, level: int) -> str:
        return f"{'#' * level} {md(self.headings[key][0])}"

    def link(self, key: str, text: str | None = None) -> str:
        """A link to the heading of an item or section, or the bare text if the brief has
        none (an actor named but outside the selection)."""
        shown = md(text if text is not None else key)
        return f"[{shown}](#{self.headings[key][1]})" if key in self.headings else shown

    def actor(self, actor_id: str) -> str:
        """An actor by name, linked to its section."""
        return self.link(actor_id, self.names.get(actor_id, actor_id))


def _home(item: Implication, focus: Sequence[str]) -> str:
    """The actor whose section holds an implication: the first it affects in the brief's
    view (any actor it affects, for a selection made without one)."""
    return next((a for a in item.affects if a in focus), item.affects[0])


def _title_text(plan: _Plan) -> str:
    view = "" if plan.focus == list(plan.dossier.actors) else f" ({_names(plan.focus)})"
    return f"Stakeholder brief on \u201c{inline_text(plan.dossier.source.title)}\u201d{view}"


def _names(actors: Iterable[Actor]) -> str:
    return ", ".join(inline_text(a.name) for a in actors)


def _title(plan: _Plan) -> str:
    dossier = plan.dossier
    source = dossier.source
    lines = [
        plan.heading(_TITLE, 1),
        "",
        f"Dateline {md(source.place)}; article SHA-256 `{source.sha256}`. "
        f"{counted(len(plan.focus), 'actor')}, {counted(len(dossier.interests), 'interest')}, "
        f"{counted(len(dossier.relations), 'relation')}, "
        f"{counted(len(dossier.implications), 'implication')}."
        " Block quotes are the article's words, the rest our paraphrase. Claims are the "
        "article's own, stated flatly and with no time frame, unless marked.",
    ]
    if plan.focus != list(dossier.actors):
        lines += ["", f"This brief shows the view of {md(_names(plan.focus))} only."]
    return "\n".join(lines)


def _contents(plan: _Plan) -> str:
    actors = ", ".join(plan.actor(a.id) for a in plan.sections)
    return "\n".join(
        [
            plan.heading(_CONTENTS, 2),
            "",
            f"- {plan.link(_JUDGED, _JUDGED[1:])}",
            f"- Actors: {actors}",
            *(f"- {plan.link(key, key[1:])}" for key in (_RELATIONS, _MAP, _INDEX)),
        ]
    )


def _judgments(plan: _Plan) -> str:
    """The firmest risks and benefits, each linked to its item, and where the implications
    fall."""
    lines = [plan.heading(_JUDGED, 2), ""]
    chosen = _firmest(i for i in plan.dossier.implications if i.direction is not Direction.NEUTRAL)
    if chosen:
        lines += ["The firmest risks and benefits the article names, most certain first:", ""]
    for item in chosen[:_JUDGMENTS]:
        affected = ", ".join(plan.actor(a) for a in item.affects)
        # Whose claim it is, when not the article's own: a reader weighs it by its speaker.
        voice = item.asserted_by
        whose = "" if voice == ARTICLE_VOICE else f", according to {_voice(plan, voice)}"
        lines.append(
            f"- {affected}: **{item.direction.value}**, {item.certainty.value}{whose}. "
            f"{md(item.statement)} ({plan.link(item.id)})"
        )
    lean = ", ".join(f"{plan.actor(a.id)} {_lean(plan.affected[a.id])}" for a in plan.focus)
    return "\n".join([*lines, *([""] if chosen else []), f"Implications by actor: {lean}."])


def _lean(mine: Sequence[Implication]) -> str:
    """An actor's implications: "18 (9 risks, 3 benefits)", "3 (3 risks)", "none"."""
    leans = [
        counted(sum(i.direction is direction for i in mine), noun)
        for direction, noun in ((Direction.RISK, "risk"), (Direction.BENEFIT, "benefit"))
        if any(i.direction is direction for i in mine)
    ]
    if not mine:
        return "none"
    return f"{len(mine)} ({', '.join(leans)})" if leans else str(len(mine))


def _firmest(items: Iterable[Implication]) -> list[Implication]:
    """Implications with the most certain first (asserted, expected, possible, conditional)."""
    order = list(Certainty)
    return sorted(items, key=lambda i: order.index(i.certainty))


def _actor_section(plan: _Plan, actor: Actor) -> str:
    lines = [plan.heading(actor.id, 2), *_evidence(plan, actor)]
    elsewhere = [i for i in plan.affected[actor.id] if plan.home[i.id] != actor.id]
    if elsewhere:
        links = ", ".join(plan.link(i.id) for i in elsewhere)
        lines += ["", f"Also affecting it: {links}."]
    for item in plan.contents[actor.id]:
        lines += ["", plan.heading(item.id, 3), "", _item_text(plan, item, actor)]
        lines += _evidence(plan, item)
    return "\n".join(lines)


def _item_heading(item: Interest | Implication) -> str:
    if isinstance(item, Implication):
        return f"{item.id}: {item.domain}, {item.direction.value}"
    return f"{item.id}: interest"


def _item_text(plan: _Plan, item: Interest | Implication, actor: Actor) -> str:
    """An item's statement, after how firmly and on whose word the article says it (when
    not flatly, in its own voice); for an implication, also when, and who else it touches."""
    label = [] if item.certainty is Certainty.ASSERTED else [item.certainty.value]
    if isinstance(item, Implication) and item.horizon is not Horizon.UNSPECIFIED:
        label.append(item.horizon.value)
    if item.asserted_by != ARTICLE_VOICE:
        label.append(f"by {_voice(plan, item.asserted_by)}")
    said = ", ".join(label)
    marked = f"*{said[:1].upper()}{said[1:]}.* " if label else ""
    if isinstance(item, Interest):
        return f"{marked}{md(item.statement)}"
    others = [a for a in item.affects if a != actor.id]
    also = f" Also affects {', '.join(plan.actor(a) for a in others)}." if others else ""
    return f"{marked}{md(item.statement)}{also}"


def _voice(plan: _Plan, asserted_by: str) -> str:
    if asserted_by in plan.dossier.names():
        return plan.actor(asserted_by)
    return md(plan.dossier.speakers().get(asserted_by, asserted_by))


def _evidence(plan: _Plan, item: Item) -> list[str]:
    """An item's quotes as one block quote, and the items under which its other quotes are
    printed (for an actor, the quotes that name it)."""
    lines: list[str] = []
    for evidence in plan.citations.printed[item.id]:
        lines += [">" if lines else "", f"> \u201c{md(evidence.quote)}\u201d"]
    shown = plan.citations.elsewhere[item.id]
    if shown:
        where = ", ".join(plan.link(i) for i in shown)
        quotes = "quote" if len(shown) == 1 else "quotes"
        said = f"named in the {quotes}" if isinstance(item, Actor) else "quoted"
        lines += ["", f"{'Also ' + said if lines else said.capitalize()} at {where}."]
    return lines


def _relations(plan: _Plan) -> str:
    lines = [plan.heading(_RELATIONS, 2)]
    if not plan.dossier.relations:
        lines += ["", "None stated."]
    for relation in plan.dossier.relations:
        pair = " \u2194 ".join(plan.actor(a) for a in relation.actors)
        lines += ["", plan.heading(relation.id, 3), "", f"{pair}: {md(relation.statement)}"]
        lines += _evidence(plan, relation)
    return "\n".join(lines)


def _diagram(plan: _Plan, selection: Selection) -> str:
    mermaid = to_mermaid(selection, implications=False, title=False).rstrip("\n")
    return "\n".join([plan.heading(_MAP, 2), "", "```mermaid", mermaid, "```"])


def _index(plan: _Plan, article_name: str) -> str:
    lines = [
        plan.heading(_INDEX, 2),
        "",
        f"Where each printed quote stands in {md(article_name)} (Unicode code points, end "
        "exclusive, with its paragraph and sentence), in the article's order, and the item "
        "it is printed at.",
        "",
    ]
    places = {
        (e.start, e.end): offsets(e) for _, _, item in plan.dossier.items() for e in item.evidence
    }
    for (start, end), printer in plan.citations.printers.items():
        lines.append(f"- {places[start, end]}: {plan.link(printer)}")
    return "\n".join(lines)
