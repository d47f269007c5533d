"""What a Markdown brief must be, checked on its parsed form (markdown-it-py) and with
markdownlint-cli2: shared by the brief's tests, the bundled-data tests and the fuzzer."""

from __future__ import annotations

import functools
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
from helpers import REPO
from markdown_it import MarkdownIt
from markdown_it.token import Token

from cismoa_cli.export.anchors import slug
from cismoa_cli.export.markdown import inline_text

MARKDOWNLINT = REPO / "tests/js/markdownlint/node_modules/.bin/markdownlint-cli2"
LINT_CONFIG = REPO / ".markdownlint-cli2.jsonc"
_PARSER = MarkdownIt("commonmark").enable("table")


@functools.lru_cache(maxsize=8)  # each check parses the same brief; none changes the tokens
def tokens(markdown: str) -> list[Token]:
    return _PARSER.parse(markdown)


def _text(inline: Token) -> str:
    """What a reader sees of an inline token: its text, code and link text."""
    return "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # as rendered

    @property
    def anchor(self) -> str:
        return slug(self.text)


def headings(markdown: str) -> list[Heading]:
    found = tokens(markdown)
    return [
        Heading(int(token.tag[1:]), _text(found[n + 1]))
        for n, token in enumerate(found)
        if token.type == "heading_open"
    ]


@dataclass(frozen=True)
class Link:
    text: str
    target: str


def links(markdown: str) -> list[Link]:
    found: list[Link] = []
    for token in tokens(markdown):
        children = token.children or []
        for n, child in enumerate(children):
            if child.type == "link_open":
                end = next(m for m in range(n, len(children)) if children[m].type == "link_close")
                text = "".join(c.content for c in children[n + 1 : end])
                found.append(Link(text, str(child.attrs["href"])))
    return found


def unlinked(markdown: str) -> str:
    """The text of every paragraph, list item and table cell, leaving out link text."""
    found: list[str] = []
    parsed = tokens(markdown)
    for n, token in enumerate(parsed):
        if n and parsed[n - 1].type == "heading_open":
            continue
        depth = 0
        for child in token.children or []:
            depth += {"link_open": 1, "link_close": -1}.get(child.type, 0)
            if not depth and child.type in ("text", "code_inline"):
                found.append(child.content)
        found.append("\n")
    return "".join(found)


def blockquotes(markdown: str) -> list[str]:
    """The text of every paragraph inside a block quote."""
    found, depth = [], 0
    for token in tokens(markdown):
        depth += {"blockquote_open": 1, "blockquote_close": -1}.get(token.type, 0)
        if depth and token.type == "inline":
            found.append(_text(token))
    return found


def table_shapes(markdown: str) -> list[set[int]]:
    """For each table, the set of cell counts of its rows (one value when well formed)."""
    shapes: list[set[int]] = []
    cells = 0
    for token in tokens(markdown):
        if token.type == "table_open":
            shapes.append(set())
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            shapes[-1].add(cells)
    return shapes


def words(markdown: str) -> int:
    """Words as `wc -w` counts them in the Markdown file."""
    return len(markdown.split())


def printings(markdown: str, quotes: Iterable[str]) -> dict[str, int]:
    """For each quote, how many times its words are printed in the brief's block quotes
    (inside a longer quote too)."""
    quoted = "\n".join(blockquotes(markdown))
    return {quote: quoted.count(inline_text(quote)) for quote in set(quotes)}


def check_structure(markdown: str) -> None:
    """One title; no HTML and no image; every heading with an anchor no other heading has
    (so no renderer has to number them); every link a link to one of those anchors; and
    tables with the same number of cells in every row."""
    found = tokens(markdown)
    kinds = {t.type for t in found} | {c.type for t in found for c in t.children or []}
    assert not kinds & {"html_block", "html_inline", "image"}, kinds
    shown = headings(markdown)
    assert [h.level for h in shown].count(1) == 1
    anchors = [h.anchor for h in shown]
    assert len(set(anchors)) == len(anchors), sorted(a for a in anchors if anchors.count(a) > 1)
    assert "" not in anchors
    for link in links(markdown):
        # A renderer percent-encodes what is not ASCII; browsers decode it to find the id.
        assert link.target.startswith("#") and unquote(link.target[1:]) in anchors, link
    assert all(len(shape) == 1 for shape in table_shapes(markdown))


def markdownlint(paths: Iterable[Path]) -> list[str]:
    """markdownlint-cli2's warnings for these files, under the repository's settings.

    Skips when the tool is not installed (`npm ci` in tests/js/markdownlint), except in CI
    (env CI set), where a missing tool fails the test."""
    if not MARKDOWNLINT.exists():
        reason = f"markdownlint-cli2 is not installed: run npm ci in {MARKDOWNLINT.parents[2]}"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    shown = subprocess.run(
        [str(MARKDOWNLINT), "--config", str(LINT_CONFIG), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    warnings = [line for line in shown.stderr.splitlines() if " MD" in line]
    assert shown.returncode == (1 if warnings else 0), shown.stdout + shown.stderr
    return warnings
