"""Reviewing a drafted dossier: accept a proposed item, reject it, or change its labels.

Pure functions, a dossier in and a dossier out: items keep their file order, and none of
them returns a dossier that fails its checks. A change that would (rejecting an actor that
implications still affect, leaving an implication affecting no one) is refused with a
:class:`ReviewRefused` that says why and what to do first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .errors import CismoaError
from .models import (
    Actor,
    Dossier,
    Implication,
    Interest,
    Item,
    Relation,
    Voice,
    reference_problems,
)
from .textio import to_json
from .vocabulary import (
    ARTICLE_VOICE,
    ActorKind,
    Certainty,
    Direction,
    Horizon,
    RelationKind,
    Status,
    VoiceKind,
)

LISTS = ("actors", "voices", "interests", "relations", "implications")
_NAMED = 5  # items named in a refusal before "…"


class ReviewRefused(CismoaError):
    """A review action that would leave the dossier failing its checks, or names nothing."""


def find(dossier: Dossier, item_id: str) -> tuple[str, int, Item]:
    """The list, index and item of the item with exactly this id."""
    for field, index, item in dossier.items():
        if item.id == item_id:
            return field, index, item
    raise ReviewRefused(f"no item has the id {item_id!r}")


def proposed(dossier: Dossier) -> int:
    """How many items are still proposals."""
    return sum(item.status is Status.PROPOSED for _, _, item in dossier.items())


def accept(dossier: Dossier, item_id: str) -> Dossier:
    """The dossier with the item accepted: a reader's now. Its cue stays, as the record of
    what made the drafter propose it (format 2 allows a cue on any item)."""
    field, index, item = find(dossier, item_id)
    return _replaced(dossier, field, index, item.model_copy(update={"status": Status.ACCEPTED}))


def referring(dossier: Dossier, item_id: str) -> list[str]:
    """The ids of the items that name ``item_id`` (an actor's or a voice's): the claims
    about an actor or asserted by it, the voices affiliated to it."""
    found: list[str] = []
    for voice in dossier.voices:
        if voice.affiliation == item_id:
            found.append(voice.id)
    for _, _, claim in dossier.claims():
        if isinstance(claim, Implication):
            about: Sequence[str] = claim.affects
        elif isinstance(claim, Interest):
            about = (claim.actor,)
        else:
            about = claim.actors
        if item_id in about or claim.asserted_by == item_id:
            found.append(claim.id)
    return found


def reject(dossier: Dossier, item_id: str) -> Dossier:
    """The dossier without the item. An actor or voice that other items still name is
    refused: those are rejected or edited first, so nothing goes that the reader did not
    choose."""
    field, index, item = find(dossier, item_id)
    named = referring(dossier, item_id) if isinstance(item, Actor | Voice) else []
    if named:
        listed = ", ".join(named[:_NAMED]) + (", \u2026" if len(named) > _NAMED else "")
        raise ReviewRefused(
            f"{item_id} is named by {len(named)} other item{'s' if len(named) > 1 else ''} "
            f"({listed}): reject them or change their labels first"
        )
    items: tuple[Item, ...] = getattr(dossier, field)
    return dossier.model_copy(update={field: items[:index] + items[index + 1 :]})


@dataclass(frozen=True)
class Label:
    """A field of an item a reviewer may change, and the values it may take, in the order
    a listing shows them; ``many``: a set of them (the actors an implication affects);
    ``optional``: may be left empty."""

    field: str
    values: tuple[str, ...]
    many: bool = False
    optional: bool = False


def labels(dossier: Dossier, item: Item) -> list[Label]:
    """What may be changed of ``item``: its labels, each from the dossier's own words (its
    domains, actors and voices) or from the format's vocabularies. Statements, quotes and
    hedges are the article's words, not labels: they are edited in the file."""
    actors = tuple(a.id for a in dossier.actors)
    speakers = (ARTICLE_VOICE, *(v.id for v in dossier.voices), *actors)
    certainty = Label("certainty", _words(Certainty))
    asserted_by = Label("asserted_by", speakers)
    if isinstance(item, Implication):
        return [
            Label("affects", actors, many=True),
            Label("domain", dossier.domain_names()),
            Label("direction", _words(Direction)),
            certainty,
            Label("horizon", _words(Horizon)),
            asserted_by,
        ]
    if isinstance(item, Interest):
        return [Label("actor", actors), certainty, asserted_by]
    if isinstance(item, Relation):
        return [Label("kind", _words(RelationKind)), certainty, asserted_by]
    if isinstance(item, Voice):
        return [Label("kind", _words(VoiceKind)), Label("affiliation", actors, optional=True)]
    return [Label("kind", _words(ActorKind))]


