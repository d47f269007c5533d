"""Quotes against the article: exact checks, near-miss hints, and finding a phrase.

Offsets are Unicode code points, end exclusive (the W3C Web Annotation
TextPositionSelector), so ``article[start:end] == quote`` is the whole test. When it fails,
the hint says how close the quote came: only its apostrophes, its spacing or its letter case
differ, or it stands elsewhere in the article.

Every hint costs little however many quotes miss: a quote with a word the article never
uses is nowhere; a moved quote is looked for near its old place, and as far from it as the
quote before it moved; only failing both is the whole article read, at most ``MAX_HINTS``
times a run. Messages never show more of the article than the quote's own length.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations, pairwise
from typing import TypeVar

from .article import Places, Segment, sentences
from .errors import Problem
from .models import Dossier, Evidence, Item

Placed = TypeVar("Placed", bound=Item)

APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032`\u00b4"
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_QUOTE_MARKS = str.maketrans({c: "'" for c in APOSTROPHES} | {c: '"' for c in DOUBLE_QUOTES})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_SHOWN = 60  # the longest quote a message repeats in full
_BLOCK = 4096  # characters whose case folding is checked at once for lengthening
MAX_HINTS = 200  # reads of the whole article for hints in one run; then misses are only listed
_NEARBY = (1 << 10, 1 << 16)  # how far either side of its old place a moved quote is sought
_FOLDS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("apostrophes", lambda s: s.translate(_QUOTE_MARKS)),
    ("spacing", lambda s: _SPACE.sub(" ", s.strip())),
    ("letter case", str.casefold),
)


@dataclass(frozen=True)
class Match:
    """Where a phrase stands in the article, and what differs if it is not exact."""

    start: int
    end: int
    differs: str | None = None  # None: exact; else e.g. "apostrophes", "spacing and case"

    def evidence(self, article: str) -> Evidence:
        return Evidence(quote=article[self.start : self.end], start=self.start, end=self.end)


def fold(text: str) -> str:
    """Text as a reader would match it: composed (NFC), quote marks straightened, case folded.

    A name typed with decomposed accents ("e" and a combining acute) matches its composed
    form ("\u00e9").
    """
    if text.isascii():
        # The same result, many times faster (search folds every statement and quote): ASCII
        # is composed already, the backtick is its only quote mark, and it folds by lower().
        return text.replace("`", "'").lower()
    return _fold(unicodedata.normalize("NFC", text))


def _fold(text: str) -> str:
    """Quote marks straightened and case folded, character by character: what near matches
    ignore besides spacing. (The article is not normalised: its offsets must stay its own.)"""
    return text.translate(_QUOTE_MARKS).casefold()


class Finder:
    """Phrases in one article: exact places, then near ones.

    The article's folded copy and the tallies of its words are made once, when first
    needed, and serve every phrase looked up; ``searches`` counts the reads of the whole
    article.
    """

    def __init__(self, article: str) -> None:
        self.article = article
        self.searches = 0
        self._shift = 0  # how far the last quote relocated had moved

    def locate(self, phrase: str) -> list[Match]:
        """Every exact occurrence of ``phrase``; failing that, every near one.

        A near match ignores quote style, spacing and letter case, and says which differ.
        """
        self.searches += 1
        exact = [Match(m.start(), m.end()) for m in re.finditer(re.escape(phrase), self.article)]
        if exact or not phrase.strip():
            return exact
        # Spacing is matched by the pattern, so the folded copy keeps the article's spaces
        # and, but for the rare letters that fold longer, its offsets.
        words = _fold(phrase).split()
        folded = self._folded
        near: list[Match] = []
        for m in re.finditer(r"\s+".join(map(re.escape, words)), folded.text):
            start, end = folded.origin(m.start()), folded.origin(m.end() - 1) + 1
            if _fold(self.article[start:end]).split() != words:
                continue  # it began or ended inside a letter that folds longer ("s" in "\u00df")
            differs = _difference(phrase, self.article[start:end]) or "wording"
            near.append(Match(start, end, differs))
        return near

    def relocate(self, quote: str, was: int, *, search: bool = True) -> list[Match] | None:
        """Where a quote that was at offset ``was`` stands now, as ``locate`` says; None when
        that would take reading the whole article and ``search`` is False.

        A quote is sought first near where it was, and as far from there as the last quote
        found had moved (an insertion moves every quote after it alike). Found there, and
        with a word (or two words in a row) that the article has nowhere else, it cannot
        stand anywhere else.
        """
        if self.absent(quote):
            return []
        for guess in dict.fromkeys((was + self._shift, was)):
            start = self._near(quote, guess)
            if start >= 0 and self._once(quote):
                self._shift = start - was
                return [Match(start, start + len(quote))]
        if not search:
            return None
        found = self.locate(quote)
        if len(found) == 1 and found[0].differs is None:
            self._shift = found[0].start - was
        return found

    def absent(self, phrase: str) -> bool:
        """Whether ``phrase`` is surely nowhere in the article, not even near: a word of it
        that stands whole in it (not at its very start or end) is no word of the article.
        Cheap once the article's words are listed; False means only "maybe"."""
        return any(word not in self._words for word in _inner_words(_fold(phrase)))

    def _once(self, phrase: str) -> bool:
        """Whether ``phrase`` can stand in the article once at most: a word of it, or a pair
        of its words in a row, stands there once. (The pairs are tallied only if needed.)"""
        words = _inner_words(phrase)
        if any(self._counts[word] == 1 for word in words):
            return True
        return any(self._pairs[pair] == 1 for pair in pairwise(words))

    def _near(self, phrase: str, around: int) -> int:
        """Where ``phrase`` first stands within ``_NEARBY`` characters of ``around`` (trying
        the shorter reach first), or -1."""
        for reach in _NEARBY:
            start = self.article.find(phrase, max(0, around - reach), around + len(phrase) + reach)
            if start >= 0:
                return start
        return -1

    @cached_property
    def _folded(self) -> Folded:
        return Folded(self.article)

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(_WORD.findall(self._folded.text))

    @cached_property
    def _article_words(self) -> list[str]:
        return _WORD.findall(self.article)

    @cached_property
    def _counts(self) -> Counter[str]:
        return Counter(self._article_words)

    @cached_property
    def _pairs(self) -> Counter[tuple[str, str]]:
        words = self._article_words
        return Counter(pairwise(words))


