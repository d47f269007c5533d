"""The actor map as SVG, laid out by cismoa itself (no Graphviz at run time).

Who says it stands in a column on the left; the actors in a column of their own, each a
circle sized by how many implications touch it and filled by its lean; each voice's
implications about an actor flow into it as one bundle, a strand per direction, labelled
with the counts ("▼ 6 risks, ▲ 3 benefits"); relations run on tracks on the right, drawn
and labelled by kind; a title above and a legend below.

Labels are placed from computed text widths (:mod:`textsize`) in lanes that cannot meet,
and the few placed freely (the relations' kinds) go to the first free place: no two nodes
or labels overlap, whatever the data. The same map always gives the same bytes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html import escape

from ..textio import counted, visible
from ..vocabulary import RelationKind
from .actormap import DIRECTION_MARKS, DIRECTIONS, ActorMap, ActorNode, Flow, Lean, Voice
from .svgcanvas import ASCENT, DESCENT, NAME_SIZE, SMALL_SIZE, TITLE_SIZE, Box, Canvas, cut, px
from .textsize import text_width

MAX_TITLE = 90
R_MIN = 9.0  # an actor's radius with no implications
R_MOST = 30.0  # the most touched actor's, in a map of a dozen actors or fewer
STRAND = 3.2  # between the strands of one flow
ARRIVAL = 24  # between the flows arriving at one actor
GAP = 16  # between rows, and between the map's parts
PAD = 16  # around the map
ARROW = 7.0
# A node's two lines of words: the name's baseline above the middle, the detail's below.
NAME_LIFT, DETAIL_DROP = 5.0, 14.0


@dataclass(frozen=True)
class Drawing:
    svg: str
    width: float
    height: float
    boxes: tuple[Box, ...]  # every node and label, as placed


@dataclass(frozen=True)
class _Row:
    actor: ActorNode
    y: float
    radius: float
    flows: tuple[Flow, ...]  # arriving, in voice order


def map_svg(chart: ActorMap) -> Drawing:
    """The actor map as one ``<svg>`` element; actor nodes carry ``data-actor``."""
    canvas = Canvas()
    title = cut(f"Actor map: {chart.title}", MAX_TITLE)
    subtitle = "who says what about whom (left), and how the actors stand to each other (right)"
    top = PAD + TITLE_SIZE + 8 + SMALL_SIZE + GAP + 8
    rows = _rows(chart, top)
    bottom = max((row.y + _below(row) for row in rows), default=top)
    # The columns, left to right: voices, the zone where flows bend, the lane holding
    # their labels, the actors' circles, the actors' labels, the relations' tracks.
    voice_width = max((_voice_width(v) for v in chart.voices), default=0.0)
    zone = 120 + min(bottom - top, 2000) * 0.05 if chart.voices else 0.0
    lane_start = PAD + voice_width + zone
    lane = max((text_width(f.marked_label, SMALL_SIZE) + 16 for f in chart.flows), default=0.0)
    largest = _largest(len(chart.actors))
    centre_x = lane_start + lane + largest + 6
    label_x = centre_x + largest + 10
    tracks_x = label_x + max((_name_width(row.actor) for row in rows), default=0.0) + 18

    voices = _voice_places(chart.voices, top, bottom)
    for row in rows:
        lane_end = centre_x - largest - 6
        _draw_flows(canvas, row, voices, PAD + voice_width, zone, (lane_start, lane_end), centre_x)
    for voice, y in voices.items():
        _draw_voice(canvas, voice, PAD, y, voice_width)
    for row in rows:
        _draw_actor(canvas, row, centre_x, label_x)
    right = _draw_ties(canvas, chart, {row.actor.id: row for row in rows}, label_x, tracks_x)
    canvas.text(PAD, PAD + TITLE_SIZE * ASCENT, title, TITLE_SIZE, "title")
    canvas.text(PAD, PAD + TITLE_SIZE + 8 + SMALL_SIZE * ASCENT, subtitle, SMALL_SIZE, "note")
    width = max(right, *(b.x1 for b in canvas.boxes), 560.0) + PAD
    height = _draw_legend(canvas, bottom + GAP * 2, width)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {px(width)}'
        f' {px(height)}" width="{px(width)}" height="{px(height)}" aria-labelledby="_map-title">'
        f'<title id="_map-title">{escape(title)}</title>'
    )
    return Drawing(head + "".join(canvas.parts) + "</svg>", width, height, tuple(canvas.boxes))


# --- rows and columns --------------------------------------------------------------------


def _largest(actors: int) -> float:
    """The most touched actor's radius: smaller when there are many, to keep rows short."""
    return max(14.0, min(R_MOST, R_MOST * math.sqrt(12 / max(actors, 1))))


