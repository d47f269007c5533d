"""Where a document that walks through items prints each quote, so that it prints it once.

Items often cite the same words: two implications the same sentence, an actor the phrase
inside another item's quote. Given the items in the order a document shows them, each
quoted span is printed by the first item that cites it, unless it lies inside a longer
quoted span: then it is printed only as part of that one, and the items citing it point to
the item printing it (unless they print it themselves). No quote is then printed whole more
than once, nor inside more than the quotes that overlap at its place.
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
    printers: dict[Span, str]  # each printed span, in the article's order -> the item printing it


def place(items: Sequence[Item]) -> Citations:
    """Which item prints which quote, for items in the order a document shows them."""
    cited_by: dict[Span, dict[str, None]] = {}  # the ids in document order, each once
    for item in items:
        for evidence in item.evidence:
            cited_by.setdefault((evidence.start, evidence.end), {})[item.id] = None
    hosts = _hosts(cited_by)
    printed: dict[str, list[Evidence]] = {item.id: [] for item in items}
    elsewhere: dict[str, list[str]] = {item.id: [] for item in items}
    for item in items:
        spans = {(e.start, e.end): e for e in item.evidence}  # each span once
        mine = printed[item.id]
        mine += [
            e for s, e in spans.items() if hosts[s] == s and next(iter(cited_by[s])) == item.id
        ]
        for span in spans:
            if any(e.start <= span[0] and span[1] <= e.end for e in mine):
                continue  # printed here, whole or inside a quote printed here
            printer = next(iter(cited_by[hosts[span]]))
            if printer not in elsewhere[item.id]:
                elsewhere[item.id].append(printer)
    return Citations(
        printed={k: tuple(v) for k, v in printed.items()},
        elsewhere={k: tuple(v) for k, v in elsewhere.items()},
        printers={span: next(iter(cited_by[span])) for span in sorted(set(hosts.values()))},
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
