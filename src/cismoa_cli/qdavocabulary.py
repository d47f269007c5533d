"""How a dossier reads as a REFI-QDA coding: the vocabulary `export qdpx` writes and
`import qdpx` reads, in one place both import (so `export/` never imports `qda/`).

- The codebook has one group of codes per facet (:class:`Facet`): a code per actor, per
  word of each vocabulary, per voice and per hedge.
- Every quote of an item is one coded span (a plain-text selection) coded with every facet
  of that item: an implication's span carries its item type, the actors it affects, its
  domain, direction, certainty, horizon, voice and hedge.
- What a code cannot say, the item's id and its statement, is the span's description, in
  a record: the first line ``ID (kind)``, the rest the statement. An actor code's
  description is the actor's record: ``ID (actor)``, a line ``aliases: [...]`` (JSON), then
  its summary.
- Every GUID is a UUID 5 under a fixed namespace and the article's SHA-256, so the same
  dossier always gives the same project.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from .models import Actor, Dossier, Implication, Interest, Relation, Voice
from .vocabulary import (
    ARTICLE_VOICE,
    ActorKind,
    Certainty,
    Direction,
    Horizon,
    RelationKind,
)

# The items a project codes as spans (a voice is a code of its own, not a span).
Coded = Actor | Interest | Relation | Implication
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
ORIGIN = "cismoa"
# Fixed for good: changing it changes every GUID cismoa has ever exported.
GUID_NAMESPACE = uuid.UUID("5f0c2a8e-3d4b-5b7e-9c1a-6e2f8d4b7a90")
# The project's description: how to read it, and how to keep a span with its item.
GUIDE = (
    "Exported by cismoa. Each coded span cites one item of the dossier: its description "
    "starts with the item's id and kind, e.g. 'IMP-01 (implication)', followed by the "
    "item's statement; its codes are the item's facets (actors, domain, direction, "
    "certainty, horizon, voice, hedge). Relations are also links between two actor codes. "
    "Keep the first line of a description to keep a span with its item when importing "
    "back with `cismoa import qdpx`."
)


class Facet(str, Enum):
    """A code group: one facet of the items, named as the QDA tool shows it."""

    ITEM_TYPES = "item types"
    ACTORS = "actors"
    ACTOR_KINDS = "actor kinds"
    RELATION_KINDS = "relation kinds"
    DOMAINS = "domains"
    DIRECTIONS = "directions"
    CERTAINTIES = "certainties"
    HORIZONS = "horizons"
    VOICES = "voices"
    HEDGES = "hedges"
    CONDITIONS = "conditions"


class ItemType(str, Enum):
    ACTOR = "actor"
    INTEREST = "interest"
    RELATION = "relation"
    IMPLICATION = "implication"


# The facets whose codes are exactly the words of a vocabulary.
VOCABULARIES: dict[Facet, type[Enum]] = {
    Facet.ITEM_TYPES: ItemType,
    Facet.ACTOR_KINDS: ActorKind,
    Facet.RELATION_KINDS: RelationKind,
    Facet.DIRECTIONS: Direction,
    Facet.CERTAINTIES: Certainty,
    Facet.HORIZONS: Horizon,
}

# The facets each kind of item has, as :func:`item_codes` codes them.
ITEM_FACETS = {
    ItemType.ACTOR: {Facet.ITEM_TYPES, Facet.ACTORS, Facet.ACTOR_KINDS},
    ItemType.INTEREST: {
        Facet.ITEM_TYPES,
        Facet.ACTORS,
        Facet.CERTAINTIES,
        Facet.VOICES,
        Facet.HEDGES,
    },
    ItemType.RELATION: {
        Facet.ITEM_TYPES,
        Facet.ACTORS,
        Facet.RELATION_KINDS,
        Facet.CERTAINTIES,
        Facet.VOICES,
        Facet.HEDGES,
    },
    ItemType.IMPLICATION: {
        Facet.ITEM_TYPES,
        Facet.ACTORS,
        Facet.DOMAINS,
        Facet.DIRECTIONS,
        Facet.CERTAINTIES,
        Facet.HORIZONS,
        Facet.VOICES,
        Facet.HEDGES,
        Facet.CONDITIONS,
    },
}

_DIRECTION_COLOURS = {
    Direction.RISK.value: "#C0392B",
    Direction.BENEFIT.value: "#1E8449",
    Direction.MIXED.value: "#B9770E",
    Direction.NEUTRAL.value: "#7F8C8D",
}

_DESCRIPTIONS = {
    Facet.ITEM_TYPES: "Which kind of item a coded span cites.",
    Facet.ACTORS: "The actors: whom an item is about (an interest's actor, a relation's "
    "two actors, the actors an implication affects).",
    Facet.ACTOR_KINDS: "What kind of actor the article names.",
    Facet.RELATION_KINDS: "How two actors stand to each other.",
    Facet.DOMAINS: "Where an implication falls.",
    Facet.DIRECTIONS: "Which way an implication cuts.",
    Facet.CERTAINTIES: "How firmly the article states an implication, from its own hedges.",
    Facet.HORIZONS: "When the article says an implication comes.",
    Facet.VOICES: "On whose word an implication stands: the article's, a voice's or an actor's.",
    Facet.HEDGES: "The article's own hedging words, verbatim.",
    Facet.CONDITIONS: "The condition an implication holds on, verbatim.",
}
_VOICE_DESCRIPTIONS = {
    ARTICLE_VOICE: "The author's own voice.",
}


@dataclass(frozen=True)
class Code:
    """One code: the facet it belongs to and the word the data uses for it."""

    facet: Facet
    value: str  # "risk", an actor id, a hedge
    name: str  # what the QDA tool shows
    description: str | None = None
    colour: str | None = None


def codebook(dossier: Dossier) -> list[tuple[Facet, list[Code]]]:
    """Each facet with its codes, in a fixed order: a code for every actor, every word of
    every vocabulary (used or not), every voice and every hedge the dossier uses."""
    groups: dict[Facet, list[Code]] = {facet: [] for facet in Facet}
    for facet, words in VOCABULARIES.items():
        for word in words:
            colour = _DIRECTION_COLOURS.get(word.value) if facet is Facet.DIRECTIONS else None
            groups[facet].append(Code(facet, word.value, word.value, colour=colour))
    described = {d.name: d.description for d in dossier.domains}
    groups[Facet.DOMAINS] = [
        Code(Facet.DOMAINS, d, d, described.get(d)) for d in dossier.domain_names()
    ]
    groups[Facet.ACTORS] = [
        Code(Facet.ACTORS, a.id, a.name, actor_record(a)) for a in dossier.actors
    ]
    voices = {v.id: voice_record(v) for v in dossier.voices}
    voices |= {a.id: f"{a.name}, on its own word." for a in dossier.actors}
    groups[Facet.VOICES] = [
        Code(Facet.VOICES, v, v, description)
        for v, description in ({**_VOICE_DESCRIPTIONS, **voices}).items()
    ]
    claims = [item for _, _, item in dossier.claims()]
    hedges = dict.fromkeys(i.hedge for i in claims if i.hedge is not None)
    groups[Facet.HEDGES] = [Code(Facet.HEDGES, h, h) for h in hedges]
    conditions = dict.fromkeys(i.condition for i in dossier.implications if i.condition)
    groups[Facet.CONDITIONS] = [Code(Facet.CONDITIONS, c, c) for c in conditions]
    return list(groups.items())


def group_description(facet: Facet) -> str:
    return _DESCRIPTIONS[facet]


def item_type(item: Coded) -> ItemType:
    return {
        Actor: ItemType.ACTOR,
        Interest: ItemType.INTEREST,
        Relation: ItemType.RELATION,
        Implication: ItemType.IMPLICATION,
    }[type(item)]


def item_codes(item: Coded) -> list[tuple[Facet, str]]:
    """Every facet of an item as (facet, value) pairs, in the order they are coded."""
    codes: list[tuple[Facet, str]] = [(Facet.ITEM_TYPES, item_type(item).value)]
    if isinstance(item, Actor):
        codes += [(Facet.ACTORS, item.id), (Facet.ACTOR_KINDS, item.kind.value)]
    elif isinstance(item, Interest | Relation):
        if isinstance(item, Interest):
            codes.append((Facet.ACTORS, item.actor))
        else:
            codes += [(Facet.ACTORS, a) for a in item.actors]
            codes.append((Facet.RELATION_KINDS, item.kind.value))
        codes += [(Facet.CERTAINTIES, item.certainty.value), (Facet.VOICES, item.asserted_by)]
        if item.hedge is not None:
            codes.append((Facet.HEDGES, item.hedge))
    else:
        codes += [(Facet.ACTORS, a) for a in item.affects]
        codes += [
            (Facet.DOMAINS, item.domain),
            (Facet.DIRECTIONS, item.direction.value),
            (Facet.CERTAINTIES, item.certainty.value),
            (Facet.HORIZONS, item.horizon.value),
            (Facet.VOICES, item.asserted_by),
        ]
        if item.hedge is not None:
            codes.append((Facet.HEDGES, item.hedge))
        if item.condition is not None:
            codes.append((Facet.CONDITIONS, item.condition))
    return codes


def span_record(item: Coded) -> str:
    """A coded span's description: ``ID (kind)``, then the statement (none for an actor)."""
    head = header(item.id, item_type(item))
    return head if isinstance(item, Actor) else f"{head}\n{item.statement}"


