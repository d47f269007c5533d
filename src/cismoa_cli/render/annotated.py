"""The article with every cited span highlighted and marked with the ids that cite it."""

from __future__ import annotations

from collections import defaultdict

from rich.text import Text

from ..evidence import citations, spans
from ..models import Dossier
from .listing import Column, Listing, Row, View
from .outline import Printed
from .table import safe_text


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
            text.append_text(safe_text(article[here:there], style, keep="\n"))
    listing = coverage_listing(dossier, article)
    cited = sum(1 for row in listing.rows if row[_CITED] == "yes")
    total = len(listing.rows)
    summary = Text(f"\n{coverage_summary(cited, total)}", style="bold")
    record = {
        **dossier.source.model_dump(mode="json"),
        "text": article,
        "spans": [{"start": s, "end": e, "id": i} for s, e, i in cited_spans],
        "sentences": listing.records,
    }
    return View(
        Printed((text, summary)), Listing("Sentences", listing.columns, listing.rows, record)
    )


_CITED = 4  # the column of a coverage row that says whether it is cited


def coverage_summary(cited: int, total: int) -> str:
    return f"{cited} of {total} sentences cited, {total - cited} not cited"


def coverage_listing(dossier: Dossier, article: str, *, uncited_only: bool = False) -> Listing:
    """The article's prose sentences (list items too), each with its place, whether any item
    cites it, and which."""
    every = citations(dossier, article)
    cited = sum(1 for _, ids in every if ids)
    found = [(s, ids) for s, ids in every if not (uncited_only and ids)]
    rows: tuple[Row, ...] = tuple(
        (
            s.start,
            s.end,
            s.paragraph,
            s.sentence,
            "yes" if ids else "no",
            tuple(ids),
            article[s.start : s.end],
        )
        for s, ids in found
    )
    columns = (
        Column("start"),
        Column("end"),
        Column("paragraph"),
        Column("sentence"),
        Column("cited", lambda row: "green" if row[_CITED] == "yes" else "red bold"),
        Column("ids"),
        Column("text", wide=True),
    )
    records = {
        "total": len(every),
        "cited": cited,
        "sentences": [
            {
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
                "sentence": s.sentence,
                "ids": ids,
                "text": article[s.start : s.end],
            }
            for s, ids in found
        ],
    }
    return Listing(coverage_summary(cited, len(every)), columns, rows, records)
