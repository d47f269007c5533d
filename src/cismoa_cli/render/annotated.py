"""The article with every cited span highlighted and marked with the ids that cite it."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.text import Text

from ..evidence import sentence_coverage, spans
from ..models import Dossier
from .items import View, plain
from .listing import Column, Listing, Row


def annotated_view(dossier: Dossier, article: str) -> View:
    cited_spans = spans(dossier)
    starts: dict[int, int] = defaultdict(int)
    ends: dict[int, list[str]] = defaultdict(list)
    for start, end, item_id in cited_spans:
        starts[start] += 1
        ends[end].append(item_id)
    boundaries = sorted({0, len(article), *starts, *ends})
    text = Text()
    open_spans = 0
    for here, there in zip(boundaries, [*boundaries[1:], len(article)], strict=True):
        if ends.get(here):
            text.append(f"\u27e6{' '.join(sorted(set(ends[here])))}\u27e7", style="dim cyan")
            open_spans -= len(ends[here])
        open_spans += starts.get(here, 0)
        if here < there:
            style = "underline" if open_spans else ""
            text.append_text(plain(article[here:there], style, keep="\n"))
    cited, uncited = sentence_coverage(dossier, article)
    total = len(cited) + len(uncited)
    summary = Text(
        f"\n{len(cited)} of {total} sentences cited, {len(uncited)} not cited",
        style="bold",
    )
    rows: list[Row] = []
    for sentence in sorted(cited + uncited, key=lambda s: s.start):
        ids = sorted({i for s, e, i in cited_spans if s < sentence.end and e > sentence.start})
        rows.append(
            (
                sentence.start,
                sentence.end,
                "yes" if ids else "no",
                tuple(ids),
                article[sentence.start : sentence.end],
            )
        )
    record = {
        **dossier.source.model_dump(mode="json"),
        "text": article,
        "spans": [{"start": s, "end": e, "id": i} for s, e, i in cited_spans],
        "sentences": {
            "total": total,
            "cited": len(cited),
            "uncited": [{"start": s.start, "end": s.end} for s in uncited],
        },
    }
    columns = (
        Column("start"),
        Column("end"),
        Column("cited"),
        Column("ids"),
        Column("sentence", wide=True),
    )
    return View(Group(text, summary), Listing("Sentences", columns, tuple(rows), record))
