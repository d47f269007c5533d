"""The actor map and its diagrams: aggregated as promised, and drawn by the real tools
(Graphviz's dot, Mermaid's own parser) within Mermaid's default limits."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES
from tools import dot_graphs, generated, mermaid_parse, require

from cismoa_cli.export.actormap import ActorMap, actor_map
from cismoa_cli.export.graph import MERMAID_MAX_EDGES, MERMAID_MAX_TEXT, to_dot, to_mermaid
from cismoa_cli.models import Dossier
from cismoa_cli.query import ImplicationFilter, Selection, select
from cismoa_cli.store import Loaded, load
from cismoa_cli.vocabulary import Direction, RelationKind

SVG = "{http://www.w3.org/2000/svg}"
MERMAID_LINK = re.compile(r"^  (\w+) (\S+)\|\"([^\"]*)\"\| (\w+)$")
MERMAID_NODE = re.compile(r"^ {2,4}(\w+)(\[\"|\(\[\")")


def mini_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "mini" / "claims.json").read_text("utf-8"))
    return data


def selection_of(data: dict[str, Any]) -> Selection:
    return select(Dossier.model_validate(data), ImplicationFilter())


def mini() -> Selection:
    return selection_of(mini_json())


def hostile() -> Selection:
    return select(load(FIXTURES / "hostile" / "claims.json").dossier, ImplicationFilter())


def every_kind() -> Selection:
    """The mini dossier with one relation of each kind between its two actors, and two
    actors whose ids differ only in "-" and "_"."""
    data = mini_json()
    relation = data["relations"][0]
    data["relations"] = [
        {**relation, "id": f"REL-{kind.value}", "kind": kind.value} for kind in RelationKind
    ]
    actor = data["actors"][0]
    data["actors"] += [
        {**actor, "id": "S-AS", "name": "South Asia (dash)", "aliases": []},
        {**actor, "id": "S_AS", "name": "South Asia (underscore)", "aliases": []},
    ]
    data["implications"][0]["affects"] = ["S-AS"]
    data["implications"][1]["affects"] = ["S_AS", "BET"]
    return selection_of(data)


def crowded(actors: int) -> Selection:
    """A dossier with more actors, and so more arrows, than Mermaid draws: actor n is
    affected by n % 7 + 1 implications, all in the article's voice."""
    data = mini_json()
    actor, item = data["actors"][0], data["implications"][1]
    ids = [f"X{n:04d}" for n in range(actors)]
    data["actors"] += [{**actor, "id": i, "name": f"Actor {i}", "aliases": []} for i in ids]
    data["implications"] += [
        {**copy.deepcopy(item), "id": f"IMP-{i}-{k}", "affects": [i], "asserted_by": "article"}
        for n, i in enumerate(ids)
        for k in range(n % 7 + 1)
    ]
    return selection_of(data)


def expected_counts(selection: Selection) -> Counter[tuple[str, str, Direction]]:
    """Every (voice, affected actor, direction), counted straight from the implications."""
    return Counter(
        (item.asserted_by, affected, item.direction)
        for item in selection.dossier.implications
        for affected in item.affects
    )


def drawn_counts(chart: ActorMap) -> Counter[tuple[str, str, Direction]]:
    return Counter({(flow.voice, flow.actor, d): n for flow in chart.flows for d, n in flow.counts})


def mermaid_links(text: str) -> list[tuple[str, str, str, str]]:
    return [m.groups() for line in text.splitlines() if (m := MERMAID_LINK.match(line))]  # type: ignore[misc]


# --- the model ---------------------------------------------------------------------------


@pytest.mark.parametrize("make", [mini, hostile, every_kind, lambda: crowded(40)])
def test_flows_count_every_implication_once_per_affected_actor(make: Any) -> None:
    selection = make()
    chart = actor_map(selection)
    assert drawn_counts(chart) == expected_counts(selection)
    pairs = [(flow.voice, flow.actor) for flow in chart.flows]
    assert len(pairs) == len(set(pairs))  # one flow per voice and actor, never one per item


def test_flow_labels_name_each_direction() -> None:
    chart = actor_map(every_kind())
    labels = {(flow.voice, flow.actor): flow.marked_label for flow in chart.flows}
    assert labels == {
        ("critics", "S-AS"): "\u25bc 1 risk",
        ("article", "S_AS"): "\u25b2 1 benefit",
        ("article", "BET"): "\u25b2 1 benefit",
    }


def test_the_generated_map_grows_with_actors_not_implications() -> None:
    small, large = (actor_map(select(generated(n)[0], ImplicationFilter())) for n in (1000, 10000))
    assert len(small.actors) == len(large.actors) == 50
    assert len(large.flows) <= len(large.voices) * len(large.actors)
    assert sum(flow.total for flow in large.flows) == sum(
        len(item.affects) for item in generated(10000)[0].implications
    )


# --- DOT ---------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [None, mini, hostile, every_kind, lambda: crowded(40)])
def test_graphviz_draws_every_node_and_edge(make: Any, bundled: Loaded) -> None:
    """Graphviz's dot draws the map (None: the bundled data's), every node and edge in it."""
    dot = require("dot", "apt-get install graphviz")
    selection = make() if make else select(bundled.dossier, ImplicationFilter())
    chart = actor_map(selection)
    drawn = subprocess.run(
        [dot, "-Tsvg"], input=to_dot(selection), capture_output=True, text=True, timeout=120
    )
    assert drawn.returncode == 0, drawn.stderr
    svg = ET.fromstring(drawn.stdout)
    groups = Counter(g.get("class") for g in svg.iter(f"{SVG}g"))
    voices = [v for v in chart.voices if not v.is_actor]
    assert groups["node"] == len(chart.actors) + len(voices) + 1  # and the legend
    assert groups["edge"] == len(chart.ties) + len(chart.flows)
    texts = " ".join(t.text or "" for t in svg.iter(f"{SVG}text"))
    assert "Actor map:" in texts and "Legend" in texts


