"""The dossier: one article's stakeholder map as frozen dataclasses that Pydantic validates.

Field names are part of the JSON output and of ``cismoa schema``; scripts depend on them.
Checks that need more than one field of one item (references between items, quotes against
the article) live in :func:`reference_problems` and in ``evidence.py``.

Why dataclasses with slots, and a compiled validator: a dossier of 100,000 implications
holds half a million of these objects. As slotted dataclasses they take less memory than
Pydantic models, and are built faster (``benchmarks/`` measures both). Pydantic still
defines the model: ``schema.py`` asks it for the JSON Schema and for the core schema, which
is compiled into ``compiled.py`` so that a run builds its validator in Rust without
importing Pydantic's schema machinery (most of a short run's start-up otherwise). A test
keeps ``compiled.py`` equal to what Pydantic makes of these classes today.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeVar, cast

from pydantic_core import SchemaValidator, to_json, to_jsonable_python

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

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class Constraint:
    """A rule on a field that Pydantic applies when it builds the validator, as
    ``Field(min_length=1)`` would, without importing ``pydantic.fields`` at start-up."""

    def __init__(self, **rules: Any) -> None:
        self.rules = rules

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        schema: Any = {**handler(source), **self.rules}
        return cast("CoreSchema", schema)


def _field(**options: Any) -> Any:
    """Pydantic's ``Field``, made when an annotation that names it is read (when Pydantic
    builds the schemas), not imported at start-up: ``pydantic.fields`` would cost a short
    run more than its own work."""
    from pydantic import Field

    return Field(**options)


# Offsets must be JSON integers: "12" or 12.0 would be silently coerced otherwise.
Offset = Annotated[int, Constraint(strict=True, ge=0)]
Text = Annotated[str, Constraint(min_length=1)]
ItemId = Annotated[str, Constraint(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
ActorId = Annotated[str, Constraint(pattern=r"^[A-Z][A-Z0-9_-]{1,15}$")]

Record = TypeVar("Record", bound="_Record")


class _Record:
    """What every part of a dossier can do: be validated, copied with changes, dumped."""

    __slots__ = ()
    # Strict: JSON gives every field its own type already, and nothing is coerced. No string
    # cache: most strings are unique statements and quotes, and caching them slows the
    # validation of a large dossier.
    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid",
        "strict": True,
        "cache_strings": False,
    }

    @classmethod
    def model_validate_json(cls: type[Record], data: str | bytes) -> Record:
        """Parse and validate JSON text; raises pydantic_core.ValidationError."""
        found: Record = _validator(cls).validate_json(data)
        return found

    @classmethod
    def model_validate(cls: type[Record], data: Any) -> Record:
        """Validate plain data (dicts and lists) exactly as if it were read from a file."""
        # Through JSON: the validator is strict, and what it is strict about is JSON's types.
        found: Record = _validator(cls).validate_json(to_json(data))
        return found

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The fields as JSON-ready data (vocabulary words as strings, tuples as lists)."""
        dumped: dict[str, Any] = to_jsonable_python(self)
        return dumped

    def model_copy(self: Record, *, update: dict[str, Any]) -> Record:
        """A copy with some fields replaced (not validated again)."""
        return dataclasses.replace(self, **update)  # type: ignore[type-var]


_VALIDATORS: dict[type, SchemaValidator] = {}


def _validator(model: type) -> SchemaValidator:
    """The validator of one model, built (in Rust, from the compiled schema) on first use."""
    if model not in _VALIDATORS:
        from .compiled import schema_of

        _VALIDATORS[model] = SchemaValidator(schema_of(model))
    return _VALIDATORS[model]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Evidence(_Record):
    """A verbatim span of the article: ``article[start:end] == quote``, in code points.

    That the span is the quote (and so that ``start`` is not after ``end``) is checked
    against the article, in ``evidence.py``: a check per object here would slow the
    validation of a large dossier.
    """

    quote: Text
    start: Offset
    end: Offset


