"""A dossier's items rebuilt from the coded spans that cite them: each item's values come
from its spans' codes, one facet at a time, and its quotes are cut from the article at the
spans' positions. An item that cannot be rebuilt is left out with a note saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..qdavocabulary import ITEM_FACETS, Facet, ItemType
from .project import Reader, Span

_LISTS = {
    ItemType.INTEREST: "interests",
    ItemType.RELATION: "relations",
    ItemType.IMPLICATION: "implications",
}


def build_items(reader: Reader, spans: list[Span], article: str) -> dict[str, list[dict[str, Any]]]:
    """The dossier's lists: actors in codebook order, the rest in order of first span."""
    claimed: dict[tuple[ItemType, str], list[Span]] = {}
    for span in spans:
        claimed.setdefault((span.record.kind, span.record.item_id), []).append(span)
    lists: dict[str, list[dict[str, Any]]] = {
        "actors": [],
        "interests": [],
        "relations": [],
        "implications": [],
    }
    for actor_id in reader.actors:
        actor = _build(
            reader, ItemType.ACTOR, actor_id, claimed.pop((ItemType.ACTOR, actor_id), []), article
        )
        if actor is not None:
            lists["actors"].append(actor)
    for (kind, item_id), cited in claimed.items():
        if kind is ItemType.ACTOR:
            reader.note(f"{item_id}: spans name an actor the codebook does not have; not imported")
            continue
        item = _build(reader, kind, item_id, cited, article)
        if item is not None:
            lists[_LISTS[kind]].append(item)
    return lists


def _build(
    reader: Reader, kind: ItemType, item_id: str, spans: list[Span], article: str
) -> dict[str, Any] | None:
    """One item from its spans, or None (with a note saying why)."""
    if not spans:
        reader.note(f"{item_id}: no coded span is left to quote; not imported")
        return None
    # A span with no code at all is a bare quote of the item (one added in a QDA tool by
    # typing the item's id as its description): the item's codes are those of the others.
    coded = [span.codes for span in spans if span.codes]
    codes = coded[0] if coded else []
    if any(other != codes for other in coded[1:]):
        reader.note(f"{item_id}: its spans are coded differently; the first span's codes were kept")
    statements = [s.record.rest for s in spans if s.record.rest]
    if len(set(statements)) > 1:
        reader.note(f"{item_id}: its spans' descriptions differ; the first was kept")
    for facet in dict.fromkeys(f for f, _ in codes if f not in ITEM_FACETS[kind]):
        reader.note(
            f"{item_id}: a {kind.value} has no {facet.value}; those codes were not imported"
        )
    if [v for f, v in codes if f is Facet.ITEM_TYPES] != [kind.value]:
        reader.note(
            f"{item_id}: its item-type codes do not say {kind.value!r} alone; its "
            "description's kind was kept"
        )
    pick = _Picker(reader, item_id, codes)
    evidence = [{"quote": article[s.start : s.end], "start": s.start, "end": s.end} for s in spans]
    item: dict[str, Any] = {"id": item_id}
    if kind is ItemType.ACTOR:
        known = reader.actors[item_id]
        if pick.all(Facet.ACTORS) != [item_id]:
            reader.note(
                f"{item_id}: its spans should carry its own actor code alone; "
                "the description's id was kept"
            )
        item |= {
            "name": known.name,
            "aliases": known.aliases,
            "kind": pick.one(Facet.ACTOR_KINDS),
            "summary": known.summary,
        }
    else:
        if not statements:
            reader.note(f"{item_id}: no span's description has a statement; not imported")
            return None
        item["statement"] = statements[0]
        if kind is ItemType.INTEREST:
            item["actor"] = pick.one(Facet.ACTORS)
        elif kind is ItemType.RELATION:
            item |= {
                "actors": pick.exactly(Facet.ACTORS, 2),
                "kind": pick.one(Facet.RELATION_KINDS),
            }
        if kind in (ItemType.INTEREST, ItemType.RELATION):
            # Format 1's projects code none of these: the defaults are what it meant.
            item |= {
                "asserted_by": pick.optional(Facet.VOICES) or "article",
                "certainty": pick.optional(Facet.CERTAINTIES) or "asserted",
                "hedge": pick.optional(Facet.HEDGES),
            }
        elif kind is ItemType.IMPLICATION:
            item |= {
                "affects": pick.at_least_one(Facet.ACTORS),
                "domain": pick.one(Facet.DOMAINS),
                "direction": pick.one(Facet.DIRECTIONS),
                "certainty": pick.one(Facet.CERTAINTIES),
                "horizon": pick.one(Facet.HORIZONS),
                "asserted_by": pick.one(Facet.VOICES),
                "hedge": pick.optional(Facet.HEDGES),
                "condition": pick.optional(Facet.CONDITIONS),
            }
    if pick.missing:
        return None
    return {**item, "evidence": evidence}


@dataclass
class _Picker:
    """An item's values for each facet, noting (once) each facet that has the wrong count."""

    reader: Reader
    item_id: str
    codes: list[tuple[Facet, str]]
    missing: bool = False

    def all(self, facet: Facet) -> list[str]:
        return [value for f, value in self.codes if f is facet]

    def _counted(self, facet: Facet, fits: Callable[[int], bool], wanted: str) -> list[str]:
        values = self.all(facet)
        if not fits(len(values)):
            self.reader.note(
                f"{self.item_id}: needs {wanted} from {facet.value!r}, has "
                f"{len(values)}; not imported"
            )
            self.missing = True
        return values

    def one(self, facet: Facet) -> str | None:
        values = self._counted(facet, lambda n: n == 1, "one code")
        return values[0] if values else None

    def exactly(self, facet: Facet, count: int) -> list[str]:
        return self._counted(facet, lambda n: n == count, f"{count} codes")

    def at_least_one(self, facet: Facet) -> list[str]:
        return self._counted(facet, lambda n: n >= 1, "at least one code")

    def optional(self, facet: Facet) -> str | None:
        values = self._counted(facet, lambda n: n <= 1, "at most one code")
        return values[0] if values else None
