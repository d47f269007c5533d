"""Option values converted without Pydantic, as Typer would convert them.

Typer converts each parameter's value through a Pydantic ``TypeAdapter`` it builds for that
parameter on every run, whether or not the option was given. The first one imports
Pydantic's schema machinery (``pydantic.main``, ``pydantic.fields``, its plugin loader),
which on a short run such as ``cismoa actors`` costs more than the command's own work.

cismoa's parameters come in few shapes: text, a flag, a path, and a word read by one of
cismoa's own parsers, each alone or repeated. cismoa's commands (:class:`PlainCommand` and
:class:`PlainGroup`, which ``app.CismoaTyper`` makes) give each parameter of those shapes
(``--help`` too) a conversion that does what Typer's adapter does, without Pydantic; a path
gets Typer's own checks. A parameter of any other shape keeps Typer's conversion. Only
cismoa's own commands are affected, never Typer itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

from typer._click.exceptions import BadParameter
from typer._click.utils import _escape_control_characters
from typer._coercion import RuntimeParam, TypeDescriptor
from typer._param_types import coerce_cli_path
from typer.core import TyperCommand, TyperGroup

_PLAIN = (str, bool, Path)


@dataclass(frozen=True)
class PlainConversion(RuntimeParam):
    """A parameter's value as Typer's adapter would give it, for the plain shapes."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation: Any = self.annotation
        if get_origin(annotation) is list:
            (each,) = get_args(annotation)
            values = value if isinstance(value, (list, tuple)) else [value]
            return [self._one(each, item, param, ctx) for item in values]
        return self._one(annotation, value, param, ctx)

    def _one(self, annotation: Any, value: Any, param: Any, ctx: Any) -> Any:
        try:
            return self._converted(annotation, value, param, ctx)
        except ValueError as error:  # as Typer reports one raised inside its adapter
            message = _escape_control_characters(f"Value error, {error}")
            raise BadParameter(message, ctx=ctx, param=param) from error

    def _converted(self, annotation: Any, value: Any, param: Any, ctx: Any) -> Any:
        info = self.parameter_info
        if info.parser is not None:
            return info.parser(value)
        if annotation is Path:  # Typer's checks (readable, and any asked for), then a Path
            return Path(
                os.fsdecode(coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx))
            )
        return value  # text or a flag: Click has made it a str or a bool already


def is_plain(descriptor: TypeDescriptor) -> bool:
    """Whether a parameter has a shape :class:`PlainConversion` converts as Typer does."""
    annotation: Any = descriptor.annotation
    each = get_args(annotation)[0] if get_origin(annotation) is list else annotation
    if descriptor.file_annotation is not None or get_origin(each) is not None:
        return False
    info = descriptor.parameter_info
    return info.parser is not None or (each in _PLAIN and info.path_type is None)


class ConvertsPlainly:
    """A command whose parameters of a plain shape convert without Pydantic."""

    def get_params(self, ctx: Any) -> list[Any]:
        params: list[Any] = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            descriptor = getattr(param, "type_descriptor", None)
            if descriptor is not None and param._runtime_param is None and is_plain(descriptor):
                param._runtime_param = PlainConversion(
                    parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
                )
        return params


class PlainCommand(ConvertsPlainly, TyperCommand):
    """A command of cismoa's."""


class PlainGroup(ConvertsPlainly, TyperGroup):
    """A group of cismoa's commands."""
