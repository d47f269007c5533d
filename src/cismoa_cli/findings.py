"""What the questions asked of a dossier find: plain frozen records that ``query`` builds and
``render`` shows, so that neither needs the other."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Actor, Implication, Interest, Relation
from .vocabulary import Status


@dataclass(frozen=True)
class Tally:
    """How many implications, and how many of them are risks and benefits."""

    implications: int
    risks: int
    benefits: int

    @property
    def net(self) -> int:
        """Benefits minus risks: below zero it leans to risk."""
        return self.benefits - self.risks


@dataclass(frozen=True)
class ActorCounts(Tally):
    """How much of the dossier concerns one actor: its interests, and the implications that
    affect it by direction."""

    interests: int


@dataclass(frozen=True)
class VoiceCounts:
    """What one voice asserts: who it is, its claims by kind, its implications by
    direction, and the actors its claims are about (in the dossier's order)."""

    id: str  # "article", a voice's id or an actor's id
    name: str
    kind: str  # a voice's kind; "article" for the article's own; "actor" for an actor
    interests: int
    relations: int
    implications: int
    directions: dict[str, int]  # every direction, in vocabulary order
    about: tuple[str, ...]  # actor ids
    # The voice's or actor's own; the article's voice is nobody's proposal.
    status: Status = Status.ACCEPTED


@dataclass(frozen=True)
class ActorProfile:
    """Everything about one actor: what it wants, its relations, what affects it."""

    actor: Actor
    interests: list[Interest]
    relations: list[Relation]
    implications: list[Implication]
    domains: tuple[str, ...]  # the dossier's, in its order


@dataclass(frozen=True)
class MatrixCell(Tally):
    """The implications for one actor in one domain, by direction."""

    actor: str
    domain: str


@dataclass(frozen=True)
class Comparison:
    """Two actors side by side."""

    first: Actor
    second: Actor
    first_interests: list[Interest]
    second_interests: list[Interest]
    shared: list[Implication]  # implications that affect both
    between: list[Relation]  # relations that join the two
    opposite: list[tuple[MatrixCell, MatrixCell]]  # domains where one leans risk, one benefit
    # Third actors one of the two stands with (agreement, alliance, partnership) and the
    # other against (rivalry): (the third actor, the first's relations, the second's).
    apart: list[tuple[Actor, list[Relation], list[Relation]]]
    # Implications that affect one of the two and name the other, who is not among those
    # affected: what each bears on the other's account.
    first_on_second: list[Implication]
    second_on_first: list[Implication]
