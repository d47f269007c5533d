"""Where the article names a country, a region or an organisation: one pass over its words.

A name is looked up in the lexicon's places (longest first: "South China Sea" before
"China"); a run of capitalised words that ends in or holds an organisation's head word
("Mekong River Commission", "Chamber of Commerce and Industry") names an organisation the
lexicon does not know, and so does a name the text introduces by what kind of organisation it
is ("Volta Biologics, a Ghanaian firm that ..."), wherever the text names it, and the
abbreviation given after an organisation's name ("(PEZ)"). Names are matched with their
capitals, so "US" is never "us".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from .lexicon import (
    ACCENTED_ONLY,
    APPOSITIVE_STOPS,
    COMPANY_DESIGNATORS,
    COMPANY_HEADS,
    DEFINITE_DESCRIPTIONS,
    DEMONYM_PLURAL_ENDINGS,
    FEATURE_HEADS,
    LOCAL_INSTITUTIONS,
    LOCAL_OFFICES,
    LOCALITY_HEADS,
    LOCALITY_NOUNS,
    LOCALITY_NOUNS_AFTER,
    NAME_JOINERS,
    NOT_NAMES,
    NOT_PLACES,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    PAIR_DETERMINERS,
    PAIR_NOUNS,
    PAIR_POSSESSIVES,
    PLACES,
    STATE_TITLES,
    TIME_NAMES,
    TRADE_WORDS,
    Place,
)

# A capital letter ("Östervik", "Émile"): the capitals of Basic Latin, Latin-1, Greek and
# Cyrillic, and Latin Extended-A and -B, where capitals and small letters alternate, whole
# (a short class: one of every capital in Unicode makes each pattern slow to compile).
CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0391-\u03a9\u0410-\u042f]"
# A word: initials with dots ("U.S.", "E.U."), or a run of letters (hyphens and apostrophes
# end it: "Jakarta-based", "China's"), or digits joined to letters ("G7").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+")
_LONGEST_NAME = 6  # words in the longest name looked up
# Words in the longest organisation's name ("International Bank for Reconstruction and
# Development" has six): a run of capitals is walked from each of its words, so without a
# bound a long run without a head word ("WORD WORD ...") would cost its length squared.
_LONGEST_ORGANISATION = 12
_JOINERS = frozenset(NAME_JOINERS)
_HEADS = frozenset(ORGANISATION_HEADS)
_TRADES = frozenset(TRADE_WORDS)
# The last words of a company's name: a trade, a legal form, or a company's heads.
_COMPANY_ENDS = _TRADES | frozenset(COMPANY_DESIGNATORS) | frozenset(COMPANY_HEADS)
_NOT_NAMES = frozenset(NOT_NAMES)
_POSSESSIVE_GAP = frozenset({"' ", "\u2019 "})
_NAME_GAPS = frozenset({" ", "-", "'", "\u2019"})  # what may join the words of a place's name
_TIME_NAMES = frozenset(TIME_NAMES)
# A name (up to five words, capitalised but for "of", "and", "de"), perhaps its abbreviation,
# then an appositive whose head says what kind of organisation it is, and what may follow
# that head: a relative clause, a complement, or the appositive's end. Not "the company's
# chief" nor "a company spokesperson": there "company" is no head.
_NAME_WORD = rf"{CAPITAL}[\w'\u2019&.-]*"
# A name of up to six words, where no word goes on before it, and perhaps its abbreviation
# or its ticker ("(SNM.N)": the abbreviation is the ticker's root).
_NAMED = (
    rf"(?<![\w'\u2019&.-])(?P<{{name}}>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|of|and|de)){{{{0,5}}}})"
    r"(?:\s\((?P<{short}>[A-Z]{{2,8}})(?:\.[A-Z]{{1,3}})?\))?"
)
# What stands before the tail of a longer name ("Federation of | Agriculture ..."): the tail
# is no name of its own.
_NAME_GOES_ON = re.compile(rf"{CAPITAL}[\w'\u2019-]*\s(?:of|and|for|de)\s$")
_INTRODUCED = re.compile(
    _NAMED.format(name="name", short="short") + r",\s+"
    # an article, or a place's possessive ("Hanbit, South Korea's third-largest steelmaker")
    r"(?:(?:a|an|the)\s+|(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*['\u2019]s\s+)"
    rf"(?:(?!(?:{'|'.join(APPOSITIVE_STOPS)})\b)[\w'\u2019-]+\s+){{0,4}}?"
    rf"(?:{'|'.join(ORGANISATION_NOUNS)})"
    r"(?=\s*[,.;:)\u2013\u2014]|\s+(?:that|which|whose|who|in|of|from|with|based|owned"
    r"|run|controlled|known|behind|at|for|and)\b"
    # or a participle that opens a reduced relative ("a small explorer listed in Calgary",
    # "a company part-owned by the state")
    r"|\s+[a-z-]*[a-z]ed\s+(?:in|by|on|at)\b)"
    # or a name that "which" takes up, a verb of the present after it: a body or a firm, as
    # "who" takes up a person ("Ardent Cells, which assembles battery packs near Lansing")
    + "|"
    + _NAMED.format(name="which", short="which_short")
    + r",\s+which\s+(?:[a-z]+ly\s+)?[a-z]+s\b"
)
# A place below a state, named with what it is: in apposition ("Dangjin, a city of 170,000",
# not "a city official"), after "the port of", before "Province" or "province", before or
# after its office, before an institution named after it; or a natural feature ("Aral Sea").
_PLACE_NAME = r"(?P<{}>" + CAPITAL + r"[\w'\u2019-]*(?:\s" + CAPITAL + r"[\w'\u2019-]*){{0,2}})"
_LOCALITY = re.compile(
    rf"(?<![\w'\u2019-]){_PLACE_NAME.format('named')},\s+(?:a|an|the)\s+"
    rf"(?:(?!(?:{'|'.join(APPOSITIVE_STOPS)})\b)[\w'\u2019-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(LOCALITY_NOUNS)})(?=\s*[,.;:]|\s+(?:of|that|which|where|with|on|near)\b)"
    rf"|\b(?:the\s+(?:{'|'.join(LOCALITY_NOUNS)})|{'|'.join(LOCAL_OFFICES)})\s+of\s+"
    + _PLACE_NAME.format("of")
    + rf"|(?<![\w'\u2019-]){_PLACE_NAME.format('headed')}"
    + rf"\s+(?:(?P<head>{'|'.join(LOCALITY_HEADS)})|(?P<feature>{'|'.join(FEATURE_HEADS)}))\b"
    + rf"|(?<![\w'\u2019-]){_PLACE_NAME.format('office')}"
    + rf"['\u2019]s\s+(?:{'|'.join(LOCAL_OFFICES)})\b"
    + rf"|(?<![\w'\u2019-]){_PLACE_NAME.format('after')}"
    + rf"\s+(?:{'|'.join(LOCALITY_NOUNS_AFTER)}|{'|'.join(LOCAL_INSTITUTIONS)})\b"
)
_LOCALITY_ID = re.compile(r"[^A-Z0-9]+")
# A name the text places things in, at or near, again and again ("at Kuryk", "in Aktau"): a
# town or a port it need not say is one.
_LOCATED = re.compile(
    r"(?<![\w'\u2019-])(?:in|at|from|near|outside|via|around)\s+" + _PLACE_NAME.format("located")
)
_PLACES_FOR_A_LOCALITY = 2
_NOT_PLACES = frozenset(NOT_PLACES)
# Two places below a state named with one plural head ("Dornod and Sukhbaatar provinces").
_PAIRED_LOCALITIES = re.compile(
    rf"(?<![\w'\u2019-]){_PLACE_NAME.format('first')}\s+and\s+{_PLACE_NAME.format('second')}"
    rf"\s+(?:{'|'.join(f'{noun}s' for noun in LOCALITY_NOUNS_AFTER)})\b"
)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# A name with its abbreviation or ticker in brackets after it: an organisation when the
# abbreviation is its initials ("Ferrocarril Trasandino del Norte (FTN)").
_DEFINED = re.compile(
    rf"(?<![\w'\u2019&.-])(?P<name>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|of|and|for|de|del|la|do)){{1,7}})"
    r"\s\((?P<short>[A-Z]{2,8})(?:\.[A-Z]{1,3})?\)"
)
_CAPITALS = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w.-])")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")
# An abbreviation in brackets right after an organisation's name: "(TAWU)".
_SHORT = re.compile(r"\s\(([A-Z]{2,8})(?:\.[A-Z]{1,3})?\)")


@dataclass(frozen=True)
class Mention:
    """A name in the article: its span, the words as written, and what it names (a place's
    id, or the organisation's full name when the lexicon does not know it)."""

    start: int
    end: int
    text: str
    key: str
    place: Place | None


class NamesAround:
    """The names of an article by where they stand: those around a span, found without
    looking at every name (a check of one line costs the same however long the article)."""

    def __init__(self, names: list[Mention]) -> None:
        self._names = names
        self._starts = [m.start for m in names]

    def __call__(self, start: int, end: int) -> list[Mention]:
        """The names that begin in ``text[start:end]``, and the one before that may run
        into it."""
        first = max(0, bisect_left(self._starts, start) - 1)
        return self._names[first : bisect_left(self._starts, end)]


def _surface_forms() -> dict[str, Place]:
    """Each name the lexicon knows, to its place: as listed, without a leading "the", with
    "s" after a state's names that end as demonyms do ("Tuvaluans"; a capital so ended gets
    one too, which no text writes), a state's long forms ("Union of the Comoros"), and each
    also without its accents ("Sao Tome"), the form a text without them writes, unless that
    is a word or another place ("Male")."""
    forms: dict[str, Place] = {}
    for place in PLACES:
        listed = [place.name, *place.aliases]
        if place.kind == "state":
            listed += [
                f"{alias}s" for alias in place.aliases if alias.endswith(DEMONYM_PLURAL_ENDINGS)
            ]
            listed += [
                f"{title}{the} {place.name}" for title in STATE_TITLES for the in _LONG_FORM_THE
            ]
        for form in listed:
            for written in (form, form[4:] if form.startswith("the ") else form):
                forms.setdefault(written, place)
                if written not in _ACCENTED_ONLY:
                    forms.setdefault(without_accents(written), place)
    return forms


_ACCENTED_ONLY = frozenset(ACCENTED_ONLY)
_LONG_FORM_THE = ("", " the", " The")  # "Republic of Palau", "Union of the Comoros"


def without_accents(words: str) -> str:
    """``words`` with the accents taken off their letters ("Sao Tome" for "São Tomé"): how
    texts and keyboards without them write the same name."""
    if words.isascii():
        return words
    return "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c))


_FORMS = _surface_forms()
_LEXICON = frozenset(PLACES)
_FEATURES = frozenset(FEATURE_HEADS)


def is_known(name: str) -> bool:
    """Whether the lexicon knows ``name`` as a place's or an organisation's, or an alias of
    one ("Chile", "Brussels", "Chilean")."""
    return name in _FORMS


def is_feature(name: str) -> bool:
    """Whether a place's name is a natural feature's ("Sekong River", "Aral Sea")."""
    return name.rpartition(" ")[2] in _FEATURES


def below_a_state(place: Place | None) -> bool:
    """Whether a place is a town, a city or a province the text said was one."""
    return (
        place is not None
        and place.kind == "region"
        and place not in _LEXICON
        and not is_feature(place.name)
    )


class _Word(NamedTuple):
    """A word of the article (a tuple: there is one per word, and they are many)."""

    start: int
    end: int
    text: str


_PAIR = (
    rf"(?:{'|'.join(PAIR_DETERMINERS)})\s+(?:(?:{'|'.join(PAIR_POSSESSIVES)})\s+)?"
    rf"(?:{'|'.join(PAIR_NOUNS)})\b(?!\s+of\b)"  # "both sides of the argument" are no actors
)
_DESCRIPTION = re.compile(
    rf"\b(?:(?:{'|'.join(DEFINITE_DESCRIPTIONS)})\b|(?P<pair>{_PAIR}))", re.IGNORECASE
)


def by_name(mention: Mention) -> bool:
    """Whether a mention names its actor (by its name, a demonym, a capital), rather than
    being a description that stands for it ("the country", "both governments", "the
    company")."""
    place = mention.place
    if place is not None and place.kind == "group":
        return True  # a group is only ever named ("Households", "canoe fishermen")
    if place is None:
        return mention.text.lower() not in DEFINITE_DESCRIPTIONS
    return any(
        form in (mention.text, f"the {mention.text}") for form in (place.name, *place.aliases)
    )


class Salience:
    """The two actors the text has named most so far (by a name, demonym or capital, not a
    description; regions aside), the later named first on a tie: whom "both governments"
    or a relation without its parties ("the partnership") stands for. Kept as it goes, so
    each name costs the same however many actors the text names."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._first: dict[str, int] = {}  # the order in which each was first named
        self._top: list[Mention] = []  # at most two, the most named first

    def note(self, mention: Mention) -> None:
        if not by_name(mention) or (
            mention.place is not None and mention.place.kind in ("region", "group")
        ):
            return
        self._first.setdefault(mention.key, len(self._first))
        self._counts[mention.key] = self._counts.get(mention.key, 0) + 1
        others = [m for m in self._top if m.key != mention.key]
        ranked = sorted(
            [mention, *others], key=lambda m: -self._counts[m.key]
        )  # stable: the one just named stays first on a tie
        self._top = ranked[:2]

    def pair(self) -> list[Mention]:
        """The two most named, in the order first named; none before two are named."""
        if len(self._top) < 2:
            return []
        return sorted(self._top, key=lambda m: self._first[m.key])


def mentions(text: str) -> list[Mention]:
    """Every name of a place or organisation in ``text``, in order, none overlapping, and
    every "the region" or "the country" that stands for the last region or state named, and
    every "both governments" for the two actors named most so far (two mentions of one
    span)."""
    words = [_Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    lower_case = _LowerCase(text)
    introduced = _introduced(text, lower_case)
    localities = _localities(text, introduced)
    forms = {**_FORMS, **localities} if localities else _FORMS
    names = list(_scan(text, words, introduced, forms))
    shortened = _shortened(text, names, introduced, lower_case)
    if shortened:  # the abbreviations are names too, wherever the text uses them
        names = list(_scan(text, words, introduced | shortened, forms))
    return _resolve(text, names)


def _localities(text: str, organisations: Iterable[str]) -> dict[str, Place]:
    """The places below a state that the text names with what they are, and the natural
    features it names, each form to its place: its name, and with the head of a place below
    a state ("South Chungcheong Province") its name alone too; none that opens the name of
    one of ``organisations``."""
    headed: dict[str, list[str]] = {}  # each name, to its forms with a head
    for match in _LOCALITY.finditer(text):
        named = (
            match["named"] or match["of"] or match["headed"] or match["office"] or match["after"]
        )
        words = named.split()
        while words and (words[0] in _NOT_NAMES or words[0].endswith(("'s", "\u2019s"))):
            words.pop(0)  # "In Dangjin" is "Dangjin", "Laos's Attapeu" is "Attapeu"
        name = " ".join(words)
        if not name or name in _FORMS or words[-1] in _TIME_NAMES:
            continue
        if match["feature"]:  # a natural feature is known by its whole name only
            name = f"{name} {match['feature']}"
            if name in _FORMS:
                continue  # "Solomon Islands", "South China Sea": the lexicon's
        forms = headed.setdefault(name, [])
        if match["head"] and f"{name} {match['head']}" not in forms:
            forms.append(f"{name} {match['head']}")
    for pair in _PAIRED_LOCALITIES.finditer(text):
        paired = []
        for named in (pair["first"], pair["second"]):
            words = named.split()
            while len(words) > 1 and (words[0] in _NOT_NAMES or words[0] in _FORMS):
                words.pop(0)  # "In Dornod", "Mongolian Dornod": Dornod
            paired.append(" ".join(words))
        if all(name in _FORMS for name in paired):
            continue
        for name in paired:
            # "Morobe and Madang provinces"; and "the Boeny and Sofia regions", where the
            # unknown one says the other is a region too, not Bulgaria's capital
            known = _FORMS.get(name)
            if known is None or (known.kind == "state" and known.name != name):
                headed.setdefault(name, [])
    located = Counter(_POSSESSIVE_END.sub("", m["located"]) for m in _LOCATED.finditer(text))
    for name, count in located.items():
        words = frozenset(name.split())
        if (
            count >= _PLACES_FOR_A_LOCALITY
            and name not in headed
            and name not in _FORMS
            and not words & (_TIME_NAMES | _HEADS | _COMPANY_ENDS | _NOT_PLACES)  # "in May"
        ):
            headed[name] = []
    found: dict[str, Place] = {}
    for name, forms in headed.items():
        if any(
            organisation.startswith(f"{name} ")
            and not _HEADS.intersection(organisation[len(name) :].split())
            for organisation in organisations
        ):
            # "Siam Delta Polymers": a company's name, not the Siam delta (but "the
            # Östervik Chamber of Commerce" is named after its town)
            continue
        full = forms[0] if forms else name  # the fuller name, as the text gives it
        code = _LOCALITY_ID.sub("-", without_accents(full).upper()).strip("-")[:16]
        place = Place(code, full, "region", (name, *forms[1:]) if forms else ())
        for form in (name, *forms):
            found[form] = place
    return found


class _LowerCase:
    """The words a text writes in lower case ("united" but not "Northfork"), found once, and
    only if asked: most texts name no company."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(_LOWER_WORD.findall(self._text))
        return word in self._words


def _is_company(name: str) -> bool:
    """Whether a name ends as a company's does: a trade, a legal form or a company's head."""
    return name.rpartition(" ")[2] in _COMPANY_ENDS


def _introduced(text: str, lower_case: _LowerCase) -> dict[str, str]:
    """The organisations the text introduces by their kind, and their abbreviations, each to
    its name: not a place, nor words that open a sentence ("In Accra, the state utility")."""
    found: dict[str, str] = {}
    for match in _INTRODUCED.finditer(text):
        if _NAME_GOES_ON.search(text, max(0, match.start() - 40), match.start()):
            continue
        words = (match["name"] or match["which"]).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)  # "In Accra" is "Accra"
        name = " ".join(words)
        if (
            not name
            or name in _FORMS
            or _governs(name.removesuffix(" Government"))  # "the Ghana Government": Ghana
            or not name[-1].isalnum()
            or words[-1][0].islower()
            or words[-1] in _TIME_NAMES
            or _of_a_known(name, found)
        ):
            continue
        found.setdefault(name, name)
        short = match["short"] or match["which_short"]
        if short and short not in _FORMS:
            found.setdefault(short, name)
        _name_by_first_word(name, lower_case, found)
    for match in _DEFINED.finditer(text):
        defined = _defined(match["name"], match["short"])
        if defined is not None and defined not in _FORMS and match["short"] not in _FORMS:
            found.setdefault(defined, defined)
            found.setdefault(match["short"], found[defined])
    return found


