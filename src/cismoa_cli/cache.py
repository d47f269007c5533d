"""A record of dossiers that passed every check, so a large one is checked in full once.

Whether a dossier is valid depends only on its bytes, its article's bytes and the version
of cismoa that checks it. So the record is just that: for the SHA-256 of a dossier's bytes
(and the versions of cismoa, Python and pydantic-core), how many quotes were verified. A
dossier found in the record is still parsed and validated by Pydantic, and its article's
SHA-256 must still match ``source.sha256``; what is skipped is the rest (the duplicate-key
and NaN scan, the reference checks, every quote against the article), about a third of the
load. Nothing but that count is stored, so an entry can never stand in for the data.

Anything unexpected (a missing, damaged or unreadable entry, a folder that cannot be
written) is a miss, never an error. The record lives in the user's cache folder
(``$XDG_CACHE_HOME/cismoa``, ``~/Library/Caches/cismoa``, ``%LOCALAPPDATA%\\cismoa\\Cache``)
or ``$CISMOA_CACHE_DIR``; ``CISMOA_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from pydantic_core import __version__ as pydantic_core_version

from . import __version__

MIN_BYTES = 1024 * 1024  # smaller dossiers are checked faster than the record is read
KEEP = 64  # entries kept; older ones are removed when a new one is written


def folder() -> Path | None:
    """Where entries live, or None when caching is off."""
    if os.environ.get("CISMOA_NO_CACHE"):
        return None
    chosen = os.environ.get("CISMOA_CACHE_DIR")
    if chosen:
        return Path(chosen)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / "cismoa" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "cismoa"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "cismoa"


def _entry(digest: str) -> Path | None:
    where = folder()
    if where is None:
        return None
    versions = f"{__version__}|{platform.python_version()}|{pydantic_core_version}|{digest}"
    return where / f"{hashlib.sha256(versions.encode()).hexdigest()}.json"


def fetch(digest: str) -> int | None:
    """How many quotes were verified in the dossier with these bytes, if it passed before."""
    entry = _entry(digest)
    if entry is None:
        return None
    try:
        verified = json.loads(entry.read_text(encoding="utf-8"))["verified"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return verified if type(verified) is int and verified >= 0 else None


def store(digest: str, verified: int) -> None:
    """Record a dossier that passed every check; failing to record it is not an error."""
    entry = _entry(digest)
    if entry is None:
        return
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"verified": verified}, out)
        os.replace(name, entry)
        _prune(entry.parent)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _prune(where: Path) -> None:
    entries = sorted(where.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
