"""The wheel carries the bundled dossier, so a non-editable install works from any folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import BUNDLED, REPO

from cismoa_cli.store import bundled_path


def test_wheel_contains_the_data(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, source / name)
    for folder in ("src", "data"):
        shutil.copytree(
            REPO / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip
    (wheel,) = (tmp_path / "dist").glob("cismoa_cli-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for data in ("claims.json", "article.txt"):
            assert f"cismoa_cli/data/{data}" in names
            assert archive.read(f"cismoa_cli/data/{data}") == (REPO / "data" / data).read_bytes()
        assert "cismoa_cli/py.typed" in names
        for asset in ("report.css", "report.js"):  # the HTML report's style and script
            assert f"cismoa_cli/export/{asset}" in names
        modules = {
            f"cismoa_cli/{path.relative_to(REPO / 'src' / 'cismoa_cli').as_posix()}"
            for path in (REPO / "src" / "cismoa_cli").rglob("*.py")
        }
        assert modules <= names, modules - names
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "cismoa = cismoa_cli.cli:main" in archive.read(entry_points).decode()


def test_the_installed_dossier_is_the_repositorys() -> None:
    """After editing data/, a non-editable install must be redone for cismoa to read it."""
    installed = bundled_path()
    if installed == BUNDLED:
        assert not os.environ.get("CI"), "CI installs cismoa as the README says: not editable"
        pytest.skip("an editable install reads data/ itself: there is no copy to compare")
    for name in ("claims.json", "article.txt"):
        assert (installed.parent / name).read_bytes() == (BUNDLED.parent / name).read_bytes(), (
            f"the installed {name} is not data/{name}: reinstall with pip install '.[test]'"
        )


def test_every_dependency_is_bounded_above() -> None:
    """A release of a dependency cismoa has never run with is never installed: each
    requirement of the installed distribution, runtime and test, has an upper bound."""
    from importlib.metadata import requires

    requirements = requires("cismoa-cli") or []
    runtime = [r for r in requirements if "extra ==" not in r]
    assert {re.match(r"[\w.-]+", r).group() for r in runtime} == {  # type: ignore[union-attr]
        "typer",
        "rich",
        "pydantic",
        "textual",
    }
    assert len(requirements) > len(runtime)  # the test extra's too
    assert [r for r in requirements if "<" not in r.split(";")[0]] == []
