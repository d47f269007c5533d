"""Reading the files a dossier names: regular files only, never past a size limit, and for the
article, never outside the dossier's folder unless the user allows it.

A FIFO, a terminal, ``/dev/zero`` or a socket reports a size of 0 and never ends; opening some
devices has effects of its own. So a path is checked with ``stat`` before it is opened, the
opened file is checked again (the path may have changed in between), and reading stops at the
limit plus one byte whatever the file claims its size to be.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import DataError, Problem

MAX_BYTES = 256 * 1024 * 1024  # larger files are refused rather than read into memory
_CHUNK = 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _fail(path: Path, message: str, where: str = "") -> DataError:
    return DataError(path, [Problem(where, message)])


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise _fail(path, "is a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "a special file")
        raise _fail(path, f"is {kind}, not a regular file; cismoa reads only regular files")


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, refusing anything else and anything over ``max_bytes``."""
    try:
        _check_regular(path, os.stat(path).st_mode)
        # O_NONBLOCK: should the path turn into a FIFO after the check, opening it must
        # not wait for a writer; the check on the open file then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise _fail(path, "no such file") from None
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as error:
        raise _fail(path, error.strerror or str(error)) from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        _check_regular(path, os.fstat(fd).st_mode)
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise _fail(
                path, f"is {size:,} bytes; cismoa reads files of at most {max_bytes:,} bytes"
            )
        try:
            return _read_at_most(path, handle, max_bytes, size)
        except OSError as error:
            raise _fail(path, error.strerror or str(error)) from None


def _read_at_most(path: Path, handle: BinaryIO, max_bytes: int, size: int = 0) -> bytes:
    """Read to the end, or refuse once more than ``max_bytes`` have come (a file that grew).

    The ``size`` the file had when opened is asked for in one read: read in pieces and
    joined, the whole file would be copied once more. One that grew is read on in pieces."""
    chunks = [handle.read(min(size, max_bytes) + 1)]
    total = len(chunks[0])
    while total <= max_bytes:
        chunk = handle.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise _fail(path, f"is over {max_bytes:,} bytes; cismoa reads files of at most that")


def decode(path: Path, raw: bytes) -> str:
    """Strict UTF-8 text: no byte-order mark, no invalid byte, no NUL, each with its place."""
    if raw.startswith(_BOM):
        raise _fail(path, "starts with a UTF-8 byte-order mark; save the file without one", "1:1")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start].decode("utf-8")
        where = line_col(before, len(before))
        message = f"byte 0x{raw[error.start]:02x} is not UTF-8; save the file as UTF-8"
        raise _fail(path, message, where) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise _fail(path, "contains a NUL byte", line_col(text, nul))
    return text


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A regular file's text, strictly UTF-8, with a clear error for every way that can fail."""
    return decode(path, read_bytes(path, max_bytes=max_bytes))


def line_col(text: str, offset: int) -> str:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def article_path(dossier: Path, reference: str, *, allow_outside: bool) -> Path:
    """Where a dossier's ``article`` points: a relative path that stays inside the dossier's
    folder once symlinks are resolved, unless ``allow_outside``. A dossier reached through a
    symlink has its article beside the file the link leads to."""
    folder = dossier.resolve().parent
    target = (folder / reference).resolve()
    if allow_outside:
        return target
    # An absolute reference resolves to itself: outside unless it names a file inside.
    if not target.is_relative_to(folder):
        raise _fail(
            dossier,
            f"{reference!r} leads outside the dossier's folder; cismoa reads only an article "
            "inside the dossier's folder (pass --allow-outside to read it anyway)",
            "article",
        )
    return target