def _rows(chart: ActorMap, top: float) -> list[_Row]:
    most = max((a.implications for a in chart.actors), default=0)
    largest = _largest(len(chart.actors))
    arriving: dict[str, list[Flow]] = {}
    for flow in chart.flows:
        arriving.setdefault(flow.actor, []).append(flow)
    rows: list[_Row] = []
    y = top
    for actor in chart.actors:
        radius = R_MIN + (largest - R_MIN) * math.sqrt(actor.implications / most) if most else R_MIN
        row = _Row(actor, 0.0, radius, tuple(arriving.get(actor.id, ())))
        y += _above(row)
        rows.append(_Row(actor, y, radius, row.flows))
        y += _below(row) + GAP
    return rows


def _spread(flows: int) -> float:
    """How far the outermost arriving flow lies from the row's middle."""
    return (flows - 1) / 2 * ARRIVAL if flows else 0.0


def _half(strands: int) -> float:
    return (strands - 1) / 2 * STRAND


def _above(row: _Row) -> float:
    flows = _spread(len(row.flows)) + _half(4) + 3.5 + SMALL_SIZE * (ASCENT + DESCENT)
    return max(row.radius, NAME_LIFT + NAME_SIZE * ASCENT, flows if row.flows else 0.0)


def _below(row: _Row) -> float:
    label = DETAIL_DROP + SMALL_SIZE * DESCENT
    return max(row.radius, label, _spread(len(row.flows)) + _half(4) + 1)


def _voice_width(voice: Voice) -> float:
    return (
        max(text_width(cut(voice.name), NAME_SIZE), text_width(_asserted(voice), SMALL_SIZE)) + 20
    )


def _voice_places(voices: Sequence[Voice], top: float, bottom: float) -> dict[Voice, float]:
    """Each voice's middle: stacked, and centred on the actors' column."""
    step = 40 + GAP * 1.5
    first = (top + bottom) / 2 - (len(voices) - 1) * step / 2
    return {voice: max(first, top + 20) + n * step for n, voice in enumerate(voices)}


# --- nodes -------------------------------------------------------------------------------


def _draw_voice(canvas: Canvas, voice: Voice, x: float, y: float, width: float) -> None:
    owner = f"voice:{voice.id}"
    canvas.boxes.append(Box(x, y - 20, x + width, y + 20, "node", owner))
    canvas.parts.append(
        f'<g class="voice" data-voice="{escape(voice.id)}">'
        f"<title>{escape(visible(voice.name))}: asserts {escape(_asserted(voice))}</title>"
        f'<rect class="node" x="{px(x)}" y="{px(y - 20)}" width="{px(width)}" height="40" rx="4"/>'
    )
    canvas.text(
        x + width / 2,
        y - NAME_LIFT,
        cut(voice.name),
        NAME_SIZE,
        "name",
        anchor="middle",
        owner=owner,
    )
    canvas.text(
        x + width / 2,
        y + DETAIL_DROP,
        _asserted(voice),
        SMALL_SIZE,
        "detail",
        anchor="middle",
        owner=owner,
    )
    canvas.parts.append("</g>")


def _draw_actor(canvas: Canvas, row: _Row, cx: float, label_x: float) -> None:
    actor, r, y = row.actor, row.radius, row.y
    owner = f"actor:{actor.id}"
    canvas.boxes.append(Box(cx - r, y - r, cx + r, y + r, "node", owner))
    tooltip = (
        f"{visible(actor.name)} ({actor.id}): {actor.implications} implications, "
        f"{actor.risks} risks, {actor.benefits} benefits; {actor.lean.words}"
    )
    canvas.parts.append(
        f'<g class="actor lean-{actor.lean.value}" data-actor="{escape(actor.id)}">'
        f'<a href="#{escape(actor.id)}"><title>{escape(tooltip)}</title>'
        f'<circle class="node" cx="{px(cx)}" cy="{px(y)}" r="{px(r)}"/>'
    )
    canvas.text(label_x, y - NAME_LIFT, cut(actor.name), NAME_SIZE, "name", owner=owner)
    canvas.text(label_x, y + DETAIL_DROP, _detail(actor), SMALL_SIZE, "detail", owner=owner)
    canvas.parts.append("</a></g>")


def _detail(actor: ActorNode) -> str:
    """The line under an actor's name: ``▼ 18 implications, leans to risk``."""
    return f"{actor.lean.mark} {actor.summary}".strip()


def _name_width(actor: ActorNode) -> float:
    return max(text_width(cut(actor.name), NAME_SIZE), text_width(_detail(actor), SMALL_SIZE))


# --- flows -------------------------------------------------------------------------------


