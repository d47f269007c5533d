"""The HTML report: one self-contained file that opens offline.

Inline CSS, JavaScript and SVG only, and a Content-Security-Policy that lets the page load
nothing else: its style and script are allowed by their SHA-256 hashes, so the same input
gives the same bytes. It holds the source and an at-a-glance summary, the actor map, the
impact matrix as a heatmap, the article with every cited span marked, the implications as
a table with filters, the actors with their interests, and the relations.

Markup other tools may rely on (the README documents it): every item is an element whose
``id`` is the item's id; each cited span is a ``<mark>`` with ``data-start``, ``data-end``
and ``data-items`` (see :mod:`marks`); each implication row carries ``data-id``, and a row
a filter hides has the ``hidden`` attribute; the map is one ``<svg>`` whose actor nodes
carry ``data-actor``. Every text from the data is escaped, with control characters spelled
out, so none of it can become markup.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape
from importlib import resources

from .. import __version__
from ..evidence import _APOSTROPHES, _DOUBLE_QUOTES, fold
from ..models import Actor, Dossier, Evidence, Implication, Interest, Relation
from ..query import Selection, item_words, matrix
from ..textio import visible
from ..vocabulary import ARTICLE_VOICE, CRITICS, Certainty, Direction, Domain
from .actormap import DIRECTION_MARKS, VOICE_NAMES, ActorMap, Lean, actor_map, lean
from .mapsvg import flat, map_svg
from .marks import Span, cited_spans, marked_article

_FIRMEST = 5  # risks and benefits in the summary


def report(selection: Selection, article: str, article_name: str = "article.txt") -> str:
    """The whole report for a selection of the dossier, as one HTML document."""
    dossier = selection.dossier
    chart = actor_map(selection)
    names = {a.id: a.name for a in dossier.actors}
    spans = cited_spans(dossier, len(article))
    style = _asset("report.css")
    script = _asset("report.js")
    title = f"Stakeholder report: {_plain(dossier.source.title)}"
    body = [
        _header(selection, article_name),
        _nav(),
        "<main>",
        _glance(selection, chart),
        _map(chart),
        _matrix(selection, names),
        _article(article, spans),
        _implications(dossier, names, len(article)),
        _actors(selection, len(article)),
        _relations(dossier, names, len(article)),
        "</main>",
        f"<footer><p>Made by cismoa {escape(__version__)} from"
        f" {_text(article_name)} and its dossier.</p></footer>",
    ]
    policy = (
        f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(script)}';"
        " img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="en">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                '<meta name="color-scheme" content="light dark">',
                f'<meta name="generator" content="cismoa {escape(__version__)}">',
                f"<title>{escape(title)}</title>",
                f"<style>{style}</style>",
                "</head>",
                "<body>",
                *body,
                f"<script>{script}</script>",
                "</body>",
                "</html>",
            ]
        )
        + "\n"
    )


def _asset(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# --- text --------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Data text on one line, control characters spelled out (not yet escaped)."""
    return visible(flat(text))


def _text(text: str) -> str:
    """Data text for HTML content or an attribute value."""
    return escape(_plain(text))


def _link(target: str, words: str) -> str:
    return f'<a href="#{escape(target)}">{words}</a>'


def _id_link(item_id: str) -> str:
    return _link(item_id, f"<code>{escape(item_id)}</code>")


def _quote_links(evidence: Sequence[Evidence], length: int) -> str:
    """Each quote, linking to its mark in the article."""
    links = []
    for e in evidence:
        span = Span(min(e.start, length), min(e.end, length))
        links.append(
            f'<a class="quote" href="#{span.anchor}">\u201c{_text(e.quote)}\u201d</a>'
            f' <span class="offsets">{e.start}\u2013{e.end}</span>'
        )
    return "<br>".join(links)


def _direction(direction: Direction) -> str:
    return (
        f'<span class="dir dir-{direction.value}">{DIRECTION_MARKS[direction]}'
        f" {direction.value}</span>"
    )


def _voice_name(voice: str, names: dict[str, str]) -> str:
    return VOICE_NAMES.get(voice) or names.get(voice, voice)


# --- header and summary ------------------------------------------------------------------


