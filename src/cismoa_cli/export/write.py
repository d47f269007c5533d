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
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import WriteError
from . import Exported, FileWriter, TextStream


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
        _put_in_place(temporary, real, target, existing, force=force)
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
    elif isinstance(content, TextStream):

        def fill(path: Path) -> None:
            with path.open("w", encoding="utf-8", newline="") as file:
                file.writelines(content.pieces())

        write_atomic(target, fill, force=force, protected=protected)
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


def write_together(
    files: Sequence[tuple[Path, bytes]], *, force: bool, protected: tuple[Path, ...] = ()
) -> None:
    """Create or (with ``force``) replace several files as one write: all or none.

    Every target is checked first, as ``write_atomic`` checks one (the ``protected`` files
    and the targets themselves may not be named twice); then each is written to a temporary
    file beside it and flushed to disk; only when all are ready are they moved into place.
    Should one still fail to move (a file created meanwhile, a full disk, a signal), those
    already moved are put back as they were: a file created is removed, a file replaced gets
    its old content back. No temporary file is left behind.
    """
    plans: list[tuple[Path, Path, os.stat_result | None, bytes]] = []
    for target, content in files:
        real = Path(os.path.realpath(target))
        for path in protected:
            if _same_file(real, path):
                raise WriteError(f"{target}: refusing to overwrite {path.name}, which cismoa reads")
        if any(real == other for _, other, _, _ in plans):
            raise WriteError(f"{target}: named for two of the files written together")
        existing = _existing(target, real, force=force)
        if not real.parent.is_dir():
            raise WriteError(f"{target}: the folder {real.parent} does not exist")
        plans.append((target, real, existing, content))
    spares: list[Path] = []  # every temporary file, named before it is made
    undo: list[Callable[[], None]] = []  # how to put back each file moved into place
    current = Path()
    try:
        ready = []
        for current, real, existing, content in plans:
            ready.append(_ready(current, real, existing, content, spares))
        for (current, real, existing, _), temporary in zip(plans, ready, strict=True):
            undo.append(_moved(temporary, real, current, existing, spares, force=force))
        undo.clear()  # all in place: nothing to put back
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(f"{current}: not written: {error.strerror or error}") from None
    finally:
        for put_back in reversed(undo):  # a failure, or a signal, midway through the moves
            with contextlib.suppress(OSError):
                put_back()
        for spare in spares:
            with contextlib.suppress(FileNotFoundError):
                spare.unlink()


def _spare(real: Path, spares: list[Path]) -> Path:
    """A new temporary file's name beside ``real``, recorded before the file is made."""
    name = real.parent / f".{real.name}.{os.urandom(6).hex()}.tmp"
    spares.append(name)
    return name


def _ready(
    target: Path,
    real: Path,
    existing: os.stat_result | None,
    content: bytes,
    spares: list[Path],
) -> Path:
    """A temporary file beside ``real`` holding ``content``, on disk, with the mode the
    target will have."""
    temporary = _spare(real, spares)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise WriteError(f"{target}: cannot write in {real.parent}: {error.strerror}") from None
    with os.fdopen(descriptor, "wb") as written:
        written.write(content)
        written.flush()
        os.fsync(written.fileno())
    mode = 0o666 & ~_umask() if existing is None else stat.S_IMODE(existing.st_mode)
    os.chmod(temporary, mode)
    return temporary


def _moved(
    temporary: Path,
    real: Path,
    target: Path,
    existing: os.stat_result | None,
    spares: list[Path],
    *,
    force: bool,
) -> Callable[[], None]:
    """Move ``temporary`` into ``real``'s place; return how to undo that."""
    if existing is None:
        if _link_new(temporary, real):
            return lambda: real.unlink()
        # It appeared since the check: someone else's, unless --force says replace it.
        existing = _existing(target, real, force=force)
        if existing is None:  # gone again as soon as it came
            raise WriteError(f"{target}: not written: other programs kept changing it; try again")
    old = _spare(real, spares)
    if existing.st_nlink > 1:  # rewritten in place: keep a copy of the old content
        shutil.copyfile(real, old)
        _rewrite_in_place(temporary, real)
        return lambda: _rewrite_in_place(old, real)
    try:
        os.link(real, old)  # the old file itself, under a second name until the end
    except OSError:  # a filesystem without hard links
        shutil.copy2(real, old)
    os.replace(temporary, real)
    return lambda: os.replace(old, real)


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


_PLACINGS = 8  # tries to put a file in place while other writers keep changing the target


def _put_in_place(
    temporary: Path, real: Path, target: Path, existing: os.stat_result | None, *, force: bool
) -> None:
    """Move the complete ``temporary`` file to ``real``, as ``existing`` (its state when
    checked) allows. Another writer may make, replace or remove the target meanwhile (as
    several cismoa runs writing one file with --force do): a new file that appears is never
    clobbered without ``force``, and with it is checked as any existing file is and
    replaced, so that the last complete write wins."""
    for _ in range(_PLACINGS):
        if existing is None:
            os.chmod(temporary, 0o666 & ~_umask())
            if _link_new(temporary, real):
                return
            # It appeared since the check: someone else's, unless --force says replace it.
            existing = _existing(target, real, force=force)
        elif existing.st_nlink > 1 and _names_but_ours(real) > 1:
            _rewrite_in_place(temporary, real)
            return
        else:
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            os.replace(temporary, real)
            return
    raise WriteError(f"{target}: not written: other programs kept changing it; try again")


def _link_new(temporary: Path, real: Path) -> bool:
    """Give the new file its name if nothing has it yet; False if something has."""
    # os.link fails if the target appeared since the check: never clobber it.
    try:
        os.link(temporary, real)
    except FileExistsError:
        return False
    except OSError:
        # A filesystem without hard links: the check above is the best that can be done.
        if real.exists():
            return False
        os.replace(temporary, real)
        return True
    temporary.unlink()  # at once: the new file has one name, as a plain file would
    return True


def _names_but_ours(real: Path) -> int:
    """How many names ``real``'s file has, not counting the temporary files cismoa writes
    beside it (another run's new file keeps its temporary name for a moment after it is
    linked in place: that is no hard link of the user's to keep)."""
    # The temporary files first, then the count of names: one unlinked in between is then
    # subtracted without being counted, which errs towards a plain replace, never towards
    # writing into another run's file in place.
    prefix = f".{real.name}."
    with os.scandir(real.parent) as entries:
        ours = [
            entry.inode()
            for entry in entries
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp")
        ]
    found = os.stat(real)
    return found.st_nlink - ours.count(found.st_ino)


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
