"""The SQLite export as Datasette serves it, through Datasette's own in-process client; and
the checks that the bundled data's tests share with the fixtures' tests.

Each call runs its own event loop in the calling thread (``asyncio.run``), and closes it
before returning: nothing is left running for other tests (Playwright's among them).
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette.app import Datasette
from helpers import run_cli

from cismoa_cli import query
from cismoa_cli.models import Dossier
from cismoa_cli.vocabulary import DEFAULT_DOMAINS, Direction


def export(data: Path, database: Path, *filters: str) -> Path:
    """``cismoa --data DATA export sqlite -o DATABASE [filters]``; the database's path."""
    shown = run_cli("--data", str(data), "export", "sqlite", "-o", str(database), *filters)
    assert (shown.code, shown.stderr) == (0, f"cismoa: wrote {database}\n")
    return database


def pages(database: Path, *urls: str) -> list[Any]:
    """What Datasette answers to each URL: decoded JSON for a ``.json`` URL, else HTML.

    URLs are relative to the database (``/implications.json?_search=pact``); every answer
    must be a success.
    """

    async def ask() -> list[Any]:
        datasette = Datasette([str(database)])
        answers = []
        for url in urls:
            response = await datasette.client.get(f"/{database.stem}{url}")
            assert response.status_code == 200, (url, response.text)
            answers.append(response.json() if ".json" in url else response.text)
        return answers

    return asyncio.run(ask())


def facet(answer: dict[str, Any], column: str) -> dict[str, int]:
    """A facet of a table page's JSON as {value: count}."""
    results = answer["facet_results"][column]
    assert not results["truncated"]
    return {row["value"]: row["count"] for row in results["results"]}


def check_facets_count_as_the_queries(database: Path, dossier: Dossier) -> None:
    """The implications table faceted by direction and by domain counts what
    ``cismoa implications --direction``/``--domain`` lists; the actor_items view faceted by
    actor, in each domain (and direction), counts what ``cismoa matrix`` shows in each cell."""

    def listed(where: query.ImplicationFilter) -> int:
        return len(query.implications(dossier, where))

    (table,) = pages(database, "/implications.json?_facet=direction&_facet=domain&_size=0")
    by_direction = {d.value: listed(query.ImplicationFilter(directions=(d,))) for d in Direction}
    by_domain = {d: listed(query.ImplicationFilter(domains=(d,))) for d in DEFAULT_DOMAINS}
    assert facet(table, "direction") == {d: n for d, n in by_direction.items() if n}
    assert facet(table, "domain") == {d: n for d, n in by_domain.items() if n}

    cells = query.matrix(dossier)
    expected: dict[tuple[str, Direction | None], dict[str, int]] = {}
    for domain in DEFAULT_DOMAINS:
        row = [cell for cell in cells if cell.domain == domain]
        expected[domain, None] = {c.actor: c.implications for c in row if c.implications}
        expected[domain, Direction.RISK] = {c.actor: c.risks for c in row if c.risks}
        expected[domain, Direction.BENEFIT] = {c.actor: c.benefits for c in row if c.benefits}
    urls = []
    for domain, direction in expected:
        where = {"role": "affected", "domain": domain}
        if direction is not None:
            where["direction"] = direction.value
        urls.append("/actor_items.json?_facet=actor_id&_facet_size=max&_size=0&" + urlencode(where))
    for key, answer in zip(expected, pages(database, *urls), strict=True):
        assert facet(answer, "actor_id") == expected[key], key


def words(text: str) -> set[str]:
    """The words SQLite's default full-text tokenizer (unicode61) makes of a text: runs of
    letters and digits, in any case, accents removed."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return {word.casefold() for word in re.findall(r"[^\W_]+", bare)}
