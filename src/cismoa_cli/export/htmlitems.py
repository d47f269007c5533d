"""The report's sections on the items themselves: the implications as a table with its
filters and search, the actors as cards with their interests, and the relations.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from ..evidence import APOSTROPHES, DOUBLE_QUOTES, fold
from ..models import Actor, Dossier, Implication, Interest, Relation
from ..query import Selection, item_words
from ..textio import visible
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction, Horizon, Status
from .actormap import DIRECTION_MARKS
from .htmltext import direction_mark, escaped, id_link, link, quote_links, section, voice_name

_FILTERS = (
    ("actor", "Actor"),
    ("domain", "Domain"),
    ("direction", "Direction"),
    ("certainty", "Certainty"),
    ("horizon", "Horizon"),
    ("voice", "Voice (who asserts)"),
    ("status", "Status"),
)


def implications(dossier: Dossier, names: dict[str, str], length: int) -> Iterator[str]:
    """The implications' section, a row at a time."""
    spoken = {item.asserted_by for item in dossier.implications}
    speakers = dossier.speakers()
    voices = [v for v in (ARTICLE_VOICE, *(v.id for v in dossier.voices), *names) if v in spoken]
    choices: dict[str, list[tuple[str, str]]] = {
        "actor": [(a.id, escaped(a.name)) for a in dossier.actors],
        "domain": [(escape(d), escaped(d)) for d in dossier.domain_names()],
        "direction": [(d.value, f"{DIRECTION_MARKS[d]} {d.value}") for d in Direction],
        "certainty": [(c.value, c.value) for c in Certainty],
        "horizon": [(h.value, h.value) for h in Horizon],
        "voice": [(v, escaped(voice_name(v, speakers))) for v in voices],
        "status": [(s.value, s.value) for s in Status],
    }
    # The status facet shows only where it can tell rows apart: in the report of a draft
    # under review, whose implications are partly proposed and partly accepted. Elsewhere
    # (every reader's dossier, a fresh draft) it could only keep every row or none, one
    # more control that does nothing.
    statuses = {item.status for item in dossier.implications}
    facets = [(name, label) for name, label in _FILTERS if name != "status" or len(statuses) > 1]
    fields = "".join(
        f'<label>{label} <select name="{name}"><option value="">any</option>'
        + "".join(
            f'<option value="{escape(value)}">{words}</option>' for value, words in choices[name]
        )
        + "</select></label>"
        for name, label in facets
    )
    form = (
        f'<form id="_filters" class="filters" role="search" hidden'
        f' data-apostrophes="{escape(APOSTROPHES)}" data-quotes="{escape(DOUBLE_QUOTES)}">'
        f'{fields}<label>Search <input type="search" name="search"'
        ' placeholder="words in statements and quotes"></label>'
        '<button type="reset">Show all</button></form>'
        f'<p id="_shown" class="note" aria-live="polite">{len(dossier.implications)}'
        " implications.</p>"
    )
    head = "".join(
        f'<th scope="col">{words}</th>'
        for words in ("id", "statement", "affects", "domain", "direction",
                      "certainty, horizon", "asserted by", "evidence")
    )  # fmt: skip
    opening, closing = section("_implications", "Implications", "\0").split("\0")
    yield (
        f'{opening}{form}<div class="scroll"><table class="implications"><thead><tr>{head}'
        "</tr></thead><tbody>"
    )
    for item in dossier.implications:
        yield _implication_row(item, speakers, length)
    yield f"</tbody></table></div>{closing}"


