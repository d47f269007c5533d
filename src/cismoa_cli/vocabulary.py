"""The dossier's fixed vocabularies: kinds of actor, voice and relation, and how an
implication is classified; the domains a dossier has when it declares none. Kept free of
heavy imports so the command line can offer them as choices without loading Pydantic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from difflib import get_close_matches
from enum import Enum
from typing import TypeVar

from .errors import UsageError

ARTICLE_VOICE = "article"  # the author's own voice
# "critics argue ...": format 1's only voice besides the article; a format-1 dossier that
# cites it is read as if it declared a voice of this id (kind group).
CRITICS = "critics"
FORMAT = 2  # the dossier format cismoa writes; a file without "format" is format 1
# The domains of a dossier that declares none: the six words format 1 had.
DEFAULT_DOMAINS = (
    "security",
    "sovereignty",
    "economy",
    "diplomacy",
    "regional stability",
    "domestic politics",
)


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A dateline's date rather than its place: "Updated 28 October 2020", "Oct. 5, 2021",
# "2020-10-28", "28/10/2020", "Published Monday".
_DATE = re.compile(
    rf"\b(?:updated|published|posted|modified|(?:{_WEEKDAYS}))\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b\.?"
    rf"|\b(?:{_MONTHS})\b\.?\s+\d{{1,2}}\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    re.IGNORECASE,
)


def reads_like_date(text: str) -> bool:
    """Whether a line reads like a date or a time stamp rather than a place."""
    return _DATE.search(text) is not None


def voice_label(voice: str, names: Mapping[str, str]) -> str:
    """Who asserts an item, as a reader says it: "the article", a voice's or actor's name."""
    return "the article" if voice == ARTICLE_VOICE else names.get(voice, voice)


class ActorKind(str, Enum):
    STATE = "state"
    REGION = "region"
    GROUP = "group"
    ORGANISATION = "organisation"
    PERSON = "person"


class VoiceKind(str, Enum):
    """Who a voice is: someone the article quotes or reports, apart from who is affected."""

    PERSON = "person"
    GROUP = "group"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    MEDIA = "media"
    DOCUMENT = "document"


class Status(str, Enum):
    """Whether an item is a reader's (accepted) or still a drafter's proposal."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"


class RelationKind(str, Enum):
    AGREEMENT = "agreement"
    ALLIANCE = "alliance"
    PARTNERSHIP = "partnership"
    RIVALRY = "rivalry"
    DEPENDENCY = "dependency"


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
    words = {str(member.value): member for member in vocabulary}
    return words[pick(list(words), typed, what)]


def pick(words: Sequence[str], typed: str, what: str) -> str:
    """The one of ``words`` that ``typed`` names, in any case and spacing; otherwise a usage
    error naming ``what`` was asked for, every word it may be, and the nearest one."""
    wanted = " ".join(typed.split()).casefold()
    for word in words:
        if word.casefold() == wanted:
            return word
    raise UsageError(f"{what}: {typed!r} is not one of {', '.join(words)}{nearest(wanted, words)}")


def nearest(typed: str, words: Iterable[str]) -> str:
    """ "; did you mean X?" for the word nearest ``typed`` (in any case), or nothing."""
    by_fold: dict[str, str] = {}
    for word in words:
        by_fold.setdefault(word.casefold(), word)  # the first of words alike but for case
    close = get_close_matches(typed.casefold(), list(by_fold), n=1, cutoff=0.6)
    return f"; did you mean {by_fold[close[0]]}?" if close else ""