def _draw_flows(
    canvas: Canvas,
    row: _Row,
    voices: dict[Voice, float],
    start_x: float,
    zone: float,
    lane: tuple[float, float],
    cx: float,
) -> None:
    """The bundles arriving at one actor: strands from the voice, then a straight ``lane``
    holding the label, then an arrow into the circle centred at ``cx``."""
    by_id = {voice.id: (voice, y) for voice, y in voices.items()}
    lane_start, lane_end = lane
    for n, flow in enumerate(row.flows):
        voice, voice_y = by_id[flow.voice]
        y = row.y + n * ARRIVAL - _spread(len(row.flows))
        # The arrow's tip is on the circle, on the line from the lane's end to the centre.
        dx, dy = cx - lane_end, row.y - y
        length = math.hypot(dx, dy)
        ux, uy = dx / length, dy / length
        tip_x, tip_y = cx - ux * row.radius, row.y - uy * row.radius
        base_x, base_y = tip_x - ux * ARROW, tip_y - uy * ARROW
        tooltip = f"{visible(voice.name)} \u2192 {visible(row.actor.name)}: {flow.label}"
        canvas.parts.append(
            f'<g class="flow lean-{flow.lean.value}" data-from="{escape(flow.voice)}"'
            f' data-to="{escape(flow.actor)}"><title>{escape(tooltip)}</title>'
        )
        half = _half(len(flow.counts))
        for s, (direction, _) in enumerate(flow.counts):
            o = s * STRAND - half
            path = (
                f"M{px(start_x)} {px(voice_y + o)}"
                f"C{px(start_x + zone / 2)} {px(voice_y + o)} {px(lane_start - zone / 2)}"
                f" {px(y + o)} {px(lane_start)} {px(y + o)}"
                f"H{px(lane_end)}L{px(base_x)} {px(base_y)}"
            )
            canvas.parts.append(f'<path class="strand dir-{direction.value}" d="{path}"/>')
        wing_x, wing_y = -uy * ARROW / 2, ux * ARROW / 2
        canvas.parts.append(
            f'<path class="arrow" d="M{px(tip_x)} {px(tip_y)}L{px(base_x + wing_x)}'
            f' {px(base_y + wing_y)}L{px(base_x - wing_x)} {px(base_y - wing_y)}Z"/>'
        )
        canvas.text(
            lane_end - 4, y - half - 3.5, flow.marked_label, SMALL_SIZE, "count", anchor="end"
        )
        canvas.parts.append("</g>")


# --- relations ---------------------------------------------------------------------------


def _draw_ties(
    canvas: Canvas, chart: ActorMap, rows: dict[str, _Row], label_x: float, tracks_x: float
) -> float:
    """Relations as connectors on the right: out of one actor's row, down a track of their
    own, into the other's row, labelled with their kind beside the track. Relations whose
    rows overlap take different tracks, so no two labels can meet. Returns the right edge."""
    for actor_id in sorted({a for tie in chart.ties for a in tie.actors}, key=list(rows).index):
        row = rows[actor_id]
        start = label_x + _name_width(row.actor) + 6
        canvas.parts.append(f'<path class="leader" d="M{px(start)} {px(row.y)}H{px(tracks_x)}"/>')
    ends = {tie.id: tuple(sorted(rows[a].y for a in tie.actors)) for tie in chart.ties}
    by_length = sorted(chart.ties, key=lambda tie: ends[tie.id][1] - ends[tie.id][0])
    tracks: list[list[tuple[float, float]]] = []
    track_of: dict[str, int] = {}
    for tie in by_length:
        top, bottom = ends[tie.id]
        free = (n for n, taken in enumerate(tracks) if all(bottom < a or top > b for a, b in taken))
        n = next(free, len(tracks))
        if n == len(tracks):
            tracks.append([])
        tracks[n].append((top, bottom))
        track_of[tie.id] = n
    # Where several relations leave one row, they leave it a little apart.
    leaving: dict[float, list[str]] = {}
    for tie in sorted(chart.ties, key=lambda tie: track_of[tie.id]):
        for y in ends[tie.id]:
            leaving.setdefault(y, []).append(tie.id)
    step = max(text_width(kind.value, SMALL_SIZE) for kind in RelationKind) + 30
    right = tracks_x
    for tie in chart.ties:
        x = tracks_x + 20 + track_of[tie.id] * step
        top, bottom = (
            y + (leaving[y].index(tie.id) - (len(leaving[y]) - 1) / 2) * 6 for y in ends[tie.id]
        )
        d = (
            f"M{px(tracks_x)} {px(top)}H{px(x - 8)}Q{px(x)} {px(top)} {px(x)} {px(top + 8)}"
            f"V{px(bottom - 8)}Q{px(x)} {px(bottom)} {px(x - 8)} {px(bottom)}H{px(tracks_x)}"
        )
        kind = tie.kind.value
        tooltip = f"{tie.id}: {kind}: {visible(tie.statement)}"
        canvas.parts.append(
            f'<g class="tie tie-{kind}" data-relation="{escape(tie.id)}">'
            f'<a href="#{escape(tie.id)}"><title>{escape(tooltip)}</title>'
            f'<path class="line" d="{d}"/>'
        )
        if tie.kind is RelationKind.AGREEMENT:
            canvas.parts.append(f'<path class="inner" d="{d}"/>')
        if tie.kind is RelationKind.RIVALRY:
            bars = "".join(f"M{px(tracks_x + 4)} {px(y - 5)}v10" for y in (top, bottom))
            canvas.parts.append(f'<path class="bar" d="{bars}"/>')
        box = _free_place(canvas, x + 6, (top + bottom) / 2, kind, bottom - top - 20)
        canvas.text(box.x0, box.y0 + ASCENT * SMALL_SIZE, kind, SMALL_SIZE, "kind")
        canvas.parts.append("</a></g>")
        right = max(right, box.x1)
    return right