def _governs(name: str) -> bool:
    """Whether a name before "Government" is a state's own ("Ghana", "St Helena" of Saint
    Helena), not its capital's ("the Tokyo Government" is the city's)."""
    place = _FORMS.get(name)
    return (
        place is not None
        and place.kind == "state"
        and bool(set(name.split()) & set(place.name.split()))
    )


def _defined(name: str, short: str) -> str | None:
    """The words of a name that its abbreviation abbreviates, one capital for each of its
    last capitalised words ("Ferrocarril Trasandino del Norte" for "FTN"), or None if the
    abbreviation is not the name's initials: the abbreviation definitions of Schwartz, A. S.
    & Hearst, M. A. (2003) "A simple algorithm for identifying abbreviation definitions in
    biomedical text", PSB 2003, matched word by word."""
    words = name.split()
    capitals = [i for i, word in enumerate(words) if word[0].isupper()]
    if len(capitals) < len(short):
        return None
    first = capitals[-len(short)]
    if "".join(words[i][0] for i in capitals[-len(short) :]) != short:
        return None
    if words[first] in _NOT_NAMES:
        return None  # "The" is no word of a name
    return " ".join(words[first:])


def _name_by_first_word(name: str, lower_case: _LowerCase, found: dict[str, str]) -> None:
    """Its first word alone names a company ("Northfork" for "Northfork Metals") if the text
    never writes that word in lower case: a name, not a word of the language ("United",
    "Small"), nor a place's or a trade's ("Rail" of "Rail New Zealand"). Not a union's, a
    forum's or a council's, which are named after the place they stand for ("Kabompo" of
    "Kabompo Land and Water Forum" is the place)."""
    first, _, rest = name.partition(" ")
    if (
        rest
        and _is_company(name)
        and first not in _FORMS
        and first not in _TRADES
        and first.lower() not in lower_case
    ):
        found.setdefault(first, name)