def current(item: Item, field: str) -> tuple[str, ...]:
    """The values a label of ``item`` has now (none for an optional label left empty)."""
    value = getattr(item, field)
    if value is None:
        return ()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return (str(value.value) if isinstance(value, Enum) else str(value),)


# Each label's word as the model holds it.
_TYPES: dict[str, Callable[[str], Any]] = {
    "certainty": Certainty,
    "direction": Direction,
    "horizon": Horizon,
}
_KINDS: dict[type, type[Enum]] = {Actor: ActorKind, Voice: VoiceKind, Relation: RelationKind}


def edit(dossier: Dossier, item_id: str, changes: dict[str, tuple[str, ...]]) -> Dossier:
    """The dossier with the item's labels set to ``changes`` (a label's field to its new
    values: one, or several for a label of ``many``, or none for an optional one left
    empty). Its status stays as it was: accepting is a step of its own."""
    field, index, item = find(dossier, item_id)
    allowed = {label.field: label for label in labels(dossier, item)}
    update: dict[str, Any] = {}
    for name, values in changes.items():
        label = allowed.get(name)
        if label is None:
            raise ReviewRefused(f"{item_id}: {name} is not a label a reviewer changes")
        unknown = [v for v in values if v not in label.values]
        if unknown:
            raise ReviewRefused(
                f"{item_id}: {unknown[0]!r} is not one of the values of {name} "
                f"({', '.join(label.values)})"
            )
        if label.many:
            if not values:
                raise ReviewRefused(f"{item_id}: {name} needs at least one actor")
            update[name] = tuple(v for v in label.values if v in values)  # the dossier's order
        elif len(values) > 1 or (not values and not label.optional):
            raise ReviewRefused(f"{item_id}: {name} takes exactly one value")
        elif not values:
            update[name] = None
        elif name == "kind":
            update[name] = _KINDS[type(item)](values[0])
        else:
            update[name] = _TYPES.get(name, str)(values[0])
    return _replaced(dossier, field, index, item.model_copy(update=update))


def dossier_text(dossier: Dossier) -> str:
    """The dossier as a format-2 file holds it, as ``cismoa draft`` writes one: indented
    JSON, without the paragraph and sentence of a quote that the file did not give (they
    are computed from the article whenever they are shown)."""
    dumped = dossier.model_dump()
    for field in LISTS:
        for item in dumped[field]:
            for evidence in item["evidence"]:
                for place in ("paragraph", "sentence"):
                    if evidence[place] is None:
                        del evidence[place]
    return to_json(dumped)


def _replaced(dossier: Dossier, field: str, index: int, item: Item) -> Dossier:
    """The dossier with ``item`` in place of the one at ``field[index]``, checked."""
    items: tuple[Item, ...] = getattr(dossier, field)
    changed = dossier.model_copy(update={field: (*items[:index], item, *items[index + 1 :])})
    problems = reference_problems(changed)
    if problems:  # a safety net: labels() offers only values that pass these checks
        raise ReviewRefused(f"{item.id}: not changed: {problems[0]}")
    return changed


def _words(vocabulary: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in vocabulary)
