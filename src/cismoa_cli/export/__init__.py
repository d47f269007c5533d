"""Exports: each format a pure function from a selection to text (SQLite: to a file; a
REFI-QDA project: to bytes), and one atomic writer. Light on purpose, so the command line
can name the formats cheaply."""

from __future__ import annotations

from enum import Enum


class ExportFormat(str, Enum):
    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"
    DOT = "dot"
    MERMAID = "mermaid"
    SQLITE = "sqlite"
    QDPX = "qdpx"
    QDC = "qdc"
