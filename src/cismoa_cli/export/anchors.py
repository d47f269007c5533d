"""Heading anchors as GitHub makes them, chosen so that no two headings share one.

GitHub (and markdownlint, and most Markdown renderers after it) gives each heading the
anchor of its text: lower case, spaces made hyphens, and every character dropped but
letters, marks, numbers, connector punctuation and hyphens. Two headings with the same
anchor get ``-1``, ``-2`` appended, but renderers do not all count alike (and ``a``, ``a``,
``a-1`` defeats some of them), so a document linking to its own headings stays correct
everywhere only if no renderer ever has to do that. :class:`Headings` sees to it.
"""

from __future__ import annotations

import unicodedata


def slug(text: str) -> str:
    """The anchor GitHub gives a heading whose rendered text is ``text``."""
    return "".join(c for c in text.lower() if c in "- " or _word_character(c)).replace(" ", "-")


def _word_character(char: str) -> bool:
    # Ruby's \p{Word}, which GitHub's anchors are made of: letters, marks, numbers and
    # connector punctuation (the underscore and its kin).
    category = unicodedata.category(char)
    return category[0] in "LMN" or category == "Pc"


class Headings:
    """The headings of one document, in order, each with an anchor none other has."""

    def __init__(self) -> None:
        # "#top" is the page's top in browsers and markdownlint; "" is no anchor at all.
        self._taken = {"", "top"}

    def add(self, text: str) -> tuple[str, str]:
        """The heading text to print and its anchor: ``text`` itself, or ``text (2)``,
        ``text (3)`` ... when an earlier heading already has that anchor."""
        shown, anchor, number = text, slug(text), 1
        while anchor in self._taken:
            number += 1
            shown = f"{text} ({number})"
            anchor = slug(shown)
        self._taken.add(anchor)
        return shown, anchor
