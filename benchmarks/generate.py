"""Deterministic synthetic dossiers for benchmarks: N implications, an article of matching
size, and evidence that validates.

    python benchmarks/generate.py 100000 /tmp/cismoa-bench/100k

writes claims.json and article.txt into the folder. The same N always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

ACTORS = 50
DOMAINS = [
    "security",
    "sovereignty",
    "economy",
    "diplomacy",
    "regional stability",
    "domestic politics",
]
DIRECTIONS = ["benefit", "risk", "mixed", "neutral"]
CERTAINTIES = [("asserted", None), ("expected", "is expected to"), ("possible", "could")]


def actor_id(n: int) -> str:
    return f"A{n:02d}"


def generate(count: int) -> tuple[dict[str, object], str]:
    rng = random.Random(count)  # deterministic for a given size
    parts = [f"Synthetic dossier of {count} implications", "\n\n", "Nowhere, Testland", "\n\n"]
    offset = sum(len(p) for p in parts)
    actors = []
    for n in range(ACTORS):
        sentence = f"Actor {actor_id(n)} is named here. "
        actors.append(
            {
                "id": actor_id(n),
                "name": f"Actor {actor_id(n)}",
                "aliases": [f"Alias {n}"],
                "kind": "state",
                "summary": f"Synthetic actor number {n}.",
                "evidence": [
                    {"quote": sentence.strip(), "start": offset, "end": offset + len(sentence) - 1}
                ],
            }
        )
        parts.append(sentence)
        offset += len(sentence)
    implications = []
    for i in range(count):
        certainty, hedge = CERTAINTIES[i % len(CERTAINTIES)]
        verb = {"asserted": "will", "expected": "is expected to", "possible": "could"}[certainty]
        sentence = f"Item {i} {verb} shift outcome {rng.randrange(10**6)} for the region. "
        quote = sentence.strip()
        affects = sorted({actor_id(rng.randrange(ACTORS)) for _ in range(rng.randint(1, 3))})
        implications.append(
            {
                "id": f"IMP-{i}",
                "statement": f"Synthetic implication {i}: outcome {i % 97} shifts.",
                "affects": affects,
                "domain": DOMAINS[i % len(DOMAINS)],
                "direction": DIRECTIONS[rng.randrange(len(DIRECTIONS))],
                "certainty": certainty,
                "horizon": "unspecified",
                "asserted_by": "article",
                "hedge": hedge,
                "evidence": [{"quote": quote, "start": offset, "end": offset + len(quote)}],
            }
        )
        parts.append(sentence)
        offset += len(sentence)
        if i % 20 == 19:
            parts.append("\n\n")
            offset += 2
    article = "".join(parts)
    dossier = {
        "article": "article.txt",
        "source": {
            "title": f"Synthetic dossier of {count} implications",
            "place": "Nowhere, Testland",
            "tags": ["Testland"],
            "sha256": hashlib.sha256(article.encode("utf-8")).hexdigest(),
        },
        "actors": actors,
        "interests": [],
        "relations": [],
        "implications": implications,
    }
    return dossier, article


def write(count: int, folder: Path) -> Path:
    """Write the dossier for ``count`` implications into ``folder``; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    dossier, article = generate(count)
    (folder / "article.txt").write_bytes(article.encode("utf-8"))
    path = folder / "claims.json"
    path.write_text(json.dumps(dossier, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


if __name__ == "__main__":
    size, where = int(sys.argv[1]), Path(sys.argv[2])
    print(write(size, where))
