"""Pure questions asked of a dossier: which actor a name means, which items match a filter.

Nothing here prints or exits; a name that matches nothing raises
:class:`~cismoa_cli.errors.UsageError` with a did-you-mean suggestion.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from enum import Enum
from operator import attrgetter
from typing import Protocol, TypeVar

from .errors import UsageError
from .evidence import fold
from .findings import ActorCounts, ActorProfile, Comparison, MatrixCell, VoiceCounts
from .models import Actor, Dossier, Implication, Interest, Item, Relation, Voice
from .vocabulary import (
    ARTICLE_VOICE,
    Certainty,
    Direction,
    Horizon,
    RelationKind,
    Status,
    pick,
)

# Between the parts of an item's searchable text: no search text a person types holds one.
_APART = "\x00"
# Implications' searchable texts by id.
Searched = Mapping[str, str]


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


def speaker_names(dossier: Dossier) -> dict[str, str]:
    """Every name who may assert an item answers to, folded, to its id: "article", each
    voice's id, name and aliases, each actor's id, name and aliases (a voice first)."""
    found = {ARTICLE_VOICE: ARTICLE_VOICE}
    for voice in dossier.voices:
        named = (voice.id, voice.name, *voice.aliases)
        found |= {fold(n): voice.id for n in named if fold(n) not in found}
    for actor in dossier.actors:
        found |= {fold(n): actor.id for n in actor_names(actor) if fold(n) not in found}
    return found


def resolve_voice(dossier: Dossier, name: str) -> str:
    """Who asserts an item: "article", a voice's id or an actor's id, named by id, name or
    alias in any case; an unknown name raises with the nearest voice or actor."""
    wanted = fold(name.strip())
    known = speaker_names(dossier)
    if wanted in known:
        return known[wanted]
    by_id = dossier.speakers()
    close = get_close_matches(wanted, list(known), n=1, cutoff=0.6)
    if close:
        hint = f"; did you mean {by_id.get(known[close[0]], known[close[0]])}?"
    else:
        hint = f"; the dossier's voices and actors are {', '.join(by_id.values())}"
    raise UsageError(f"unknown voice or actor {name!r}{hint}")


def resolve_domain(dossier: Dossier, name: str) -> str:
    """The dossier's domain ``name`` names, in any case; otherwise a usage error listing
    them with the nearest."""
    return pick(dossier.domain_names(), name, "--domain")


def _suggestion(dossier: Dossier, wanted: str) -> str:
    by_name = {fold(n): actor for actor in dossier.actors for n in actor_names(actor)}
    close = get_close_matches(wanted, list(by_name), n=1, cutoff=0.6)
    if close:
        return f"; did you mean {by_name[close[0]].name}?"
    known = ", ".join(actor.name for actor in dossier.actors)
    return f"; the dossier's actors are {known}" if known else "; the dossier has no actors"


# The filter's fields that test one label of an implication, and that label.
LABELLED = (
    ("domains", "domain"),
    ("directions", "direction"),
    ("certainties", "certainty"),
    ("horizons", "horizon"),
    ("voices", "asserted_by"),
    ("statuses", "status"),
)


@dataclass(frozen=True)
class ImplicationFilter:
    """What ``cismoa implications`` keeps: AND across fields, OR within one."""

    actors: tuple[str, ...] = ()  # actor ids
    domains: tuple[str, ...] = ()
    directions: tuple[Direction, ...] = ()
    certainties: tuple[Certainty, ...] = ()
    horizons: tuple[Horizon, ...] = ()
    voices: tuple[str, ...] = ()  # asserted_by values
    statuses: tuple[Status, ...] = ()  # a reader's (accepted) or a drafter's (proposed)
    search: str | None = None

    def tests(self, searched: Searched | None = None) -> list[Callable[[Implication], bool]]:
        """One test for each field the filter constrains (none for the others), built once
        for a whole pass over the implications; ``searched`` holds each implication's
        :func:`searchable` text by id, for a caller that searches the same items often."""
        tests: list[Callable[[Implication], bool]] = []
        if self.actors:
            actors = frozenset(self.actors)
            tests.append(lambda item: not actors.isdisjoint(item.affects))
        for field, label in LABELLED:
            values: Sequence[object] = getattr(self, field)
            if values:
                tests.append(_one_of(attrgetter(label), frozenset(values)))
        if self.search is not None:
            wanted = fold(self.search)
            if searched is None or _APART in wanted:
                tests.append(lambda item: _mentioned(item, wanted))
            else:
                tests.append(lambda item: wanted in searched[item.id])
        return tests


def _one_of(
    label: Callable[[Implication], object], values: frozenset[object]
) -> Callable[[Implication], bool]:
    return lambda item: label(item) in values


def implications(
    dossier: Dossier,
    where: ImplicationFilter,
    sort: str | None = None,
    *,
    descending: bool = False,
    searched: Searched | None = None,
) -> list[Implication]:
    """The implications ``where`` keeps, in file order or sorted by one field (ties keep
    their file order, also when ``descending``). ``searched``: see
    :meth:`ImplicationFilter.tests`."""
    kept = list(dossier.implications)
    for test in where.tests(searched):  # a pass per test, each over what the last one kept
        kept = [item for item in kept if test(item)]
    if sort is not None:
        kept.sort(key=lambda item: _sort_key(getattr(item, sort)), reverse=descending)
    elif descending:
        kept.reverse()
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


class HasStatus(Protocol):
    """Anything a listing shows that is a reader's or a drafter's: an item, or a voice."""

    @property
    def status(self) -> Status: ...


Stated = TypeVar("Stated", bound=HasStatus)


def with_status(items: Iterable[Stated], statuses: Iterable[Status] = ()) -> list[Stated]:
    """The items whose status is any of ``statuses`` (all of them if none are given), in
    their order."""
    wanted = frozenset(statuses)
    return [item for item in items if not wanted or item.status in wanted]


def mentions(item: Item, text: str) -> bool:
    """Whether ``text`` occurs, ignoring case and quote style, in an item's words or quotes."""
    return _mentioned(item, fold(text))


