"""Quotes against the article: exact checks, near-miss hints, and finding a phrase.

Offsets are Unicode code points, end exclusive (the W3C Web Annotation
TextPositionSelector), so ``article[start:end] == quote`` is the whole test. When it fails,
the hint says how close the quote came: only its apostrophes, its spacing or its letter case
differ, or it stands elsewhere in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from .article import Segment, sentences
from .errors import Problem
from .models import Dossier, Evidence

_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2032`\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_QUOTE_MARKS = str.maketrans({c: "'" for c in _APOSTROPHES} | {c: '"' for c in _DOUBLE_QUOTES})
_SPACE = re.compile(r"\s+")
_SHOWN = 60  # the longest quote a message repeats in full
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
    """Text as a reader would match it: quote marks straightened, case folded."""
    if text.isascii():
        # The same result, many times faster: the backtick is the only ASCII quote mark to
        # straighten, and ASCII folds by lower(). Search folds every statement and quote.
        return text.replace("`", "'").lower()
    return text.translate(_QUOTE_MARKS).casefold()


def quote_problem(article: str, evidence: Evidence) -> str | None:
    """Why ``evidence`` is not at its offsets in ``article``, or None when it is."""
    if evidence.end > len(article):
        return (
            f"offsets {evidence.start}..{evidence.end} run past the end of the article "
            f"({len(article)} code points){_elsewhere(article, evidence)}"
        )
    actual = article[evidence.start : evidence.end]
    if actual == evidence.quote:
        return None
    differs = _difference(evidence.quote, actual)
    if differs is not None:
        at = evidence.start + _first_difference(evidence.quote, actual)
        return f"the quote differs from the article only in its {differs} at offset {at}"
    return (
        f"the article has {_shorten(actual)} at {evidence.start}..{evidence.end}, "
        f"not the quote{_elsewhere(article, evidence)}"
    )


def quote_problems(dossier: Dossier, article: str) -> tuple[list[Problem], int]:
    """Every quote that is not at its offsets, and how many are."""
    problems: list[Problem] = []
    verified = 0
    for field, index, item in dossier.items():
        for n, evidence in enumerate(item.evidence):
            if article[evidence.start : evidence.end] == evidence.quote:
                verified += 1  # the common case, without building a message
                continue
            message = quote_problem(article, evidence)
            if message is None:
                verified += 1
            else:
                problems.append(Problem(f"{field}[{index}] ({item.id}).evidence[{n}]", message))
    return problems, verified


def spans(dossier: Dossier) -> list[tuple[int, int, str]]:
    """Every cited span as (start, end, item id), in the order of the article."""
    cited = [(e.start, e.end, item.id) for _, _, item in dossier.items() for e in item.evidence]
    return sorted(cited)


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


def locate(article: str, phrase: str) -> list[Match]:
    """Every exact occurrence of ``phrase``; failing that, every near one.

    A near match ignores quote style, spacing and letter case, and says which of them differ.
    """
    exact = [Match(m.start(), m.end()) for m in re.finditer(re.escape(phrase), article)]
    if exact or not phrase.strip():
        return exact
    folded, origin = _fold_with_origin(article)
    target, _ = _fold_with_origin(phrase.strip())
    near: list[Match] = []
    for m in re.finditer(re.escape(target), folded):
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        near.append(Match(start, end, _difference(phrase, article[start:end]) or "wording"))
    return near


def _elsewhere(article: str, evidence: Evidence) -> str:
    matches = locate(article, evidence.quote)
    if not matches:
        return "; the quote is nowhere in the article"
    places = ", ".join(f"{m.start}..{m.end}" for m in matches[:3])
    differs = matches[0].differs
    kind = "it stands at" if differs is None else f"a near match ({differs}) is at"
    return f"; {kind} {places}"


def _difference(quote: str, actual: str) -> str | None:
    """Name what alone separates two strings, if it is only quote marks, spacing or case."""
    if quote == actual:
        return None
    for size in range(1, len(_FOLDS) + 1):
        for chosen in combinations(_FOLDS, size):
            q, a = quote, actual
            for _, fold in chosen:
                q, a = fold(q), fold(a)
            if q == a:
                return " and ".join(name for name, _ in chosen)
    return None


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def _fold_with_origin(text: str) -> tuple[str, list[int]]:
    """Text with quote marks straightened, spaces collapsed and case folded, and for each
    character of the result the offset it came from."""
    out: list[str] = []
    origin: list[int] = []
    previous_space = False
    for i, char in enumerate(text):
        if char.isspace():
            if not previous_space:
                out.append(" ")
                origin.append(i)
            previous_space = True
            continue
        previous_space = False
        for folded in char.translate(_QUOTE_MARKS).casefold():
            out.append(folded)
            origin.append(i)
    return "".join(out), origin


def _shorten(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026")