def _inner_words(phrase: str) -> list[str]:
    """The words of ``phrase`` that stand whole in it: wherever it stands in a text, these
    are words of that text (the first and last may be parts of longer ones, also when the
    phrase has space around it: a near match ignores that space)."""
    phrase = phrase.strip()
    words = _WORD.findall(phrase)
    first = 1 if _WORD.match(phrase) else 0
    last = len(words) - 1 if _WORD.match(phrase, len(phrase) - 1) else len(words)
    return words[first:last]


class Folded:
    """Text as near matches read it (quote marks straightened, case folded, spacing kept),
    and the way back to its offsets."""

    def __init__(self, article: str) -> None:
        self.text = _fold(article)
        # (folded offset, article offset, length) of each letter that folds longer, such
        # as "\u00df" into "ss"; most articles have none, and then the offsets are the same.
        self._longer = [] if len(self.text) == len(article) else _lengthened(article)
        self._starts = [at for at, _, _ in self._longer]

    def origin(self, offset: int) -> int:
        """The article offset of the character at ``offset`` in the folded text."""
        n = bisect_right(self._starts, offset) - 1
        if n < 0:
            return offset
        at, source, length = self._longer[n]
        return source if offset < at + length else source + 1 + offset - at - length


def _lengthened(article: str) -> list[tuple[int, int, int]]:
    """Where case folding makes a character longer, block by block so that only the blocks
    with such characters are read one character at a time."""
    found: list[tuple[int, int, int]] = []
    extra = 0
    for block_start in range(0, len(article), _BLOCK):
        block = article[block_start : block_start + _BLOCK]
        if len(_fold(block)) == len(block):
            continue
        for i, char in enumerate(block, block_start):
            length = len(_fold(char))
            if length > 1:
                found.append((i + extra, i, length))
                extra += length - 1
    return found


def at_offsets(article: str, evidence: Evidence) -> bool:
    """Whether ``article[start:end]`` is the quote: the whole check, for the common case."""
    return evidence.end <= len(article) and article[evidence.start : evidence.end] == evidence.quote


