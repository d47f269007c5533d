"""Helping an author build a dossier: a skeleton from an article, and offsets repaired.

Nothing here guesses: a quote that occurs more than once, or not at all, is reported and
left for the author to decide.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from .errors import UsageError
from .evidence import Match, locate, quote_problem
from .models import Dossier
from .store.jsonstrict import JsonPath, scalars
from .store.read import article_path

_DATELINE_MAX = 60  # "Islamabad, Pakistan": a dateline is a short bare line


def skeleton(article: str, article_bytes: bytes) -> dict[str, Any]:
    """A valid, empty dossier for an article, but for the ``article`` reference: the title
    from its first line, the dateline if its second line looks like one (short, not a
    sentence), the article's SHA-256."""
    lines = [line.strip() for line in article.splitlines() if line.strip()]
    if not lines:
        raise UsageError("the article is empty: there is nothing to build a dossier on")
    second = lines[1] if len(lines) > 1 else ""
    is_dateline = 0 < len(second) <= _DATELINE_MAX and not second.endswith((".", "!", "?"))
    return {
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


def reference_from(dossier: Path, article: Path, *, allow_outside: bool) -> str:
    """How a dossier at ``dossier`` names ``article``: relative to the dossier's folder, which
    must hold it (as cismoa will insist when it reads the dossier) unless ``allow_outside``."""
    reference = Path(os.path.relpath(article.resolve(), dossier.resolve().parent)).as_posix()
    article_path(dossier, reference, allow_outside=allow_outside)  # raises if outside
    return reference


def nearest_passages(article: str, phrase: str, count: int = 3) -> list[Match]:
    """Where the article reads most like ``phrase``, word-aligned, best first; for a phrase
    that is nowhere, not even ignoring quote style, case and spacing."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", article)]
    size = max(1, len(phrase.split()))
    scored: list[tuple[float, int, int]] = []
    target = phrase.casefold()
    for n in range(max(0, len(words) - size + 1)):
        start, end = words[n][0], words[n + size - 1][1]
        ratio = SequenceMatcher(None, target, article[start:end].casefold()).ratio()
        scored.append((ratio, start, end))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [
        Match(start, end, f"wording ({ratio:.0%} alike)") for ratio, start, end in scored[:count]
    ]


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
    for field, index, item in dossier.items():
        for n, evidence in enumerate(item.evidence):
            if quote_problem(article, evidence) is None:
                continue
            new, reason = _placement(article, evidence.quote)
            where = f"{field}[{index}] ({item.id}).evidence[{n}]"
            old = (evidence.start, evidence.end)
            fixes.append(OffsetFix(where, (field, index, n), old, new, reason))
    return fixes


def _placement(article: str, quote: str) -> tuple[tuple[int, int] | None, str]:
    """Where a misplaced quote belongs, if exactly one place; otherwise why not."""
    found = locate(article, quote)
    exact = [m for m in found if m.differs is None]
    if len(exact) == 1:
        return (exact[0].start, exact[0].end), "moved"
    if exact:
        places = ", ".join(f"{m.start}..{m.end}" for m in exact)
        return None, f"ambiguous: the quote occurs {len(exact)} times ({places})"
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
