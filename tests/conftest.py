"""Shared helpers: run the CLI in-process, and build small dossiers on disk."""

from __future__ import annotations

import copy
import functools
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.testing
from typer.testing import CliRunner

from cismoa_cli.cli import app
from cismoa_cli.store import Loaded, bundled_path, load

# The tests never touch the user's own cache; test_cache.py points it elsewhere as needed.
_CACHE = tempfile.TemporaryDirectory(prefix="cismoa-test-cache-")  # removed at exit
os.environ["CISMOA_CACHE_DIR"] = _CACHE.name
os.environ.pop("CISMOA_NO_CACHE", None)

# The session's Chromium (fixture `browser`), shared by every module that opens the report.
pytest_plugins = ["browser"]

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# CliRunner rebuilds the whole command tree from the app's signatures on every call (most of
# an in-process run's time); the tree never changes, so build it once.
typer.testing._get_command = functools.cache(typer.main.get_command)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str


def printed(renderable: object, width: int = 80) -> str:
    """What a renderable looks like on a plain terminal of ``width`` columns, trailing
    spaces trimmed."""
    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(renderable)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in output.splitlines()) + "\n"


def run_cli(*args: str, env: dict[str, str] | None = None) -> Run:
    """Run ``cismoa ARGS`` in-process, stdout and stderr kept apart."""
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def bundled() -> Loaded:
    return load(bundled_path())


@pytest.fixture(scope="session")
def bundled_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(bundled_path().read_text(encoding="utf-8"))
    return data


DossierWriter = Callable[..., Path]


@pytest.fixture
def write_dossier(tmp_path: Path, bundled_json: dict[str, Any]) -> DossierWriter:
    """Write a dossier (the bundled one, or ``data`` / raw ``text``) beside the bundled article."""
    shutil.copy(bundled_path().parent / "article.txt", tmp_path / "article.txt")

    def write(
        data: dict[str, Any] | None = None,
        *,
        text: str | bytes | None = None,
        name: str = "claims.json",
        change: Callable[[dict[str, Any]], None] | None = None,
    ) -> Path:
        path = tmp_path / name
        if text is not None:
            raw = text if isinstance(text, bytes) else text.encode("utf-8")
            path.write_bytes(raw)
            return path
        dossier = copy.deepcopy(data if data is not None else bundled_json)
        if change is not None:
            change(dossier)
        path.write_text(json.dumps(dossier, ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    return write


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many examples the fuzzing suite tried, and of what."""
    from test_fuzz import TRIED

    if TRIED:
        parts = ", ".join(f"{count} {what}" for what, count in sorted(TRIED.items()))
        terminalreporter.write_line(f"fuzzing: {TRIED['validate']} dossiers tried ({parts})")
