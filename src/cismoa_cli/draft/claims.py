"""What a unit claims: whether it bears a claim, and its certainty, hedge, condition,
horizon, direction, domain and the actors it is about; the interests and relations it cues.

Everything is read from the unit's words with the attribution left out ("critics argue"
neither hedges nor affects anyone), through the lexicon's lists.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from .lexicon import (
    ABILITY,
    ACTING_ON,
    ADVERSE,
    ADVISED_SUBJECTS,
    ANAPHORS,
    APPREHENDING,
    ARTICLES,
    BACKGROUND_CLAUSES,
    BETTERED,
    BURDENS,
    CIRCUMSTANTIAL,
    CLAUSE_OPENERS,
    CLAUSE_SUBJECT_OPENERS,
    CLAUSE_VERBS,
    COMPARISON_MARKERS,
    CONDITIONS,
    CONSEQUENCES,
    CONTRASTIVE,
    COPULAS,
    COUNTERFACTUAL_MARKERS,
    DEFAULT_DOMAIN,
    DEONTIC,
    DIRECTIVE_VERBS,
    DOMAIN_WORDS,
    EFFECT_VERBS,
    EVIDENTIAL,
    EXPECTED,
    FALSE_FRIENDS,
    FRONTING_WORDS,
    GAIN,
    GOODS,
    GROWING,
    HARM,
    HEIGHTENERS,
    HOLDINGS,
    IMPOSED,
    INTEREST_CUES,
    LESSENING,
    LONG_TERM,
    MEMBERSHIP,
    NEAR_TERM,
    NEGATION_REACH,
    NEGATORS,
    NOUN_PHRASE_OPENERS,
    OPEN_QUESTIONS,
    OPENING_BACKGROUND,
    OPENING_CONDITIONS,
    ORDINAL_OPENERS,
    ORGANISATION_NOUNS,
    OWNED_PAY,
    POPULATIONS,
    POSSESSIVE_DETERMINERS,
    POSSIBLE,
    PREDICTING,
    PROVISOS,
    QUESTION_VERBS,
    RAISING_ON_GOODS,
    RECIPIENT_MARKERS,
    RELATION_CUES,
    RELATIONAL,
    REPRESENTATIVE_HEADS,
    SHIFT_PASSES_OVER,
    SHIFT_REACH_AFTER,
    SHIFT_REACH_BEFORE,
    SUBJECT_TO,
    TRANSFER,
    UNDERGOING,
    VERB_OPENERS,
    WARES,
)
from .mentions import Mention, below_a_state, is_feature, is_known
from .voices import Attribution


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words or phrases, in any case."""
    listed = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019-])(?:{listed})(?![\w-])", re.IGNORECASE)


def _stems(stems: tuple[str, ...]) -> re.Pattern[str]:
    """Words that begin with one of ``stems``, in any case."""
    listed = "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{listed})[\w-]*", re.IGNORECASE)