Citations = Annotated[tuple[Evidence, ...], Constraint(min_length=1)]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Source(_Record):
    """The article's metadata as the article itself gives it."""

    title: Text
    place: str
    tags: tuple[str, ...]
    sha256: Annotated[str, Constraint(pattern=r"^[0-9a-f]{64}$")]


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Actor(_Record):
    """A state, region or group the article names."""

    id: ActorId
    name: Text
    aliases: tuple[str, ...] = ()
    kind: ActorKind
    summary: Text
    evidence: Citations  # where the article names it


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Interest(_Record):
    """Something the article says an actor wants."""

    id: ItemId
    actor: ActorId
    statement: Text
    evidence: Citations


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Relation(_Record):
    """How the article says two actors stand to each other."""

    id: ItemId
    actors: tuple[ActorId, ActorId]
    kind: RelationKind
    statement: Text
    evidence: Citations


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Implication(_Record):
    """What the article says the renewal means, for whom, how certainly, on whose word."""

    id: ItemId
    statement: Text
    affects: Annotated[tuple[ActorId, ...], Constraint(min_length=1)]
    domain: Domain
    direction: Direction
    certainty: Certainty
    horizon: Horizon
    asserted_by: Annotated[str, Constraint(min_length=1)]
    # The article's own hedging words ("could", "is expected to", "is seen as"), verbatim
    # from one of the quotes; None for a flat statement.
    hedge: str | None = None
    evidence: Citations

    def labels(self) -> tuple[str, str, str, str]:
        """Domain, direction, certainty and horizon, as the words the data uses."""
        # _value_ is the word itself; .value is a descriptor, much slower to read.
        return (
            self.domain._value_,
            self.direction._value_,
            self.certainty._value_,
            self.horizon._value_,
        )


Item = Actor | Interest | Relation | Implication


def item_type(item: Item) -> str:
    """What kind of item this is: actor, interest, relation or implication."""
    return type(item).__name__.lower()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Dossier(_Record):
    """One article's stakeholder map: the file ``cismoa`` reads."""

    # Where an editor finds the schema to check the file against (`cismoa schema`); cismoa
    # itself checks every file against the schema it was built with, whatever this says.
    schema_url: Annotated[str | None, _field(alias="$schema")] = None
    article: Text = "article.txt"  # the article's text, relative to this file
    source: Source
    actors: tuple[Actor, ...] = ()
    interests: tuple[Interest, ...] = ()
    relations: tuple[Relation, ...] = ()
    implications: tuple[Implication, ...] = ()

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The dossier as its file holds it: ``$schema`` first if there is one, else none."""
        dumped = _Record.model_dump(self, mode)  # (slots: the zero-argument super() fails)
        url = dumped.pop("schema_url")
        return dumped if url is None else {"$schema": url, **dumped}

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
    # Nearly every implication is sound: find the others cheaply (on 100,000 implications
    # every call saved counts), and only then say why.
    known = actor_ids.issuperset
    unsound = [
        index
        for index, item in enumerate(dossier.implications)
        if not (
            known(item.affects)
            and (len(item.affects) == 1 or len(set(item.affects)) == len(item.affects))
            and item.asserted_by in voices
            and (item.hedge is None or item.hedge in item.evidence[0].quote or _hedged(item))
        )
    ]
    for index in unsound:
        item = dossier.implications[index]
        affects = item.affects
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
        if item.hedge is not None and not _hedged(item):
            problems.append(
                Problem(f"{where}.hedge", f"{item.hedge!r} is not in any of its quotes")
            )
    return problems


def _hedged(item: Implication) -> bool:
    """Whether the implication's hedge stands in one of its quotes."""
    hedge = item.hedge or ""
    return any(hedge in evidence.quote for evidence in item.evidence)


def _duplicate_ids(dossier: Dossier) -> list[Problem]:
    """One problem per id used more than once, at its first use."""
    lists: tuple[tuple[Item, ...], ...] = (
        dossier.actors,
        dossier.interests,
        dossier.relations,
        dossier.implications,
    )
    ids = [item.id for items in lists for item in items]
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
