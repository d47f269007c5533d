"""The real tools some tests hand our output to (Graphviz, Mermaid under Node), and the
generated dossiers of benchmarks/generate.py.

A test that needs a tool fails in CI (env ``CI`` set) when the tool is missing; elsewhere
it is skipped, naming what to install.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pydot
import pytest
from helpers import REPO

from cismoa_cli.models import Dossier

MERMAID = REPO / "tests" / "js" / "mermaid"


def require(program: str, install: str) -> str:
    """The path of ``program``; skip (locally) or fail (in CI) without it."""
    found = shutil.which(program)
    if found is None:
        message = f"{program} is missing: {install}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def mermaid_parse(files: list[Path]) -> subprocess.CompletedProcess[str]:
    """Mermaid's own parser (tests/js/mermaid/parse.mjs) run on each file."""
    node = require("node", "apt-get install nodejs")
    if not (MERMAID / "node_modules" / "mermaid").is_dir():
        message = f"Mermaid is not installed: cd {MERMAID} && npm ci"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run(
        [node, str(MERMAID / "parse.mjs"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@functools.cache
def benchmark(name: str) -> ModuleType:
    """benchmarks/NAME.py, loaded as a module (the benchmarks are scripts, not a package)."""
    module_name = f"benchmark_{name}"
    path = REPO / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def write_generated(count: int, folder: Path) -> Path:
    """benchmarks/generate.py's dossier of ``count`` implications (50 actors) in ``folder``."""
    path: Path = benchmark("generate").write(count, folder)
    return path


@functools.cache
def generated(count: int) -> tuple[Dossier, str]:
    """The generated dossier and its article, in memory (checked by Pydantic only)."""
    data, article = benchmark("generate").generate(count)
    return Dossier.model_validate_json(json.dumps(data)), article


def dot_graphs(text: str) -> list[pydot.Dot]:
    """The graphs pydot reads from DOT text; a text it cannot read fails the test."""
    graphs = pydot.graph_from_dot_data(text)
    assert graphs is not None, text
    return graphs