def _of_a_known(name: str, found: dict[str, str]) -> bool:
    """Whether a name ends in "of" and a name already known ("Shares of Andes Steel"): a
    holding of that one, not an organisation of its own."""
    _, of, known = name.rpartition(" of ")
    return bool(of) and (known in found or known in _FORMS)


def _shortened(
    text: str, names: list[Mention], known: dict[str, str], lower_case: _LowerCase
) -> dict[str, str]:
    """The abbreviations given in brackets after organisations' names, the first words of
    companies' names ("Daehan" for "Daehan Steel"), the names that open a longer one
    ("Sahyadri Minerals" for "Sahyadri Minerals Corporation Ltd") and the initials of one
    organisation's name used without brackets ("BRM"), each to its name."""
    found: dict[str, str] = {}
    organisations = sorted({m.key for m in names if m.place is None})
    for shorter, longer in pairwise(organisations):
        if longer.startswith(f"{shorter} ") and shorter not in known:
            found[shorter] = known.get(longer, longer)
    # Initials the text uses without defining them ("The BRM estimates", after "the Basin
    # Rights Monitor"), when they are one organisation's
    initials: dict[str, list[str]] = {}
    for name in organisations:
        letters = "".join(word[0] for word in name.split() if word[0].isupper())
        if len(letters) > 1:
            initials.setdefault(letters, []).append(name)
    for used in frozenset(_CAPITALS.findall(text)) & initials.keys():
        if len(initials[used]) == 1 and used not in _FORMS and used not in known:
            found.setdefault(used, known.get(initials[used][0], initials[used][0]))
    for mention in names:
        if mention.place is not None:
            continue
        short = _SHORT.match(text, mention.end)
        if short and short[1] not in _FORMS and short[1] not in known:
            found.setdefault(short[1], mention.key)
        if mention.key not in known:
            _name_by_first_word(mention.key, lower_case, found)
    return {short: name for short, name in found.items() if short not in known}