_POSSIBLE = _words(POSSIBLE)
_EXPECTED = _words(EXPECTED)
_EVIDENTIAL = _words(EVIDENTIAL)
_COMPARED = re.compile(
    rf"\b(?:{'|'.join(COMPARISON_MARKERS)})(?:\s+[\w'\u2019-]+){{0,2}}\s+$", re.IGNORECASE
)
_COUNTERFACTUAL = re.compile(rf"\s+(?:{'|'.join(COUNTERFACTUAL_MARKERS)})\b")
# "may" is a hedge, "May" a month; "US" a country, "us" a pronoun: hedges are lower case.
_CONDITION = _words(CONDITIONS)
_OPENING = re.compile(rf"^\W*({'|'.join(OPENING_CONDITIONS)})\b", re.IGNORECASE)
# "provided" or "providing" before a clause: its subject opened by a determiner, a pronoun
# or a name, or a plural before its verb ("provided volumes are large enough")
_PROVIDED_CLAUSE = (
    rf"(?i:{'|'.join(PROVISOS)})\s+"
    rf"(?:(?i:{'|'.join(CLAUSE_SUBJECT_OPENERS)})\b|[A-Z]|[a-z]+s\s+(?:{'|'.join(CLAUSE_VERBS)})\b)"
)
_PROVISO = re.compile(
    rf"^\W*(?P<opening>{_PROVIDED_CLAUSE}|(?i:{SUBJECT_TO})\b)"
    rf"|,\s+(?P<after>{_PROVIDED_CLAUSE}|{SUBJECT_TO}\b)"
)
# a clause's verb, or an infinitive's where a source's verb was taken off ("waits to fall")
_CLAUSE_VERB = re.compile(rf"\b(?:{'|'.join(CLAUSE_VERBS)}|to\s+[a-z]+)\b", re.IGNORECASE)
_FRONTED = re.compile(
    rf"\b(?:{'|'.join(FRONTING_WORDS)}),?\s+(without)\s+(?![\w-]+ing\b)", re.IGNORECASE
)
_HEIGHTENER = re.compile(rf"\b(?:{'|'.join(HEIGHTENERS)}),?\s*$", re.IGNORECASE)
_DEONTIC = re.compile(rf"\b(?:{'|'.join(DEONTIC)})\b(?!\s+expect)", re.IGNORECASE)
_SHOULD_EFFECT = re.compile(
    r"\bshould\s+(?:(?:also|still|therefore|in theory|[a-z]+ly)\s+)?"
    rf"(?:{'|'.join(EFFECT_VERBS)})\b"
)
_SUBJECT_START = re.compile(r"[,;:]\s+|\b(?:that|and|but|which)\s+")
_ADVISED = frozenset(ADVISED_SUBJECTS)
# A directive or an open question at the unit's start, in lower case: case matters, as
# "Support for the deal" and "Demand for lithium" open claims.
_DIRECTIVE = re.compile(
    rf"^\W*(?:(?:{'|'.join(ORDINAL_OPENERS)}),\s+)?"
    rf"(?:{'|'.join((*DIRECTIVE_VERBS, *OPEN_QUESTIONS))})\b"
)
# Words of gain, harm, giving, lessening and growth are looked up word by word in sets, not
# matched as long alternations at every offset: they are read several times in each unit.
_GAIN = frozenset(GAIN)
_HARM = frozenset(HARM)
_STEM_LENGTHS = sorted({len(stem) for stem in (*GAIN, *HARM)})
_FALSE_FRIENDS = frozenset(FALSE_FRIENDS)
_GIVING = frozenset(TRANSFER)
_LESSENING = frozenset(LESSENING)
_GROWING = frozenset(GROWING)
_BURDENS = frozenset(BURDENS)
_GOODS = frozenset(GOODS)
_RAISING_ON_GOODS = frozenset(RAISING_ON_GOODS)
_SHIFTS = _LESSENING | _GROWING
# Phrases of gain (True) and harm (False), by their words, and how many words they have.
_PHRASES = {tuple(phrase.split()): False for phrase in IMPOSED} | {
    tuple(phrase.split()): True for phrase in BETTERED
}
_POLAR_HEADS = frozenset(phrase[0] for phrase in _PHRASES)
_PHRASE_SIZES = sorted({len(phrase) for phrase in _PHRASES})
_PASSED_OVER = frozenset(SHIFT_PASSES_OVER)
_OWNED_PAY = frozenset(OWNED_PAY)
_REPRESENTATIVE = frozenset(REPRESENTATIVE_HEADS)
_OWNERS = frozenset(POSSESSIVE_DETERMINERS)
# "a subsidised rival": a participle of giving before its noun describes it; it gives nothing.
_ARTICLES = frozenset(ARTICLES)
_PHRASE_HEADS = frozenset(phrase.split()[0] for phrase in _SHIFTS if " " in phrase)
_RECIPIENT_MARKERS = frozenset(RECIPIENT_MARKERS)
_NEGATOR = _words(NEGATORS)
_ADVERSE = _words(ADVERSE)
_HELD_OPEN = ("possible", "conditional")
# "but" between two clauses' words: not opening the unit, not "but also".
_CONTRAST = re.compile(rf"(?<=\w)[,;]?\s+(?:{'|'.join(CONTRASTIVE)})\s+(?!also\b)(?=\w)")
_CLAUSE_OPENERS = frozenset(CLAUSE_OPENERS)
_COPULAS = frozenset(COPULAS)
_PREDICTING = frozenset(PREDICTING)
_APPREHENDING = frozenset(APPREHENDING)
_ACTING_ON = frozenset(ACTING_ON)
_UNDERGOING = frozenset(UNDERGOING)
_VERB_OPENERS = frozenset(VERB_OPENERS)
_WARES = frozenset(WARES)
_BEARING_NOUNS = frozenset(POPULATIONS) | frozenset(ORGANISATION_NOUNS)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?$")
# What follows a comma between the items of a list ("rice, cashews and seafood").
_LIST_ITEMS = r"(?:\s+[\w'\u2019-]+){1,3}(?:,|\s+(?:and|or)\s)"
# Between two words, what ends the reach of a shift: a clause's punctuation (not the comma
# of "1,200" nor of a list), a dash, or words blanked out (an attribution, a condition).
_BREAK = re.compile(rf"[;:()]|,(?!{_LIST_ITEMS})\s|\s[-\u2013\u2014]\s|\s\s")
_WORD = re.compile(r"[\w'\u2019-]+")
_DOMAINS = {name: _stems(words) for name, words in DOMAIN_WORDS.items()}
_NEAR = _words(NEAR_TERM)
_LONG = _words(LONG_TERM)
_INTEREST = _words(INTEREST_CUES)
_CONSEQUENCE = _words(CONSEQUENCES)
_ABILITY = _words(ABILITY)
_RELATIONS = {kind: _words(words) for kind, words in RELATION_CUES.items()}
# A clause ends at its punctuation, a dash, or words blanked out: an attribution inside
# it ("If imports rise, analysts say, the plant ...") took its commas with it.
_CLAUSE_END = re.compile(r"[,;:.!?\"\u201d]|\s[-\u2013\u2014]\s|\s\s")
_MIN_WORDS = 3
_QUOTATION_MARKS = frozenset("\"\u201c\u2018'")
# Characters before a word that a cue of it may stand in ("did not say whether", "especially
# if"): looking no further keeps a sentence of any length linear.
_LOOK_BACK = 40
_QUESTION = re.compile(rf"\b(?:{'|'.join(QUESTION_VERBS)})\b(?:\s+\w+){{0,2}}\s+$", re.IGNORECASE)
_CIRCUMSTANTIAL = frozenset(CIRCUMSTANTIAL)
_RELATIONAL = frozenset(RELATIONAL)
_HOLDINGS = frozenset(HOLDINGS)
# A place fronted as the setting of a unit ("In Seoul, ...", "In the Czech Republic, ..."):
# a circumstance, whom the claim is about only when it names no one else.
_SETTING = re.compile(r"\W*(?:In|At)\s+(?:the\s+)?")
# Between a name and the next, what opens an appositive that describes the first ("Hanbit,
# South Korea's third-largest steelmaker", "Marlow Bulk, a Singapore-listed carrier"): the
# names inside it describe, they bear nothing.
_APPOSITIVE = re.compile(r",\s+(?:(?P<article>a|an|the)\s[^,]*)?")
# Nouns of a relation or of an agreement: both have two parties, said or not.
_RELATION_NOUN = _words((*RELATIONAL, *RELATION_CUES["agreement"]))
_OPENERS = frozenset(NOUN_PHRASE_OPENERS)
_BACKGROUND = re.compile(rf",\s+(?:{'|'.join(BACKGROUND_CLAUSES)})\s")
_NOT_COMMA = re.compile(r"[^,]")
# An opening satellite ends at its first comma but for those of a list ("When Estonia,
# Latvia and Lithuania left the grid, prices rose").
_OPENING_BACKGROUND = re.compile(
    rf"^\W*(?:{'|'.join(OPENING_BACKGROUND)})\s"
    rf"(?:[^,]|,(?={_LIST_ITEMS}))*,",
    re.IGNORECASE,
)
_COORDINATION = re.compile(r"['\u2019]?s?,?\s+(?:and|or)?\s*(?:the\s+)?|,\s+")
_POSSESSED = re.compile(r" [a-z]+['\u2019]s?\b")
_ANAPHOR = re.compile(rf"\b(?:{'|'.join(ANAPHORS)})\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:we|us|our)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(?:we|us|our|its|it|their|they)\b", re.IGNORECASE)
_OWNS_A_PLACE = re.compile(r"['\u2019]s?\s+")
_MEMBERS = re.compile(
    rf"\b(?:its|their|our|his|her)\s+(?:[a-z-]+\s+)?(?:{'|'.join(MEMBERSHIP)})\b", re.IGNORECASE
)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


