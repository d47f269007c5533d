"""Trees for one actor, for the whole map, and for one item in its sentence."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from ..article import SegmentIndex
from ..evidence import offsets
from ..findings import ActorProfile, Comparison
from ..models import (
    Actor,
    Dossier,
    Evidence,
    Implication,
    Interest,
    Item,
    Relation,
    Source,
    item_type,
)
from .items import items_listing
from .lines import item_line, quote_line
from .listing import View
from .table import plain

_CONTEXT = 1_000  # characters of a quote's sentence shown at most on either side of it


def _with_quotes(tree: Tree, item: Item, names: dict[str, str]) -> Tree:
    branch = tree.add(item_line(item, names))
    for evidence in item.evidence:
        branch.add(quote_line(evidence))
    return branch


def _by_domain(
    tree: Tree, items: Sequence[Implication], names: dict[str, str], domains: Sequence[str]
) -> None:
    for domain in domains:
        here = [i for i in items if i.domain == domain]
        if here:
            branch = tree.add(plain(f"{domain} ({len(here)})", "bold"))
            for item in here:
                _with_quotes(branch, item, names)


def _actor_tree(
    found: ActorProfile, tree: Tree, names: dict[str, str], *, with_relations: bool
) -> None:
    actor = found.actor
    if actor.aliases:
        tree.add(plain("also: " + ", ".join(actor.aliases), "dim"))
    named = tree.add(Text("named in the article", style="dim"))
    for evidence in actor.evidence:
        named.add(quote_line(evidence))
    branch = tree.add(Text(f"Interests ({len(found.interests)})", style="bold"))
    for interest in found.interests:
        _with_quotes(branch, interest, names)
    if with_relations:
        branch = tree.add(Text(f"Relations ({len(found.relations)})", style="bold"))
        for relation in found.relations:
            _with_quotes(branch, relation, names)
    mine = found.implications
    branch = tree.add(Text(f"Implications ({len(mine)})", style="bold"))
    _by_domain(branch, mine, names, found.domains)


def actor_heading(actor: Actor) -> Text:
    heading = plain(f"{actor.name} ({actor.id})", "bold")
    heading.append_text(plain(f" · {actor.kind.value}"))
    heading.append("\n")
    heading.append_text(plain(actor.summary))
    return heading


def _dumped(items: Sequence[Item]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


def actor_view(found: ActorProfile, names: dict[str, str]) -> View:
    """Everything about one actor: who, what it wants, its relations, what affects it."""
    actor = found.actor
    tree = Tree(actor_heading(actor))
    _actor_tree(found, tree, names, with_relations=True)
    record = {
        "actor": actor.model_dump(mode="json"),
        "interests": _dumped(found.interests),
        "relations": _dumped(found.relations),
        "implications": _dumped(found.implications),
    }
    items: list[Item] = [actor, *found.interests, *found.relations, *found.implications]
    return View(tree, items_listing(actor.name, items, record))


def map_view(source: Source, profiles: Sequence[ActorProfile], names: dict[str, str]) -> View:
    """The whole map: the source, then each actor with its interests and implications."""
    tree = Tree(plain(source.title, "bold"))
    tree.add(plain(f"{source.place} · tags: {', '.join(source.tags)}", "dim"))
    items: list[Item] = []
    actors = []
    for found in profiles:
        branch = tree.add(actor_heading(found.actor))
        _actor_tree(found, branch, names, with_relations=False)
        items += [found.actor, *found.interests, *found.implications]
        actors.append(
            {
                **found.actor.model_dump(mode="json"),
                "interests": _dumped(found.interests),
                "implications": _dumped(found.implications),
            }
        )
    record = {"source": source.model_dump(mode="json"), "actors": actors}
    return View(tree, items_listing("Map", items, record))


def in_context(article: str, evidence: Evidence, sentence: tuple[int, int]) -> Text:
    """The sentence(s) a quote comes from (``sentence``, from ``SegmentIndex.context``), the
    quote marked with « » and highlighted; \u2026 marks a sentence cut short (see _shown)."""
    start, end = _shown(evidence, sentence)
    text = plain(("\u2026" if start > sentence[0] else "") + article[start : evidence.start])
    text.append("\u00ab")
    text.append_text(plain(article[evidence.start : evidence.end], "bold reverse"))
    text.append("\u00bb")
    text.append_text(plain(article[evidence.end : end] + ("\u2026" if end < sentence[1] else "")))
    return text


def _shown(evidence: Evidence, sentence: tuple[int, int]) -> tuple[int, int]:
    """What of a quote's sentence is shown: at most _CONTEXT characters either side of the
    quote, so that a text without sentence breaks is not printed whole for every quote."""
    return max(sentence[0], evidence.start - _CONTEXT), min(sentence[1], evidence.end + _CONTEXT)


def item_view(dossier: Dossier, item: Item, article: str) -> View:
    """One item whole, each quote shown inside its sentence, with offsets."""
    tree = Tree(item_line(item, dossier.speakers()))
    if isinstance(item, Interest | Relation | Implication) and item.hedge:
        tree.add(plain(f"hedge: \u201c{item.hedge}\u201d", "dim"))
    if isinstance(item, Implication) and item.condition:
        tree.add(plain(f"condition: \u201c{item.condition}\u201d", "dim"))
    index = SegmentIndex(article)  # split once, however many quotes the item has
    sentences = [index.context(e.start, e.end) for e in item.evidence]
    for evidence, sentence in zip(item.evidence, sentences, strict=True):
        branch = tree.add(Text(f"evidence [{offsets(evidence)}]", style="dim"))
        branch.add(in_context(article, evidence, sentence))
    record = {"type": item_type(item), **item.model_dump(mode="json")}
    shown = [_shown(e, sentence) for e, sentence in zip(item.evidence, sentences, strict=True)]
    record["context"] = [
        {"start": start, "end": end, "text": article[start:end]} for start, end in shown
    ]
    return View(tree, items_listing(item.id, [item], record))


def compare_view(comparison: Comparison, names: dict[str, str]) -> View:
    """Two actors side by side: interests, shared implications, opposite domains."""
    from rich.table import Table

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
                f"{a.domain}: {first.name} {_lean(a.net)} ({a.risks} risks, {a.benefits} "
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
            first.id: _dumped(comparison.first_interests),
            second.id: _dumped(comparison.second_interests),
        },
        "shared_implications": _dumped(comparison.shared),
        "relations": _dumped(comparison.between),
        "opposite_domains": [
            {
                "domain": a.domain,
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