def _resolve(text: str, names: list[Mention]) -> list[Mention]:
    """The names, with the descriptions that stand for them put in: the last place of the
    description's kind named by its name, the company named most, or the two most named."""
    found: list[Mention] = []
    last: dict[str, Place] = {}
    company: Mention | None = None  # the company named most, the latest of equals
    companies: Counter[str] = Counter()
    town: Mention | None = None  # the last town, city or province the text said was one
    salience = Salience()
    n = 0
    for description in _DESCRIPTION.finditer(text):
        while n < len(names) and names[n].start < description.start():
            place = names[n].place
            # Named by its name, not a demonym: "Japanese firms" does not make Japan the
            # country a text goes on about.
            if place is not None and names[n].text == place.name:
                last[place.kind] = place
            elif place is None and _is_company(names[n].key):
                companies[names[n].key] += 1
                if company is None or companies[names[n].key] >= companies[company.key]:
                    company = names[n]
            if below_a_state(place):
                town = names[n]
            salience.note(names[n])
            found.append(names[n])
            n += 1
        said = description.group()
        if description.group("pair"):
            meant = [(m.key, m.place) for m in salience.pair()]
        elif DEFINITE_DESCRIPTIONS[said.lower()] == "company":
            meant = [(company.key, None)] if company is not None else []
        elif DEFINITE_DESCRIPTIONS[said.lower()] == "town":
            meant = [(town.key, town.place)] if town is not None else []
        else:
            one = last.get(DEFINITE_DESCRIPTIONS[said.lower()])
            meant = [(one.id, one)] if one is not None else []
        found.extend(
            Mention(description.start(), description.end(), said, key, place)
            for key, place in meant
        )
    return found + names[n:]


