"""The dossier: one article's stakeholder map as frozen Pydantic models.

Field names are part of the JSON output and of ``cismoa schema``; scripts depend on them.
Checks that need more than one field of one item (references between items, quotes against
the article) live in :func:`reference_problems` and in ``evidence.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from .errors import Problem
from .vocabulary import (
    ARTICLE_VOICE,
    CRITICS,
    ActorKind,
    Certainty,
    Direction,
    Domain,
    Horizon,
    RelationKind,
)

# Offsets must be JSON integers: "12" or 12.0 would be silently coerced otherwise.
Offset = Annotated[StrictInt, Field(ge=0)]
Text = Annotated[str, Field(min_length=1)]
ItemId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
ActorId = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_-]{1,15}$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """A verbatim span of the article: ``article[start:end] == quote``, in code points."""

    quote: Text
    start: Offset
    end: Offset

    @model_validator(mode="after")
    def _start_not_after_end(self) -> Evidence:
        if self.start > self.end:
            raise ValueError(f"start ({self.start}) is after end ({self.end})")
        return self


Citations = Annotated[tuple[Evidence, ...], Field(min_length=1)]


class Source(_Frozen):
    """The article's metadata as the article itself gives it."""

    title: Text
    place: str
    tags: tuple[str, ...]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Actor(_Frozen):
    """A state, region or group the article names."""

    id: ActorId
    name: Text
    aliases: tuple[str, ...] = ()
    kind: ActorKind
    summary: Text
    evidence: Citations  # where the article names it


class Interest(_Frozen):
    """Something the article says an actor wants."""

    id: ItemId
    actor: ActorId
    statement: Text
    evidence: Citations


class Relation(_Frozen):
    """How the article says two actors stand to each other."""

    id: ItemId
    actors: tuple[ActorId, ActorId]
    kind: RelationKind
    statement: Text
    evidence: Citations


class Implication(_Frozen):
    """What the article says the renewal means, for whom, how certainly, on whose word."""

    id: ItemId
    statement: Text
    affects: Annotated[tuple[ActorId, ...], Field(min_length=1)]
    domain: Domain
    direction: Direction
    certainty: Certainty
    horizon: Horizon
    asserted_by: Annotated[str, Field(min_length=1)]
    # The article's own hedging words ("could", "is expected to", "is seen as"), verbatim
    # from one of the quotes; None for a flat statement.
    hedge: str | None = None
    evidence: Citations

    def labels(self) -> tuple[str, str, str, str]:
        """Domain, direction, certainty and horizon, as the words the data uses."""
        return self.domain.value, self.direction.value, self.certainty.value, self.horizon.value


Item = Actor | Interest | Relation | Implication


def item_type(item: Item) -> str:
    """What kind of item this is: actor, interest, relation or implication."""
    return type(item).__name__.lower()


class Dossier(_Frozen):
    """One article's stakeholder map: the file ``cismoa`` reads."""

    article: Text = "article.txt"  # the article's text, relative to this file
    source: Source
    actors: tuple[Actor, ...] = ()
    interests: tuple[Interest, ...] = ()
    relations: tuple[Relation, ...] = ()
    implications: tuple[Implication, ...] = ()

    def names(self) -> dict[str, str]:
        """Actor ids to names, for lines a reader reads."""
        return {actor.id: actor.name for actor in self.actors}

    def items(self) -> Iterator[tuple[str, int, Item]]:
        """Every item with the name of its list and its index, in file order."""
        for field in ("actors", "interests", "relations", "implications"):
            items: tuple[Item, ...] = getattr(self, field)
            for index, item in enumerate(items):
                yield field, index, item


def reference_problems(dossier: Dossier) -> list[Problem]:
    """Every id used twice and every reference to an actor the dossier does not have."""
    problems = _duplicate_ids(dossier)
    actor_ids = {actor.id for actor in dossier.actors}
    voices = actor_ids | {ARTICLE_VOICE, CRITICS}

    def unknown(where: str, actor_id: str) -> Problem:
        return Problem(where, f"unknown actor id {actor_id!r}")

    for index, interest in enumerate(dossier.interests):
        if interest.actor not in actor_ids:
            problems.append(unknown(f"interests[{index}].actor", interest.actor))
    for index, relation in enumerate(dossier.relations):
        where = f"relations[{index}]"
        problems += [
            unknown(f"{where}.actors[{n}]", a)
            for n, a in enumerate(relation.actors)
            if a not in actor_ids
        ]
        if relation.actors[0] == relation.actors[1]:
            problems.append(Problem(f"{where}.actors", "a relation needs two different actors"))
    for index, item in enumerate(dossier.implications):
        # Nearly every implication is sound: test cheaply, and only then say why not.
        affects = item.affects
        if (
            actor_ids.issuperset(affects)
            and len(set(affects)) == len(affects)
            and item.asserted_by in voices
            and (item.hedge is None or any(item.hedge in e.quote for e in item.evidence))
        ):
            continue
        where = f"implications[{index}]"
        problems += [
            unknown(f"{where}.affects[{n}]", a) for n, a in enumerate(affects) if a not in actor_ids
        ]
        if len(set(affects)) < len(affects):
            problems.append(Problem(f"{where}.affects", "lists an actor more than once"))
        if item.asserted_by not in voices:
            problems.append(
                Problem(
                    f"{where}.asserted_by",
                    f"{item.asserted_by!r} is neither {ARTICLE_VOICE!r}, {CRITICS!r} "
                    "nor an actor id",
                )
            )
        if item.hedge is not None and not any(item.hedge in e.quote for e in item.evidence):
            problems.append(
                Problem(f"{where}.hedge", f"{item.hedge!r} is not in any of its quotes")
            )
    return problems


def _duplicate_ids(dossier: Dossier) -> list[Problem]:
    """One problem per id used more than once, at its first use."""
    ids = [item.id for _, _, item in dossier.items()]
    if len(set(ids)) == len(ids):
        return []
    counts = Counter(ids)
    problems: list[Problem] = []
    for field, index, item in dossier.items():
        if counts[item.id] > 1:
            problems.append(
                Problem(f"{field}[{index}].id", f"id {item.id!r} is used {counts[item.id]} times")
            )
            counts[item.id] = 0  # reported
    return problems