@dataclass(frozen=True)
class Reading:
    """A claim-bearing unit read: every field verbatim or from a vocabulary."""

    start: int
    end: int
    certainty: str
    hedge: str | None
    condition: str | None
    horizon: str
    direction: str
    domain: str
    affects: tuple[str, ...]  # actor keys, in the order named
    cue: str
    attribution: Attribution | None
    # the paragraph that poses the supposition the claim holds under, when its condition is
    # one ("Option A: Accept the request in full.")
    supposed: tuple[int, int] | None = None


def content(text: str, start: int, end: int, attribution: Attribution | None) -> str:
    """The unit's words with the attribution blanked out (offsets kept)."""
    unit = text[start:end]
    if attribution is None:
        return unit
    a, b = attribution.start - start, attribution.end - start
    return unit[:a] + " " * (b - a) + unit[b:]


def bearers(
    text: str, start: int, end: int, names: list[Mention], attribution: Attribution | None
) -> tuple[str, ...]:
    """The actors a unit is about, in order: those it names outside its attribution, but
    for a circumstance (the object of "with", "to", "in" ..., and what is coordinated
    with it; yet "relationship with China" names a party) or a background clause (", as
    China has been ..."). A possessor ("Pakistan's security") always bears the claim. A unit
    that names actors only as circumstances ("investment into Vietnam", "tension between
    Laos and its neighbours") is about them, more salient than whom the text was about
    before, unless a pronoun before them refers back to that ("it could hurt ties with the
    US"). After a verb of giving, the recipients it names are whom the claim is about, not
    the giver ("Brussels may redirect its funding to the Netherlands")."""
    said = content(text, start, end, attribution)
    main = main_clause(text, start, end, attribution)
    condition, _, _ = _condition(said)
    conditional = said.find(condition) if condition else -1
    giving = next(
        (w.start() for w in _WORD.finditer(main) if w.group() in _GIVING), None
    )  # in lower case: "aid", not "Aid Agency"
    kept: list[str] = []
    kept_at: list[int] = []
    in_condition: list[str] = []
    circumstances: list[str] = []
    recipients: list[str] = []  # named after a verb of giving, but for its other objects
    excluded_before = dative = False
    last_end = named_end = -1
    for n, mention in enumerate(names):
        at = mention.start - start
        if at < 0 or at >= len(main) or main[at] == " ":
            continue  # before the unit, in a background clause, or in the attribution
        if _owns_a_place(said, start, names, n):
            continue  # "Cambodia's Stung Treng province": the province bears the claim
        before = _WORD.findall(said, max(0, at - 60), at)
        while before and before[-1].lower() in _OPENERS:
            before.pop()
        after = mention.end - start
        # "Pakistan's security"; "German industry's bill": a demonym naming a possessor.
        possessive = _POSSESSIVE.match(said, after) is not None or (
            _POSSESSED.match(said, after) is not None
        )
        describing = named_end >= 0 and _describes(said, named_end, at, possessive)
        named_end = after
        if describing:
            continue
        previous = before[-1].lower() if before else ""
        if _SETTING.fullmatch(said, 0, at) and said.startswith(",", after):
            circumstance = True  # "In Seoul, shares of Hanbit fell": where, not who
        elif _of_origin(said, mention, after):
            circumstance = True  # "Korean tariffs", "Chinese money": whence, not who
        elif last_end >= 0 and _COORDINATION.fullmatch(said, last_end, at):
            circumstance = excluded_before  # "to Finland and Sweden"
        else:
            circumstance = previous in _CIRCUMSTANTIAL and not (
                len(before) > 1
                and (
                    (previous in ("with", "between") and before[-2].lower() in _RELATIONAL)
                    or (previous in ("of", "at") and before[-2].lower() in _HOLDINGS)
                )
            )
            dative = previous in _RECIPIENT_MARKERS
        excluded_before = circumstance and not possessive
        last_end = mention.end - start
        in_the_condition = conditional >= 0 and conditional <= at < conditional + len(
            condition or ""
        )
        after_giving = giving is not None and at > giving and not in_the_condition
        if after_giving and (dative or not excluded_before):
            recipients.append(mention.key)
        if excluded_before:
            circumstances.append(mention.key)
        elif in_the_condition:
            in_condition.append(mention.key)  # who the condition is about, if no one else
        else:
            kept.append(mention.key)
            kept_at.append(-1 if possessive else at)  # a possessor bears it in any role
    speaker = attribution.speaker.actor if attribution else None
    represented = (speaker or attribution.speaker.affiliation) if attribution else None
    if represented is not None and _MEMBERS.search(main):
        # "the union said ... its members could be laid off": whom the claim is about are
        # the members of the organisation that speaks, or for which its speaker speaks
        return (represented,)
    if not kept and not in_condition and circumstances:
        first = next(m.start - start for m in names if m.key == circumstances[0])
        if _ANAPHOR.search(said, 0, first):
            circumstances = []  # the unit's own words point back past these names
    if not recipients and len(set(kept)) > 1:
        kept = _by_role(main, kept, kept_at)  # who does it, or whom it is done to
    found = tuple(dict.fromkeys(recipients or kept or in_condition or circumstances))
    features = {m.key for m in names if m.place is not None and is_feature(m.place.name)}
    if any(key not in features for key in found):
        # a river, a valley or a sea named beside a state or a body is where, not who ("the
        # Mekong Delta could lose a third of its rice output" is Vietnam's loss)
        found = tuple(key for key in found if key not in features)
    if not found and speaker is not None and (_represents(speaker) or _SELF.search(main)):
        # Naming no one, a body's words are about those it speaks for, or about itself where
        # it says so, not about whom the text was about before ("the federation said many of
        # its members could go out of business"; "the forum said residents had not been
        # consulted"); an institute's or a ministry's estimate is about the text's subject
        found = (speaker,)
    elif not found and represented is not None and _WE.search(main):
        # or to whom the speaker speaks for ("gives us a long-life copper asset," said the
        # company's chairman)
        found = (represented,)
    groups = {m.key for m in names if m.place is not None and m.place.kind == "group"}
    if any(key not in groups for key in found):
        # a group beside a state, a place or a body is theirs ("households in Stung Treng
        # province", "Cambodia's farmers"): readers name the one with a name
        found = tuple(key for key in found if key not in groups)
    if speaker is not None and len(found) > 1:
        found = tuple(key for key in found if key != speaker)
    return found