def _scan(
    text: str, words: list[_Word], introduced: dict[str, str], forms: dict[str, Place]
) -> Iterator[Mention]:
    longest = max((len(name.split()) for name in introduced), default=0)
    runs = _capitalised_runs(text, words)
    heads = _next_heads(words)
    i = 0
    while i < len(words):
        word = words[i]
        if (not word.text[0].isupper() and not word.text[0].isdigit()) or text.startswith(
            "$", word.end
        ):
            i += 1  # "US$20" is a currency, not the United States
            continue
        organisation = _longer(
            _organisation(text, words, i) if heads[i] - i < _LONGEST_ORGANISATION else None,
            _traded(text, words, i, runs),
        )
        known = _known(text, words, i, forms)
        named = _introduced_at(text, words, i, introduced, longest)
        if named is not None and all(
            other is None or named[1] >= other[1] for other in (organisation, known)
        ):
            end = named[1]
            yield Mention(
                word.start,
                words[end - 1].end,
                text[word.start : words[end - 1].end],
                named[0],
                None,
            )
            i = end
        elif organisation is not None and (known is None or organisation[1] > known[1]):
            end = organisation[1]
            name = text[word.start : words[end - 1].end]
            yield Mention(word.start, words[end - 1].end, name, name, None)
            i = end
        elif known is not None:
            place, end = known
            yield Mention(
                word.start,
                words[end - 1].end,
                text[word.start : words[end - 1].end],
                place.id,
                place,
            )
            i = end
        else:
            i += 1