def _mentioned(item: Item, wanted: str) -> bool:
    return any(wanted in fold(words) for words in item_words(item))


def searchable(item: Item) -> str:
    """An item's words and quotes, each folded, in one text: ``fold(text) in
    searchable(item)`` is ``mentions(item, text)`` for any text without a NUL character,
    which parts them."""
    return _APART.join(fold(words) for words in item_words(item))


def item_words(item: Item) -> list[str]:
    """The text an item carries: its statement (or name and summary) and its quotes."""
    words = [e.quote for e in item.evidence]
    if isinstance(item, Actor):
        return [item.name, *item.aliases, item.summary, *words]
    if isinstance(item, Voice):
        return [item.name, *item.aliases, *([item.role] if item.role else []), *words]
    return [item.statement, *words]


def actor_counts(
    dossier: Dossier, cells: Sequence[MatrixCell] | None = None
) -> dict[str, ActorCounts]:
    """For every actor, by id: its interests, and the implications that affect it by
    direction: its row of the matrix (``cells``, if the caller has it already) added up, as
    every implication has one domain."""
    wants = Counter(i.actor for i in dossier.interests)
    rows: dict[str, list[int]] = {a.id: [0, 0, 0] for a in dossier.actors}
    for cell in matrix(dossier) if cells is None else cells:
        row = rows[cell.actor]
        row[0] += cell.implications
        row[1] += cell.risks
        row[2] += cell.benefits
    return {
        actor_id: ActorCounts(total, risks, benefits, interests=wants[actor_id])
        for actor_id, (total, risks, benefits) in rows.items()
    }


def voices(dossier: Dossier) -> list[VoiceCounts]:
    """Who asserts what: the article, every declared voice, then every actor that asserts
    something, each with its claims counted and the actors they are about."""
    claims: dict[str, list[Interest | Relation | Implication]] = {}
    for _, _, item in dossier.claims():
        claims.setdefault(item.asserted_by, []).append(item)
    order = dossier.names()
    found = [(ARTICLE_VOICE, "the article", ARTICLE_VOICE, Status.ACCEPTED)]
    found += [(v.id, v.name, v.kind.value, v.status) for v in dossier.voices]
    found += [(a.id, a.name, "actor", a.status) for a in dossier.actors if a.id in claims]
    listed = []
    for voice_id, name, kind, status in found:
        said = claims.get(voice_id, [])
        about: set[str] = set()
        for item in said:
            about.update(_about(item))
        implied = Counter(i.direction for i in said if isinstance(i, Implication))
        listed.append(
            VoiceCounts(
                id=voice_id,
                name=name,
                kind=kind,
                interests=sum(isinstance(i, Interest) for i in said),
                relations=sum(isinstance(i, Relation) for i in said),
                implications=sum(implied.values()),
                directions={d.value: implied[d] for d in Direction},
                about=tuple(a for a in order if a in about),
                status=status,
            )
        )
    return listed


def _about(item: Interest | Relation | Implication) -> tuple[str, ...]:
    if isinstance(item, Interest):
        return (item.actor,)
    return item.actors if isinstance(item, Relation) else item.affects


def profile(dossier: Dossier, actor: Actor) -> ActorProfile:
    """Everything about one actor."""
    return ActorProfile(
        actor=actor,
        interests=interests(dossier, [actor.id]),
        relations=relations(dossier, [actor.id]),
        implications=affecting(dossier, actor.id),
        domains=dossier.domain_names(),
    )


def find_item(dossier: Dossier, item_id: str) -> Item:
    """The item with this id (any case); an unknown id raises with the nearest ids."""
    by_id = {item.id.casefold(): item for _, _, item in dossier.items()}
    found = by_id.get(item_id.strip().casefold())
    if found is not None:
        return found
    close = get_close_matches(item_id.casefold(), list(by_id), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(by_id[c].id for c in close)}?" if close else ""
    raise UsageError(f"no item has the id {item_id!r}{hint}")


def affecting(dossier: Dossier, actor_id: str) -> list[Implication]:
    """The implications whose ``affects`` includes an actor."""
    return [i for i in dossier.implications if actor_id in i.affects]


