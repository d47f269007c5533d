"""Reading a .qdpx zip that someone else may have made: nothing is extracted to disk, and
an archive is refused whole if any entry could escape a folder or hide a zip bomb."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from ..errors import DataError, Problem

MAX_ENTRIES = 10_000  # a project holds its XML and its sources; far more is not a project
_CHUNK = 1 << 16  # unpacked at a time
_UNSAFE = re.compile(r"^[A-Za-z]:|[\\\x00-\x1f\x7f]")  # a drive, a backslash, a control


class Archive:
    """The entries of a zip held in memory, each read only on demand and only up to
    ``max_bytes`` of uncompressed data, whatever its header claims."""

    def __init__(self, data: bytes, label: str, *, max_bytes: int) -> None:
        self.label = label
        self._max_bytes = max_bytes
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError) as error:
            raise self._fail(f"is not a REFI-QDA project (a zip archive): {error}") from None
        entries = self._zip.infolist()
        if len(entries) > MAX_ENTRIES:
            raise self._fail(
                f"holds {len(entries):,} entries; a project holds at most {MAX_ENTRIES:,}"
            )
        names: set[str] = set()
        for entry in entries:
            name = entry.filename
            if not _is_safe(name):
                raise self._fail(
                    f"refused: the entry {name!r} would be written outside the project's folder"
                )
            if name.casefold() in names:
                raise self._fail(f"refused: the entry {name!r} appears twice")
            if entry.flag_bits & 0x1:
                raise self._fail(f"refused: the entry {name!r} is encrypted")
            names.add(name.casefold())
        declared = sum(entry.file_size for entry in entries)
        if declared > max_bytes:
            raise self._fail(
                f"refused: its entries would unpack to {declared:,} bytes; "
                f"cismoa unpacks at most {max_bytes:,}"
            )

    def names(self) -> list[str]:
        """The file entries, folders left out."""
        return [e.filename for e in self._zip.infolist() if not e.is_dir()]

    def find(self, name: str) -> str | None:
        """The entry called ``name``, in any letter case (tools write "Sources/" or "sources/")."""
        wanted = name.casefold()
        return next((n for n in self.names() if n.casefold() == wanted), None)

    def read(self, name: str) -> bytes:
        """An entry's bytes; more than ``max_bytes`` of them is refused as a zip bomb."""
        return b"".join(self.chunks(name))

    def chunks(self, name: str) -> Iterator[bytes]:
        """An entry's bytes a piece at a time, as they are unpacked; more than ``max_bytes``
        of them in all is refused as a zip bomb."""
        unpacked = 0
        try:
            with self._zip.open(name) as entry:
                while chunk := entry.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > self._max_bytes:
                        raise self._fail(
                            f"refused: {name} unpacks to more than {self._max_bytes:,} bytes"
                        )
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as error:
            # zlib.error: bytes that are no deflate stream, met as the entry is unpacked
            raise self._fail(f"{name}: cannot be unpacked: {error}") from None

    def _fail(self, message: str) -> DataError:
        return DataError(self.label, [Problem("", message)])


def _is_safe(name: str) -> bool:
    """Whether an entry name stays inside the folder it is unpacked in: relative, with
    forward slashes, and no empty, "." or ".." part."""
    if name.startswith("/") or _UNSAFE.search(name):
        return False
    return all(part not in ("", ".", "..") for part in name.removesuffix("/").split("/"))
