"""The groups of people an article names by their livelihood or their lot ("smallholder
farmers", "Greek shipowners", "households"), as actors that bear claims.

A group is an actor when the text names it at least twice: once is a passing word. A word
before its noun that describes it ("canoe fishermen") is part of its name. Two nouns are one
group where one describes the other ("smallholders", "smallholder farmers").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .lexicon import GAIN, HARM, NOT_DESCRIBING, POPULATIONS, SAYING, Place
from .mentions import Mention

_MENTIONS_FOR_AN_ACTOR = 2
_POPULATION = re.compile(
    r"(?:(?<![\w'\u2019-])(?P<describer>[^\W\d_][\w-]*)\s+)?"  # a word before the noun
    rf"\b(?P<head>(?i:{'|'.join(POPULATIONS)}))\b"
)
_NOT_DESCRIBING = frozenset(NOT_DESCRIBING) | frozenset(SAYING)
_POLAR_STEMS = (*GAIN, *HARM)
# Words that act on a group rather than describe it ("hit households", "affected
# workers", "mostly farmers", "represents growers"): participles, adverbs, a verb's third
# person and the verbs of gain and harm.
_ACTING = re.compile(r"(?:ing|ed|ly|s)$")
_ID = re.compile(r"[^A-Z0-9]+")


def with_populations(text: str, names: list[Mention]) -> list[Mention]:
    """``names`` with every mention of a group the text names twice or more put in, in
    order. A group a demonym describes ("Thai processors") is not one: it stands for its
    state, as readers take it."""
    ends = {m.end for m in names}
    spans = sorted((m.start, m.end) for m in names)
    taken_starts = [start for start, _ in spans]
    found: list[tuple[int, int, str]] = []  # start, end, the noun
    for match in _POPULATION.finditer(text):
        start, describer = match.start("head"), match["describer"]
        if _inside(spans, taken_starts, start) or (describer and start - 1 in ends):
            continue  # in a name ("Farmers' Union"); "Thai processors" are Thailand's
        if describer and _describes(describer):
            start = match.start()
        found.append((start, match.end(), match["head"].lower()))
    groups = _groups([(noun, text[start:end]) for start, end, noun in found])
    if not groups:
        return names
    kept = names + [
        Mention(start, end, text[start:end], groups[noun].name, groups[noun])
        for start, end, noun in found
        if noun in groups
    ]
    return sorted(kept, key=lambda m: m.start)


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` falls in a name already found (a noun in "Farmers Union")."""
    n = bisect_right(starts, at) - 1
    return n >= 0 and at < spans[n][1]


def _describes(word: str) -> bool:
    """Whether a lower-case word before a group's noun describes the group."""
    lower = word.lower()
    return (
        word[0].islower()  # a capitalised word opens a sentence, or is a name
        and lower not in _NOT_DESCRIBING
        and _ACTING.search(lower) is None
        and not lower.startswith(_POLAR_STEMS)
    )


def _groups(named: list[tuple[str, str]]) -> dict[str, Place]:
    """Each noun of a group named often enough, to its group: nouns joined where one
    describes the other (whatever the order they are named in), the group called by its most
    frequent name."""
    parent: dict[str, str] = {noun: noun for noun, _ in named}

    def top(noun: str) -> str:
        while parent[noun] != noun:
            noun = parent[noun]
        return noun

    for noun, said in named:
        words = said.lower().split()
        described = f"{words[0]}s"
        if len(words) == 2 and described in parent and top(described) != top(noun):
            parent[top(described)] = top(noun)  # "smallholder farmers" are the smallholders
    joined = {noun: top(noun) for noun in parent}
    counts = Counter(joined[noun] for noun, _ in named)
    forms: dict[str, Counter[str]] = {}
    for noun, said in named:
        forms.setdefault(joined[noun], Counter())[said.lower()] += 1
    groups: dict[str, Place] = {}
    for noun in joined:
        root = joined[noun]
        if counts[root] < _MENTIONS_FOR_AN_ACTOR:
            continue
        name = forms[root].most_common(1)[0][0]
        aliases = tuple(form for form in forms[root] if form != name)
        groups[noun] = Place(_ID.sub("-", root.upper()), name, "group", aliases)
    return groups
