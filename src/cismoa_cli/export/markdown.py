"""The Markdown brief: what an analyst hands a colleague.

Deterministic (the same selection gives the same bytes) and self-contained: the source,
an at-a-glance summary, a section per actor, the relations, the actor x domain matrix, a
Mermaid diagram, and every quote in an evidence appendix. Data text is escaped so that no
statement or quote can change the document's structure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..models import Actor, Dossier, Evidence, Implication, Item
from ..query import Selection, affecting, interests, matrix, relations
from ..textio import visible
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction, Domain
from .graph import to_mermaid

# Every character that can open Markdown structure inline (emphasis, links, images, code,
# HTML, tables, entities); a backslash before any ASCII punctuation is always literal.
_INLINE = re.compile(r"([\\`*_\[\]{}<>#!|~&$])")
_LINE_START = re.compile(r"^(\s*\d*)([-+=>.)])")  # a list marker, a quote, a setext line
_MAIN = 3  # the risks and benefits named per actor in the summary


def md(text: str) -> str:
    """Data text for inline Markdown: one line, nothing in it read as syntax."""
    flat = visible(" ".join(text.split()))  # a newline would end a list item or a table row
    escaped = _INLINE.sub(r"\\\1", flat)
    return _LINE_START.sub(r"\1\\\2", escaped)


def brief(selection: Selection, article_name: str = "article.txt") -> str:
    """The whole brief for a selection, as Markdown text."""
    dossier = selection.dossier
    names = {actor.id: actor.name for actor in dossier.actors}
    focus = [a for a in dossier.actors if a.id in selection.focus]
    every_actor = len(focus) == len(dossier.actors)
    parts = [
        _title(dossier, focus, every_actor),
        _glance(dossier, focus),
        *(_actor_section(dossier, actor, names) for actor in focus),
        _relations(dossier, names),
        _matrix(dossier, focus),
        _diagram(selection),
        _appendix(dossier, article_name),
    ]
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def _title(dossier: Dossier, focus: Sequence[Actor], every_actor: bool) -> str:
    source = dossier.source
    view = "" if every_actor else f" ({md(', '.join(a.name for a in focus))})"
    lines = [
        f"# Stakeholder brief: {md(source.title)}{view}",
        "",
        f"**Source:** *{md(source.title)}*, {md(source.place)}. "
        f"**Tags:** {', '.join(md(tag) for tag in source.tags)}.  ",
        f"**Article SHA-256:** `{source.sha256}`",
    ]
    if not every_actor:
        lines += ["", f"This brief shows the view of {', '.join(md(a.name) for a in focus)} only."]
    return "\n".join(lines)


def _glance(dossier: Dossier, focus: Sequence[Actor]) -> str:
    lines = [
        "## At a glance",
        "",
        f"{len(dossier.actors)} actors, {len(dossier.interests)} interests, "
        f"{len(dossier.relations)} relations and {len(dossier.implications)} implications, "
        f"backed by {sum(len(i.evidence) for _, _, i in dossier.items())} quotes from the article.",
        "",
    ]
    for actor in focus:
        mine = affecting(dossier, actor.id)
        risks = _firmest(i for i in mine if i.direction is Direction.RISK)
        benefits = _firmest(i for i in mine if i.direction is Direction.BENEFIT)
        lines.append(
            f"- **{md(actor.name)}**: {_count(mine, 'implication')}, "
            f"{_count(risks, 'risk')}, {_count(benefits, 'benefit')}."
        )
        for label, chosen in (("Risk", risks), ("Benefit", benefits)):
            lines += [
                f"  - *{label}, {i.certainty.value}:* {md(i.statement)} ({i.id})"
                for i in chosen[:_MAIN]
            ]
    return "\n".join(lines)


def _firmest(items: Iterable[Implication]) -> list[Implication]:
    """Implications with the most certain first (asserted, expected, possible, conditional)."""
    order = list(Certainty)
    return sorted(items, key=lambda i: order.index(i.certainty))


def _count(items: Sequence[object], noun: str) -> str:
    """ "1 risk", "3 risks"."""
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def _actor_section(dossier: Dossier, actor: Actor, names: dict[str, str]) -> str:
    lines = [f"## {md(actor.name)} ({actor.id})", "", md(actor.summary)]
    if actor.aliases:
        lines += ["", f"Also named: {', '.join(md(a) for a in actor.aliases)}."]
    wants = interests(dossier, [actor.id])
    lines += ["", "### Interests", ""]
    lines.append(
        "\n\n".join(_cited(i.id, md(i.statement), i.evidence) for i in wants) or "None stated."
    )
    mine = affecting(dossier, actor.id)
    lines += ["", "### Implications"]
    if not mine:
        lines += ["", "None stated."]
    for domain in Domain:
        here = [i for i in mine if i.domain is domain]
        if here:
            lines += ["", f"#### {domain.value.capitalize()}", ""]
            lines.append("\n\n".join(_cited(i.id, _labels(i, names), i.evidence) for i in here))
    return "\n".join(lines)


def _labels(item: Implication, names: dict[str, str]) -> str:
    voice = (
        "the article"
        if item.asserted_by == ARTICLE_VOICE
        else names.get(item.asserted_by, item.asserted_by)
    )
    hedge = f", hedged \u201c{md(item.hedge)}\u201d" if item.hedge else ""
    affected = ", ".join(md(names.get(a, a)) for a in item.affects)
    return (
        f"*{item.direction.value}, {item.certainty.value}{hedge}; {item.horizon.value}; "
        f"asserted by {md(voice)}; affects {affected}.* {md(item.statement)}"
    )


def _cited(item_id: str, text: str, evidence: Sequence[Evidence]) -> str:
    """A list item with its quotes as blockquotes inside it."""
    lines = [f"- **{item_id}** {text}"]
    for e in evidence:
        lines += ["", f"  > {md(e.quote)}", f"  > \u2014 offsets {e.start}\u2013{e.end}"]
    return "\n".join(lines)


def _relations(dossier: Dossier, names: dict[str, str]) -> str:
    cited = []
    for relation in relations(dossier):
        pair = " \u2194 ".join(md(names.get(a, a)) for a in relation.actors)
        text = f"*{relation.kind.value}*, {pair}: {md(relation.statement)}"
        cited.append(_cited(relation.id, text, relation.evidence))
    return "## Relations\n\n" + ("\n\n".join(cited) or "None stated.")


def _matrix(dossier: Dossier, focus: Sequence[Actor]) -> str:
    cells = {(c.actor, c.domain): c for c in matrix(dossier)}
    header = ["Actor", *(d.value for d in Domain)]
    lines = [
        "## Implications by actor and domain",
        "",
        "Each cell: implications (risks / benefits).",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(" --- " for _ in header) + "|",
    ]
    for actor in focus:
        row = [md(actor.name)]
        for domain in Domain:
            cell = cells[actor.id, domain]
            row.append(
                f"{cell.implications} ({cell.risks} / {cell.benefits})"
                if cell.implications
                else "0"
            )
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def _diagram(selection: Selection) -> str:
    return "\n".join(
        [
            "## Actors and their relations",
            "",
            "```mermaid",
            to_mermaid(selection, implications=False).rstrip("\n"),
            "```",
        ]
    )


def _appendix(dossier: Dossier, article_name: str) -> str:
    lines = [
        "## Evidence",
        "",
        f"Every quote, with its offsets in {md(article_name)} (Unicode code points, end "
        "exclusive).",
        "",
        "| Item | Start | End | Quote |",
        "| --- | --- | --- | --- |",
    ]
    cited: list[tuple[int, int, Item, Evidence]] = [
        (e.start, e.end, item, e) for _, _, item in dossier.items() for e in item.evidence
    ]
    for start, end, item, evidence in sorted(cited, key=lambda c: (c[0], c[1], c[2].id)):
        lines.append(f"| {item.id} | {start} | {end} | {md(evidence.quote)} |")
    return "\n".join(lines)