def _represents(actor: str) -> bool:
    """Whether an actor, by the head of its name, speaks for its members or its people."""
    return any(word.lower() in _REPRESENTATIVE for word in actor.split())


def _word_at(said: str, phrase: str) -> int:
    """Where ``phrase`` first stands in ``said`` as whole words ("will", not "Goodwill")."""
    found = re.search(rf"(?<![\w'\u2019-]){re.escape(phrase)}(?![\w-])", said)
    return found.start() if found else -1


def _by_role(main: str, kept: list[str], kept_at: list[int]) -> list[str]:
    """Of the actors a claim names on both sides of its modal's verb, whom the verb says
    bears it: the object of a verb that acts on it ("Thai canneries might push down the
    price Indonesia gets", "the vehicles would strengthen the country"), the subject of one
    that undergoes ("British companies might lose the contracts London courted"); a
    possessor in any role (``kept_at`` -1)."""
    modals = _modals(main)
    if len(modals) != 1:
        return kept  # no predicate, or two ("X could gain, and Y may lose")
    predicate = modals[0]
    verb = None
    for word in islice((w.group().lower() for w in _WORD.finditer(main, predicate)), 1, None):
        if word == "be":
            return kept  # "Kenya could be hurt when ...": a passive's or a copula's subject
        if word not in _VERB_OPENERS:
            verb = word  # the first word after the modal and "also", "still", "not" ...
            break
    before = any(0 <= at < predicate for at in kept_at)
    if verb is None or not before or not any(at > predicate for at in kept_at):
        return kept
    if verb in _ACTING_ON:
        return [key for key, at in zip(kept, kept_at, strict=True) if at > predicate or at < 0]
    if verb in _UNDERGOING:
        return [key for key, at in zip(kept, kept_at, strict=True) if at < predicate]
    return kept


