"""The dossier's fixed vocabularies: kinds of actor and relation, and how an implication
is classified. Kept free of heavy imports so the command line can offer them as choices
without loading Pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import get_close_matches
from enum import Enum
from typing import TypeVar

from .errors import UsageError

ARTICLE_VOICE = "article"  # the author's own voice
CRITICS = "critics"  # "critics argue ...": unnamed critics the article reports


def voice_label(voice: str, names: Mapping[str, str]) -> str:
    """Who asserts an implication, as a reader says it: "the article", "critics", a name."""
    return "the article" if voice == ARTICLE_VOICE else names.get(voice, voice)


class ActorKind(str, Enum):
    STATE = "state"
    REGION = "region"
    GROUP = "group"
    ORGANISATION = "organisation"
    PERSON = "person"


class RelationKind(str, Enum):
    AGREEMENT = "agreement"
    ALLIANCE = "alliance"
    PARTNERSHIP = "partnership"
    RIVALRY = "rivalry"
    DEPENDENCY = "dependency"


class Domain(str, Enum):
    SECURITY = "security"
    SOVEREIGNTY = "sovereignty"
    ECONOMY = "economy"
    DIPLOMACY = "diplomacy"
    REGIONAL_STABILITY = "regional stability"
    DOMESTIC_POLITICS = "domestic politics"


class Direction(str, Enum):
    BENEFIT = "benefit"
    RISK = "risk"
    MIXED = "mixed"
    NEUTRAL = "neutral"


class Certainty(str, Enum):
    """How firmly the article states an implication, read from its own hedges."""

    ASSERTED = "asserted"  # a flat statement
    EXPECTED = "expected"  # "is expected to"
    POSSIBLE = "possible"  # "could", "may"
    CONDITIONAL = "conditional"  # "if ..."


class Horizon(str, Enum):
    NEAR_TERM = "near-term"
    LONG_TERM = "long-term"
    UNSPECIFIED = "unspecified"


Word = TypeVar("Word", bound=Enum)


def choose(vocabulary: type[Word], typed: str, what: str) -> Word:
    """The word of ``vocabulary`` that ``typed`` names, in any case; otherwise a usage error
    naming ``what`` was asked for, every word it may be, and the nearest one."""
    wanted = " ".join(typed.split()).casefold()
    words = {str(member.value): member for member in vocabulary}
    for word, member in words.items():
        if word.casefold() == wanted:
            return member
    close = get_close_matches(wanted, list(words), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    listed = ", ".join(words)
    raise UsageError(f"{what}: {typed!r} is not one of {listed}{hint}")
