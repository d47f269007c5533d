"""The actor map as Graphviz DOT and as a Mermaid flowchart.

Both draw :func:`~cismoa_cli.export.actormap.actor_map`: actors sized or labelled by how
many implications touch them and filled by their lean, the voices (the article, critics)
in a shape of their own, relations styled by kind and labelled with it, and one arrow per
voice and affected actor, labelled with its counts ("▼ 6 risks, ▲ 3 benefits") and coloured
by direction. No two nodes can share an id: DOT quotes the actors' own ids (voices and
the legend have a colon, which actor ids cannot), Mermaid numbers them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..query import Selection
from ..textio import counted, visible
from ..vocabulary import Direction, RelationKind
from .actormap import (
    DIRECTION_MARKS,
    DIRECTIONS,
    ActorMap,
    ActorNode,
    Flow,
    Lean,
    Tie,
    Voice,
    actor_map,
)
from .palette import DIRECTION_COLOURS, LEAN_FILLS, TIE_STYLES, VOICE_FILL

_FONT = "DejaVu Sans,Verdana,Helvetica,Arial,sans-serif"
_SUBTITLE = "arrows: who says what about whom, by direction; lines: relations, by kind"


# --- DOT ---------------------------------------------------------------------------------


def to_dot(selection: Selection) -> str:
    """The actor map as a Graphviz digraph, with a title and a legend."""
    chart = actor_map(selection)
    title = _dot_lines([f"Actor map: {chart.title}", _SUBTITLE], end="\\l")
    lines = [
        "digraph cismoa {",
        f'  graph [label={title}, labelloc=t, labeljust=l, fontsize=16, fontname="{_FONT}",'
        " rankdir=LR, nodesep=0.35, ranksep=1.2];",
        f'  node [fontname="{_FONT}", fontsize=11];',
        f'  edge [fontname="{_FONT}", fontsize=10];',
    ]
    spoken = [v for v in chart.voices if not v.is_actor]
    if spoken:
        lines += [
            "  subgraph cluster_voices {",
            '    graph [label="who says it", style="rounded,dashed", color="#9ca3af",'
            " fontsize=11];",
            *(f"    {_dot_voice(voice)}" for voice in spoken),
            "  }",
        ]
    lines += [f"  {_dot_actor(actor)}" for actor in chart.actors]
    lines += [f"  {_dot_tie(tie)}" for tie in chart.ties]
    voices = {v.id: v for v in chart.voices}
    lines += [f"  {_dot_flow(flow, voices[flow.voice])}" for flow in chart.flows]
    lines += _dot_legend()
    return "\n".join([*lines, "}"]) + "\n"


def _dot_voice_id(voice: Voice) -> str:
    return _dot(voice.id) if voice.is_actor else _dot(f"voice:{voice.id}")


def _dot_voice(voice: Voice) -> str:
    fill, line = VOICE_FILL
    label = _dot_lines([voice.name, counted(voice.implications, "implication")])
    return (
        f'{_dot_voice_id(voice)} [label={label}, shape=note, style=filled, fillcolor="{fill}",'
        f' color="{line}"];'
    )


def _dot_actor(actor: ActorNode) -> str:
    fill, line = LEAN_FILLS[actor.lean]
    label = _dot_lines([actor.name, f"{actor.lean.mark} {actor.summary}".strip()])
    size = math.sqrt(actor.implications)
    return (
        f"{_dot(actor.id)} [label={label}, shape=ellipse, style=filled,"
        f' fillcolor="{fill}", color="{line}", penwidth=1.5,'
        f" width={1.4 + 0.22 * size:.2f}, height={0.6 + 0.12 * size:.2f}];"
    )


def _dot_tie(tie: Tie) -> str:
    first, second = (_dot(a) for a in tie.actors)
    return f"{first} -> {second} [label={_dot(tie.kind.value)}, {_dot_tie_style(tie.kind)}];"


def _dot_tie_style(kind: RelationKind) -> str:
    style = TIE_STYLES[kind]
    colour = f"{style.colour}:invis:{style.colour}" if style.double else style.colour
    attributes = [f'color="{colour}"', f'fontcolor="{style.colour}"', f"penwidth={style.width}"]
    if style.dash:
        attributes.append("style=dotted" if kind is RelationKind.DEPENDENCY else "style=dashed")
    if style.barred:
        attributes += ["dir=both", "arrowhead=tee", "arrowtail=tee"]
    else:
        attributes.append("dir=none")
    return ", ".join(attributes)


def _dot_flow(flow: Flow, voice: Voice) -> str:
    strands = ":".join(DIRECTION_COLOURS[direction] for direction, _ in flow.counts)
    return (
        f"{_dot_voice_id(voice)} -> {_dot(flow.actor)} [label={_dot(flow.marked_label)},"
        f' color="{strands}", fontcolor="{_flow_colour(flow)}",'
        f" penwidth={1 + min(flow.total, 16) / 8:.2f}];"
    )


def _dot_legend() -> list[str]:
    """A table of one sample of each fill, shape and line the map uses.

    The table is Graphviz's HTML-like label, built from fixed words only (no data)."""
    rows = [
        f'<tr><td bgcolor="{LEAN_FILLS[each][0]}" border="1" color="{LEAN_FILLS[each][1]}">'
        f'{each.mark}</td><td align="left">actor {each.words}</td></tr>'
        for each in (Lean.RISK, Lean.BENEFIT, Lean.EVEN)
    ]
    rows.append(
        f'<tr><td bgcolor="{VOICE_FILL[0]}" border="1" color="{VOICE_FILL[1]}"> </td>'
        '<td align="left">a voice: who says it</td></tr>'
    )
    for kind in RelationKind:
        style = TIE_STYLES[kind]
        rows.append(
            f'<tr><td><font color="{style.colour}">{_LINE_SAMPLES[kind]}</font></td>'
            f'<td align="left">{kind.value} ({style.description})</td></tr>'
        )
    for direction in DIRECTIONS:
        rows.append(
            f'<tr><td><font color="{DIRECTION_COLOURS[direction]}">'
            f"{DIRECTION_MARKS[direction]} \u2500\u2500\u25b6</font></td>"
            f'<td align="left">implications: {direction.value}</td></tr>'
        )
    table = "".join(rows)
    # Outside any cluster, so that it can take the last rank: beside the map, not above it.
    return [
        '  "legend" [shape=plain, fontsize=10, label=<<table border="1" style="rounded"'
        ' color="#9ca3af" cellborder="0" cellspacing="2" cellpadding="2">'
        f'<tr><td colspan="2" align="left"><b>Legend</b></td></tr>{table}</table>>];',
        '  { rank=sink; "legend" }',
    ]