def _of_origin(said: str, mention: Mention, after: int) -> bool:
    """Whether a demonym says where goods, money or a market come from ("Korean tariffs",
    "cheaper French nuclear power", "the Spanish gas market"): their origin, not whom the
    claim is about."""
    place = mention.place
    if place is None or mention.text == place.name or place.kind != "state":
        return False
    words = _WORD.findall(said, after, after + 40)[:3]
    if not words or not words[0].islower() or words[0] in _ARTICLES:
        return False  # "give La Paz the bargaining power": an object, not a demonym's noun
    # up to the noun the demonym describes: people or firms ("Kazakh grain exporters",
    # "Korean and Japanese mills") bear a claim, wares do not
    if any(word in _BEARING_NOUNS or word.endswith("ers") for word in words):
        return False
    return any(word in _WARES for word in words)


def _owns_a_place(said: str, start: int, names: list[Mention], n: int) -> bool:
    """Whether name ``n`` is the possessor of a town, city or province named right after it:
    the state then only says where the place is."""
    owner = _OWNS_A_PLACE.match(said, names[n].end - start)
    return (
        owner is not None
        and n + 1 < len(names)
        and names[n + 1].start - start == owner.end()
        and below_a_state(names[n + 1].place)
    )


def _describes(said: str, named_end: int, at: int, possessive: bool) -> bool:
    """Whether a name at ``at`` stands in an appositive to the name that ends at
    ``named_end``: after its comma, as a possessor ("Hanbit, South Korea's ...") or after an
    article ("Marlow Bulk, a Singapore-listed carrier")."""
    found = _APPOSITIVE.fullmatch(said, named_end, at)
    return found is not None and (possessive or found["article"] is not None)


def main_clause(text: str, start: int, end: int, attribution: Attribution | None) -> str:
    """The unit's words with its attribution and background clauses blanked out (offsets
    kept): an opening one ("As ... evolves,") and whatever follows ", as", ", which",
    ", though" ..., also when the comma closes an attribution ("..., analysts noted, though
    ...")."""
    said = content(text, start, end, attribution)
    commas = said
    if attribution is not None:
        a, b = attribution.start - start, attribution.end - start
        commas = said[:a] + _NOT_COMMA.sub(" ", text[attribution.start : attribution.end])
        commas += said[b:]
    background = _BACKGROUND.search(commas)
    main = said[: background.start()] if background else said
    opening = _OPENING_BACKGROUND.match(main)
    if opening is not None:
        main = " " * opening.end() + main[opening.end() :]
    return main


def read(
    text: str,
    start: int,
    end: int,
    affects: tuple[str, ...],
    attribution: Attribution | None,
) -> Reading | None:
    """The claim a sentence or list item bears, or None if it bears none: a question, a
    recommendation, a fragment, or words with no hedge, condition, gain or harm."""
    said = content(text, start, end, attribution)
    if said.rstrip("\"'\u201d ").endswith("?") or len(_WORD.findall(said)) < _MIN_WORDS:
        return None
    if attribution is None and _DIRECTIVE.match(said):
        return None  # "require permit holders to ...", "whether the rule can be enforced"
    certainty, hedge, condition, condition_cue = _certainty(said)
    if (
        certainty == "asserted"
        and attribution is not None
        and attribution.cue in _PREDICTING
        and start <= attribution.start < attribution.end <= end  # its cue is in this unit
    ):
        certainty, hedge = "expected", attribution.cue  # "analysts expect the duty to ..."
    if (
        certainty == "expected"
        and attribution is not None
        and attribution.cue.lower() in _APPREHENDING
        and start <= attribution.start < attribution.end <= end
        and hedge is not None
        and attribution.end <= start + _word_at(said, hedge)  # the fear, then what is feared
        and not _PASSIVE_BEFORE.search(text, start, attribution.start)
    ):
        # "residents fear that it will ...", not "it is feared by ... that" nor "..., which
        # is what officials fear"
        certainty, hedge = "possible", attribution.cue
    expecting = _expecting_should(said)
    if expecting is not None and certainty == "asserted":
        certainty, hedge = "expected", "should"
    found = _polar_words(said)
    gains, harms = _count(found)
    main = main_clause(text, start, end, attribution)
    if condition:
        main = main.replace(condition, " " * len(condition))
    in_main = found if main == said else _polar_words(main)
    if main != said and any(_count(in_main)):
        # The main clause says which way the claim goes, when it says so at all: not its
        # background ("a setback for Berlin, which had counted on hydrogen to help ...") nor
        # its condition ("unless the commission gains a stronger mandate").
        gains, harms = _count(in_main)
    predicate = _predicate(main)
    if predicate and any(_count(in_main, predicate)):
        # What the claim does to whom it acts on says which way it goes, not what does it:
        # "faster tariff cuts will increase pressure on fish stocks" is a harm.
        gains, harms = _count(in_main, predicate)
    direction = _direction(gains, harms)
    contrast = _CONTRAST.search(main)
    if contrast is not None and direction != "neutral":
        sides = (_count(in_main, 0, contrast.start()), _count(in_main, contrast.end()))
        if not all(any(side) for side in sides):
            direction = "mixed"  # the silent side of "but" goes the other way
    ability = _lower_case(_ABILITY, said)
    if direction == "neutral" and not found and (attribution or certainty in _HELD_OPEN or ability):
        # A prospect in someone's words, or one the text holds open, that names no gain nor
        # harm ("the first turbines could be turning by 2031"): readers take it as a gain to
        # whom it is about, unless it is negated, restricted or feared.
        direction = "risk" if _ADVERSE.search(text, start, end) else "benefit"
    modal = hedge or condition_cue
    advice = None if expecting is not None else _DEONTIC.search(said)
    # "The commission should publish ...": advice, not a claim; but a claim before the
    # advice stands ("That is a gain for the Baltic states, and it should ...").
    advised = advice is not None and not any(_count(found, 0, advice.start()))
    if modal is None and attribution is None and advised:
        return None
    consequence = _CONSEQUENCE.search(said)
    # A verb of giving says which way a claim goes but bears none: "which it chairs and
    # funds" reports a provision.
    polar = any(not word.giving for word in found)
    # Someone said it: a claim, unless what they said neither hedges nor names a gain, a
    # harm or a consequence and is a quotation ("We drew the first one on the back of a
    # ferry timetable," she said) or an interview's answer, which no words attribute: colour.
    colour = (
        attribution is None
        or attribution.start == attribution.end
        or said.lstrip()[:1] in _QUOTATION_MARKS
    )
    if modal is None and not polar and colour and not consequence and not ability:
        return None
    return Reading(
        start,
        end,
        certainty,
        hedge,
        condition,
        _horizon(said),
        direction,
        _domain(said),
        affects,
        modal
        or (attribution.cue if attribution else None)
        or (consequence.group() if consequence else None)
        or ability
        or _first_cue(said),
        attribution,
    )