def quote_problem(
    article: str, evidence: Evidence, finder: Finder | None = None, *, hint: bool = True
) -> str | None:
    """Why ``evidence`` is not at its offsets in ``article``, or None when it is.

    The message says where the quote stands instead, looked up with ``finder`` (one for the
    article, shared by every quote checked) unless ``hint`` is False.
    """
    if at_offsets(article, evidence):
        return None
    if evidence.start > evidence.end:
        return f"start ({evidence.start}) is after end ({evidence.end})"
    finder = finder or Finder(article)
    if evidence.end > len(article):
        return (
            f"offsets {evidence.start}..{evidence.end} run past the end of the article "
            f"({len(article)} code points){_elsewhere(finder, evidence, hint=hint)}"
        )
    actual = article[evidence.start : evidence.end]
    differs = _difference(evidence.quote, actual)
    if differs is not None:
        at = evidence.start + _first_difference(evidence.quote, actual)
        return f"the quote differs from the article only in its {differs} at offset {at}"
    return (
        f"the article has {_shorten(actual, len(evidence.quote))} at "
        f"{evidence.start}..{evidence.end}, not the quote"
        f"{_elsewhere(finder, evidence, hint=hint)}"
    )


def quote_problems(dossier: Dossier, article: str) -> tuple[list[Problem], int]:
    """Every quote that is not at its offsets, and how many are.

    Past ``MAX_HINTS`` searches of the article, a misplaced quote is listed without saying
    where it stands instead.
    """
    problems: list[Problem] = []
    verified = 0
    finder = Finder(article)
    places: Places | None = None  # the article's paragraphs, once, if any quote gives a place
    size = len(article)
    for field, at, item in dossier.items():
        for n, evidence in enumerate(item.evidence):
            # Nearly every quote gives no place and stands at its offsets: said cheaply (on
            # 100,000 implications every step saved counts), and only the others looked into.
            if (
                evidence.paragraph is None
                and evidence.sentence is None
                and evidence.end <= size
                and article[evidence.start : evidence.end] == evidence.quote
            ):
                verified += 1
                continue
            where = f"{field}[{at}] ({item.id}).evidence[{n}]"
            if evidence.paragraph is not None or evidence.sentence is not None:
                places = places or Places(article)
                problems += place_problems(places, evidence, where)
            if at_offsets(article, evidence):
                verified += 1
                continue
            hint = finder.searches < MAX_HINTS
            message = quote_problem(article, evidence, finder, hint=hint)
            if message is not None:
                problems.append(Problem(where, message))
    return problems, verified


def place_problems(places: Places, evidence: Evidence, where: str) -> list[Problem]:
    """The paragraph or sentence a file gives for a quote, where it is not the quote's."""
    paragraph, sentence = places.place(evidence.start)
    given = (
        ("paragraph", evidence.paragraph, paragraph),
        ("sentence", evidence.sentence, sentence),
    )
    return [
        Problem(
            f"{where}.{name}", f"is {stated}, but the quote at {evidence.start} is in {name} {real}"
        )
        for name, stated, real in given
        if stated is not None and stated != real
    ]


class Placer:
    """Items with the paragraph and sentence of each quote, computed from one article."""

    def __init__(self, article: str) -> None:
        self.places = Places(article)

    def evidence(self, evidence: Evidence) -> Evidence:
        """The evidence with its place."""
        paragraph, sentence = self.places.place(evidence.start)
        if (paragraph, sentence) == (evidence.paragraph, evidence.sentence):
            return evidence
        return dataclasses.replace(evidence, paragraph=paragraph, sentence=sentence)

    def item(self, item: Placed) -> Placed:
        """The item with every quote placed."""
        return dataclasses.replace(item, evidence=tuple(map(self.evidence, item.evidence)))

    def items(self, items: Iterable[Placed]) -> list[Placed]:
        return [self.item(item) for item in items]

    def dossier(self, dossier: Dossier) -> Dossier:
        """The dossier with every quote of every item placed."""
        return dataclasses.replace(
            dossier,
            actors=tuple(self.items(dossier.actors)),
            voices=tuple(self.items(dossier.voices)),
            interests=tuple(self.items(dossier.interests)),
            relations=tuple(self.items(dossier.relations)),
            implications=tuple(self.items(dossier.implications)),
        )


