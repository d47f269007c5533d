"""What the browser shows: the filters a reader has chosen, and the implications they keep.

Rows always come from :func:`~cismoa_cli.query.implications` with the
:class:`~cismoa_cli.query.ImplicationFilter` the choices describe, so the browser lists
exactly what ``cismoa implications`` lists with the same options.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from enum import Enum
from shlex import quote

from ..evidence import fold
from ..models import Dossier, Implication
from ..query import LABELLED, ImplicationFilter, implications, searchable
from ..vocabulary import ARTICLE_VOICE, Certainty, Direction, Horizon, Status


class Field(str, Enum):
    """A filter a reader toggles values of; the value is its ``cismoa implications`` option."""

    DOMAIN = "domain"
    DIRECTION = "direction"
    CERTAINTY = "certainty"
    HORIZON = "horizon"
    VOICE = "asserted-by"
    STATUS = "status"


@dataclass(frozen=True)
class Choices:
    """The reader's filters: one actor (or none), values toggled per field, search text."""

    actor: str | None = None
    toggled: tuple[tuple[Field, tuple[str, ...]], ...] = ()
    search: str = ""

    def values(self, field: Field) -> tuple[str, ...]:
        return dict(self.toggled).get(field, ())

    def toggle(self, field: Field, value: str) -> Choices:
        """These choices with ``value`` of ``field`` switched on or off."""
        now = self.values(field)
        changed = tuple(v for v in now if v != value) if value in now else (*now, value)
        return self.with_values(field, changed)

    def with_values(self, field: Field, values: tuple[str, ...]) -> Choices:
        kept = dict(self.toggled) | {field: values}
        return replace(self, toggled=tuple((f, kept[f]) for f in Field if kept.get(f)))

    def where(self) -> ImplicationFilter:
        """The filter ``cismoa implications`` builds from the same options."""
        return ImplicationFilter(
            actors=(self.actor,) if self.actor else (),
            domains=self.values(Field.DOMAIN),
            directions=tuple(Direction(v) for v in self.values(Field.DIRECTION)),
            certainties=tuple(Certainty(v) for v in self.values(Field.CERTAINTY)),
            horizons=tuple(Horizon(v) for v in self.values(Field.HORIZON)),
            voices=self.values(Field.VOICE),
            statuses=tuple(Status(v) for v in self.values(Field.STATUS)),
            search=self.search or None,
        )

    def options(self) -> list[str]:
        """The same choices as ``cismoa implications`` options, for the status line."""
        shown = [f"--actor {self.actor}"] if self.actor else []
        shown += [f"--{f.value} {quote(v)}" for f, values in self.toggled for v in values]
        if self.search:
            shown.append(f"--search {quote(self.search)}")
        return shown


def values_of(field: Field, dossier: Dossier) -> list[str]:
    """The values a field can be toggled to: its vocabulary, or the dossier's domains; for
    who asserts, the article, each voice, then each actor that asserts an implication."""
    if field is Field.VOICE:
        asserting = {item.asserted_by for item in dossier.implications}
        voices = (v.id for v in dossier.voices)
        return [ARTICLE_VOICE, *voices, *(a.id for a in dossier.actors if a.id in asserting)]
    if field is Field.DOMAIN:
        return list(dossier.domain_names())
    vocabulary: dict[Field, type[Enum]] = {
        Field.DIRECTION: Direction,
        Field.CERTAINTY: Certainty,
        Field.HORIZON: Horizon,
        Field.STATUS: Status,
    }
    return [str(member.value) for member in vocabulary[field]]


# The filter's fields of values, each "any of these".
_FIELDS = ("actors", *(field for field, _ in LABELLED))


def narrows(wide: ImplicationFilter, narrow: ImplicationFilter) -> bool:
    """Whether every implication ``narrow`` keeps is one ``wide`` keeps too.

    Each field of a filter is "any of these values", so a field narrows when it was open
    or keeps a subset of its values; a search narrows when it contains the earlier one.
    """
    for field in _FIELDS:
        w, n = getattr(wide, field), getattr(narrow, field)
        if w and not (n and set(n) <= set(w)):
            return False
    return wide.search is None or (
        narrow.search is not None and fold(wide.search) in fold(narrow.search)
    )


class Rows:
    """The implications each filter keeps, remembered for the last few filters.

    A filter narrower than one already answered is asked of that answer's implications
    only (the same :func:`~cismoa_cli.query.implications`, on fewer items, in the same
    order): typing a search or adding a filter then costs what is left, not the dossier.
    Two things are prepared once, by :meth:`warm` (the browser runs it as it opens) or
    when first needed: each implication's searchable text, and the implications of every
    single value of every field (an actor, a direction, ...), grouped in one pass, so that
    a filter with one value in a field is asked of that value's implications only.
    """

    def __init__(self, dossier: Dossier, remember: int = 32) -> None:
        self._dossier = dossier
        self._remember = remember
        self._known: OrderedDict[ImplicationFilter, list[Implication]] = OrderedDict()
        self._searched: dict[str, str] | None = None
        self._grouped: dict[tuple[str, object], list[Implication]] | None = None

    def __call__(self, where: ImplicationFilter) -> list[Implication]:
        known = self._known.get(where)
        if known is None:
            searched = self._searchable() if where.search is not None else None
            known = implications(self._within(where), where, searched=searched)
            self._known[where] = known
            if len(self._known) > self._remember:
                self._known.popitem(last=False)
        self._known.move_to_end(where)
        return known

    def warm(self) -> None:
        """Prepare now what the first search and the first filter would otherwise wait for."""
        self._searchable()
        self._by_value()

    def _searchable(self) -> dict[str, str]:
        if self._searched is None:
            self._searched = {item.id: searchable(item) for item in self._dossier.implications}
        return self._searched

    def _by_value(self) -> dict[tuple[str, object], list[Implication]]:
        """The implications of each (field, value), in file order."""
        if self._grouped is None:
            grouped: dict[tuple[str, object], list[Implication]] = {}
            for item in self._dossier.implications:
                for actor in item.affects:  # each once: the models check it
                    grouped.setdefault(("actors", actor), []).append(item)
                for field, label in LABELLED:
                    grouped.setdefault((field, getattr(item, label)), []).append(item)
            self._grouped = grouped
        return self._grouped

    def _within(self, where: ImplicationFilter) -> Dossier:
        wider = [rows for seen, rows in self._known.items() if narrows(seen, where)]
        for field in _FIELDS:
            values = set(getattr(where, field))
            if len(values) == 1:  # all it keeps have that value
                wider.append(self._by_value().get((field, values.pop()), []))
        if not wider:
            return self._dossier
        fewest = min(wider, key=len)
        return self._dossier.model_copy(update={"implications": tuple(fewest)})