_LINE_SAMPLES = {
    RelationKind.AGREEMENT: "\u2550\u2550\u2550\u2550",
    RelationKind.ALLIANCE: "\u2501\u2501\u2501\u2501",
    RelationKind.PARTNERSHIP: "\u2500\u2500\u2500\u2500",
    RelationKind.RIVALRY: "\u2524\u254c\u254c\u251c",
    RelationKind.DEPENDENCY: "\u2508\u2508\u2508\u2508",
}


def _dot(text: str) -> str:
    """A DOT quoted string: backslashes and quotes escaped, control characters spelled out."""
    return _dot_lines([text])


def _dot_lines(lines: Sequence[str], end: str = "\\n") -> str:
    """A DOT quoted string of several lines, each escaped; ``end`` ends each line but the
    last, or every line when it is ``\\l`` (left-justified)."""
    escaped = [visible(line).replace("\\", "\\\\").replace('"', '\\"') for line in lines]
    text = end.join(escaped)
    return f'"{text}{end}"' if end == "\\l" else f'"{text}"'


def _flow_colour(flow: Flow) -> str:
    """Red for a flow of more risks, green for more benefits, else grey."""
    if flow.lean is Lean.RISK:
        return DIRECTION_COLOURS[Direction.RISK]
    if flow.lean is Lean.BENEFIT:
        return DIRECTION_COLOURS[Direction.BENEFIT]
    return DIRECTION_COLOURS[Direction.NEUTRAL]


# --- Mermaid -----------------------------------------------------------------------------

