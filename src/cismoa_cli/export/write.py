"""Writing a file so that it is either wholly the new content or wholly the old one, and
touching nothing but the file named.

The content goes to a temporary file beside the target, is flushed to disk, and then takes
the target's place in one step (``os.replace``, or ``os.link`` when the target must not
exist yet). A failure or an interruption at any point leaves the old file as it was and no
temporary file behind. What is never done: replace a FIFO, a device or a folder; write over
a read-only file; turn a symlink into a regular file (the file it points to is written, as
editors do); split a hard link (a file with several names is rewritten in place, after the
complete new content has been written beside it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from ..errors import WriteError
from . import Exported, FileWriter


def write_atomic(
    target: Path,
    fill: Callable[[Path], None],
    *,
    force: bool,
    protected: tuple[Path, ...] = (),
) -> None:
    """Create or (with ``force``) replace ``target`` with what ``fill`` writes to a path.

    Refuses to touch any of the ``protected`` files (the dossier and its article).
    """
    real = Path(os.path.realpath(target))  # through a symlink to the file it names
    for path in protected:
        if _same_file(real, path):
            raise WriteError(f"{target}: refusing to overwrite {path.name}, which cismoa reads")
    existing = _existing(target, real, force=force)
    folder = real.parent
    if not folder.is_dir():
        raise WriteError(f"{target}: the folder {folder} does not exist")
    # The name is chosen before the file is made, and the file made inside the block that
    # removes it: a signal at any moment (SIGTERM raises SystemExit) leaves nothing behind.
    # (tempfile.mkstemp creates the file before it returns the name: a gap.)
    temporary = folder / f".{real.name}.{os.urandom(6).hex()}.tmp"
    try:
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as error:
            raise WriteError(f"{target}: cannot write in {folder}: {error.strerror}") from None
        fill(temporary)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        if existing is None:
            os.chmod(temporary, 0o666 & ~_umask())
            _link_new(temporary, real, target)
        elif existing.st_nlink > 1:
            _rewrite_in_place(temporary, real)
        else:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            os.replace(temporary, real)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(f"{target}: not written: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_exported(
    target: Path, content: Exported, *, force: bool, protected: tuple[Path, ...] = ()
) -> None:
    """Write what an exporter made (text, bytes, or a database to fill) to ``target``."""
    if isinstance(content, FileWriter):
        write_atomic(target, content.fill, force=force, protected=protected)
    else:
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        write_bytes(target, data, force=force, protected=protected)


def write_bytes(
    target: Path, content: bytes, *, force: bool, protected: tuple[Path, ...] = ()
) -> None:
    """``write_atomic`` for content already in memory."""

    def fill(path: Path) -> None:
        path.write_bytes(content)

    write_atomic(target, fill, force=force, protected=protected)


def write_text(target: Path, text: str, *, force: bool, protected: tuple[Path, ...] = ()) -> None:
    """``write_atomic`` for text, as UTF-8 with the newlines as given."""
    write_bytes(target, text.encode("utf-8"), force=force, protected=protected)


def _existing(target: Path, real: Path, *, force: bool) -> os.stat_result | None:
    """The state of the file to be replaced (None if there is none), or why it may not be."""
    try:
        found = os.stat(real)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise WriteError(f"{target}: cannot write: {error.strerror}") from None
    if stat.S_ISDIR(found.st_mode):
        raise WriteError(f"{target}: is a folder; name a file to write")
    if not stat.S_ISREG(found.st_mode):
        raise WriteError(f"{target}: is not a regular file; cismoa replaces only regular files")
    if not force:
        raise WriteError(f"{target}: already exists; add --force to replace it")
    if not os.access(real, os.W_OK) or not stat.S_IMODE(found.st_mode) & 0o222:
        raise WriteError(f"{target}: is read-only; make it writable first, or write elsewhere")
    return found


def _link_new(temporary: Path, real: Path, target: Path) -> None:
    # os.link fails if the target appeared since the check above: never clobber it.
    try:
        os.link(temporary, real)
    except FileExistsError:
        raise WriteError(f"{target}: already exists; add --force to replace it") from None
    except OSError:
        # A filesystem without hard links: the check above is the best that can be done.
        if real.exists():
            raise WriteError(f"{target}: already exists; add --force to replace it") from None
        os.replace(temporary, real)


def _rewrite_in_place(temporary: Path, real: Path) -> None:
    """Copy the new content into the existing file, keeping every name it has."""
    with temporary.open("rb") as source, real.open("r+b") as destination:
        shutil.copyfileobj(source, destination)
        destination.truncate()
        destination.flush()
        os.fsync(destination.fileno())


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False