def _expecting_should(said: str) -> re.Match[str] | None:
    """A "should" of expectation: before a verb of effect, after a subject that names no one
    who could be advised ("the pact should close that gap", not "we should cut tariffs")."""
    for match in _SHOULD_EFFECT.finditer(said):
        opening = [m.end() for m in _SUBJECT_START.finditer(said, 0, match.start())]
        start = opening[-1] if opening else 0
        subject = _WORD.findall(said, start, match.start())
        if not _names_someone(subject, start == 0) and not {w.lower() for w in subject} & _ADVISED:
            return match
    return None


def _names_someone(subject: list[str], opens: bool) -> bool:
    """Whether a subject's words name a state, a body or a person ("Chile should protect
    ..."): a capitalised word, not a possessor ("Peru's central bank") nor a document after
    an article ("the Annex"); where it opens the unit, one the lexicon knows ("Chile", not
    "Cheaper fish")."""
    for k, word in enumerate(subject):
        if not word[0].isupper() or _POSSESSIVE.search(word):
            continue
        if k > 0 and subject[k - 1].lower() in _ARTICLES:
            continue
        if k > 0 or not opens or is_known(word):
            return True
    return False


def _certainty(said: str) -> tuple[str, str | None, str | None, str | None]:
    """Certainty, hedge, condition and the condition's cue (FactBank's levels, Hyland's
    hedges): a restricting condition makes a claim conditional; else the strongest hedge
    of possibility, then of expectation; an evidential hedge leaves it asserted."""
    condition, cue, restricting = _condition(said)
    for level, pattern in (("possible", _POSSIBLE), ("expected", _EXPECTED)):
        found = next((m.group() for m in pattern.finditer(said) if _hedges(said, m)), None)
        if found is not None:
            return ("conditional" if restricting else level), found, condition, cue
    if restricting:
        return "conditional", None, condition, cue
    evidential = _lower_case(_EVIDENTIAL, said)
    return "asserted", evidential, condition, cue


def _hedges(said: str, modal: re.Match[str]) -> bool:
    """Whether a modal hedges the claim: in lower case ("may", not "May"), and not in the
    standard of a comparison ("than it would") nor a counterfactual ("would otherwise")."""
    return (
        # "I suspect", "We believe": the writer's own judgement opening the sentence
        (modal.group()[0].islower() or modal.group().startswith(("I ", "We ")))
        and _COMPARED.search(said, max(0, modal.start() - _LOOK_BACK), modal.start()) is None
        and _COUNTERFACTUAL.match(said, modal.end()) is None
    )


def _predicate(main: str) -> int | None:
    """Where the predicate of a main clause begins, when a modal marks it ("... will
    increase pressure"): the first modal of possibility or expectation."""
    return min(_modals(main), default=None)


def _modals(main: str) -> list[int]:
    """Where each modal of possibility or expectation that hedges a main clause stands."""
    return [
        m.start()
        for pattern in (_POSSIBLE, _EXPECTED)
        for m in pattern.finditer(main)
        if _hedges(main, m)
    ]


def _lower_case(pattern: re.Pattern[str], said: str) -> str | None:
    for match in pattern.finditer(said):
        if match.group()[0].islower():
            return match.group()
    return None


