"""Option values converted without Pydantic: every parameter of every command gets the plain
conversion, it gives what Typer's own conversion gives, and a short run never loads
Pydantic's schema machinery."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from helpers import MINI
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._coercion import build_runtime_param

from cismoa_cli.cli import app
from cismoa_cli.cli.conversion import PlainConversion


def _contexts() -> Iterator[tuple[str, Any, Any]]:
    """Every command of the app, nested ones included, with a context to ask it in."""
    root = typer.main.get_command(app)
    root_context = root.make_context("cismoa", [], resilient_parsing=True)

    def walk(command: Any, path: str, parent: Any) -> Iterator[tuple[str, Any, Any]]:
        context = command.make_context(path, [], parent=parent, resilient_parsing=True)
        yield path, command, context
        for name, subcommand in getattr(command, "commands", {}).items():
            yield from walk(subcommand, f"{path} {name}", context)

    yield "cismoa", root, root_context
    for name, command in getattr(root, "commands", {}).items():
        yield from walk(command, name, root_context)


CONTEXTS = list(_contexts())
PARAMETERS = [
    pytest.param(command, context, param, id=f"{path}:{param.name}")
    for path, command, context in CONTEXTS
    for param in command.get_params(context)
]


def test_every_command_is_asked() -> None:
    names = {path for path, _, _ in CONTEXTS}
    assert {"cismoa", "actors", "implications", "export", "import qdpx"} <= names


@pytest.mark.parametrize(("command", "context", "param"), PARAMETERS)
def test_every_parameter_converts_without_pydantic(command: Any, context: Any, param: Any) -> None:
    """--help included: a new option of another shape shows here, not as a slower start."""
    assert isinstance(param.get_runtime_param(), PlainConversion)


# What a user may type: any text, options that look like words of a vocabulary, numbers.
TYPED = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["risk", "RISK", "Risk ", "china", "-id", "id", "3", "0", "-1", "json"]),
)


@pytest.mark.parametrize(("command", "context", "param"), PARAMETERS)
@settings(max_examples=25)  # per parameter: a few dozen shapes, each tried 25 ways
@given(typed=st.lists(TYPED, min_size=1, max_size=3))
def test_the_plain_conversion_gives_what_typers_gives(
    command: Any, context: Any, param: Any, typed: list[str]
) -> None:
    value: Any = tuple(typed) if param.multiple else typed[0]
    if getattr(param, "is_flag", False):
        value = bool(typed[0])
    theirs = build_runtime_param(param.type_descriptor)
    ours = param.get_runtime_param()
    assert _outcome(theirs, value, param, context) == _outcome(ours, value, param, context)


def _outcome(conversion: Any, value: Any, param: Any, context: Any) -> tuple[str, Any]:
    """What a conversion gives: its value, or the kind and message of what it raises."""
    try:
        return "value", conversion.coerce(value, param=param, ctx=context)
    except Exception as error:  # the point: the same failure, whatever it is
        return type(error).__name__, str(error)


def test_a_short_run_never_loads_pydantics_schema_machinery() -> None:
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cismoa_cli", "--data", str(MINI), "actors"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
    assert "cismoa_cli.models" in imported  # the dossier was read and checked
    assert not imported & {"pydantic.main", "pydantic.fields", "typer._adapters"}