# Mermaid's defaults: a longer diagram shows an error instead, and so does one with more
# links (GitHub keeps the defaults).
MERMAID_MAX_TEXT = 50_000
MERMAID_MAX_EDGES = 500
_MERMAID_NAME = 60  # longer names are cut, with an ellipsis, to keep inside the limits

_MERMAID_CLASSES = [
    "classDef voice fill:{},stroke:{},stroke-dasharray:4 3,color:#111".format(*VOICE_FILL),
    *(
        "classDef {} fill:{},stroke:{},color:#111".format(each.value, *LEAN_FILLS[each])
        for each in Lean
    ),
    "classDef note fill:none,stroke:none,color:#555",
]
_MERMAID_LINKS = {
    RelationKind.AGREEMENT: "===",
    RelationKind.ALLIANCE: "<==>",
    RelationKind.PARTNERSHIP: "---",
    RelationKind.RIVALRY: "x-.-x",
    RelationKind.DEPENDENCY: "-.-",
}


@dataclass(frozen=True)
class _Link:
    source: str
    target: str
    arrow: str
    label: str
    style: str  # a linkStyle declaration: stroke, width, dashes


def to_mermaid(selection: Selection, *, implications: bool = True, title: bool = True) -> str:
    """The actor map as a Mermaid flowchart, inside Mermaid's default limits.

    Without ``implications``, only actors and their relations; without ``title``, no title
    (for a map under a heading of its own). A map too large for the limits loses its
    weakest arrows first (then its least touched actors), and says so.
    """
    chart = actor_map(selection)
    ids = {actor.id: f"a{n}" for n, actor in enumerate(chart.actors)}
    voices = chart.voices if implications else ()
    ids |= {v.id: f"v{n}" for n, v in enumerate(voices) if not v.is_actor}
    links = [_mermaid_tie(tie, ids) for tie in chart.ties]
    weights = [math.inf] * len(links)  # relations go last, and only if they must
    if implications:
        links += [_mermaid_flow(flow, ids) for flow in chart.flows]
        weights += [flow.total for flow in chart.flows]
    # When the map is too large, the weakest links go first (relations last of all), and
    # the actors left without a link go before any link does.
    ranked = sorted(range(len(links)), key=lambda n: (-weights[n], n))
    by_touch = [a.id for a in sorted(chart.actors, key=lambda a: -a.implications)]

    def render(kept_links: int, extra_actors: int) -> str:
        chosen = sorted(ranked[:kept_links])
        linked = {end for n in chosen for end in (links[n].source, links[n].target)}
        shown = {a for a in by_touch if ids[a] in linked}
        shown.update([a for a in by_touch if a not in shown][:extra_actors])
        note = _mermaid_cut(len(links) - len(chosen), len(links), len(chart.actors) - len(shown))
        kept = [links[n] for n in chosen]
        return _mermaid_text(chart, ids, voices, shown, kept, note, titled=title)

    everything = render(len(links), len(chart.actors))
    if _fits(everything, len(links)):
        return everything
    kept = _most(min(len(links), MERMAID_MAX_EDGES), lambda k: _fits(render(k, 0), k))
    extra = _most(len(chart.actors), lambda m: _fits(render(kept, m), kept))
    return render(kept, extra)


def _fits(text: str, links: int) -> bool:
    # Mermaid counts the text in UTF-16 code units, as JavaScript strings do.
    return len(text.encode("utf-16-le")) // 2 <= MERMAID_MAX_TEXT and links <= MERMAID_MAX_EDGES


def _most(upper: int, fits: Callable[[int], bool]) -> int:
    """The largest n in 0..upper for which ``fits(n)`` holds (fits is monotone), else 0."""
    low, high = 0, upper
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _mermaid_cut(links: int, of_links: int, actors: int) -> str | None:
    if not links and not actors:
        return None
    left = [f"{links} of {of_links} links"] if links else []
    left += [f"{actors} actors"] if actors else []
    return (
        f"{' and '.join(left)} left out, the weakest first, to stay within Mermaid's limits"
        f" ({MERMAID_MAX_TEXT:,} characters, {MERMAID_MAX_EDGES} links)"
    )


