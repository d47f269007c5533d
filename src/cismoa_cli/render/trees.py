"""Trees for one actor, for the whole map, and for one item in its sentence."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from ..article import Segment, context
from ..models import Actor, Dossier, Evidence, Implication, Item
from ..query import Comparison, affecting, interests, relations
from ..vocabulary import Domain
from .items import item_line, items_listing, quote_line
from .listing import View, plain


def names_of(dossier: Dossier) -> dict[str, str]:
    """Actor ids to names, for lines a reader reads."""
    return {actor.id: actor.name for actor in dossier.actors}


def _with_quotes(tree: Tree, item: Item, names: dict[str, str]) -> Tree:
    branch = tree.add(item_line(item, names))
    for evidence in item.evidence:
        branch.add(quote_line(evidence))
    return branch


def _by_domain(tree: Tree, items: Sequence[Implication], names: dict[str, str]) -> None:
    for domain in Domain:
        here = [i for i in items if i.domain is domain]
        if here:
            branch = tree.add(Text(f"{domain.value} ({len(here)})", style="bold"))
            for item in here:
                _with_quotes(branch, item, names)


def _actor_tree(dossier: Dossier, actor: Actor, tree: Tree, *, with_relations: bool) -> None:
    names = names_of(dossier)
    if actor.aliases:
        tree.add(plain("also: " + ", ".join(actor.aliases), "dim"))
    named = tree.add(Text("named in the article", style="dim"))
    for evidence in actor.evidence:
        named.add(quote_line(evidence))
    wants = interests(dossier, [actor.id])
    branch = tree.add(Text(f"Interests ({len(wants)})", style="bold"))
    for interest in wants:
        _with_quotes(branch, interest, names)
    if with_relations:
        ties = relations(dossier, [actor.id])
        branch = tree.add(Text(f"Relations ({len(ties)})", style="bold"))
        for relation in ties:
            _with_quotes(branch, relation, names)
    mine = affecting(dossier, actor.id)
    _by_domain(tree.add(Text(f"Implications ({len(mine)})", style="bold")), mine, names)


def actor_heading(actor: Actor) -> Text:
    heading = plain(f"{actor.name} ({actor.id})", "bold")
    heading.append_text(plain(f" · {actor.kind.value}"))
    heading.append("\n")
    heading.append_text(plain(actor.summary))
    return heading


def actor_view(dossier: Dossier, actor: Actor) -> View:
    """Everything about one actor: who, what it wants, its relations, what affects it."""
    tree = Tree(actor_heading(actor))
    _actor_tree(dossier, actor, tree, with_relations=True)
    wants = interests(dossier, [actor.id])
    ties = relations(dossier, [actor.id])
    mine = affecting(dossier, actor.id)
    record = {
        "actor": actor.model_dump(mode="json"),
        "interests": [i.model_dump(mode="json") for i in wants],
        "relations": [r.model_dump(mode="json") for r in ties],
        "implications": [i.model_dump(mode="json") for i in mine],
    }
    return View(tree, items_listing(actor.name, [actor, *wants, *ties, *mine], record))


def map_view(dossier: Dossier) -> View:
    """The whole map: the source, then each actor with its interests and implications."""
    source = dossier.source
    tree = Tree(plain(source.title, "bold"))
    tree.add(plain(f"{source.place} · tags: {', '.join(source.tags)}", "dim"))
    items: list[Item] = []
    actors = []
    for actor in dossier.actors:
        _actor_tree(dossier, actor, tree.add(actor_heading(actor)), with_relations=False)
        wants = interests(dossier, [actor.id])
        mine = affecting(dossier, actor.id)
        items += [actor, *wants, *mine]
        actors.append(
            {
                **actor.model_dump(mode="json"),
                "interests": [i.model_dump(mode="json") for i in wants],
                "implications": [i.model_dump(mode="json") for i in mine],
            }
        )
    record = {"source": source.model_dump(mode="json"), "actors": actors}
    return View(tree, items_listing("Map", items, record))


def in_context(article: str, evidence: Evidence, found: Sequence[Segment] | None = None) -> Text:
    """The sentence(s) a quote comes from, the quote marked with « » and highlighted.

    ``found``: the article's segments, if already split (see :func:`~..article.context`).
    """
    start, end = context(article, evidence.start, evidence.end, found)
    text = plain(article[start : evidence.start])
    text.append("\u00ab")
    text.append_text(plain(article[evidence.start : evidence.end], "bold reverse"))
    text.append("\u00bb")
    text.append_text(plain(article[evidence.end : end]))
    return text


def item_view(dossier: Dossier, item: Item, article: str) -> View:
    """One item whole, each quote shown inside its sentence, with offsets."""
    names = names_of(dossier)
    tree = Tree(item_line(item, names))
    if isinstance(item, Implication) and item.hedge:
        tree.add(plain(f"hedge: \u201c{item.hedge}\u201d", "dim"))
    for evidence in item.evidence:
        branch = tree.add(Text(f"evidence [{evidence.start}\u2013{evidence.end}]", style="dim"))
        branch.add(in_context(article, evidence))
    record = {"kind": type(item).__name__.lower(), **item.model_dump(mode="json")}
    record["context"] = [
        dict(zip(("start", "end"), context(article, e.start, e.end), strict=True))
        | {"text": article[slice(*context(article, e.start, e.end))]}
        for e in item.evidence
    ]
    return View(tree, items_listing(item.id, [item], record))


def compare_view(dossier: Dossier, comparison: Comparison) -> View:
    """Two actors side by side: interests, shared implications, opposite domains."""
    from rich.table import Table

    names = names_of(dossier)
    first, second = comparison.first, comparison.second
    wants = Table(title="What each wants", expand=True, title_justify="left")
    wants.add_column(plain(f"{first.name} ({first.id})"), ratio=1)
    wants.add_column(plain(f"{second.name} ({second.id})"), ratio=1)
    for pair in zip_longest(comparison.first_interests, comparison.second_interests):
        wants.add_row(*(item_line(i, names) if i else Text("") for i in pair))
    shared = Tree(Text(f"Implications for both ({len(comparison.shared)})", style="bold"))
    for item in comparison.shared:
        _with_quotes(shared, item, names)
    between = Tree(Text(f"Relations between them ({len(comparison.between)})", style="bold"))
    for relation in comparison.between:
        _with_quotes(between, relation, names)
    opposite = Tree(
        Text(
            f"Domains where they stand on opposite sides ({len(comparison.opposite)})", style="bold"
        )
    )
    for a, b in comparison.opposite:
        opposite.add(
            plain(
                f"{a.domain.value}: {first.name} {_lean(a.net)} ({a.risks} risks, {a.benefits} "
                f"benefits); {second.name} {_lean(b.net)} ({b.risks} risks, {b.benefits} benefits)"
            )
        )
    items: list[Item] = [
        *comparison.first_interests,
        *comparison.second_interests,
        *comparison.shared,
        *comparison.between,
    ]
    record = {
        "actors": [first.id, second.id],
        "interests": {
            first.id: [i.model_dump(mode="json") for i in comparison.first_interests],
            second.id: [i.model_dump(mode="json") for i in comparison.second_interests],
        },
        "shared_implications": [i.model_dump(mode="json") for i in comparison.shared],
        "relations": [r.model_dump(mode="json") for r in comparison.between],
        "opposite_domains": [
            {
                "domain": a.domain.value,
                first.id: {"risks": a.risks, "benefits": a.benefits},
                second.id: {"risks": b.risks, "benefits": b.benefits},
            }
            for a, b in comparison.opposite
        ],
    }
    title = f"{first.name} and {second.name}"
    return View(Group(wants, shared, between, opposite), items_listing(title, items, record))


def _lean(net: int) -> str:
    return "leans to risk" if net < 0 else "leans to benefit" if net > 0 else "is balanced"
