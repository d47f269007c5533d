"""Large outputs are made and written a piece at a time: the HTML report a row of the
implications' table at a time, trees and the highlighted article a few hundred lines at a
time. The pieces add up to exactly the whole."""

from __future__ import annotations

from pathlib import Path

from helpers import generated, run_cli
from rich.console import Console

from cismoa_cli.export import Article, ExportFormat, TextStream, exporter
from cismoa_cli.export.html import report
from cismoa_cli.query import ImplicationFilter, profile, select
from cismoa_cli.render.annotated import annotated_view
from cismoa_cli.render.outline import CHUNK, Printed
from cismoa_cli.render.trees import map_view
from cismoa_cli.store import load


def test_the_html_report_is_written_a_row_at_a_time(tmp_path: Path) -> None:
    path = generated(300, tmp_path / "big")
    loaded = load(path)
    selection = select(loaded.placed, ImplicationFilter())  # as the command exports it
    made = exporter(ExportFormat.HTML)(selection, Article("article.txt", loaded.article))
    assert isinstance(made, TextStream)
    pieces = list(made.pieces())
    assert len(pieces) == len(loaded.dossier.implications) + 4  # head, table, rows, tail
    whole = "".join(pieces)
    assert whole == report(selection, loaded.article)
    shown = run_cli("--data", path, "export", "html")
    assert shown.code == 0 and shown.stdout == whole
    written = run_cli("--data", path, "export", "html", "-o", tmp_path / "r.html")
    assert written.code == 0 and (tmp_path / "r.html").read_bytes() == whole.encode("utf-8")


def test_a_large_tree_and_the_highlighted_article_come_in_chunks(tmp_path: Path) -> None:
    loaded = load(generated(300, tmp_path / "big"))
    dossier = loaded.dossier
    console = Console(width=40, color_system="truecolor", force_terminal=True)
    views = [
        map_view(dossier.source, [profile(dossier, a) for a in dossier.actors], dossier.names()),
        annotated_view(dossier, loaded.article),
    ]
    for view in views:
        assert isinstance(view.look, Printed)
        chunks = list(view.look.texts(console))
        assert len(chunks) >= 3 and all(c.count("\n") <= CHUNK for c in chunks)
        with console.capture() as captured:
            console.print(view.look)  # Rich's own rendering of the same, whole
        assert "".join(chunks) == captured.get()