def _adjacent(text: str, words: list[_Word], i: int) -> bool:
    """Whether word ``i`` follows word ``i - 1`` after a single space, as words of one name
    do, or after a plural's apostrophe, straight or curly ("Seafarers' Guild")."""
    before, after = words[i - 1], words[i]
    between = text[before.end : after.start]
    return between == " " or (between in _POSSESSIVE_GAP and before.text.endswith("s"))


def _known(
    text: str, words: list[_Word], i: int, forms: dict[str, Place]
) -> tuple[Place, int] | None:
    """The longest place name of ``forms`` starting at word ``i``, and the index just past
    it. Its words may be joined by a space, a hyphen or an apostrophe, as written ("Indo-Pacific",
    "People\u2019s Republic of China", either apostrophe)."""
    best: tuple[Place, int] | None = None
    j = i + 1
    while True:
        phrase = text[words[i].start : words[j - 1].end].replace("\u2019", "'")
        # a lexicon's name may be written without its accents; a town's is as the text has it
        place = forms.get(phrase) or _FORMS.get(without_accents(phrase))
        if place is not None:
            best = (place, j)
        if (
            j >= len(words)
            or j - i >= _LONGEST_NAME
            or text[words[j - 1].end : words[j].start] not in _NAME_GAPS
        ):
            return best
        j += 1


