"""The draft dossier's items, made from what the other stages found, each with its evidence
checked verbatim against the article (``evidence.at_offsets``) and marked proposed.

The output is format 2's JSON (see the dossier format): actors, voices, interests,
relations and implications, every one with ``"status": "proposed"`` and the ``"cue"`` that
made it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from ..evidence import at_offsets
from ..models import Evidence
from .claims import (
    Reading,
    bearers,
    content,
    interest_cue,
    names_a_relation,
    read,
    relation_cue,
)
from .lexicon import NEWS_AGENCIES, SUPPOSITIONS
from .mentions import Mention, NamesAround, Salience, by_name, mentions
from .populations import with_populations
from .units import Unit, UnitKind, units
from .voices import Attribution, People, Speaker, Turns, attribute, signature, signer

PROPOSED = "proposed"
ARTICLE = "article"
_SPACE = re.compile(r"\s+")
_ID_WORD = re.compile(r"[A-Z0-9]")
_MAX_ID = 16
_RELATION_QUOTES = 3  # evidence kept for one relation named again and again
# "Option A:", "Scenario 2 -": a paragraph posing a supposition
_SUPPOSITION = re.compile(rf"(?:{'|'.join(SUPPOSITIONS)})\s+[A-Z0-9]{{1,3}}\s*[:.\-\u2013\u2014]")
# what a supposition makes conditional: the hedged claims, not what the text states flat
_SUPPOSABLE = ("expected", "possible")
_ANSWER = re.compile(r"A:\s")  # an interview's answer, as a Q&A writes it
_QUESTION = re.compile(r"Q:\s")  # and its question
_RULE = re.compile(r"[\W_]+")  # a line with no word: "---", "* * *"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
_QUESTION_LENGTH = 250  # characters: a question, not a paragraph that ends in one
_AGENCIES = frozenset(NEWS_AGENCIES)
_SIGNATURE_LINES = 3  # a name, a place, a date: a longer block of lines signs nothing
_OPENING_QUOTES = frozenset('"\u201c')


class DraftError(Exception):
    """A quote the drafter made is not at its offsets: a fault in the drafter, never
    written."""


@dataclass
class _Found:
    """What the stages found in the article, as they pass it along."""

    text: str
    units: list[Unit]
    names: list[Mention]
    readings: list[Reading] = field(default_factory=list)
    interests: list[tuple[Unit, str, str]] = field(default_factory=list)  # unit, actor, cue
    relations: dict[tuple[str, str, str], list[tuple[Unit, str]]] = field(default_factory=dict)
    speakers: dict[str, tuple[Speaker, str, tuple[int, int]]] = field(default_factory=dict)
    names_around: NamesAround = field(init=False)

    def __post_init__(self) -> None:
        self.names_around = NamesAround(self.names)


def propose(text: str) -> dict[str, list[dict[str, Any]]]:
    """A draft of the dossier's items for an article: actors, voices, interests, relations
    and implications, all proposed, all with verified evidence."""
    found = _Found(text, units(text), with_populations(text, mentions(text)))
    _read_units(found)
    actor_ids = _actor_ids(found.names)
    return {
        "actors": _actors(found, actor_ids),
        "voices": _voices(found, actor_ids),
        "interests": _interests(found, actor_ids),
        "relations": _relations(found, actor_ids),
        "implications": _implications(found, actor_ids),
    }


def _read_units(found: _Found) -> None:
    """Two passes over the units: people learnt and attributions found, in order; then,
    with the speakers of quotations carried to their other sentences, claims read."""
    text, names = found.text, found.names
    opens = _paragraph_openings(text, found.units)
    said_by = _attributions(found, opens)
    _carry_quotations(text, found.units, opens, said_by)
    next_name = 0
    topic = Counter(m.key for m in names).most_common(1)
    previous: tuple[str, ...] = (topic[0][0],) if topic else ()
    salience = Salience()
    supposed: Unit | None = None  # the option or scenario the claims read now hold under
    for k, unit in enumerate(found.units):
        while next_name < len(names) and names[next_name].end <= unit.start:
            salience.note(names[next_name])
            next_name += 1
        if unit.kind is not UnitKind.SENTENCE:
            supposed = None  # a heading or a list ends the supposition
        elif opens[k] and _SUPPOSITION.match(text, unit.start):
            supposed = unit
            continue  # "Option B: Decline the request." poses what follows, claiming nothing
        if unit.kind is UnitKind.LINE:
            continue
        inside = _names_in(names, next_name, unit)
        attribution = said_by[k]
        said = content(text, unit.start, unit.end, attribution)
        _cue_interest(found, unit, said, inside, attribution)
        _cue_relation(found, unit, said, inside)
        about = bearers(text, unit.start, unit.end, inside, attribution)
        if not about and names_a_relation(said):
            # A relation without its parties ("the partnership would survive") is between
            # the two the text has named most: a relational noun's implicit arguments.
            about = tuple(m.key for m in salience.pair())
        # Naming no one, a unit is about whom the text was last about (the first actor of
        # the last unit that named one: centering's backward-looking center).
        reading = read(text, unit.start, unit.end, about or previous, attribution)
        previous = about[:1] or previous
        if reading is None:
            continue
        if supposed is not None and reading.certainty in _SUPPOSABLE:
            reading = replace(
                reading,
                certainty="conditional",
                condition=text[supposed.start : supposed.end],  # verbatim, as its quote
                supposed=(supposed.start, supposed.end),
            )
        if attribution is not None and attribution.speaker.actor is None:
            speaker = attribution.speaker
            found.speakers.setdefault(
                speaker.name,
                (speaker, attribution.cue, speaker.introduced or (unit.start, unit.end)),
            )
        found.readings.append(reading)


def _attributions(found: _Found, opens: list[bool]) -> list[Attribution | None]:
    """Each unit's attribution, in order, as the people it names are learnt (none for a
    bare line)."""
    text, names = found.text, found.names
    people = People()
    next_name = 0
    answering: Speaker | None = None  # in an interview's answer, who answers
    interviewee: Speaker | None = None
    # whom an answer's own line names ("A: Leila Ben Salah, customs lawyer"): the answer is
    # theirs, paragraph after paragraph, to the next question or rule
    labelled: Speaker | None = None
    # a transcript's turns: who the label opening the paragraph names ("GUEST: ..."), and
    # who a label on a line of its own names, to the next bare line
    turns = Turns(text, found.names_around)
    turn: Speaker | None = None
    turn_by_line: Speaker | None = None
    last_end = 0
    said_by: list[Attribution | None] = []
    asked = _questions(text, found.units, opens)
    questioned = False  # whether an interview's first question has been asked
    for k, unit in enumerate(found.units):
        while next_name < len(names) and names[next_name].end <= unit.start:
            next_name += 1
        inside = _names_in(names, next_name, unit)
        people.learn(text, unit.start, unit.end, inside)
        if opens[k]:
            turn = turns.speaker(unit.start, unit.end, people)
            if unit.kind is UnitKind.LINE or turns.opens(unit.start, unit.end):
                turn_by_line = turn  # a bare line, or another turn, ends a line's speaker's
        if unit.kind is UnitKind.LINE:
            answer = _ANSWER.match(text, unit.start)
            if answer is not None:
                near = found.names_around(answer.end(), unit.end)
                labelled = signer(text, answer.end(), unit.end, near) or labelled
            elif _RULE.fullmatch(text, unit.start, unit.end):
                labelled = None
            said_by.append(None)
            continue
        if _QUESTION.match(text, unit.start):
            labelled = None
        attribution = attribute(text, unit.start, unit.end, inside, people)
        # An interview's answer ("A: ...", to the end of its paragraph) is the words of the
        # person it interviews: whom the text named last before its first answer.
        if _ANSWER.match(text, unit.start):
            interviewee = interviewee or people.last_person
            answering = interviewee
        elif asked[k]:
            # an interview whose questions are paragraphs of their own: what follows each,
            # to the next, is the answer of the person the introduction names most (looked
            # for once, at the first question: the text before each later one is longer)
            if not questioned:
                interviewee = interviewee or _most_named(text, unit.start, people)
            answering = None
            questioned = True
        elif questioned:
            answering = interviewee
        elif _PARAGRAPH.search(text, last_end, unit.start):
            answering = None
        last_end = unit.end
        answerer = turn or turn_by_line or answering or labelled
        if attribution is None and answerer is not None:
            attribution = Attribution(answerer, "A:", unit.start, unit.start)
        said_by.append(attribution)
    _sign(found, opens, said_by)
    _sign_below(found, opens, said_by)
    return said_by


def _questions(text: str, all_units: list[Unit], opens: list[bool]) -> list[bool]:
    """For each unit, whether it is in an interview's question: a short paragraph that ends in
    "?", where at least two such stand after the word "interview" (a magazine's Q&A without
    "Q:" and "A:"; an explainer's question headings are answered in its own voice)."""
    asked = [False] * len(all_units)
    starts = [k for k, opened in enumerate(opens) if opened] + [len(all_units)]
    for first, after in pairwise(starts):
        begin, end = all_units[first].start, all_units[after - 1].end
        if end - begin <= _QUESTION_LENGTH and text[begin:end].rstrip().endswith("?"):
            asked[first:after] = [True] * (after - first)
    first_question = next((all_units[k].start for k, a in enumerate(asked) if a), 0)
    if sum(opens[k] for k, a in enumerate(asked) if a) < 2 or not _INTERVIEW.search(
        text, 0, first_question
    ):
        return [False] * len(all_units)
    return asked


def _most_named(text: str, before: int, people: People) -> Speaker | None:
    """The person the text names most before ``before`` by last name (whom an interview's
    introduction is about, not its interviewer, named once in its byline)."""
    counts = Counter(
        person.name
        for person in people.known.values()
        if person.kind == "person"
        for _ in re.finditer(rf"\b{re.escape(person.name.split()[-1])}\b", text[:before])
    )
    named = counts.most_common(1)
    if not named:
        return people.last_person
    return people.known[named[0][0]]


def _sign(found: _Found, opens: list[bool], said_by: list[Attribution | None]) -> None:
    """A paragraph that ends in a bare line a person signs (a reader's letter over "João
    Ferreira, Santarém"), or opens with one that names who speaks (a script's "SOUNDBITE:
    ALICIA BENÍTEZ, Paraguay's Minister of Industry"), is in that person's words, where
    nothing else attributes it."""
    text, all_units = found.text, found.units
    opened = 0  # the first unit of the current paragraph
    for k, unit in enumerate(all_units):
        if opens[k]:
            opened = k
        last = k + 1 == len(all_units) or opens[k + 1]
        if unit.kind is not UnitKind.LINE or (opened == k) == last:
            continue  # a line alone in its paragraph, or one amid it, signs nothing
        if opened == k and not _opens_quotation(text, all_units[k + 1]):
            continue  # a heading over a list ("Key figures") names no speaker
        person = signer(text, unit.start, unit.end, found.names_around(unit.start, unit.end))
        if person is None:
            continue
        # the paragraph's first line names who says what follows it; its last, who wrote
        # what went before
        words = range(k + 1, _paragraph_end(opens, k)) if opened == k else range(opened, k)
        _in_words_of(person, all_units, said_by, words)


def _sign_below(found: _Found, opens: list[bool], said_by: list[Attribution | None]) -> None:
    """A page of letters, each signed on lines of its own below it ("Teina Marsters" over
    "Nikao"): what each letter says, back to its headline, is its signer's, where nothing
    else attributes it. A text signed once is its author's, the article's own voice."""
    all_units = found.units
    signed: list[tuple[int, Speaker]] = []
    for k, unit in enumerate(all_units):
        if not opens[k] or unit.kind is not UnitKind.LINE or k == 0:
            continue
        if all_units[k - 1].kind is UnitKind.LINE:
            continue  # a signature follows what it signs
        ends = _paragraph_end(opens, k)
        under = [found.text[all_units[n].start : all_units[n].end] for n in range(k + 1, ends)]
        if (
            _AGENCIES.intersection(under)  # a photograph's credit: "John Smith" over "Reuters"
            or ends - k > _SIGNATURE_LINES
            or any(all_units[n].kind is not UnitKind.LINE for n in range(k, ends))
            or (
                ends - k == 1
                and ends < len(all_units)
                and all_units[ends].kind is not UnitKind.LINE
            )
        ):
            continue  # a heading, over the text it heads: a signature is under its text
        person = signature(
            found.text, unit.start, unit.end, found.names_around(unit.start, unit.end)
        )
        if person is not None:
            signed.append((k, person))
    if len(signed) < 2:
        return
    for k, person in signed:
        headline = k - 1
        while headline >= 0 and all_units[headline].kind is not UnitKind.LINE:
            headline -= 1
        _in_words_of(person, all_units, said_by, range(headline + 1, k))


def _paragraph_end(opens: list[bool], k: int) -> int:
    """Where the paragraph of unit ``k`` ends: the unit that opens the next, or the last."""
    return next((n for n in range(k + 1, len(opens)) if opens[n]), len(opens))


def _in_words_of(
    person: Speaker, all_units: list[Unit], said_by: list[Attribution | None], words: range
) -> None:
    """The units of ``words`` that nothing else attributes, bare lines aside, are
    ``person``'s."""
    for n in words:
        if said_by[n] is None and all_units[n].kind is not UnitKind.LINE:
            start = all_units[n].start
            said_by[n] = Attribution(person, person.name, start, start)


def _paragraph_openings(text: str, all_units: list[Unit]) -> list[bool]:
    """For each unit, whether it opens a paragraph (a blank line before it, or the first)."""
    return [
        k == 0 or _PARAGRAPH.search(text, all_units[k - 1].end, unit.start) is not None
        for k, unit in enumerate(all_units)
    ]


def _names_in(names: list[Mention], first: int, unit: Unit) -> list[Mention]:
    """The names from ``names[first]`` on that begin before ``unit`` ends."""
    inside: list[Mention] = []
    n = first
    while n < len(names) and names[n].start < unit.end:
        inside.append(names[n])
        n += 1
    return inside


def _carry_quotations(
    text: str, all_units: list[Unit], opens: list[bool], said_by: list[Attribution | None]
) -> None:
    """A sentence of a quotation that names no speaker is the words of the one the quotation
    is attributed to in another of its sentences ('"Madrid has signed a good deal. Whether it
    helps the north is another question," said Dr Velarde'), or, failing that, of the last
    quotation attributed in its paragraph ('"If copper holds, they earn it back," she said.
    "If it doesn't, shareholders will ask why."'), or of the person the sentence before it
    in the paragraph reports ('He expects the rule to hit the factories. "Several plants
    won't survive it."'): the quotation's speaker, as a reader carries it (the attribution
    of PARC 3.0 spans the whole quotation)."""
    k = 0
    last: Attribution | None = None  # the paragraph's last attributed quotation or person
    while k < len(all_units):
        unit = all_units[k]
        if opens[k]:
            last = None
        if not _opens_quotation(text, unit):
            reported = said_by[k]
            if reported is not None and reported.speaker.kind == "person":
                last = reported
            k += 1
            continue
        run = [k]  # the quotation's sentences, while it stays open
        marks = _Marks()
        while marks.open_after(text, unit.start, all_units[run[-1]]) and run[-1] + 1 < len(
            all_units
        ):
            if opens[run[-1] + 1]:
                break
            run.append(run[-1] + 1)
        speakers = [said_by[i] for i in run if said_by[i] is not None]
        carried = speakers[0] if speakers else last
        if carried is not None:
            for i in run:
                if said_by[i] is None:
                    start = all_units[i].start
                    said_by[i] = Attribution(carried.speaker, carried.cue, start, start)
            last = carried
        k = run[-1] + 1


def _opens_quotation(text: str, unit: Unit) -> bool:
    """Whether a unit opens with a quotation mark."""
    return text[unit.start : unit.start + 1] in _OPENING_QUOTES


@dataclass
class _Marks:
    """The quotation marks of a quotation so far, counted a sentence at a time (so a long
    quotation is counted once, not again from its start for each sentence)."""

    straight: int = 0
    opening: int = 0
    closing: int = 0
    counted_to: int = -1

    def open_after(self, text: str, opened: int, unit: Unit) -> bool:
        """Whether a quotation opened at ``opened`` is still open at the end of ``unit``: an
        odd number of straight quotation marks, or more opening curly ones than closing."""
        quoted = text[max(opened, self.counted_to) : unit.end]
        self.counted_to = unit.end
        self.straight += quoted.count('"')
        self.opening += quoted.count("\u201c")
        self.closing += quoted.count("\u201d")
        return self.straight % 2 == 1 or self.opening > self.closing


def _cue_interest(
    found: _Found, unit: Unit, said: str, inside: list[Mention], attribution: Attribution | None
) -> None:
    cue = interest_cue(said)
    if cue is None:
        return
    before = [m for m in inside if m.start < unit.start + cue.start()]
    holder = before[-1].key if before else (attribution.speaker.actor if attribution else None)
    if holder is not None:
        found.interests.append((unit, holder, cue.group()))


def _cue_relation(found: _Found, unit: Unit, said: str, inside: list[Mention]) -> None:
    """A relation between the unit's first actor (its subject, as a rule) and the other
    actor named nearest the cue ("Beijing ... where India is its rival")."""
    cued = relation_cue(said)
    if cued is None or not inside:
        return
    kind, cue, at = cued
    subject = inside[0].key
    others = [m for m in inside if m.key != subject]
    if not others:
        return
    cue_at = unit.start + at
    partner = min(others, key=lambda m: abs(m.start - cue_at)).key
    first, second = sorted((subject, partner))
    quotes = found.relations.setdefault((first, second, kind), [])
    if len(quotes) < _RELATION_QUOTES:
        quotes.append((unit, cue))


def _actor_ids(names: list[Mention]) -> dict[str, str]:
    """An id for each actor key: the lexicon's, or an organisation's initials."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for mention in names:
        if mention.key in ids:
            continue
        base = mention.place.id if mention.place else _initials(mention.key)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base[: _MAX_ID - len(str(n)) - 1]}-{n}"
        ids[mention.key] = candidate
        taken.add(candidate)
    return ids


def _initials(name: str) -> str:
    """An organisation's id: its initials, or its name's first three letters, in ASCII
    capitals as every id is ("Élan Club" is "EC", "Rímac" "RIM")."""
    letters = _ascii_capitals("".join(word[0] for word in name.split() if word[0].isupper()))
    return (letters if len(letters) >= 2 else _ascii_capitals(name)[:3]).ljust(2, "X")[:_MAX_ID]


def _ascii_capitals(text: str) -> str:
    """The letters and digits of ``text`` in capitals, accents taken off, others dropped."""
    return "".join(_ID_WORD.findall(unicodedata.normalize("NFKD", text).upper()))


def _evidence(text: str, start: int, end: int, *within: str | None) -> dict[str, Any]:
    """A verbatim quote of ``text[start:end]``, checked; every phrase of ``within`` must
    stand in it (a hedge, a condition, a role)."""
    quote = text[start:end]
    if not at_offsets(text, Evidence(quote=quote, start=start, end=end)):
        raise DraftError(f"a drafted quote is not at {start}..{end}")
    for phrase in within:
        if phrase is not None and phrase not in quote:
            raise DraftError(f"{phrase!r} is not in the quote at {start}..{end}")
    return {"quote": quote, "start": start, "end": end}


def _statement(text: str, start: int, end: int) -> str:
    return _SPACE.sub(" ", text[start:end]).strip()


def _actors(found: _Found, ids: dict[str, str]) -> list[dict[str, Any]]:
    by_key: dict[str, list[Mention]] = {}
    for mention in found.names:
        by_key.setdefault(mention.key, []).append(mention)
    unit_of = _unit_finder(found.units)
    actors = []
    # The most named first: what the article is most about comes first in review.
    for key, named in sorted(by_key.items(), key=lambda pair: -len(pair[1])):
        first = named[0]
        place = first.place
        name = place.name if place else key
        # A description ("the country", "both governments") points to a name; it is none.
        aliases = [t for t in dict.fromkeys(m.text for m in named if by_name(m)) if t != name]
        unit = unit_of(first.start)
        times = "once" if len(named) == 1 else f"{len(named)} times"
        actors.append(
            {
                "id": ids[key],
                "name": name,
                "aliases": aliases,
                "kind": place.kind if place else "organisation",
                "summary": f"Named {times} in the article.",
                # the name's unit, and the next one too where the splitter cut the name
                # ("allows U.S. | Navy vessels to refuel")
                "evidence": [
                    _evidence(found.text, unit.start, max(unit.end, first.end), first.text)
                ],
                "status": PROPOSED,
                "cue": first.text,
            }
        )
    return actors


def _unit_finder(all_units: list[Unit]) -> Callable[[int], Unit]:
    """The unit an offset stands in, found by bisection."""
    starts = [u.start for u in all_units]

    def unit_of(offset: int) -> Unit:
        return all_units[max(0, bisect_right(starts, offset) - 1)]

    return unit_of


def _voice_ids(found: _Found, actor_ids: dict[str, str]) -> dict[str, str]:
    taken = {i.casefold() for i in actor_ids.values()} | {ARTICLE}
    ids: dict[str, str] = {}
    for name in found.speakers:
        base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60] or "voice"
        if not base[0].isalpha():
            base = f"v-{base}"
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        ids[name] = candidate
        taken.add(candidate)
    return ids


def _voices(found: _Found, actor_ids: dict[str, str]) -> list[dict[str, Any]]:
    ids = _voice_ids(found, actor_ids)
    voices = []
    for name, (speaker, cue, (start, end)) in found.speakers.items():
        role = speaker.role if speaker.role and speaker.role in found.text[start:end] else None
        voices.append(
            {
                "id": ids[name],
                "name": name,
                "kind": speaker.kind,
                "aliases": [a for a in speaker.aliases if a != name],
                "affiliation": actor_ids.get(speaker.affiliation or ""),
                "role": role,
                "evidence": [_evidence(found.text, start, end, role)],
                "status": PROPOSED,
                "cue": cue,
            }
        )
    return voices


def _implications(found: _Found, actor_ids: dict[str, str]) -> list[dict[str, Any]]:
    voice_ids = _voice_ids(found, actor_ids)
    items: list[dict[str, Any]] = []
    for reading in found.readings:
        if not reading.affects:
            continue  # an article that names no actor: no one to affect
        attribution = reading.attribution
        if attribution is None:
            asserted_by = ARTICLE
        elif attribution.speaker.actor is not None:
            asserted_by = actor_ids[attribution.speaker.actor]
        else:
            asserted_by = voice_ids[attribution.speaker.name]
        items.append(
            {
                "id": f"IMP-{len(items) + 1:02d}",
                "statement": _statement(found.text, reading.start, reading.end),
                "affects": [actor_ids[key] for key in reading.affects],
                "domain": reading.domain,
                "direction": reading.direction,
                "certainty": reading.certainty,
                "horizon": reading.horizon,
                "asserted_by": asserted_by,
                "hedge": reading.hedge,
                "condition": reading.condition,
                "evidence": _claim_evidence(found.text, reading),
                "status": PROPOSED,
                "cue": reading.cue,
            }
        )
    return items


def _claim_evidence(text: str, reading: Reading) -> list[dict[str, Any]]:
    """A claim's quote, with its hedge and its condition; or, held under a supposition,
    its quote with its hedge and the supposition's quote, which is its condition."""
    if reading.supposed is None:
        return [_evidence(text, reading.start, reading.end, reading.hedge, reading.condition)]
    return [
        _evidence(text, reading.start, reading.end, reading.hedge),
        _evidence(text, *reading.supposed, reading.condition),
    ]


def _interests(found: _Found, actor_ids: dict[str, str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for unit, key, cue in found.interests:
        actor = actor_ids[key]
        counts[actor] += 1
        items.append(
            {
                "id": f"INT-{actor}-{counts[actor]}",
                "actor": actor,
                "statement": _statement(found.text, unit.start, unit.end),
                "evidence": [_evidence(found.text, unit.start, unit.end, cue)],
                "status": PROPOSED,
                "cue": cue,
            }
        )
    return items


def _relations(found: _Found, actor_ids: dict[str, str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for (first, second, kind), quoted in found.relations.items():
        a, b = actor_ids[first], actor_ids[second]
        items.append(
            {
                "id": f"REL-{len(items) + 1:02d}",
                "actors": [a, b],
                "kind": kind,
                "statement": _statement(found.text, quoted[0][0].start, quoted[0][0].end),
                "evidence": [_evidence(found.text, u.start, u.end, cue) for u, cue in quoted],
                "status": PROPOSED,
                "cue": quoted[0][1],
            }
        )
    return items
