"""Trees for one actor, for the whole map, and for one item in its sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from itertools import zip_longest

from rich.text import Text

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
from .outline import Branch, Printed
from .table import safe_text

_CONTEXT = 1_000  # characters of a quote's sentence shown at most on either side of it

# Every tree is an outline whose branches are made as the walk reaches them: the map of a
# dossier of 100,000 implications is printed a few hundred lines at a time, never held whole.


def _bold(label: str) -> Text:
    # Labels may hold an actor's name: data, never markup or a control sequence.
    return safe_text(label, style="bold")


def _quotes(item: Item) -> Iterator[Branch]:
    for evidence in item.evidence:
        yield Branch(quote_line(evidence))


def _with_quotes(item: Item, names: dict[str, str]) -> Branch:
    return Branch(item_line(item, names), partial(_quotes, item))


def _each_with_quotes(items: Sequence[Item], names: dict[str, str]) -> Iterator[Branch]:
    for item in items:
        yield _with_quotes(item, names)


def _headed(label: str, items: Sequence[Item], names: dict[str, str]) -> Branch:
    """``label (N)`` in bold, over each of the N items with its quotes."""
    return Branch(_bold(f"{label} ({len(items)})"), partial(_each_with_quotes, items, names))


def _by_domain(
    items: Sequence[Implication], names: dict[str, str], domains: Sequence[str]
) -> Iterator[Branch]:
    for domain in domains:
        here = [i for i in items if i.domain == domain]
        if here:
            yield _headed(domain, here, names)


def _actor_branches(
    found: ActorProfile, names: dict[str, str], *, with_relations: bool
) -> Iterator[Branch]:
    actor = found.actor
    if actor.aliases:
        yield Branch(safe_text("also: " + ", ".join(actor.aliases), "dim"))
    yield Branch(Text("named in the article", style="dim"), partial(_quotes, actor))
    yield _headed("Interests", found.interests, names)
    if with_relations:
        yield _headed("Relations", found.relations, names)
    mine = found.implications
    yield Branch(
        _bold(f"Implications ({len(mine)})"), partial(_by_domain, mine, names, found.domains)
    )


def actor_heading(actor: Actor) -> Text:
    heading = safe_text(f"{actor.name} ({actor.id})", "bold")
    heading.append_text(safe_text(f" · {actor.kind.value}"))
    heading.append("\n")
    heading.append_text(safe_text(actor.summary))
    return heading


def actor_view(found: ActorProfile, names: dict[str, str]) -> View:
    """Everything about one actor: who, what it wants, its relations, what affects it."""
    actor = found.actor
    tree = Branch(actor_heading(actor), partial(_actor_branches, found, names, with_relations=True))
    # JSON takes the models themselves: the same fields, without a dictionary of each.
    record = {
        "actor": actor,
        "interests": found.interests,
        "relations": found.relations,
        "implications": found.implications,
    }
    items: list[Item] = [actor, *found.interests, *found.relations, *found.implications]
    return View(Printed((tree,)), partial(items_listing, actor.name, items, record))


def _map_branches(
    source: Source, profiles: Sequence[ActorProfile], names: dict[str, str]
) -> Iterator[Branch]:
    yield Branch(safe_text(f"{source.place} · tags: {', '.join(source.tags)}", "dim"))
    for found in profiles:
        yield Branch(
            actor_heading(found.actor),
            partial(_actor_branches, found, names, with_relations=False),
        )


def map_view(source: Source, profiles: Sequence[ActorProfile], names: dict[str, str]) -> View:
    """The whole map: the source, then each actor with its interests and implications."""
    tree = Branch(safe_text(source.title, "bold"), partial(_map_branches, source, profiles, names))
    items: list[Item] = []
    actors = []
    for found in profiles:
        items += [found.actor, *found.interests, *found.implications]
        actors.append(
            {
                **found.actor.model_dump(mode="json"),
                "interests": found.interests,
                "implications": found.implications,
            }
        )
    record = {"source": source, "actors": actors}
    return View(Printed((tree,)), partial(items_listing, "Map", items, record))


def in_context(article: str, evidence: Evidence, sentence: tuple[int, int]) -> Text:
    """The sentence(s) a quote comes from (``sentence``, from ``SegmentIndex.context``), the
    quote marked with « » and highlighted; \u2026 marks a sentence cut short (see _shown)."""
    start, end = _shown(evidence, sentence)
    text = safe_text(("\u2026" if start > sentence[0] else "") + article[start : evidence.start])
    text.append("\u00ab")
    text.append_text(safe_text(article[evidence.start : evidence.end], "bold reverse"))
    text.append("\u00bb")
    text.append_text(
        safe_text(article[evidence.end : end] + ("\u2026" if end < sentence[1] else ""))
    )
    return text


def _shown(evidence: Evidence, sentence: tuple[int, int]) -> tuple[int, int]:
    """What of a quote's sentence is shown: at most _CONTEXT characters either side of the
    quote, so that a text without sentence breaks is not printed whole for every quote."""
    return max(sentence[0], evidence.start - _CONTEXT), min(sentence[1], evidence.end + _CONTEXT)


def item_view(dossier: Dossier, item: Item, article: str) -> View:
    """One item whole, each quote shown inside its sentence, with offsets."""
    names = dossier.speakers()
    index = SegmentIndex(article)  # split once, however many quotes the item has
    sentences = [index.context(e.start, e.end) for e in item.evidence]
    branches = []
    if isinstance(item, Interest | Relation | Implication) and item.hedge:
        branches.append(Branch(safe_text(f"hedge: \u201c{item.hedge}\u201d", "dim")))
    if isinstance(item, Implication) and item.condition:
        branches.append(Branch(safe_text(f"condition: \u201c{item.condition}\u201d", "dim")))
    for evidence, sentence in zip(item.evidence, sentences, strict=True):
        branches.append(
            Branch(
                Text(f"evidence [{offsets(evidence)}]", style="dim"),
                [Branch(in_context(article, evidence, sentence))],
            )
        )
    tree = Branch(item_line(item, names), branches)
    record = {"type": item_type(item), **item.model_dump(mode="json")}
    shown = [_shown(e, sentence) for e, sentence in zip(item.evidence, sentences, strict=True)]
    record["context"] = [
        {"start": start, "end": end, "text": article[start:end]} for start, end in shown
    ]
    return View(Printed((tree,)), partial(items_listing, item.id, [item], record))


def compare_view(comparison: Comparison, names: dict[str, str]) -> View:
    """Two actors side by side: interests, shared implications, opposite domains, the third
    actors one stands with and the other against, and what each bears on the other's
    account."""
    from rich.table import Table

    first, second = comparison.first, comparison.second
    wants = Table(title="What each wants", expand=True, title_justify="left")
    wants.add_column(safe_text(f"{first.name} ({first.id})"), ratio=1)
    wants.add_column(safe_text(f"{second.name} ({second.id})"), ratio=1)
    for pair in zip_longest(comparison.first_interests, comparison.second_interests):
        wants.add_row(*(item_line(i, names) if i else Text("") for i in pair))
    shared = _headed("Implications for both", comparison.shared, names)
    between = _headed("Relations between them", comparison.between, names)
    opposite = Branch(
        _bold(f"Domains where they stand on opposite sides ({len(comparison.opposite)})"),
        [
            Branch(
                safe_text(
                    f"{a.domain}: {first.name} {_lean(a.net)} ({a.risks} risks, "
                    f"{a.benefits} benefits); {second.name} {_lean(b.net)} ({b.risks} risks, "
                    f"{b.benefits} benefits)"
                )
            )
            for a, b in comparison.opposite
        ],
    )
    apart = Branch(
        _bold(f"Third actors they stand apart on ({len(comparison.apart)})"),
        [
            Branch(
                safe_text(
                    f"{third.name}: {first.name} {_kinds(ours)}; {second.name} {_kinds(theirs)}"
                ),
                partial(_each_with_quotes, [*ours, *theirs], names),
            )
            for third, ours, theirs in comparison.apart
        ],
    )
    on_account = [
        _headed(f"Implications for {bearer.name} on account of {other.name}", found, names)
        for bearer, other, found in (
            (first, second, comparison.first_on_second),
            (second, first, comparison.second_on_first),
        )
    ]
    items: list[Item] = [
        *comparison.first_interests,
        *comparison.second_interests,
        *comparison.shared,
        *comparison.between,
        *(r for _, ours, theirs in comparison.apart for r in (*ours, *theirs)),
        *comparison.first_on_second,
        *comparison.second_on_first,
    ]
    record = {
        "actors": [first.id, second.id],
        "interests": {
            first.id: comparison.first_interests,
            second.id: comparison.second_interests,
        },
        "shared_implications": comparison.shared,
        "relations": comparison.between,
        "opposite_domains": [
            {
                "domain": a.domain,
                first.id: {"risks": a.risks, "benefits": a.benefits},
                second.id: {"risks": b.risks, "benefits": b.benefits},
            }
            for a, b in comparison.opposite
        ],
        "third_actors_apart": [
            {
                "actor": third.id,
                first.id: [r.id for r in ours],
                second.id: [r.id for r in theirs],
            }
            for third, ours, theirs in comparison.apart
        ],
        # Each actor's id: the implications for it that name the other, who is not affected.
        "on_account_of_the_other": {
            first.id: comparison.first_on_second,
            second.id: comparison.second_on_first,
        },
    }
    title = f"{first.name} and {second.name}"
    return View(
        Printed((wants, shared, between, opposite, apart, *on_account)),
        partial(items_listing, title, items, record),
    )


def _kinds(relations: Sequence[Relation]) -> str:
    """``partnership, agreement``: the kinds of relation, once each, in file order."""
    return ", ".join(dict.fromkeys(r.kind.value for r in relations))


def _lean(net: int) -> str:
    return "leans to risk" if net < 0 else "leans to benefit" if net > 0 else "is balanced"