def _introduced_at(
    text: str, words: list[_Word], i: int, introduced: dict[str, str], longest: int
) -> tuple[str, int] | None:
    """The longest introduced name (or abbreviation) starting at word ``i``: its name and
    the index just past it."""
    best: tuple[str, int] | None = None
    for j in range(i + 1, min(len(words), i + longest) + 1):
        if j > i + 1 and text[words[j - 2].end : words[j - 1].start] != " ":
            break
        name = introduced.get(text[words[i].start : words[j - 1].end])
        if name is not None:
            best = (name, j)
    return best


def _joins_before_head(text: str, words: list[_Word], i: int, j: int) -> bool:
    """Whether word ``j``, an "and" before any head word, joins two capitalised words of one
    name ("Food and Agriculture Organization"), not two names: no place's name ends just
    before it ("Japan and European Union", "United States and World Bank" are two)."""
    return (
        words[j].text == "and"
        and j + 1 < len(words)
        and words[j + 1].text[0].isupper()
        and _adjacent(text, words, j + 1)
        and not any(
            " ".join(w.text for w in words[k:j]) in _FORMS
            for k in range(max(i, j - _LONGEST_NAME), j)
        )
    )


def _organisation(text: str, words: list[_Word], i: int) -> tuple[str, int] | None:
    """A run of capitalised words from word ``i`` that holds an organisation's head word, the
    head perhaps followed by its complement ("Chamber of Commerce and Industry"): its text
    and the index just past it. Before the head, only capitalised words, perhaps joined by
    "and" ("Food and Agriculture Organization"): "the European Union and Vietnam" is two
    names."""
    if words[i].text in _NOT_NAMES:
        return None
    j = i
    last_capital = None
    head_seen = complement = False
    while (
        j < len(words) and j - i < _LONGEST_ORGANISATION and (j == i or _adjacent(text, words, j))
    ):
        token = words[j].text
        if complement and token in _TIME_NAMES:
            break  # "the African Union on Tuesday"
        if token[0].isupper():
            last_capital = j
            head_seen = head_seen or token in _HEADS
        elif not head_seen and _joins_before_head(text, words, i, j):
            pass  # "Food and Agriculture Organization"
        elif not head_seen or token not in _JOINERS or (token == "and" and not complement):
            break
        else:
            complement = True
        j += 1
    if last_capital is None or not head_seen or last_capital == i:
        return None
    return text[words[i].start : words[last_capital].end], last_capital + 1


