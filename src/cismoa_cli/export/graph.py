"""The actor graph, as Graphviz DOT and as a Mermaid flowchart.

Relations join two actors (no direction); implications run from who asserts them (an
actor, the article's own voice, or critics) to each actor they affect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Dossier
from ..query import Selection
from ..textio import visible
from ..vocabulary import ARTICLE_VOICE, CRITICS, Direction

_VOICE_NAMES = {ARTICLE_VOICE: "the article", CRITICS: "critics"}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str
    directed: bool
    direction: Direction | None = None  # implications only


def graph(selection: Selection, *, implications: bool = True) -> tuple[dict[str, str], list[Edge]]:
    """Nodes (id to label) and edges of the selection's actor graph."""
    dossier: Dossier = selection.dossier
    nodes = {actor.id: actor.name for actor in dossier.actors}
    edges = [Edge(*r.actors, r.kind.value, directed=False) for r in dossier.relations]
    if implications:
        for item in dossier.implications:
            nodes.setdefault(item.asserted_by, _VOICE_NAMES.get(item.asserted_by, item.asserted_by))
            label = f"{item.id} {item.direction.value}, {item.certainty.value}"
            edges += [
                Edge(item.asserted_by, affected, label, directed=True, direction=item.direction)
                for affected in item.affects
            ]
    return nodes, edges


_DOT_COLOUR = {Direction.RISK: "red", Direction.BENEFIT: "darkgreen", Direction.MIXED: "orange"}


def to_dot(selection: Selection) -> str:
    nodes, edges = graph(selection)
    lines = ["digraph cismoa {", "  rankdir=LR;", "  node [shape=box, style=rounded];"]
    lines += [f"  {_dot(node)} [label={_dot(label)}];" for node, label in nodes.items()]
    for edge in edges:
        attributes = [f"label={_dot(edge.label)}"]
        if edge.directed:
            attributes.append("style=dashed")
            if edge.direction in _DOT_COLOUR:
                attributes.append(f"color={_DOT_COLOUR[edge.direction]}")
        else:
            attributes += ["dir=none", "penwidth=2"]
        lines.append(f"  {_dot(edge.source)} -> {_dot(edge.target)} [{', '.join(attributes)}];")
    return "\n".join([*lines, "}"]) + "\n"


def _dot(text: str) -> str:
    """A DOT quoted string: backslashes and quotes escaped, control characters spelled out."""
    escaped = visible(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def to_mermaid(selection: Selection, *, implications: bool = True) -> str:
    nodes, edges = graph(selection, implications=implications)
    lines = ["flowchart LR"]
    lines += [f'  {_mermaid_id(node)}["{_mermaid_text(label)}"]' for node, label in nodes.items()]
    for edge in edges:
        arrow = "-.->" if edge.directed else "---"
        label = _mermaid_text(edge.label)
        lines.append(f"  {_mermaid_id(edge.source)} {arrow}|{label}| {_mermaid_id(edge.target)}")
    return "\n".join(lines) + "\n"


def _mermaid_id(node: str) -> str:
    # Mermaid ids are bare words; prefixing keeps words such as "end" from being keywords.
    return "n_" + re.sub(r"\W", "_", node)


def _mermaid_text(text: str) -> str:
    """Label text with Mermaid's entity codes for the characters its syntax uses."""
    return "".join(f"#{ord(c)};" if c in '"#|<>[](){}`&;' else c for c in visible(text))
