"""The HTML report: one self-contained file that opens offline.

Inline CSS, JavaScript and SVG only, and a Content-Security-Policy that lets the page load
nothing else: its style and script are allowed by their SHA-256 hashes, so the same input
gives the same bytes. It holds the source and an at-a-glance summary, the actor map, the
impact matrix as a heatmap, the article with every cited span marked, the implications as
a table with filters, the actors with their interests, and the relations.

Markup other tools may rely on (docs/exports-and-formats.md documents it): every item is an
element whose ``id`` is the item's id; each cited span is a ``<mark>`` with ``data-start``,
``data-end`` and ``data-items`` (see :mod:`marks`); each implication row carries
``data-id`` and ``data-status``, and a row a filter hides has the ``hidden`` attribute; the
map is one ``<svg>`` whose actor nodes carry ``data-actor``. Every text from the data is
escaped, with control characters spelled out, so none of it can become markup.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from html import escape
from importlib import resources

from .. import __version__
from ..models import Dossier
from ..query import Selection, matrix
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction
from .actormap import DIRECTION_MARKS, ActorMap, Lean, actor_map, lean
from .htmlitems import actors, implications, relations
from .htmltext import collapsed_text, escaped, id_link, link, section, voice_name
from .mapsvg import map_svg
from .marks import Span, cited_spans, marked_article

_FIRMEST = 5  # risks and benefits in the summary


def report(selection: Selection, article: str, article_name: str = "article.txt") -> str:
    """The whole report for a selection of the dossier, as one HTML document."""
    return "".join(report_pieces(selection, article, article_name))


def report_pieces(
    selection: Selection, article: str, article_name: str = "article.txt"
) -> Iterator[str]:
    """The report a piece at a time (the implications' table a row at a time), so that a
    large dossier's report is written as it is made, never held whole."""
    dossier = selection.dossier
    chart = actor_map(selection)
    names = {a.id: a.name for a in dossier.actors}
    spans = cited_spans(dossier, len(article))
    style = _asset("report.css")
    script = _asset("report.js")
    title = f"Stakeholder report: {collapsed_text(dossier.source.title)}"
    policy = (
        f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(script)}';"
        " img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    head = [
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
        _header(selection, article_name),
        _nav(),
        "<main>",
        _glance(selection, chart),
        _map(chart),
        _matrix(selection, names),
        _article(article, spans),
    ]
    yield "\n".join(head) + "\n"
    yield from implications(dossier, names, len(article))
    tail = [
        "",
        actors(selection, len(article)),
        relations(dossier, names, len(article)),
        "</main>",
        f"<footer><p>Made by cismoa {escape(__version__)} from"
        f" {escaped(article_name)} and its dossier.</p></footer>",
        f"<script>{script}</script>",
        "</body>",
        "</html>",
    ]
    yield "\n".join(tail) + "\n"


def _asset(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# --- header and summary ------------------------------------------------------------------


def _header(selection: Selection, article_name: str) -> str:
    source = selection.dossier.source
    focus = [a for a in selection.dossier.actors if a.id in selection.focus]
    view = ""
    if len(focus) < len(selection.dossier.actors):
        who = ", ".join(escaped(a.name) for a in focus)
        view = f'<p class="view">This report shows the view of {who} only.</p>'
    tags = ", ".join(escaped(tag) for tag in source.tags) or "none"
    return (
        '<header class="source">'
        f'<p class="kicker">Stakeholder report</p><h1>{escaped(source.title)}</h1>'
        f"<p>{escaped(source.place)} \u00b7 tags: {tags}</p>"
        f'<p class="hash">Article {escaped(article_name)}, SHA-256 <code>{source.sha256}</code></p>'
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
    links = "".join(f"<li>{link(anchor, words)}</li>" for anchor, words in _SECTIONS)
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
        f'<tr><th scope="row">{link(a.id, escaped(a.name))}</th><td>{a.implications}</td>'
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
    return section("_glance", "At a glance", counts + f'<div class="firmest">{lists}</div>' + leans)


def _firmest(dossier: Dossier, direction: Direction, names: dict[str, str]) -> str:
    """The implications one way an analyst would weigh first: the most firmly stated, then
    those touching the most actors, then those the most quotes back (file order last).
    Each that is not the article's own claim says whose it is."""
    order = list(Certainty)
    found = sorted(
        (i for i in dossier.implications if i.direction is direction),
        key=lambda i: (order.index(i.certainty), -len(i.affects), -len(i.evidence)),
    )[:_FIRMEST]
    if not found:
        return "<p>None.</p>"
    speakers = dossier.speakers()
    items = "".join(
        f"<li>{id_link(i.id)} {_whose(i.asserted_by, speakers)}{escaped(i.statement)}"
        f' <span class="facts">{", ".join(escaped(names.get(a, a)) for a in i.affects)}'
        f" \u00b7 {escaped(i.domain)} \u00b7 {i.certainty.value} \u00b7 {len(i.evidence)}"
        f" quote{'' if len(i.evidence) == 1 else 's'}</span></li>"
        for i in found
    )
    return f"<ol>{items}</ol>"


def _whose(voice: str, names: dict[str, str]) -> str:
    if voice == ARTICLE_VOICE:
        return ""
    return f'<span class="whose">According to {escaped(voice_name(voice, names))}:</span> '


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
        " actor, a strand per direction, with the counts. Select an actor to read about it"
        " and show only the implications that affect it, or a relation to read about"
        " it.</figcaption>"
    )
    return section(
        "_map",
        "Actor map",
        f'{controls}<figure class="map-figure"><div class="scroll">{drawing.svg}</div>'
        f"{caption}</figure>",
    )


def _matrix(selection: Selection, names: dict[str, str]) -> str:
    dossier = selection.dossier
    cells = {(c.actor, c.domain): c for c in matrix(dossier)}
    most = max((c.implications for c in cells.values()), default=0) or 1
    domains = dossier.domain_names()
    head = "".join(f'<th scope="col">{escaped(d)}</th>' for d in domains)
    rows = []
    for actor_id in selection.focus:
        shown = []
        for domain in domains:
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
        name = link(actor_id, escaped(names[actor_id]))
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
    return section("_matrix", "Impact matrix", f'<div class="scroll">{table}</div>{legend}')


# --- the article ---------------------------------------------------------------------------


def _article(article: str, spans: dict[Span, list[str]]) -> str:
    intro = (
        f'<p class="note">{len(spans)} cited spans are marked. Point at one, or move to it'
        " with the Tab key and then the arrow keys, to see the items citing it; each item"
        " links to its spans.</p>"
    )
    text = f'<div class="article" id="_text">{marked_article(article, spans)}</div>'
    popover = (
        '<div id="_cites" class="cites" role="dialog" aria-label="Items citing this span"'
        " hidden></div>"
    )
    # Without JavaScript there is no pop-up: list where each span is cited instead.
    entries = "".join(
        f'<li><a href="#{span.anchor}">{span.start}\u2013{span.end}</a>: '
        f"{' '.join(id_link(i) for i in ids)}</li>"
        for span, ids in spans.items()
    )
    fallback = f'<noscript><h3>Who cites each span</h3><ul class="spans">{entries}</ul></noscript>'
    return section("_article", "The article", intro + text + popover + fallback)