def test_dot_styles_each_relation_kind_its_own_way() -> None:
    (graph,) = dot_graphs(to_dot(every_kind()))
    styles = {}
    for edge in graph.get_edges():
        attributes = edge.get_attributes()
        if attributes.get("label", "").strip('"') in {k.value for k in RelationKind}:
            kind = attributes.pop("label")
            styles[kind] = tuple(sorted(attributes.items()))
    assert len(styles) == len(RelationKind)
    assert len(set(styles.values())) == len(RelationKind)


def test_dot_nodes_never_share_an_id() -> None:
    (graph,) = dot_graphs(to_dot(every_kind()))
    nodes = [*graph.get_nodes(), *(n for sub in graph.get_subgraphs() for n in sub.get_nodes())]
    names = {n.get_name() for n in nodes} - {"node", "edge", "graph"}
    chart = actor_map(every_kind())
    assert {'"S-AS"', '"S_AS"'} <= names
    assert len(names) == len(chart.actors) + len(chart.voices) + 1  # and the legend


# --- Mermaid -----------------------------------------------------------------------------


def test_mermaid_ids_never_collide() -> None:
    text = to_mermaid(every_kind())
    nodes = [m.group(1) for line in text.splitlines() if (m := MERMAID_NODE.match(line))]
    chart = actor_map(every_kind())
    assert len(nodes) == len(set(nodes))
    assert len([n for n in nodes if not n.startswith("legend_")]) == len(chart.actors) + len(
        chart.voices
    )
    # The two South Asias stay two: each receives its own arrow.
    dash, underscore = (f"a{n}" for n, a in enumerate(chart.actors) if a.id in ("S-AS", "S_AS"))
    targets = [target for _, arrow, _, target in mermaid_links(text) if arrow == "-->"]
    assert dash in targets and underscore in targets


def test_mermaid_for_the_brief_has_actors_and_relations_only() -> None:
    text = to_mermaid(every_kind(), implications=False)
    links = mermaid_links(text)
    assert len(links) == len(RelationKind)
    assert {label for _, _, label, _ in links} == {k.value for k in RelationKind}
    assert "voice" not in "".join(
        line for line in text.splitlines() if MERMAID_NODE.match(line) and "legend" not in line
    )


@pytest.mark.parametrize("count", [1000, 10000, 100000])
def test_mermaid_stays_within_its_limits_at_every_generated_size(count: int) -> None:
    text = to_mermaid(select(generated(count)[0], ImplicationFilter()))
    assert len(text.encode("utf-16-le")) // 2 <= MERMAID_MAX_TEXT
    assert len(mermaid_links(text)) <= MERMAID_MAX_EDGES
    assert "left out" not in text  # nothing had to go


def test_a_map_too_large_loses_its_weakest_arrows_and_says_so() -> None:
    selection = crowded(700)
    text = to_mermaid(selection)
    assert text == to_mermaid(selection)
    links = mermaid_links(text)
    assert len(links) <= MERMAID_MAX_EDGES and len(text) <= MERMAID_MAX_TEXT
    chart = actor_map(selection)
    every_link = len(chart.ties) + len(chart.flows)
    assert every_link > MERMAID_MAX_EDGES
    assert re.search(
        rf"\d+ of {every_link} links (and \d+ actors )?left out, the weakest first", text
    )
    kept = [
        sum(map(int, re.findall(r"\d+", label))) for _, arrow, label, _ in links if arrow == "-->"
    ]
    everything = sorted((flow.total for flow in chart.flows), reverse=True)
    assert sorted(kept, reverse=True) == everything[: len(kept)]
    assert sum(1 for _, arrow, _, _ in links if arrow == "===") == 1  # the relation stays


def test_mermaid_parses_in_mermaid(tmp_path: Path, bundled: Loaded) -> None:
    diagrams = {
        "bundled": to_mermaid(select(bundled.dossier, ImplicationFilter())),
        "mini": to_mermaid(mini()),
        "hostile": to_mermaid(hostile()),
        "every-kind": to_mermaid(every_kind()),
        "brief": to_mermaid(every_kind(), implications=False),
        "crowded": to_mermaid(crowded(700)),
        "generated-10k": to_mermaid(select(generated(10000)[0], ImplicationFilter())),
        "generated-100k": to_mermaid(select(generated(100000)[0], ImplicationFilter())),
    }
    files = []
    for name, text in diagrams.items():
        files.append(tmp_path / f"{name}.mmd")
        files[-1].write_text(text, encoding="utf-8")
    parsed = mermaid_parse(files)
    assert parsed.returncode == 0, parsed.stdout + parsed.stderr
    assert parsed.stdout.splitlines() == [f"{f}: flowchart-v2" for f in files]


def test_mermaid_parser_rejects_a_broken_diagram(tmp_path: Path) -> None:
    """The parser really parses: a diagram cut in half fails."""
    broken = tmp_path / "broken.mmd"
    broken.write_text(to_mermaid(every_kind()).replace('"]:::', '":::', 1), encoding="utf-8")
    parsed = mermaid_parse([broken])
    assert parsed.returncode == 1 and f"{broken}: error:" in parsed.stdout