def _longer(one: tuple[str, int] | None, other: tuple[str, int] | None) -> tuple[str, int] | None:
    """Of two names found at one word, the one that reaches further (the first on a tie)."""
    if one is None or (other is not None and other[1] > one[1]):
        return other
    return one


def _next_heads(words: list[_Word]) -> list[int]:
    """For each word, the index of the next organisation's head word from it on (or past
    the end): a word with none within an organisation's length opens no organisation."""
    heads = [0] * len(words)
    following = len(words)
    for k in range(len(words) - 1, -1, -1):
        if words[k].text in _HEADS:
            following = k
        heads[k] = following
    return heads


def _capitalised_runs(text: str, words: list[_Word]) -> list[int]:
    """For each word, the index just past the run of adjacent capitalised words it opens:
    one pass from the end, so that no word walks the run again (a text of 40,000
    capitalised words in a row is one run)."""
    runs = [0] * len(words)
    end = len(words)
    for k in range(len(words) - 1, -1, -1):
        if not (
            k + 1 < len(words) and words[k + 1].text[0].isupper() and _adjacent(text, words, k + 1)
        ):
            end = k + 1
        runs[k] = end
    return runs


def _traded(text: str, words: list[_Word], i: int, runs: list[int]) -> tuple[str, int] | None:
    """A company's name without a designator from word ``i``: a run of capitalised words
    that ends in a word of trade ("Tasman Coastal Lines"; not a demonym and a trade, "Chinese
    Steel", nor a trade alone, "Energy Minister"), or a word of trade before a country's
    name ("Rail New Zealand"): its text and the index just past it."""
    first = words[i].text
    if first in _NOT_NAMES:
        return None
    if first in _TRADES and i + 1 < len(words) and _adjacent(text, words, i + 1):
        country = _known(text, words, i + 1, _FORMS)
        if country is not None and country[0].kind == "state":
            end = country[1]
            return text[words[i].start : words[end - 1].end], end
    last_trade = min(runs[i], i + _LONGEST_ORGANISATION) - 1
    if last_trade == i or words[last_trade].text not in _TRADES:
        return None  # "Silk Road Logistics Analytics" does not end in its trade
    before = _FORMS.get(text[words[i].start : words[last_trade - 1].end])
    if before is not None and before.name != text[words[i].start : words[last_trade - 1].end]:
        return None  # a demonym or a capital and a trade: "Chinese Steel", "Korean Air"
    return text[words[i].start : words[last_trade].end], last_trade + 1
