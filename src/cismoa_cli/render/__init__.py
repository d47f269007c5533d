"""Turning query results into output: Rich renderables for a terminal, text for machines.

Nothing here prints; the command line (``cli/``) does. This module stays light (no Rich
import) so the command line can name the formats without loading the renderers.
"""

from __future__ import annotations

from enum import Enum


class Format(str, Enum):
    """How a listing is written."""

    TABLE = "table"
    TSV = "tsv"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