def _implication_row(item: Implication, names: dict[str, str], length: int) -> str:
    # What the page's search box looks in, folded as `--search` folds it; control
    # characters spelled out, as everywhere else (nobody types them into a search box).
    searchable = "\n".join(visible(fold(words)) for words in item_words(item))
    affects = ", ".join(link(a, escaped(names.get(a, a))) for a in item.affects)
    hedge = f' <span class="hedge">\u201c{escaped(item.hedge)}\u201d</span>' if item.hedge else ""
    return (
        f'<tr id="{escape(item.id)}" data-id="{escape(item.id)}"'
        f' data-actors="{escape(" ".join(item.affects))}" data-domain="{escape(item.domain)}"'
        f' data-direction="{item.direction.value}" data-certainty="{item.certainty.value}"'
        f' data-horizon="{item.horizon.value}" data-voice="{escape(item.asserted_by)}"'
        f' data-status="{item.status.value}" data-text="{escape(searchable)}">'
        f'<th scope="row"><a href="#{escape(item.id)}"><code>{escape(item.id)}</code></a></th>'
        f'<td class="says">{escaped(item.statement)}</td><td>{affects}</td>'
        f"<td>{escaped(item.domain)}</td><td>{direction_mark(item.direction)}</td>"
        f'<td>{item.certainty.value}{hedge}<br><span class="facts">{item.horizon.value}'
        f"{_proposed(item.status)}</span></td>"
        f"<td>{escaped(voice_name(item.asserted_by, names))}</td>"
        f"<td>{quote_links(item.evidence, length)}</td></tr>"
    )


def _proposed(status: Status) -> str:
    """What follows an item's labels: a drafter's item says so; a reader's (accepted, the
    default) needs no mark."""
    return " \u00b7 proposed" if status is Status.PROPOSED else ""


# --- actors and relations ----------------------------------------------------------------


def actors(selection: Selection, length: int) -> str:
    dossier = selection.dossier
    # One pass over the items, not one per actor: a dossier may have many of both.
    wants: dict[str, list[str]] = {}
    for interest in dossier.interests:
        wants.setdefault(interest.actor, []).append(_interest(interest, length))
    touching: dict[str, list[str]] = {}
    for item in dossier.implications:
        for affected in item.affects:
            touching.setdefault(affected, []).append(id_link(item.id))
    cards = "".join(
        _actor_card(actor, wants.get(actor.id, []), touching.get(actor.id, []), length)
        for actor in dossier.actors
    )
    return section("_actors", "Actors", f'<div class="cards">{cards}</div>')


def _actor_card(actor: Actor, wants: list[str], touching: list[str], length: int) -> str:
    """One actor: who it is, where the article names it, its interests (as list items),
    and links to the implications that affect it."""
    aliases = ", ".join(escaped(a) for a in actor.aliases) or "none"
    implications = " ".join(touching) or "none"
    interests = f"<ul>{''.join(wants)}</ul>" if wants else "<p>None recorded.</p>"
    return (
        f'<article class="card" id="{escape(actor.id)}">'
        f'<h3><span class="says">{escaped(actor.name)}</span> <code>{escape(actor.id)}</code>'
        f' <span class="kind">{actor.kind.value}{_proposed(actor.status)}</span></h3>'
        f"<p>{escaped(actor.summary)}</p>"
        f'<p class="facts">Also called: {aliases}</p>'
        f'<p class="facts">Named in the article: {quote_links(actor.evidence, length)}</p>'
        f"<h4>Interests</h4>{interests}"
        f"<h4>Implications affecting it</h4><p>{implications}</p></article>"
    )


def _interest(interest: Interest, length: int) -> str:
    return (
        f'<li id="{escape(interest.id)}"><span class="says">{escaped(interest.statement)}</span>'
        f' <span class="facts">{id_link(interest.id)}{_proposed(interest.status)}</span>'
        f'<div class="evidence">{quote_links(interest.evidence, length)}</div></li>'
    )


def relations(dossier: Dossier, names: dict[str, str], length: int) -> str:
    items = "".join(_relation(r, names, length) for r in dossier.relations)
    content = f'<ul class="relations">{items}</ul>' if items else "<p>None recorded.</p>"
    return section("_relations", "Relations", content)


def _relation(relation: Relation, names: dict[str, str], length: int) -> str:
    first, second = (link(a, escaped(names.get(a, a))) for a in relation.actors)
    return (
        f'<li id="{escape(relation.id)}"><span class="kind tie-{relation.kind.value}">'
        f"{relation.kind.value}</span> {first} \u2013 {second}: "
        f'<span class="says">{escaped(relation.statement)}</span>'
        f' <span class="facts">{id_link(relation.id)}{_proposed(relation.status)}</span>'
        f'<div class="evidence">{quote_links(relation.evidence, length)}</div></li>'
    )
