"""Drafting a dossier for a new article: a pipeline of pure functions, data in, items out.

units (sentences and list lines) -> mentions (places, organisations) -> voices (who says
it) -> claims (what is said, how certainly, about whom) -> proposal (items with verified
evidence, all proposed). The word lists live in ``lexicon``, with their sources.
"""

from __future__ import annotations

from .proposal import DraftError, propose

__all__ = ["DraftError", "propose"]