def offsets(evidence: Evidence) -> str:
    """Where a quote stands, as a reader reads it: ``1912-2041``, and its place when it has
    one: ``1912-2041, paragraph 5, sentence 2``."""
    where = f"{evidence.start}\u2013{evidence.end}"
    if evidence.paragraph is None or evidence.sentence is None:
        return where
    return f"{where}, paragraph {evidence.paragraph}, sentence {evidence.sentence}"


def placed(dossier: Dossier, article: str) -> Dossier:
    """The dossier with the paragraph and sentence of every quote, from its article."""
    return Placer(article).dossier(dossier)


def spans(dossier: Dossier) -> list[tuple[int, int, str]]:
    """Every cited span as (start, end, item id), in the order of the article."""
    lists: tuple[tuple[Item, ...], ...] = (
        dossier.actors,
        dossier.interests,
        dossier.relations,
        dossier.implications,
    )
    cited = [(e.start, e.end, item.id) for items in lists for item in items for e in item.evidence]
    cited.sort()
    return cited


def citations(dossier: Dossier, article: str) -> list[tuple[Segment, list[str]]]:
    """Each prose sentence of the article with the ids of the items that cite it."""
    cited_spans = spans(dossier)
    found: list[tuple[Segment, list[str]]] = []
    # One sweep, sentences and spans both in article order: a span joins the open ones once
    # it starts before the sentence ends, and leaves once it ends before a sentence starts
    # (later sentences start later still).
    next_span = 0
    open_spans: list[tuple[int, int, str]] = []
    for sentence in sentences(article):
        while next_span < len(cited_spans) and cited_spans[next_span][0] < sentence.end:
            open_spans.append(cited_spans[next_span])
            next_span += 1
        open_spans = [span for span in open_spans if span[1] > sentence.start]
        found.append((sentence, sorted({item_id for _, _, item_id in open_spans})))
    return found


def sentence_coverage(dossier: Dossier, article: str) -> tuple[list[Segment], list[Segment]]:
    """The article's prose sentences split into those some item cites and those none does."""
    found = citations(dossier, article)
    return [s for s, ids in found if ids], [s for s, ids in found if not ids]


def occurrences(article: str, phrase: str) -> list[Match]:
    """Every exact occurrence of ``phrase``; failing that, every near one.

    A near match ignores quote style, spacing and letter case, and says which of them differ.
    To look up many phrases in one article, share a ``Finder``.
    """
    return Finder(article).locate(phrase)


def _elsewhere(finder: Finder, evidence: Evidence, *, hint: bool) -> str:
    """Where else the quote stands, as the tail of a message."""
    matches = finder.relocate(evidence.quote, evidence.start, search=hint)
    if matches is None:
        return f"; not looked for elsewhere (the article was searched for {MAX_HINTS} others)"
    if not matches:
        return "; the quote is nowhere in the article"
    places = ", ".join(f"{m.start}..{m.end}" for m in matches[:3])
    differs = matches[0].differs
    kind = "it stands at" if differs is None else f"a near match ({differs}) is at"
    return f"; {kind} {places}"


def _difference(quote: str, actual: str) -> str | None:
    """Name what alone separates two strings, if it is only quote marks, spacing or case."""
    if quote == actual or _fold_all(quote) != _fold_all(actual):
        return None  # the folds commute: if all of them together differ, so does any few
    for size in range(1, len(_FOLDS) + 1):
        for chosen in combinations(_FOLDS, size):
            q, a = quote, actual
            for _, fold in chosen:
                q, a = fold(q), fold(a)
            if q == a:
                return " and ".join(name for name, _ in chosen)
    return None


def _fold_all(text: str) -> str:
    for _, fold in _FOLDS:
        text = fold(text)
    return text


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def _shorten(actual: str, quote_length: int) -> str:
    """Article text for a message: no longer than the quote it stands for, nor than _SHOWN."""
    if len(actual) <= min(quote_length, _SHOWN):
        return repr(actual)
    return repr(actual[: min(quote_length, _SHOWN - 1)] + "\u2026")