def matrix(dossier: Dossier) -> list[MatrixCell]:
    """Actor x domain: one cell for every actor and every domain, in the dossier's order."""
    # One pass over the implications, counted in C, not one per actor: the browser shows
    # the matrix and the actors' counts on its first screen, also for 100,000 implications.
    # (An implication names an actor once: the models check it.)
    counted = Counter(
        (actor_id, item.domain, item.direction)
        for item in dossier.implications
        for actor_id in item.affects
    )
    cells = []
    for actor in dossier.actors:
        for domain in dossier.domain_names():
            by = {direction: counted[actor.id, domain, direction] for direction in Direction}
            cells.append(
                MatrixCell(
                    actor=actor.id,
                    domain=domain,
                    implications=sum(by.values()),
                    risks=by[Direction.RISK],
                    benefits=by[Direction.BENEFIT],
                )
            )
    return cells


def compare(dossier: Dossier, first: Actor, second: Actor) -> Comparison:
    """Two actors side by side: what each wants, what touches both, where they differ."""
    cells = {(c.actor, c.domain): c for c in matrix(dossier)}
    opposite = [
        (cells[first.id, d], cells[second.id, d])
        for d in dossier.domain_names()
        if cells[first.id, d].net * cells[second.id, d].net < 0
    ]
    return Comparison(
        first=first,
        second=second,
        first_interests=interests(dossier, [first.id]),
        second_interests=interests(dossier, [second.id]),
        shared=[i for i in dossier.implications if {first.id, second.id} <= set(i.affects)],
        between=[r for r in dossier.relations if set(r.actors) == {first.id, second.id}],
        opposite=opposite,
        apart=_apart(dossier, first, second),
        first_on_second=on_account(dossier, first, second),
        second_on_first=on_account(dossier, second, first),
    )


def on_account(dossier: Dossier, bearer: Actor, other: Actor) -> list[Implication]:
    """The implications that affect ``bearer`` but not ``other`` and name ``other`` in their
    statement or quotes: what one side bears on the other's account (China reassessing its
    commitments weighs on Pakistan's economic future; Pakistan's partnership with the U.S.
    counters China's influence). A name counts as a whole word, in its own case: the alias
    "US" is not the word "us"."""
    names = sorted({other.name, *other.aliases}, key=len, reverse=True)
    named = re.compile("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names))
    return [
        item
        for item in dossier.implications
        if bearer.id in item.affects
        and other.id not in item.affects
        and any(named.search(words) for words in item_words(item))
    ]


_WITH = {RelationKind.AGREEMENT, RelationKind.ALLIANCE, RelationKind.PARTNERSHIP}
_AGAINST = {RelationKind.RIVALRY}


def _apart(
    dossier: Dossier, first: Actor, second: Actor
) -> list[tuple[Actor, list[Relation], list[Relation]]]:
    """Each third actor one of the two stands with and the other against, with the
    relations that say so: the tension two actors share through a third (Pakistan's
    partnership with the United States, China's rivalry with it)."""
    found = []
    for third in dossier.actors:
        if third.id in (first.id, second.id):
            continue
        ours = [r for r in dossier.relations if set(r.actors) == {first.id, third.id}]
        theirs = [r for r in dossier.relations if set(r.actors) == {second.id, third.id}]
        kinds = {r.kind for r in ours}, {r.kind for r in theirs}
        if (kinds[0] & _WITH and kinds[1] & _AGAINST) or (kinds[0] & _AGAINST and kinds[1] & _WITH):
            found.append((third, ours, theirs))
    return found


def search(dossier: Dossier, text: str) -> list[Item]:
    """Every item whose words or quotes mention ``text``, in file order (grouped by kind)."""
    return [item for _, _, item in dossier.items() if mentions(item, text)]


@dataclass(frozen=True)
class Selection:
    """The part of a dossier an export covers: still a valid dossier, and whose view it is."""

    dossier: Dossier
    focus: tuple[str, ...]  # the actors the selection is about, in dossier order


def select(dossier: Dossier, where: ImplicationFilter) -> Selection:
    """The implications ``where`` keeps, and around them the focus actors' interests and
    relations; every actor those items name stays in, so the selection validates."""
    focus = where.actors or tuple(actor.id for actor in dossier.actors)
    kept = implications(dossier, where)
    wants = interests(dossier, focus)
    ties = relations(dossier, focus)
    named = set(focus)
    for item in kept:
        named.update(item.affects)
        named.add(item.asserted_by)
    for relation in ties:
        named.update(relation.actors)
        named.add(relation.asserted_by)
    named.update(interest.asserted_by for interest in wants)
    # Every voice stays (a voice is no actor the selection is about); so do their affiliations.
    named.update(v.affiliation for v in dossier.voices if v.affiliation is not None)
    subset = dossier.model_copy(
        update={
            "actors": tuple(a for a in dossier.actors if a.id in named),
            "interests": tuple(wants),
            "relations": tuple(ties),
            "implications": tuple(kept),
        }
    )
    ordered = tuple(a.id for a in dossier.actors if a.id in focus)
    return Selection(subset, ordered)
