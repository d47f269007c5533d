"""The matrix view: actor x domain with the marks of ``cismoa matrix``; choosing a cell
filters the implications to that actor and domain."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from ..findings import MatrixCell
from ..models import Dossier
from ..render.matrix import lean
from ..render.table import safe_text


class MatrixTable(DataTable[Text]):
    """One row per actor, one column per domain; each cell a count and its lean."""

    def __init__(self, dossier: Dossier, cells: list[MatrixCell], *, id: str | None = None) -> None:
        # The actor's name stays in view whatever the scroll; the domains' names take two
        # lines, so the seven columns fit beside the actors pane at 120 columns.
        super().__init__(
            id=id, cursor_type="cell", zebra_stripes=True, fixed_columns=1, header_height=2
        )
        self.dossier = dossier
        self.cells = {(c.actor, c.domain): c for c in cells}

    def on_mount(self) -> None:
        self._fill()

    def show(self, dossier: Dossier, cells: list[MatrixCell]) -> None:
        """Show the matrix of another version of the dossier (a reviewed one)."""
        self.dossier = dossier
        self.cells = {(c.actor, c.domain): c for c in cells}
        row, column = self.cursor_coordinate
        self.clear(columns=True)
        self._fill()
        self.move_cursor(row=row, column=max(column, 1), scroll=False)

    def _fill(self) -> None:
        self.add_column("actor", key="actor")
        for domain in self.dossier.domain_names():
            # Two lines where a name has two words: every column fits at 120 columns.
            self.add_column(safe_text(domain.replace(" ", "\n", 1), keep="\n"), key=domain)
        for actor in self.dossier.actors:
            row = [safe_text(actor.name, "bold")]
            for domain in self.dossier.domain_names():
                cell = self.cells[actor.id, domain]
                marker, style = lean(cell)
                row.append(Text(f"{cell.implications} {marker}".strip(), style=style))
            self.add_row(*row, key=actor.id)
        # The actor column names the row; the cursor starts on the first count, the table
        # at its left edge.
        self.move_cursor(column=1, scroll=False)

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        """The cell under the cursor; None on the actor column."""
        if column == 0:
            return None
        return self.cells[self.dossier.actors[row].id, self.dossier.domain_names()[column - 1]]
