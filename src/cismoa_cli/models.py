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
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, TypeVar, cast

from pydantic_core import SchemaValidator, to_json, to_jsonable_python

from .errors import Problem
from .vocabulary import (
    ARTICLE_VOICE,
    CRITICS,
    DEFAULT_DOMAINS,
    FORMAT,
    ActorKind,
    Certainty,
    Direction,
    Horizon,
    RelationKind,
    Status,
    VoiceKind,
    nearest,
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
VoiceId = Annotated[str, Constraint(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$")]
Place = Annotated[int, Constraint(strict=True, ge=1)]
# Who asserts an item: "article", a voice's id or an actor's id (checked against the dossier).
Speaker = Annotated[str, Constraint(min_length=1)]

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

        # The compiled schemas name this module's classes; this module hands them over.
        _VALIDATORS[model] = SchemaValidator(schema_of(model, globals()))
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
    # Paragraph and sentence (1-based), computed from the article wherever evidence is shown
    # or exported; a file may carry them, and then they are checked against the article.
    paragraph: Place | None = None
    sentence: Place | None = None


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
    status: Status = Status.ACCEPTED
    cue: str | None = None  # the words that made a drafter propose it


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Voice(_Record):
    """Someone the article reports as saying something, apart from who is affected: a
    person, a group ("critics"), an organisation, a government, the media, a document."""

    id: VoiceId
    name: Text
    kind: VoiceKind
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None  # an actor's id
    role: str | None = None  # verbatim from one of its quotes: "a trade economist at ..."
    evidence: tuple[Evidence, ...] = ()
    status: Status = Status.ACCEPTED
    cue: str | None = None


# Format 1's one voice besides the article, as a format-1 dossier that cites it declares it.
CRITICS_VOICE = Voice(id=CRITICS, name=CRITICS, kind=VoiceKind.GROUP)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Domain(_Record):
    """A field an implication falls in, as a dossier declares it."""

    name: Text
    description: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Interest(_Record):
    """Something the article says an actor wants."""

    id: ItemId
    actor: ActorId
    statement: Text
    asserted_by: Speaker = ARTICLE_VOICE
    certainty: Certainty = Certainty.ASSERTED
    hedge: str | None = None  # verbatim from one of its quotes, as an implication's
    evidence: Citations
    status: Status = Status.ACCEPTED
    cue: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Relation(_Record):
    """How the article says two actors stand to each other."""

    id: ItemId
    actors: tuple[ActorId, ActorId]
    kind: RelationKind
    statement: Text
    asserted_by: Speaker = ARTICLE_VOICE
    certainty: Certainty = Certainty.ASSERTED
    hedge: str | None = None
    evidence: Citations
    status: Status = Status.ACCEPTED
    cue: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Implication(_Record):
    """What the article says the renewal means, for whom, how certainly, on whose word."""

    id: ItemId
    statement: Text
    affects: Annotated[tuple[ActorId, ...], Constraint(min_length=1)]
    domain: Text  # one of the dossier's domains
    direction: Direction
    certainty: Certainty
    horizon: Horizon
    asserted_by: Speaker
    # The article's own hedging words ("could", "is expected to", "is seen as"), verbatim
    # from one of the quotes; None for a flat statement.
    hedge: str | None = None
    # The condition clause, verbatim from one of the quotes ("if political relations
    # deteriorate"); None when the article sets none.
    condition: str | None = None
    evidence: Citations
    status: Status = Status.ACCEPTED
    cue: str | None = None

    def labels(self) -> tuple[str, str, str, str]:
        """Domain, direction, certainty and horizon, as the words the data uses."""
        # _value_ is the word itself; .value is a descriptor, much slower to read.
        return (
            self.domain,
            self.direction._value_,
            self.certainty._value_,
            self.horizon._value_,
        )


Item = Actor | Voice | Interest | Relation | Implication
Claim = Interest | Relation | Implication  # an item someone asserts


def item_type(item: Item) -> str:
    """What kind of item this is: actor, voice, interest, relation or implication."""
    return type(item).__name__.lower()


def said(item: Item) -> str:
    """What an item says, in a line: a claim's statement, an actor's summary, a voice's
    role (or, without one, its kind)."""
    if isinstance(item, Actor):
        return item.summary
    if isinstance(item, Voice):
        return item.role or item.kind.value
    return item.statement


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Dossier(_Record):
    """One article's stakeholder map: the file ``cismoa`` reads."""

    # Where an editor finds the schema to check the file against (`cismoa schema`); cismoa
    # itself checks every file against the schema it was built with, whatever this says.
    schema_url: Annotated[str | None, _field(alias="$schema")] = None
    # 2 for this format; None (no "format" in the file) for format 1, which is read as
    # format 2 (see :func:`upgraded`): the two are equal dossiers, so it is not compared.
    format: Literal[2] | None = dataclasses.field(default=None, compare=False)
    article: Text = "article.txt"  # the article's text, relative to this file
    source: Source
    domains: tuple[Domain, ...] = ()  # none declared: the six of DEFAULT_DOMAINS
    actors: tuple[Actor, ...] = ()
    voices: tuple[Voice, ...] = ()
    interests: tuple[Interest, ...] = ()
    relations: tuple[Relation, ...] = ()
    implications: tuple[Implication, ...] = ()

    def __post_init__(self) -> None:
        # A format-1 dossier is read as format 2: "critics", the one voice format 1 always
        # had besides the article, becomes a declared voice (the very object CRITICS_VOICE:
        # no file's own), cited or not, so that `--asserted-by critics` answers as it did.
        if self.format is None and not self.voices:
            object.__setattr__(self, "voices", (CRITICS_VOICE,))

    def model_dump(self, mode: str = "json") -> dict[str, Any]:
        """The dossier as a format-2 file holds it: ``$schema`` first if there is one."""
        dumped = _Record.model_dump(self, mode)  # (slots: the zero-argument super() fails)
        dumped["format"] = FORMAT
        url = dumped.pop("schema_url")
        if not dumped["domains"]:
            del dumped["domains"]  # the default six, as a file that declares none says
        return dumped if url is None else {"$schema": url, **dumped}

    def names(self) -> dict[str, str]:
        """Actor ids to names, for lines a reader reads."""
        return {actor.id: actor.name for actor in self.actors}

    def speakers(self) -> dict[str, str]:
        """Who may assert an item, by id: every voice and actor, to its name."""
        return {voice.id: voice.name for voice in self.voices} | self.names()

    def domain_names(self) -> tuple[str, ...]:
        """The dossier's domains, in its order: those it declares, else the default six."""
        return tuple(d.name for d in self.domains) if self.domains else DEFAULT_DOMAINS

    def claims(self) -> Iterator[tuple[str, int, Claim]]:
        """Every interest, relation and implication: what someone asserts."""
        for field in ("interests", "relations", "implications"):
            items: tuple[Claim, ...] = getattr(self, field)
            for index, item in enumerate(items):
                yield field, index, item

    def items(self) -> Iterator[tuple[str, int, Item]]:
        """Every item with the name of its list and its index, in file order."""
        for field in ("actors", "voices", "interests", "relations", "implications"):
            items: tuple[Item, ...] = getattr(self, field)
            for index, item in enumerate(items):
                yield field, index, item


NEEDS_FORMAT_2 = f'needs "format": {FORMAT} at the top of the file'


def upgraded(dossier: Dossier) -> Dossier:
    """The dossier marked format 2. (A format-1 dossier is read as format 2 already: it
    declares ``critics``, and every new field has its default.)"""
    return dossier if dossier.format is not None else dataclasses.replace(dossier, format=2)


def format_problems(dossier: Dossier) -> list[Problem]:
    """Every field of a format-1 dossier (no "format") that only format 2 has."""
    if dossier.format is not None:
        return []
    declared = dossier.voices != (CRITICS_VOICE,) or dossier.voices[0] is not CRITICS_VOICE
    used = ["domains"] if dossier.domains else []
    used += ["voices"] if dossier.voices and declared else []
    problems = [Problem(field, NEEDS_FORMAT_2) for field in used]
    accepted = Status.ACCEPTED
    for field, index, item in dossier.items():
        # Nearly every item is format 1's: said cheaply, and only the others looked into.
        if item.status is accepted and item.cue is None:
            if isinstance(item, Implication):
                if item.condition is None:
                    continue
            elif _as_format_1(item):
                continue
        used = ["status"] if item.status is not Status.ACCEPTED else []
        used += ["cue"] if item.cue is not None else []
        if isinstance(item, Implication):
            used += ["condition"] if item.condition is not None else []
        elif isinstance(item, Interest | Relation):
            used += ["asserted_by"] if item.asserted_by != ARTICLE_VOICE else []
            used += ["certainty"] if item.certainty is not Certainty.ASSERTED else []
            used += ["hedge"] if item.hedge is not None else []
        where = f"{field}[{index}] ({item.id})"
        problems += [Problem(f"{where}.{name}", NEEDS_FORMAT_2) for name in used]
    return problems


def _as_format_1(item: Item) -> bool:
    """Whether an item's own format-2 fields (besides status and cue) are at their
    defaults."""
    if isinstance(item, Implication):
        return item.condition is None
    if isinstance(item, Interest | Relation):
        flat = item.certainty is Certainty.ASSERTED and item.hedge is None
        return flat and item.asserted_by == ARTICLE_VOICE
    return True


def reference_problems(dossier: Dossier) -> list[Problem]:
    """Every id used twice, every reference to an actor, voice or domain the dossier does not
    have, and every hedge, condition or role that is not in its item's quotes."""
    problems = _duplicate_ids(dossier)
    actor_ids = {actor.id for actor in dossier.actors}
    speakers = actor_ids | {voice.id for voice in dossier.voices} | {ARTICLE_VOICE}
    problems += _domain_problems(dossier)
    names = dossier.domain_names()
    domains = set(names)

    def unknown(where: str, actor_id: str) -> Problem:
        return Problem(where, f"unknown actor id {actor_id!r}{nearest(actor_id, actor_ids)}")

    for index, voice in enumerate(dossier.voices):
        where = f"voices[{index}]"
        if voice.id == ARTICLE_VOICE:
            problems.append(Problem(f"{where}.id", f"{ARTICLE_VOICE!r} is the article's own voice"))
        if voice.affiliation is not None and voice.affiliation not in actor_ids:
            problems.append(unknown(f"{where}.affiliation", voice.affiliation))
        if voice.role is not None and not _in_quotes(voice.role, voice):
            problems.append(Problem(f"{where}.role", f"{voice.role!r} is not in any of its quotes"))
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
            and item.asserted_by in speakers
            and item.domain in domains
            and (item.hedge is None or item.hedge in item.evidence[0].quote or _hedged(item))
            and (item.condition is None or _in_quotes(item.condition, item))
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
        if item.domain not in domains:
            problems.append(
                Problem(
                    f"{where}.domain",
                    f"{item.domain!r} is not one of the dossier's domains "
                    f"({', '.join(names)}){nearest(item.domain, names)}",
                )
            )
        if item.condition is not None and not _in_quotes(item.condition, item):
            problems.append(
                Problem(f"{where}.condition", f"{item.condition!r} is not in any of its quotes")
            )
    claims: list[tuple[str, int, Claim]] = [
        *(("interests", index, item) for index, item in enumerate(dossier.interests)),
        *(("relations", index, item) for index, item in enumerate(dossier.relations)),
        *(("implications", index, dossier.implications[index]) for index in unsound),
    ]
    for field, index, claim in claims:
        where = f"{field}[{index}]"
        if claim.asserted_by not in speakers:
            problems.append(
                Problem(
                    f"{where}.asserted_by",
                    f"{claim.asserted_by!r} is neither {ARTICLE_VOICE!r}, a voice nor an actor"
                    f"{nearest(claim.asserted_by, speakers - {ARTICLE_VOICE})}",
                )
            )
        if claim.hedge is not None and not _hedged(claim):
            problems.append(
                Problem(f"{where}.hedge", f"{claim.hedge!r} is not in any of its quotes")
            )
    return problems


def _domain_problems(dossier: Dossier) -> list[Problem]:
    """A domain declared twice (in any case)."""
    seen: set[str] = set()
    problems: list[Problem] = []
    for index, domain in enumerate(dossier.domains):
        if domain.name.casefold() in seen:
            problems.append(Problem(f"domains[{index}].name", f"{domain.name!r} is declared twice"))
        seen.add(domain.name.casefold())
    return problems


def _hedged(item: Claim) -> bool:
    """Whether the item's hedge stands in one of its quotes."""
    return _in_quotes(item.hedge or "", item)


def _in_quotes(words: str, item: Item) -> bool:
    """Whether ``words`` stand in one of the item's quotes."""
    return any(words in evidence.quote for evidence in item.evidence)


def _duplicate_ids(dossier: Dossier) -> list[Problem]:
    """One problem per id used more than once, at its first use."""
    lists: tuple[tuple[Item, ...], ...] = (
        dossier.actors,
        dossier.voices,
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