def _header(selection: Selection, article_name: str) -> str:
    source = selection.dossier.source
    focus = [a for a in selection.dossier.actors if a.id in selection.focus]
    view = ""
    if len(focus) < len(selection.dossier.actors):
        who = ", ".join(_text(a.name) for a in focus)
        view = f'<p class="view">This report shows the view of {who} only.</p>'
    tags = ", ".join(_text(tag) for tag in source.tags) or "none"
    return (
        '<header class="source">'
        f'<p class="kicker">Stakeholder report</p><h1>{_text(source.title)}</h1>'
        f"<p>{_text(source.place)} \u00b7 tags: {tags}</p>"
        f'<p class="hash">Article {_text(article_name)}, SHA-256 <code>{source.sha256}</code></p>'
        f"{view}</header>"
    )


_SECTIONS = (
    ("_glance", "At a glance"),
    ("_map", "Map"),
    ("_matrix", "Matrix"),
    ("_article", "Article"),
    ("_implications", "Implications"),
    ("_actors", "Actors"),
    ("_relations", "Relations"),
)


def _nav() -> str:
    links = "".join(f"<li>{_link(anchor, words)}</li>" for anchor, words in _SECTIONS)
    return f'<nav aria-label="Sections"><ul>{links}</ul></nav>'


def _glance(selection: Selection, chart: ActorMap) -> str:
    dossier = selection.dossier
    quotes = sum(len(item.evidence) for _, _, item in dossier.items())
    counts = (
        f"<p>{len(dossier.actors)} actors, {len(dossier.interests)} interests,"
        f" {len(dossier.relations)} relations and {len(dossier.implications)} implications,"
        f" backed by {quotes} quotes from the article.</p>"
    )
    names = {a.id: a.name for a in dossier.actors}
    lists = "".join(
        f"<div><h3>Firmest {words}</h3>{_firmest(dossier, direction, names)}</div>"
        for direction, words in ((Direction.RISK, "risks"), (Direction.BENEFIT, "benefits"))
    )
    rows = "".join(
        f'<tr><th scope="row">{_link(a.id, _text(a.name))}</th><td>{a.implications}</td>'
        f"<td>{a.risks}</td><td>{a.benefits}</td>"
        f'<td class="lean lean-{a.lean.value}">{a.lean.mark} {a.lean.words}</td></tr>'
        for a in chart.actors
        if a.id in selection.focus
    )
    leans = (
        '<div class="scroll"><table class="leans"><caption>Each actor\'s lean</caption><thead><tr>'
        '<th scope="col">actor</th><th scope="col">implications</th>'
        f'<th scope="col">{DIRECTION_MARKS[Direction.RISK]} risks</th>'
        f'<th scope="col">{DIRECTION_MARKS[Direction.BENEFIT]} benefits</th>'
        f'<th scope="col">lean</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )
    return _section(
        "_glance", "At a glance", counts + f'<div class="firmest">{lists}</div>' + leans
    )


def _firmest(dossier: Dossier, direction: Direction, names: dict[str, str]) -> str:
    """The most firmly stated implications one way, in file order within a certainty."""
    order = list(Certainty)
    found = sorted(
        (i for i in dossier.implications if i.direction is direction),
        key=lambda i: order.index(i.certainty),
    )[:_FIRMEST]
    if not found:
        return "<p>None.</p>"
    items = "".join(
        f'<li>{_id_link(i.id)} {_text(i.statement)} <span class="facts">'
        f"{', '.join(_text(names.get(a, a)) for a in i.affects)} \u00b7 {i.domain.value}"
        f" \u00b7 {i.certainty.value} \u00b7 {_text(_voice_name(i.asserted_by, names))}</span></li>"
        for i in found
    )
    return f"<ol>{items}</ol>"


def _section(anchor: str, heading: str, content: str) -> str:
    return (
        f'<section id="{anchor}" aria-labelledby="{anchor}-h">'
        f'<h2 id="{anchor}-h">{heading}</h2>{content}</section>'
    )


# --- map and matrix ----------------------------------------------------------------------


def _map(chart: ActorMap) -> str:
    drawing = map_svg(chart)
    controls = (
        '<p class="controls" hidden><label><input type="checkbox" id="_voices" checked>'
        " Show who says it</label></p>"
    )
    caption = (
        "<figcaption>Each actor's circle grows with the implications that touch it and is"
        " filled by their lean. Arrows carry every implication one voice asserts about one"
        " actor, a strand per direction, with the counts. Select an actor or a relation to"
        " read about it.</figcaption>"
    )
    return _section(
        "_map",
        "Actor map",
        f'{controls}<figure class="map-figure"><div class="scroll">{drawing.svg}</div>'
        f"{caption}</figure>",
    )


def _matrix(selection: Selection, names: dict[str, str]) -> str:
    dossier = selection.dossier
    cells = {(c.actor, c.domain): c for c in matrix(dossier)}
    most = max((c.implications for c in cells.values()), default=0) or 1
    head = "".join(f'<th scope="col">{d.value}</th>' for d in Domain)
    rows = []
    for actor_id in selection.focus:
        shown = []
        for domain in Domain:
            cell = cells[actor_id, domain]
            each = lean(cell.implications, cell.risks, cell.benefits)
            heat = -(-4 * cell.implications // most)  # 1 to 4, relative to the fullest cell
            words = (
                f"{cell.implications} implications: {cell.risks} risks, {cell.benefits} benefits"
            )
            content = f"{cell.implications} {each.mark}".strip()
            shown.append(
                f'<td class="heat lean-{each.value} heat-{heat}" title="{words}">'
                f'{content}<span class="sr">{words}</span></td>'
            )
        name = _link(actor_id, _text(names[actor_id]))
        rows.append(f'<tr><th scope="row">{name}</th>{"".join(shown)}</tr>')
    legend = (
        f'<p class="note">Number: implications. {Lean.RISK.mark} more risks than benefits,'
        f" {Lean.BENEFIT.mark} more benefits, {Lean.EVEN.mark} as many of each (or only mixed"
        " and neutral ones); the deeper the colour, the more implications.</p>"
    )
    table = (
        f'<table class="heatmap"><caption>Implications by actor and domain</caption>'
        f'<thead><tr><th scope="col">actor</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _section("_matrix", "Impact matrix", f'<div class="scroll">{table}</div>{legend}')


# --- the article ---------------------------------------------------------------------------


def _article(article: str, spans: dict[Span, list[str]]) -> str:
    intro = (
        f'<p class="note">{len(spans)} cited spans are marked. Point at one or move to it'
        " with the Tab key to see the items citing it; each item links to its spans.</p>"
    )
    text = f'<div class="article" id="_text">{marked_article(article, spans)}</div>'
    popover = (
        '<div id="_cites" class="cites" role="dialog" aria-label="Items citing this span"'
        " hidden></div>"
    )
    # Without JavaScript there is no pop-up: list where each span is cited instead.
    entries = "".join(
        f'<li><a href="#{span.anchor}">{span.start}\u2013{span.end}</a>: '
        f"{' '.join(_id_link(i) for i in ids)}</li>"
        for span, ids in spans.items()
    )
    fallback = f'<noscript><h3>Who cites each span</h3><ul class="spans">{entries}</ul></noscript>'
    return _section("_article", "The article", intro + text + popover + fallback)


# --- implications --------------------------------------------------------------------------


_FILTERS = (
    ("actor", "Actor"),
    ("domain", "Domain"),
    ("direction", "Direction"),
    ("certainty", "Certainty"),
    ("voice", "Who asserts"),
)


def _implications(dossier: Dossier, names: dict[str, str], length: int) -> str:
    spoken = {item.asserted_by for item in dossier.implications}
    voices = [v for v in (ARTICLE_VOICE, CRITICS, *names) if v in spoken]
    choices: dict[str, list[tuple[str, str]]] = {
        "actor": [(a.id, _text(a.name)) for a in dossier.actors],
        "domain": [(d.value, d.value) for d in Domain],
        "direction": [(d.value, f"{DIRECTION_MARKS[d]} {d.value}") for d in Direction],
        "certainty": [(c.value, c.value) for c in Certainty],
        "voice": [(v, _text(_voice_name(v, names))) for v in voices],
    }
    fields = "".join(
        f'<label>{label} <select name="{name}"><option value="">any</option>'
        + "".join(
            f'<option value="{escape(value)}">{words}</option>' for value, words in choices[name]
        )
        + "</select></label>"
        for name, label in _FILTERS
    )
    form = (
        f'<form id="_filters" class="filters" role="search" hidden'
        f' data-apostrophes="{escape(_APOSTROPHES)}" data-quotes="{escape(_DOUBLE_QUOTES)}">'
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
    rows = "".join(_implication_row(i, names, length) for i in dossier.implications)
    table = (
        f'<div class="scroll"><table class="implications"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _section("_implications", "Implications", form + table)


def _implication_row(item: Implication, names: dict[str, str], length: int) -> str:
    # What the page's search box looks in, folded as `--search` folds it; control
    # characters spelled out, as everywhere else (nobody types them into a search box).
    searchable = "\n".join(visible(fold(words)) for words in item_words(item))
    affects = ", ".join(_link(a, _text(names.get(a, a))) for a in item.affects)
    hedge = f' <span class="hedge">\u201c{_text(item.hedge)}\u201d</span>' if item.hedge else ""
    return (
        f'<tr id="{escape(item.id)}" data-id="{escape(item.id)}"'
        f' data-actors="{escape(" ".join(item.affects))}" data-domain="{item.domain.value}"'
        f' data-direction="{item.direction.value}" data-certainty="{item.certainty.value}"'
        f' data-horizon="{item.horizon.value}" data-voice="{escape(item.asserted_by)}"'
        f' data-text="{escape(searchable)}">'
        f'<th scope="row"><a href="#{escape(item.id)}"><code>{escape(item.id)}</code></a></th>'
        f'<td class="says">{_text(item.statement)}</td><td>{affects}</td>'
        f"<td>{item.domain.value}</td><td>{_direction(item.direction)}</td>"
        f'<td>{item.certainty.value}{hedge}<br><span class="facts">{item.horizon.value}'
        "</span></td>"
        f"<td>{_text(_voice_name(item.asserted_by, names))}</td>"
        f"<td>{_quote_links(item.evidence, length)}</td></tr>"
    )


# --- actors and relations ----------------------------------------------------------------


def _actors(selection: Selection, length: int) -> str:
    dossier = selection.dossier
    # One pass over the items, not one per actor: a dossier may have many of both.
    wants: dict[str, list[str]] = {}
    for interest in dossier.interests:
        wants.setdefault(interest.actor, []).append(_interest(interest, length))
    touching: dict[str, list[str]] = {}
    for item in dossier.implications:
        for affected in item.affects:
            touching.setdefault(affected, []).append(_id_link(item.id))
    cards = "".join(
        _actor_card(actor, wants.get(actor.id, []), touching.get(actor.id, []), length)
        for actor in dossier.actors
    )
    return _section("_actors", "Actors", f'<div class="cards">{cards}</div>')


def _actor_card(actor: Actor, wants: list[str], touching: list[str], length: int) -> str:
    """One actor: who it is, where the article names it, its interests (as list items),
    and links to the implications that affect it."""
    aliases = ", ".join(_text(a) for a in actor.aliases) or "none"
    implications = " ".join(touching) or "none"
    interests = f"<ul>{''.join(wants)}</ul>" if wants else "<p>None recorded.</p>"
    return (
        f'<article class="card" id="{escape(actor.id)}">'
        f'<h3><span class="says">{_text(actor.name)}</span> <code>{escape(actor.id)}</code>'
        f' <span class="kind">{actor.kind.value}</span></h3>'
        f"<p>{_text(actor.summary)}</p>"
        f'<p class="facts">Also called: {aliases}</p>'
        f'<p class="facts">Named in the article: {_quote_links(actor.evidence, length)}</p>'
        f"<h4>Interests</h4>{interests}"
        f"<h4>Implications affecting it</h4><p>{implications}</p></article>"
    )


def _interest(interest: Interest, length: int) -> str:
    return (
        f'<li id="{escape(interest.id)}"><span class="says">{_text(interest.statement)}</span>'
        f' <span class="facts">{_id_link(interest.id)}</span>'
        f'<div class="evidence">{_quote_links(interest.evidence, length)}</div></li>'
    )


def _relations(dossier: Dossier, names: dict[str, str], length: int) -> str:
    items = "".join(_relation(r, names, length) for r in dossier.relations)
    content = f'<ul class="relations">{items}</ul>' if items else "<p>None recorded.</p>"
    return _section("_relations", "Relations", content)


def _relation(relation: Relation, names: dict[str, str], length: int) -> str:
    first, second = (_link(a, _text(names.get(a, a))) for a in relation.actors)
    return (
        f'<li id="{escape(relation.id)}"><span class="kind tie-{relation.kind.value}">'
        f"{relation.kind.value}</span> {first} \u2013 {second}: "
        f'<span class="says">{_text(relation.statement)}</span>'
        f' <span class="facts">{_id_link(relation.id)}</span>'
        f'<div class="evidence">{_quote_links(relation.evidence, length)}</div></li>'
    )
