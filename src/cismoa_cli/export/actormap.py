"""The actor map that every diagram draws: actors, the voices that speak about them, how
the actors stand to each other, and the implications gathered into one flow per voice and
affected actor, with a count per direction.

A drawing of this map grows with the actors and voices, never with the implications: a
dossier of 100,000 implications over 50 actors still makes at most one flow per voice and
actor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from ..query import Selection
from ..textio import counted
from ..vocabulary import ARTICLE_VOICE, ActorKind, Direction, RelationKind

VOICE_NAMES = {ARTICLE_VOICE: "the article"}

# The order in which a flow names its directions: the harm first.
DIRECTIONS = (Direction.RISK, Direction.BENEFIT, Direction.MIXED, Direction.NEUTRAL)
# The mark beside each direction's words, so that colour is never the only signal.
DIRECTION_MARKS = {
    Direction.RISK: "\u25bc",
    Direction.BENEFIT: "\u25b2",
    Direction.MIXED: "\u25c6",
    Direction.NEUTRAL: "\u25cb",
}
_PLURALS = {Direction.RISK: "risks", Direction.BENEFIT: "benefits"}


class Lean(str, Enum):
    """Which way the implications touching an actor lean, as in ``cismoa matrix``."""

    RISK = "risk"  # more risks than benefits
    BENEFIT = "benefit"  # more benefits than risks
    EVEN = "even"  # as many risks as benefits, or only mixed and neutral implications
    NONE = "none"  # no implication touches it

    @property
    def mark(self) -> str:
        return _LEAN_MARKS[self]

    @property
    def words(self) -> str:
        return _LEAN_WORDS[self]


_LEAN_MARKS = {Lean.RISK: "\u25bc", Lean.BENEFIT: "\u25b2", Lean.EVEN: "\u25cf", Lean.NONE: ""}
_LEAN_WORDS = {
    Lean.RISK: "leans to risk",
    Lean.BENEFIT: "leans to benefit",
    Lean.EVEN: "balanced",
    Lean.NONE: "no implications",
}


def lean(implications: int, risks: int, benefits: int) -> Lean:
    if implications == 0:
        return Lean.NONE
    if risks > benefits:
        return Lean.RISK
    if benefits > risks:
        return Lean.BENEFIT
    return Lean.EVEN


@dataclass(frozen=True)
class ActorNode:
    """An actor and how many of the selection's implications touch it."""

    id: str
    name: str
    kind: ActorKind
    implications: int
    risks: int
    benefits: int

    @property
    def lean(self) -> Lean:
        return lean(self.implications, self.risks, self.benefits)

    @property
    def summary(self) -> str:
        """``18 implications, leans to risk`` (or ``no implications``)."""
        if self.implications == 0:
            return self.lean.words
        return f"{counted(self.implications, 'implication')}, {self.lean.words}"


@dataclass(frozen=True)
class Voice:
    """Who asserts implications: the article's own voice, a voice it reports, or an actor."""

    id: str  # "article", a voice's id or an actor's id
    name: str
    implications: int
    is_actor: bool


@dataclass(frozen=True)
class Tie:
    """A relation between two actors."""

    id: str
    actors: tuple[str, str]
    kind: RelationKind
    statement: str


@dataclass(frozen=True)
class Flow:
    """Every implication one voice asserts about one actor, counted by direction."""

    voice: str
    actor: str
    counts: tuple[tuple[Direction, int], ...]  # in DIRECTIONS order, none zero

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)

    @property
    def lean(self) -> Lean:
        by = dict(self.counts)
        return lean(self.total, by.get(Direction.RISK, 0), by.get(Direction.BENEFIT, 0))

    @property
    def label(self) -> str:
        """``6 risks, 3 benefits, 7 neutral``."""
        return ", ".join(count_words(direction, n) for direction, n in self.counts)

    @property
    def marked_label(self) -> str:
        """The label with each direction's mark: ``▼ 6 risks, ▲ 3 benefits``."""
        return ", ".join(
            f"{DIRECTION_MARKS[direction]} {count_words(direction, n)}"
            for direction, n in self.counts
        )


def count_words(direction: Direction, n: int) -> str:
    """``1 risk``, ``3 risks``, ``2 mixed``."""
    word = _PLURALS.get(direction, direction.value) if n != 1 else direction.value
    return f"{n} {word}"


@dataclass(frozen=True)
class ActorMap:
    title: str
    actors: tuple[ActorNode, ...]
    voices: tuple[Voice, ...]
    ties: tuple[Tie, ...]
    flows: tuple[Flow, ...]  # by voice, then by actor, in the order of the lists above


def actor_map(selection: Selection) -> ActorMap:
    """The selection's actors, voices, relations and flows, in dossier order."""
    dossier = selection.dossier
    touching: Counter[str] = Counter()
    risks: Counter[str] = Counter()
    benefits: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    flows: dict[tuple[str, str], Counter[Direction]] = {}
    for item in dossier.implications:
        spoken[item.asserted_by] += 1
        for affected in item.affects:
            touching[affected] += 1
            if item.direction is Direction.RISK:
                risks[affected] += 1
            elif item.direction is Direction.BENEFIT:
                benefits[affected] += 1
            flows.setdefault((item.asserted_by, affected), Counter())[item.direction] += 1
    actors = tuple(
        ActorNode(a.id, a.name, a.kind, touching[a.id], risks[a.id], benefits[a.id])
        for a in dossier.actors
    )
    names = dossier.names()
    speakers = dossier.speakers()
    order = [ARTICLE_VOICE, *(v.id for v in dossier.voices), *names]
    voices = tuple(
        Voice(v, VOICE_NAMES.get(v) or speakers[v], spoken[v], v in names)
        for v in order
        if spoken[v]
    )
    place = {actor_id: n for n, actor_id in enumerate(order)}
    return ActorMap(
        title=dossier.source.title,
        actors=actors,
        voices=voices,
        ties=tuple(Tie(r.id, r.actors, r.kind, r.statement) for r in dossier.relations),
        flows=tuple(
            Flow(voice, actor, tuple((d, counts[d]) for d in DIRECTIONS if counts[d]))
            for (voice, actor), counts in sorted(
                flows.items(), key=lambda pair: (place[pair[0][0]], place[pair[0][1]])
            )
        ),
    )
