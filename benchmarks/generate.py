"""Deterministic synthetic dossiers for benchmarks: N implications, an article of matching
size, and evidence that validates.

    python benchmarks/generate.py 100000 /tmp/cismoa-bench/100k

writes claims.json and article.txt into the folder. The same arguments always give the same
bytes; see --help for the options.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Callable, Sequence
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


def generate(
    count: int, *, actors: int = ACTORS, seed: int | None = None
) -> tuple[dict[str, object], str]:
    """The dossier (as JSON-ready data) and its article; random choices are seeded by
    ``seed``, by default the count, so a given size always gives the same dossier."""
    rng = random.Random(count if seed is None else seed)
    parts = [f"Synthetic dossier of {count} implications", "\n\n", "Nowhere, Testland", "\n\n"]
    offset = sum(len(p) for p in parts)
    named = []
    for n in range(actors):
        sentence = f"Actor {actor_id(n)} is named here. "
        named.append(
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
        affects = sorted({actor_id(rng.randrange(actors)) for _ in range(rng.randint(1, 3))})
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
    dossier: dict[str, object] = {
        "article": "article.txt",
        "source": {
            "title": f"Synthetic dossier of {count} implications",
            "place": "Nowhere, Testland",
            "tags": ["Testland"],
            "sha256": hashlib.sha256(article.encode("utf-8")).hexdigest(),
        },
        "actors": named,
        "interests": [],
        "relations": [],
        "implications": implications,
    }
    return dossier, article


def write(count: int, folder: Path, *, actors: int = ACTORS, seed: int | None = None) -> Path:
    """Write the dossier for ``count`` implications into ``folder``; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    dossier, article = generate(count, actors=actors, seed=seed)
    (folder / "article.txt").write_bytes(article.encode("utf-8"))
    path = folder / "claims.json"
    path.write_text(json.dumps(dossier, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, write the dossier, print the path of its claims.json."""
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description="Write a synthetic dossier (claims.json and article.txt) of COUNT "
        "implications into FOLDER, for benchmarks. The same arguments give the same bytes.",
        epilog="example: python benchmarks/generate.py 100000 /tmp/cismoa-bench/100k",
    )
    parser.add_argument(
        "count", metavar="COUNT", type=_at_least(0), help="how many implications to make"
    )
    parser.add_argument(
        "folder", metavar="FOLDER", type=Path, help="where to write them (created if missing)"
    )
    parser.add_argument(
        "--actors", type=_at_least(1), default=ACTORS, help=f"how many actors (default {ACTORS})"
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the random choices (default COUNT)"
    )
    options = parser.parse_args(argv)
    try:
        path = write(options.count, options.folder, actors=options.actors, seed=options.seed)
    except OSError as error:
        print(f"generate.py: error: {options.folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(path)
    return 0


def _at_least(low: int) -> Callable[[str], int]:
    """An argument type: a whole number, ``low`` or more."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if number < low:
            raise argparse.ArgumentTypeError(f"{text!r} is less than {low}")
        return number

    return parse


if __name__ == "__main__":
    sys.exit(main())
