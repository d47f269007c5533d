"""Large synthetic dossiers for tests of scale: many quotes, each a sentence of its article.

The actors and source come from tests/fixtures/mini; the implications are generated.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "mini"
PER_PARAGRAPH = 20


def sentence(n: int) -> str:
    """The ``n``-th sentence of a bulk article: the same words, a number of its own."""
    return f"Item {n} will shift outcome {n * 7919 % 100_003} for the region."


def bulk(count: int, padding: int = 0) -> tuple[dict[str, Any], str]:
    """A valid dossier (as JSON data) of ``count`` implications, and its article: one
    sentence per implication, in paragraphs of ``PER_PARAGRAPH``, then a bare line of about
    ``padding`` characters that no item cites."""
    data: dict[str, Any] = json.loads((FIXTURE / "claims.json").read_text(encoding="utf-8"))
    source = data["source"]
    header = f"{source['title']}\n\n{source['place']}\n\n"
    parts = [header]
    offset = len(header)
    implications = []
    for n in range(count):
        quote = sentence(n)
        implications.append(
            {
                "id": f"IMP-{n}",
                "statement": f"Outcome {n} shifts.",
                "affects": ["ALP"],
                "domain": "economy",
                "direction": "risk",
                "certainty": "asserted",
                "horizon": "unspecified",
                "asserted_by": "article",
                "hedge": None,
                "evidence": [{"quote": quote, "start": offset, "end": offset + len(quote)}],
            }
        )
        gap = "\n\n" if n % PER_PARAGRAPH == PER_PARAGRAPH - 1 else " "
        parts += [quote, gap]
        offset += len(quote) + len(gap)
    filler = "nothing here is cited " * (padding // 22)
    article = "".join([*parts, filler, "\n\n" if filler else "", "".join(source["tags"]), "\n"])
    # The fixture's own actors and items quote its own article: keep only what names no quote.
    for actor in data["actors"]:
        actor["evidence"] = implications[0]["evidence"]
    data.update(interests=[], relations=[], implications=implications)
    data["source"] = {**source, "sha256": hashlib.sha256(article.encode()).hexdigest()}
    return data, article


def write_bulk(folder: Path, data: dict[str, Any], article: str) -> Path:
    """Write the dossier and its article into ``folder``; return the dossier's path."""
    (folder / "article.txt").write_bytes(article.encode("utf-8"))
    path = folder / "claims.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