def _mermaid_text(
    chart: ActorMap,
    ids: dict[str, str],
    voices: Sequence[Voice],
    shown: set[str],
    links: Sequence[_Link],
    note: str | None,
    *,
    titled: bool,
) -> str:
    title = _yaml_string(f"Actor map: {chart.title}")
    lines = ["---", f"title: {title}", "---"] if titled else []
    lines.append("flowchart LR")
    classes = len(lines)
    for voice in voices:
        if not voice.is_actor:
            label = _label(voice.name, counted(voice.implications, "implication"))
            lines.append(f'  {ids[voice.id]}(["{label}"]):::voice')
    for actor in chart.actors:
        if actor.id in shown:
            label = _label(actor.name, f"{actor.lean.mark} {actor.summary}".strip())
            lines.append(f'  {ids[actor.id]}["{label}"]:::{actor.lean.value}')
    for link in links:
        lines.append(f'  {link.source} {link.arrow}|"{link.label}"| {link.target}')
    styles: dict[str, list[str]] = {}
    for n, link in enumerate(links):
        styles.setdefault(link.style, []).append(str(n))
    lines += [f"  linkStyle {','.join(numbers)} {style}" for style, numbers in styles.items()]
    # Every actor's label and every relation's says in words what its look means; the
    # arrows' marks and the voices' shape need a legend, so a map without them has none.
    legend: list[str] = []
    if voices:
        legend += [
            f'    legend_{each.value}["{each.mark} actor {each.words}"]:::{each.value}'
            for each in (Lean.RISK, Lean.BENEFIT, Lean.EVEN)
        ]
        legend.append('    legend_voice(["a voice: who says it"]):::voice')
        marks = " ".join(f"{DIRECTION_MARKS[d]} {d.value}" for d in DIRECTIONS)
        legend.append(f'    legend_arrows["arrows: implications, {marks}"]:::note')
        legend.append('    legend_lines["lines: relations, labelled with their kind"]:::note')
    if note is not None:
        lines.insert(classes, f"  %% {note}")
        legend.append(f'    legend_cut["{note}"]:::note')
    if legend:
        lines += ['  subgraph legend["Legend"]', "    direction TB", *legend, "  end"]
        lines.append("  style legend fill:none,stroke:#9ca3af")
    used = [
        c for c in _MERMAID_CLASSES if any(line.endswith(f":::{c.split()[1]}") for line in lines)
    ]
    lines[classes:classes] = [f"  {c}" for c in used]
    return "\n".join(lines) + "\n"


def _mermaid_tie(tie: Tie, ids: dict[str, str]) -> _Link:
    style = TIE_STYLES[tie.kind]
    width = 3 if style.double else style.width
    declaration = f"stroke:{style.colour},stroke-width:{width}px"
    if style.dash:
        declaration += f",stroke-dasharray:{style.dash}"
    first, second = (ids[a] for a in tie.actors)
    return _Link(first, second, _MERMAID_LINKS[tie.kind], tie.kind.value, declaration)


def _mermaid_flow(flow: Flow, ids: dict[str, str]) -> _Link:
    colour = _flow_colour(flow)
    width = 1 + min(flow.total, 16) / 8
    declaration = f"stroke:{colour},stroke-width:{width:g}px"
    return _Link(ids[flow.voice], ids[flow.actor], "-->", flow.marked_label, declaration)


def _label(name: str, detail: str) -> str:
    if len(name) > _MERMAID_NAME:
        name = name[: _MERMAID_NAME - 1] + "\u2026"
    return f"{_mermaid_escape(name)}<br>{_mermaid_escape(detail)}"


def _mermaid_escape(text: str) -> str:
    """Label text with Mermaid's entity codes for the characters its syntax uses."""
    return "".join(f"#{ord(c)};" if c in '"#|<>[](){}`&;' else c for c in visible(text))


def _yaml_string(text: str) -> str:
    """A YAML double-quoted scalar on one line: control characters spelled out first."""
    return '"' + visible(text).replace("\\", "\\\\").replace('"', '\\"') + '"'
