"""Where a document that walks through items prints each quote, so that it prints it once.

Items often cite the same words: two implications the same sentence, an actor the phrase
inside another item's quote. Given the items in the order a document shows them, each
quoted span is printed by the first item that cites it, unless it lies inside a longer
quoted span; then it is printed only as part of that one, and the items citing it point
there. No quote is then printed whole more than once, nor inside more than the quotes that
overlap at its place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Evidence, Item

Span = tuple[int, int]  # start, end: offsets in the article


@dataclass(frozen=True)
class Citations:
    """What each item prints of its evidence, and where its other quotes are printed."""

    printed: dict[str, tuple[Evidence, ...]]  # item id -> the quotes it prints
    elsewhere: dict[str, tuple[str, ...]]  # item id -> ids of the items printing its others
    # Each printed span, in the article's order -> the ids of the items citing it or a span
    # inside it, the one printing it first.
    index: dict[Span, tuple[str, ...]]


def place(items: Sequence[Item]) -> Citations:
    """Which item prints which quote, for items in the order a document shows them."""
    cited_by: dict[Span, list[str]] = {}
    for item in items:
        for evidence in item.evidence:
            ids = cited_by.setdefault((evidence.start, evidence.end), [])
            if item.id not in ids:
                ids.append(item.id)
    hosts = _hosts(cited_by)
    printed: dict[str, list[Evidence]] = {item.id: [] for item in items}
    elsewhere: dict[str, list[str]] = {item.id: [] for item in items}
    for item in items:
        for evidence in item.evidence:
            span = (evidence.start, evidence.end)
            printer = cited_by[hosts[span]][0]
            if printer != item.id:
                if printer not in elsewhere[item.id]:
                    elsewhere[item.id].append(printer)
            elif hosts[span] == span and evidence not in printed[item.id]:
                printed[item.id].append(evidence)
    index: dict[Span, list[str]] = {}
    for span, host in sorted(hosts.items(), key=lambda pair: (pair[0][0], -pair[0][1])):
        ids = index.setdefault(host, [])
        ids += [i for i in cited_by[span] if i not in ids]
    return Citations(
        printed={k: tuple(v) for k, v in printed.items()},
        elsewhere={k: tuple(v) for k, v in elsewhere.items()},
        index={span: tuple(ids) for span, ids in sorted(index.items())},
    )


def _hosts(spans: Iterable[Span]) -> dict[Span, Span]:
    """Each span's host: itself if no other span contains it, else a span that does and
    that no span contains (the first to reach furthest)."""
    hosts: dict[Span, Span] = {}
    reach: Span | None = None  # of the spans so far, the first that ends furthest
    # By start, then longest first: every span containing another comes before it.
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if reach is None or span[1] > reach[1]:
            reach = span
        hosts[span] = reach
    return hosts
