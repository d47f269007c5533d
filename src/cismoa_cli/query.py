"""Pure questions asked of a dossier: which actor a name means, which items match a filter.

Nothing here prints or exits; a name that matches nothing raises
:class:`~cismoa_cli.errors.UsageError` with a did-you-mean suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from enum import Enum
from typing import TypeVar

from .errors import UsageError
from .evidence import fold
from .models import Actor, Dossier, Implication, Interest, Item, Relation
from .vocabulary import ARTICLE_VOICE, CRITICS, Certainty, Direction, Domain, Horizon

T = TypeVar("T")


def actor_names(actor: Actor) -> list[str]:
    """Every name an actor answers to: id, name and aliases."""
    return [actor.id, actor.name, *actor.aliases]


def resolve_actor(dossier: Dossier, name: str) -> Actor:
    """The actor ``name`` means: its id, name or an alias, in any case or quote style."""
    wanted = fold(name.strip())
    for actor in dossier.actors:
        if wanted in {fold(n) for n in actor_names(actor)}:
            return actor
    raise UsageError(f"unknown actor {name!r}{_suggestion(dossier, wanted)}")


def resolve_actors(dossier: Dossier, names: Iterable[str]) -> list[Actor]:
    """Each name resolved; the first unknown one raises."""
    return [resolve_actor(dossier, name) for name in names]


def resolve_voice(dossier: Dossier, name: str) -> str:
    """Who asserts an implication: "article", "critics", or an actor's id."""
    if fold(name) in (ARTICLE_VOICE, CRITICS):
        return fold(name)
    return resolve_actor(dossier, name).id


def _suggestion(dossier: Dossier, wanted: str) -> str:
    by_name = {fold(n): actor for actor in dossier.actors for n in actor_names(actor)}
    close = get_close_matches(wanted, list(by_name), n=1, cutoff=0.6)
    if close:
        return f"; did you mean {by_name[close[0]].name}?"
    known = ", ".join(actor.name for actor in dossier.actors)
    return f"; the dossier's actors are {known}" if known else "; the dossier has no actors"


@dataclass(frozen=True)
class ImplicationFilter:
    """What ``cismoa implications`` keeps: AND across fields, OR within one."""

    actors: tuple[str, ...] = ()  # actor ids
    domains: tuple[Domain, ...] = ()
    directions: tuple[Direction, ...] = ()
    certainties: tuple[Certainty, ...] = ()
    horizons: tuple[Horizon, ...] = ()
    voices: tuple[str, ...] = ()  # asserted_by values
    search: str | None = None

    def keeps(self, item: Implication) -> bool:
        return (
            _any_or_all(self.actors, lambda a: a in item.affects)
            and _any_or_all(self.domains, lambda d: d is item.domain)
            and _any_or_all(self.directions, lambda d: d is item.direction)
            and _any_or_all(self.certainties, lambda c: c is item.certainty)
            and _any_or_all(self.horizons, lambda h: h is item.horizon)
            and _any_or_all(self.voices, lambda v: v == item.asserted_by)
            and (self.search is None or mentions(item, self.search))
        )


def _any_or_all(wanted: Sequence[T], test: Callable[[T], bool]) -> bool:
    return not wanted or any(test(w) for w in wanted)


def implications(
    dossier: Dossier, where: ImplicationFilter, sort: str | None = None
) -> list[Implication]:
    """The implications ``where`` keeps, in file order or sorted by one field."""
    kept = [item for item in dossier.implications if where.keeps(item)]
    if sort is not None:
        kept.sort(key=lambda item: _sort_key(getattr(item, sort)))
    return kept


def _sort_key(value: object) -> tuple[int, str]:
    # Vocabulary values sort in the order the vocabulary declares (asserted before
    # possible), not alphabetically.
    if isinstance(value, Enum):
        return list(type(value)).index(value), ""
    if isinstance(value, tuple):
        return 0, ",".join(str(v) for v in value)
    return 0, str(value)


def interests(dossier: Dossier, actor_ids: Sequence[str] = ()) -> list[Interest]:
    """Interests, of the given actors only if any are given."""
    return [i for i in dossier.interests if not actor_ids or i.actor in actor_ids]


def relations(dossier: Dossier, actor_ids: Sequence[str] = ()) -> list[Relation]:
    """Relations that involve any of the given actors (all relations if none are given)."""
    return [r for r in dossier.relations if not actor_ids or any(a in r.actors for a in actor_ids)]


def mentions(item: Item, text: str) -> bool:
    """Whether ``text`` occurs, ignoring case and quote style, in an item's words or quotes."""
    wanted = fold(text)
    return any(wanted in fold(words) for words in item_words(item))


def item_words(item: Item) -> list[str]:
    """The text an item carries: its statement (or name and summary) and its quotes."""
    words = [e.quote for e in item.evidence]
    if isinstance(item, Actor):
        return [item.name, *item.aliases, item.summary, *words]
    return [item.statement, *words]


@dataclass(frozen=True)
class ActorCounts:
    """How much of the dossier concerns one actor."""

    interests: int
    implications: int
    risks: int
    benefits: int


def actor_counts(dossier: Dossier, actor: Actor) -> ActorCounts:
    affecting = [i for i in dossier.implications if actor.id in i.affects]
    return ActorCounts(
        interests=sum(1 for i in dossier.interests if i.actor == actor.id),
        implications=len(affecting),
        risks=sum(1 for i in affecting if i.direction is Direction.RISK),
        benefits=sum(1 for i in affecting if i.direction is Direction.BENEFIT),
    )