def _condition(said: str) -> tuple[str | None, str | None, bool]:
    """The condition clause verbatim, its cue, and whether it restricts the claim ("if",
    "unless") rather than heightening it ("especially if")."""
    opening = _OPENING.search(said)
    found = [(opening.start(1), opening.group(1))] if opening else []
    if opening is None:
        match = next(
            (
                m
                for m in _CONDITION.finditer(said)
                if not (
                    m.group().lower() == "whether"
                    and _QUESTION.search(said, max(0, m.start() - _LOOK_BACK), m.start())
                )
            ),
            None,
        )
        found = [(m.start(), m.group()) for m in (match,) if m is not None]
        fronted = _FRONTED.search(said)
        found += [(m.start(1), m.group(1)) for m in (fronted,) if m is not None]
        found += _proviso(said)
    if not found:
        return None, None, False
    at, cue = min(found)  # the first condition
    stop = _CLAUSE_END.search(said, at)
    clause = said[at : stop.start() if stop else len(said)].strip()
    heightened = _HEIGHTENER.search(said, max(0, at - _LOOK_BACK), at) is not None
    return clause or None, cue, not heightened


def _proviso(said: str) -> list[tuple[int, str]]:
    """Where a proviso opens the sentence, or follows a clause of its own after a comma, and
    its cue ("provided", "Subject to")."""
    for match in _PROVISO.finditer(said):
        group = "opening" if match["opening"] else "after"
        if group == "after" and not _CLAUSE_VERB.search(said, 0, match.start()):
            continue  # "Kenyan exports, subject to a 10% tariff, will fall": no clause before
        said = match[group]  # "subject to", or "provided" and its clause's first word
        return [(match.start(group), said if said.lower() == SUBJECT_TO else said.split()[0])]
    return []


def _polarity(word: str) -> bool | None:
    """Whether a word in lower case is one of gain (True) or of harm (False) by its stem,
    or neither; a stem's false friends are neither ("wind" is no "win")."""
    if word in _FALSE_FRIENDS:
        return None
    harm = None
    for n in _STEM_LENGTHS:
        if n > len(word):
            break
        if word[:n] in _GAIN:
            return True
        if word[:n] in _HARM:
            harm = False
    return harm


class _Polar(NamedTuple):
    """A word that counts for gain or harm, negation and shifts applied."""

    at: int  # where it stands in the unit
    gain: bool
    giving: bool  # a word of giving that counts alone


def _count(found: list[_Polar], start: int = 0, end: int | None = None) -> tuple[int, int]:
    """The gains and harms of ``found`` that stand between ``start`` and ``end``."""
    inside = [w.gain for w in found if start <= w.at and (end is None or w.at < end)]
    return sum(inside), len(inside) - sum(inside)


def _polar_words(said: str) -> list[_Polar]:
    """Words of gain and of harm, those of giving among the gains. A word of lessening or
    growth acting on one passes its sense on and counts for nothing itself: "tariff cuts"
    and "reduce the risk" are gains, "rising tensions" a harm; it counts where it stands
    ("duties ... will fall"). A negated one counts for the other side."""
    words = list(_WORD.finditer(said))
    lowered = [w.group().lower().lstrip("'\u2019") for w in words]
    targets: dict[int, bool] = {}  # word index -> whether a gain; goods gain, burdens harm
    polar: dict[int, bool] = {}  # the words of gain, harm or giving, not goods or burdens
    # first word, last word, whether it lessens, whether it raises a gain instead
    shifts: list[tuple[int, int, bool, bool]] = []
    for i, word in enumerate(lowered):
        sense = _polarity(word)
        if sense is None and _gives(words, lowered, i):
            sense = True
        if sense is not None:
            targets[i] = sense
        elif word in _POLAR_HEADS:
            # a phrase ("could face", "out of work") is no noun a shift acts on: "could face
            # power cuts" is no lessened harm
            sense = _phrase(said, words, lowered, i)
        if sense is not None:
            polar[i] = sense
        elif word in _BURDENS or word in _GOODS:
            owned = word in _OWNED_PAY and i > 0 and lowered[i - 1] in _OWNERS
            targets[i] = word in _GOODS or owned
        last = i
        if (
            word in _PHRASE_HEADS
            and i + 1 < len(words)
            and said[words[i].end() : words[i + 1].start()] == " "
            and f"{word} {lowered[i + 1]}" in _SHIFTS
        ):
            last = i + 1
        phrase = " ".join(lowered[i : last + 1])
        named = _names_a_place(words, lowered, i, last)
        if phrase in _SHIFTS and not named:
            shifts.append((i, last, phrase in _LESSENING, phrase in _RAISING_ON_GOODS))
    starts = [w.start() for w in words]
    # words with a break before them
    parted = {bisect_left(starts, b.start()) for b in _BREAK.finditer(said)}
    taken: set[int] = set()
    scored: list[tuple[int, bool, bool]] = []  # word index, whether a gain, whether giving
    for first, last, lessens, raises_gains in shifts:
        if first in taken:
            continue
        target = _acted_on(words, first, last, targets, taken, parted)
        if target is not None:
            reverses = lessens and not (raises_gains and targets[target])
            scored.append((first, targets[target] != reverses, False))
            taken.update(range(first, last + 1))
            taken.add(target)
    scored += [(i, sense, lowered[i] in _GIVING) for i, sense in polar.items() if i not in taken]
    found = []
    for i, is_gain, giving in scored:
        # a curly apostrophe as a straight one: "won\u2019t" is "won't"
        before = " ".join(lowered[max(0, i - NEGATION_REACH) : i]).replace("\u2019", "'")
        negated = _NEGATOR.search(before) is not None
        found.append(_Polar(words[i].start(), is_gain != negated, giving))
    return found