VOICE = "voice"  # the kind a voice code's description names


def voice_record(voice: Voice) -> str:
    """A voice code's description: ``ID (voice)``, then its fields as JSON, quotes too (they
    are not coded spans: a voice is who speaks, not a claim)."""
    fields = {k: v for k, v in voice.model_dump().items() if k != "id"}
    return f"{voice.id} ({VOICE})\n{json.dumps(fields, ensure_ascii=False)}"


def actor_record(actor: Actor) -> str:
    """An actor code's description: ``ID (actor)``, its aliases as JSON, its summary."""
    aliases = json.dumps(list(actor.aliases), ensure_ascii=False)
    return f"{header(actor.id, ItemType.ACTOR)}\naliases: {aliases}\n{actor.summary}"


def header(item_id: str, kind: ItemType) -> str:
    return f"{item_id} ({kind.value})"


_HEADER = re.compile(r"([A-Za-z0-9][A-Za-z0-9_.-]{0,63}) \((actor|interest|relation|implication)\)")


@dataclass(frozen=True)
class Record:
    """A description read back: the item's id and kind, and the text after the first line."""

    item_id: str
    kind: ItemType
    rest: str | None  # None when the description is the header alone


def read_record(description: str) -> Record | None:
    """The record a description holds, or None if its first line is not ``ID (kind)``."""
    first, newline, rest = description.partition("\n")
    found = _HEADER.fullmatch(first)
    if found is None:
        return None
    return Record(found.group(1), ItemType(found.group(2)), rest if newline else None)


