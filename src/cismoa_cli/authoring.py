"""Helping an author build a dossier: a skeleton from an article, and offsets repaired.

Nothing here guesses: a quote that occurs more than once, or not at all, is reported and
left for the author to decide.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .errors import DataError, Problem, WriteError
from .evidence import Finder, Folded, Match, at_offsets
from .models import Dossier, Evidence
from .store.jsonstrict import JsonPath, scalars
from .store.read import article_path
from .vocabulary import FORMAT, reads_like_date

_DATELINE_MAX = 60  # "Islamabad, Pakistan": a dateline is a short bare line
_ANCHOR_LENGTH = 4  # letters of a word's beginning that make a passage worth comparing
_ANCHORS = 8  # of the phrase's different words, how many (the longest) pick the passages
_CANDIDATES = 1_000  # passages compared at most
_PHRASE_WORDS = 40  # words of a phrase compared at most (comparing costs their square)
_LOOKS = 50_000  # places where a word's beginning or ending may stand, looked at at most
_SHIFTS = (0, -1, 1)  # a passage may have a word more or less before the matching one
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\S+")
_PLACES_SHOWN = 5  # places of an ambiguous quote listed before "…"


def skeleton(article: str, article_bytes: bytes, path: Path) -> tuple[dict[str, Any], str]:
    """A valid, empty format-2 dossier for an article, but for the ``article`` reference:
    the title from its first line, the place if its second line looks like a dateline
    (short, not a sentence, not a date), the article's SHA-256; and a note saying which
    values are guessed and which left empty, for the author to check."""
    lines = [line.strip() for line in article.splitlines() if line.strip()]
    if not lines:
        raise DataError(path, [Problem("", "the article is empty: nothing to build a dossier on")])
    second = lines[1] if len(lines) > 1 else ""
    is_dateline = 0 < len(second) <= _DATELINE_MAX and not second.endswith((".", "!", "?"))
    if is_dateline and reads_like_date(second):
        notes = f"title guessed: check it; place left empty: {second!r} reads like a date"
        is_dateline = False
    elif is_dateline:
        notes = "title and place guessed from the first two lines: check them"
    else:
        notes = "title guessed from the first line: check it; place left empty: no dateline"
    found = {
        "format": FORMAT,
        "source": {
            "title": lines[0],
            "place": second if is_dateline else "",
            "tags": [],
            "sha256": hashlib.sha256(article_bytes).hexdigest(),
        },
        "actors": [],
        "interests": [],
        "relations": [],
        "implications": [],
    }
    return found, notes


def reference_from(dossier: Path, article: Path, *, allow_outside: bool) -> str:
    """How a dossier to be written at ``dossier`` names ``article``: relative to the
    dossier's folder, which must exist and hold the article (as cismoa will insist when it
    reads the dossier) unless ``allow_outside``."""
    folder = dossier.parent
    if not dossier.resolve().parent.is_dir():
        raise WriteError(f"{dossier}: the folder {folder} does not exist")
    reference = Path(os.path.relpath(article.resolve(), dossier.resolve().parent)).as_posix()
    try:
        article_path(dossier, reference, allow_outside=allow_outside)
    except DataError:  # said for a dossier being written, not one being read
        named = "the current folder" if folder == Path() else f"the folder {folder}"
        raise WriteError(
            f"{article}: outside {named}, where the dossier is written; cismoa reads only an "
            "article inside its dossier's folder: write the dossier beside the article, or "
            "pass --allow-outside"
        ) from None
    return reference


def nearest_passages(article: str, phrase: str, count: int = 3) -> list[Match]:
    """Where the article reads most like ``phrase``, word-aligned, best first; for a phrase
    that is nowhere, not even ignoring quote style, case and spacing.

    Only passages with a word that begins or ends as one of the phrase's longest words does
    (a typo seldom touches both) are compared, those with the rarest of these first, at most
    ``_CANDIDATES`` of them: a few reads of the article, however long it is. A phrase longer
    than ``_PHRASE_WORDS`` words is compared by its beginning.
    """
    words = phrase.split()
    if len(words) > _PHRASE_WORDS:
        phrase = " ".join(words[:_PHRASE_WORDS])
    folded = Folded(article)
    target = Folded(phrase).text
    seen: set[tuple[int, int]] = set()
    best: list[tuple[float, int, int]] = []  # the top ``count`` as (ratio, -start, end)
    for start, end in _candidates(folded.text, target.split()):
        if (start, end) in seen:
            continue
        seen.add((start, end))
        matcher = SequenceMatcher(None, target, folded.text[start:end])
        # Upper bounds below the last of the best spare the full comparison.
        if len(best) == count and (
            matcher.real_quick_ratio() < best[0][0] or matcher.quick_ratio() < best[0][0]
        ):
            continue
        heapq.heappush(best, (matcher.ratio(), -start, end))
        if len(best) > count:
            heapq.heappop(best)
    ranked = sorted(best, key=lambda b: (-b[0], -b[1]))
    return [
        Match(folded.origin(-start), folded.origin(end - 1) + 1, f"wording ({ratio:.0%} alike)")
        for ratio, start, end in ranked
    ]


def _candidates(text: str, tokens: list[str]) -> Iterator[tuple[int, int]]:
    """Passages of ``len(tokens)`` words of ``text`` (both folded), each placed so that one
    of its words begins or ends as the phrase's word in about the same place does; the
    rarest such beginnings and endings first."""
    places: dict[str, list[int]] = {}  # each word of the phrase: where it stands in it
    for place, token in enumerate(tokens):
        for word in _WORD.findall(token):
            places.setdefault(word, []).append(place)
    anchors: dict[tuple[str, bool], set[int]] = {}  # (letters, at the end?): places
    for word in sorted(places, key=len, reverse=True)[:_ANCHORS]:
        anchors.setdefault((word[:_ANCHOR_LENGTH], False), set()).update(places[word])
        anchors.setdefault((word[-_ANCHOR_LENGTH:], True), set()).update(places[word])
    if not anchors:
        return  # no word at all: nothing to be alike by
    reach = 2 * sum(map(len, tokens)) + _ANCHOR_LENGTH * len(tokens)
    counts = {anchor: text.count(anchor[0]) for anchor in anchors}
    given = 0
    share = _LOOKS // len(anchors)
    for letters, at_end in sorted((a for a in anchors if counts[a]), key=counts.__getitem__):
        for at in _word_edges(text, letters, at_end=at_end, looks=share):
            for place in sorted(anchors[letters, at_end]):
                for shift in _SHIFTS:
                    yield _window(text, at, place + shift, len(tokens), reach)
                    given += 1
                    if given >= _CANDIDATES:
                        return


def _word_edges(text: str, letters: str, *, at_end: bool, looks: int) -> Iterator[int]:
    """Where ``letters`` begin a word of ``text`` (or end one, ``at_end``), among their
    first ``looks`` occurrences."""
    at = text.find(letters)
    for _ in range(looks):
        if at < 0:
            return
        edge = at + len(letters) if at_end else at - 1
        if not 0 <= edge < len(text) or not _WORD.match(text, edge):
            yield at
        at = text.find(letters, at + 1)


def _window(text: str, at: int, place: int, size: int, reach: int) -> tuple[int, int]:
    """The ``size`` words around offset ``at`` that put its word at ``place`` (or as near as
    the text allows), looking at most ``reach`` characters either side."""
    words = [m.span() for m in _TOKEN.finditer(text, max(0, at - reach), at + reach)]
    here = bisect_right([start for start, _ in words], at) - 1
    first = max(0, min(here - place, len(words) - size))
    last = min(len(words), first + size) - 1
    return words[first][0], words[last][1]


@dataclass(frozen=True)
class OffsetFix:
    """What --fix-offsets did, or could not do, for one quote."""

    where: str  # "implications[3] (IMP-04).evidence[0]"
    path: tuple[str, int, int]  # (list name, item index, evidence index)
    old: tuple[int, int]
    new: tuple[int, int] | None  # None: left unchanged
    reason: str

    def __str__(self) -> str:
        old = f"{self.old[0]}..{self.old[1]}"
        if self.new is None:
            return f"{self.where}: {self.reason}; left at {old}"
        return f"{self.where}: {old} -> {self.new[0]}..{self.new[1]}"


def offset_fixes(dossier: Dossier, article: str) -> list[OffsetFix]:
    """For every quote not at its offsets: its new offsets if it occurs exactly once,
    otherwise why it was left alone."""
    fixes: list[OffsetFix] = []
    finder = Finder(article)
    for field, index, item in dossier.items():
        for n, evidence in enumerate(item.evidence):
            if at_offsets(article, evidence):
                continue
            new, reason = _placement(finder, evidence)
            where = f"{field}[{index}] ({item.id}).evidence[{n}]"
            old = (evidence.start, evidence.end)
            fixes.append(OffsetFix(where, (field, index, n), old, new, reason))
    return fixes


def _placement(finder: Finder, evidence: Evidence) -> tuple[tuple[int, int] | None, str]:
    """Where a misplaced quote belongs, if exactly one place; otherwise why not."""
    found = finder.relocate(evidence.quote, evidence.start) or []
    exact = [m for m in found if m.differs is None]
    if len(exact) == 1:
        return (exact[0].start, exact[0].end), "moved"
    if exact:
        places = ", ".join(f"{m.start}..{m.end}" for m in exact[:_PLACES_SHOWN])
        more = ", \u2026" if len(exact) > _PLACES_SHOWN else ""
        return None, f"ambiguous: the quote occurs {len(exact)} times ({places}{more})"
    if found:
        near = found[0]
        return None, (
            f"not in the article as written; a near match ({near.differs}) is at "
            f"{near.start}..{near.end}: correct the quote"
        )
    return None, "not in the article"


def rewrite_offsets(text: str, fixes: list[OffsetFix], article: str | None = None) -> str:
    """The dossier's JSON text with the moved offsets (and, if given, the new ``article``
    reference) written in; every other character stays as it was."""
    wanted: dict[JsonPath, str] = {}
    for fix in fixes:
        if fix.new is not None:
            field, index, n = fix.path
            wanted[field, index, "evidence", n, "start"] = str(fix.new[0])
            wanted[field, index, "evidence", n, "end"] = str(fix.new[1])
    if article is not None:
        wanted["article",] = json.dumps(article, ensure_ascii=False)
    pieces: list[str] = []
    last = 0
    for path, start, end in scalars(text):
        if path in wanted:
            pieces += [text[last:start], wanted.pop(path)]
            last = end
    rewritten = "".join(pieces) + text[last:]
    if ("article",) in wanted:  # the file relied on the default name: say it now
        brace = rewritten.index("{") + 1
        rewritten = f'{rewritten[:brace]}\n  "article": {wanted["article",]},{rewritten[brace:]}'
    return rewritten