def _names_a_place(words: list[re.Match[str]], lowered: list[str], i: int, last: int) -> bool:
    """Whether words ``i`` to ``last`` are part of a place's name after an article ("the
    lower Tagus", "the Upper Nile"), not a shift: a name follows them, not an acronym ("the
    higher EU tariffs") nor a word before a noun ("the higher Chinese tariffs")."""
    if i == 0 or lowered[i - 1] not in _ARTICLES or last + 1 >= len(words):
        return False
    name = words[last + 1].group()
    after = lowered[last + 2] if last + 2 < len(words) else None
    followed = after is None or not words[last + 2].group().islower() or after in ("of", "and")
    return name[0].isupper() and not name.isupper() and followed


def _gives(words: list[re.Match[str]], lowered: list[str], i: int) -> bool:
    """Whether word ``i`` is a word of giving as written: in lower case ("aid", not "Aid
    Agency", "fund", not "Just Transition Fund"), and not a participle describing a noun ("a
    subsidised rival")."""
    word = lowered[i]
    return (
        word in _GIVING
        and words[i].group()[0].islower()
        and not (word.endswith("ed") and i > 0 and lowered[i - 1] in _ARTICLES)
    )


def _phrase(said: str, words: list[re.Match[str]], lowered: list[str], i: int) -> bool | None:
    """Whether a phrase of gain (True) or of harm (False) starts at word ``i``, its words a
    space apart ("have to", "out of work", "better off"), or neither (None)."""
    for size in _PHRASE_SIZES:
        end = i + size
        sense = _PHRASES.get(tuple(lowered[i:end])) if end <= len(words) else None
        if sense is not None and all(
            said[words[k].end() : words[k + 1].start()] == " " for k in range(i, end - 1)
        ):
            return sense
    return None


def _acted_on(
    words: list[re.Match[str]],
    first: int,
    last: int,
    targets: dict[int, bool],
    taken: set[int],
    parted: set[int],
) -> int | None:
    """The word of gain, harm or burden a shift (words ``first`` to ``last``) acts on: a
    burden right before it ("pay an extra 4,500 rupees"), else the nearest after it ("cut
    tariffs"), else before it ("tariffs will fall"), in its clause (``parted``: the words a
    break stands before)."""
    j = first - 1
    while j >= 0 and j + 1 not in parted and _passed_over(words[j].group().lower()):
        j -= 1
    if (
        j >= 0
        and j + 1 not in parted
        and j in targets
        and j not in taken
        and words[j].group().lower() in _BURDENS
    ):
        return j
    reached, j = 0, last + 1
    while j < len(words) and reached < SHIFT_REACH_AFTER:
        word = words[j].group().lower()
        if j in parted or word in _CLAUSE_OPENERS or word in _COPULAS:
            break  # "the cut was credit negative": a copula's predicate is not acted on
        if j in targets and j not in taken:
            return j
        if not _passed_over(word):
            reached += 1
        j += 1
    for j in range(first - 1, max(-1, first - 1 - SHIFT_REACH_BEFORE), -1):
        if j + 1 in parted or words[j].group().lower() in _CLAUSE_OPENERS:
            break
        if j in targets and j not in taken:
            return j
    return None


def _passed_over(word: str) -> bool:
    """Whether a shift reaches over a word without counting it: an article, a possessor, a
    number, a sum's word."""
    return word in _PASSED_OVER or _POSSESSIVE.search(word) is not None or word[0].isdigit()


def _direction(gains: int, harms: int) -> str:
    if gains > harms:
        return "benefit"
    if harms > gains:
        return "risk"
    return "mixed" if gains else "neutral"


def _domain(said: str) -> str:
    counts = {name: len(pattern.findall(said)) for name, pattern in _DOMAINS.items()}
    best = max(counts.values())
    if best == 0:
        return DEFAULT_DOMAIN
    return next(name for name, count in counts.items() if count == best)


def _horizon(said: str) -> str:
    if _NEAR.search(said):
        return "near-term"
    if _LONG.search(said):
        return "long-term"
    return "unspecified"


def _first_cue(said: str) -> str:
    found = (w.group() for w in _WORD.finditer(said) if _polarity(w.group().lower()) is not None)
    return next(found, said.split()[0])


def interest_cue(said: str) -> re.Match[str] | None:
    """Where a unit says what someone wants ("seeks", "aims to", "plan for")."""
    return _INTEREST.search(said)


def names_a_relation(said: str) -> bool:
    """Whether a unit speaks of a relation or an agreement ("the partnership would survive",
    "the pact could be extended"): naming no one else, it is about their two parties."""
    return _RELATION_NOUN.search(said) is not None


def relation_cue(said: str) -> tuple[str, str, int] | None:
    """The kind of relation a unit cues ("partner", "ally", "rival", "agreement"), its cue
    and where the cue stands in the unit: the first in the unit."""
    found = [
        (m.start(), kind, m.group()) for kind, p in _RELATIONS.items() if (m := p.search(said))
    ]
    if not found:
        return None
    at, kind, cue = min(found)
    return kind, cue, at