def _free_place(canvas: Canvas, x: float, middle: float, text: str, span: float) -> Box:
    """The first free place for a label beside a track, nearest its middle first."""
    width = text_width(text, SMALL_SIZE)
    height = SMALL_SIZE * (ASCENT + DESCENT)

    def at(x0: float, y: float) -> Box:
        return Box(x0, y - height / 2, x0 + width, y + height / 2, "label")

    for dy in _offsets(span / 2):
        box = at(x, middle + dy)
        if canvas.free(box):
            return box
    # Every place beside the track is taken: further right, where nothing is yet.
    return at(max(b.x1 for b in canvas.boxes) + 6, middle)


def _offsets(reach: float) -> Iterator[float]:
    yield 0.0
    step = SMALL_SIZE + 4
    n = 1
    while n * step <= reach:
        yield n * step
        yield -n * step
        n += 1


# --- legend ------------------------------------------------------------------------------


def _draw_legend(canvas: Canvas, top: float, width: float) -> float:
    """The legend in rows that wrap at the map's width; returns the map's height."""
    canvas.parts.append('<g class="legend">')
    canvas.text(PAD, top + NAME_SIZE * ASCENT, "Legend", NAME_SIZE, "name")
    x, y = PAD + text_width("Legend", NAME_SIZE) + 14, top + NAME_SIZE * ASCENT / 2
    for group, sample, words in _legend_items():
        item = 30 + text_width(words, SMALL_SIZE) + 22
        if x + item > width - PAD and x > PAD:
            x, y = PAD, y + 24
        canvas.parts.append(f'<g class="{group}">{_sample(sample, x, y)}</g>')
        canvas.text(x + 32, y + 4, words, SMALL_SIZE, "detail")
        x += item
    canvas.parts.append("</g>")
    return y + 12 + PAD


def _legend_items() -> Iterator[tuple[str, str, str]]:
    """(the group's classes, the sample's shape, the words) for each entry."""
    for each in (Lean.RISK, Lean.BENEFIT, Lean.EVEN, Lean.NONE):
        words = f"{each.mark} actor {each.words}" if each.mark else f"actor with {each.words}"
        yield f"actor lean-{each.value}", "circle", words
    yield "voice", "box", "a voice: who says it"
    yield "actor", "sizes", "circle size: implications touching the actor"
    for kind in RelationKind:
        yield (
            f"tie tie-{kind.value}",
            "double" if kind is RelationKind.AGREEMENT else "line",
            kind.value,
        )
    for direction in DIRECTIONS:
        words = f"{DIRECTION_MARKS[direction]} implications: {direction.value}"
        yield "flow", f"strand dir-{direction.value}", words


def _sample(shape: str, x: float, y: float) -> str:
    """A small drawing 26 wide, centred on ``y``: a circle, a box, or a line of a class."""
    if shape == "circle":
        return f'<circle class="sample" cx="{px(x + 13)}" cy="{px(y)}" r="7"/>'
    if shape == "box":
        return f'<rect class="sample" x="{px(x)}" y="{px(y - 7)}" width="26" height="14" rx="3"/>'
    if shape == "sizes":
        return (
            f'<circle class="sample" cx="{px(x + 5)}" cy="{px(y)}" r="3.5"/>'
            f'<circle class="sample" cx="{px(x + 17)}" cy="{px(y)}" r="7"/>'
        )
    line = f"M{px(x)} {px(y)}H{px(x + 26)}"
    if shape == "double":
        return f'<path class="line" d="{line}"/><path class="inner" d="{line}"/>'
    return f'<path class="{shape}" d="{line}"/>'


def _asserted(voice: Voice) -> str:
    return counted(voice.implications, "implication")
