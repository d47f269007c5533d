"""Helpers for the REFI-QDA tests: export a fixture, open and edit a project as a QDA tool
would, and build zips no tool should make."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path

from helpers import FIXTURES

from cismoa_cli.export.qdpx import project_qdpx
from cismoa_cli.qdavocabulary import PROJECT_NAMESPACE
from cismoa_cli.query import ImplicationFilter, select
from cismoa_cli.store import Loaded, load

NS = {"q": PROJECT_NAMESPACE}
ET.register_namespace("", PROJECT_NAMESPACE)


def fixture(name: str) -> Loaded:
    """``tests/fixtures/NAME``, loaded and checked."""
    return load(FIXTURES / name / "claims.json")


def exported(loaded: Loaded) -> bytes:
    """The whole dossier as a REFI-QDA project."""
    return project_qdpx(
        select(loaded.dossier, ImplicationFilter()), loaded.article, loaded.article_path.name
    )


def entries(project: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(project)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def edited(project: bytes, edit: Callable[[ET.Element], None]) -> bytes:
    """The project after ``edit`` changed its XML, saved again as a QDA tool would."""
    files = entries(project)
    root = ET.fromstring(files["project.qde"])
    edit(root)
    files["project.qde"] = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return zipped(files)


def with_project_file(project: bytes, qde: bytes) -> bytes:
    """The project with its XML replaced by ``qde``."""
    return zipped({**entries(project), "project.qde": qde})


def spans(root: ET.Element) -> list[ET.Element]:
    return root.findall("q:Sources/q:TextSource/q:PlainTextSelection", NS)


def code_guid(root: ET.Element, group: str, name: str) -> str:
    """The GUID of the code ``name`` in the code group ``group``."""
    for found in root.findall("q:CodeBook/q:Codes/q:Code", NS):
        if found.get("name") == group:
            for code in found.findall("q:Code", NS):
                if code.get("name") == name:
                    return code.get("guid", "")
    raise LookupError(f"{group}/{name}")


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