class Guids:
    """The GUIDs of one dossier's project: UUID 5 names under its article's SHA-256."""

    def __init__(self, sha256: str) -> None:
        self._namespace = uuid.uuid5(GUID_NAMESPACE, sha256).bytes

    def of(self, *parts: object) -> str:
        """The GUID of the thing these parts name, such as ("code", facet, value): the
        UUID 5 of the parts joined by U+001F, as ``uuid.uuid5`` makes it."""
        return self.numbered(*parts)()

    def numbered(self, *parts: object) -> Callable[..., str]:
        """The GUIDs of the things these parts and then some numbers name: ``numbered("span",
        "IMP-1")(0)`` is ``of("span", "IMP-1", 0)``, with the parts hashed once for all."""
        # An Enum's str() differs between Python versions; its value does not.
        name = "\x1f".join([p.value if isinstance(p, Enum) else str(p) for p in parts])
        # uuid.uuid5's own steps without its UUID objects: a project makes one per coding.
        start = hashlib.sha1(self._namespace + name.encode("utf-8"))

        def guid(*numbers: int) -> str:
            digest = start.copy()
            digest.update("".join([f"\x1f{n}" for n in numbers]).encode("ascii"))
            found = bytearray(digest.digest()[:16])
            found[6] = (found[6] & 0x0F) | 0x50  # version 5
            found[8] = (found[8] & 0x3F) | 0x80  # RFC 4122 variant
            h = found.hex()
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

        return guid
