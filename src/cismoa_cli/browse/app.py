"""The browser: actors, implications with their detail, the article, the matrix and the
voices, in one terminal screen, all following the same filters; and the review of a draft,
each accepted, rejected or relabelled item written back to the dossier at once."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import (
    ContentSwitcher,
    DataTable,
    Footer,
    Input,
    OptionList,
    Static,
    Tab,
    Tabs,
)

from .. import query, review
from ..article import SegmentIndex
from ..errors import CismoaError
from ..models import Dossier, Implication, Item
from ..render.matrix import LEGEND
from ..render.table import safe_text
from ..store import Loaded
from ..textio import counted, to_json
from ..vocabulary import Status
from .actors import ALL, ActorList
from .choosing import FilterPanel
from .claims import ClaimsPane
from .comparing import ComparePane
from .detail import DetailPane, detail
from .exporting import ExportPanel
from .filters import Choices, Field, Rows, values_of
from .help import HelpScreen
from .keys import REVIEW, REVIEWED_IN, UNDER_PANELS, bindings
from .matrix import MatrixTable
from .reader import ArticlePane
from .reviewing import Changes, DossierFile, LabelPanel
from .spans import Citations, selection_spans
from .table import ImplicationTable, RowLayout, marked_id
from .voices import VoicesList

# Up to this many characters, the article's sentences are found before the first screen
# (a few milliseconds for a news article); a longer one is split in the background, and
# the detail shows each quote alone until then.
SPLIT_AT_ONCE = 1_000_000

# The views, in the order of their number keys (1 to 7), as the tab bar names them. The
# bar spans the screen, above the actors pane: every tab, with its key, fits 80 columns.
VIEWS = (
    ("implications", "Implications"),
    ("article", "Article"),
    ("matrix", "Matrix"),
    ("interests", "Interests"),
    ("relations", "Relations"),
    ("compare", "Compare"),
    ("voices", "Voices"),
)
_TAB = "tab-"  # a view's tab's id: its name after this


class BrowseApp(App[None]):
    """``cismoa browse``: the dossier to explore by keyboard or mouse."""

    TITLE = "cismoa browse"
    ENABLE_COMMAND_PALETTE = False  # every action has its key; ? lists them
    CSS = """
    #title { height: 1; background: $panel; color: $text; text-style: bold; padding: 0 1; }
    #bar { height: auto; }
    #status { width: 1fr; height: auto; padding: 0 1; color: $text-muted; }
    #search { width: 24; margin-left: 2; background: $boost; }
    #actors { width: 28; height: 1fr; border: round $panel; }
    #actors:focus-within { border: round $accent; }
    #views { padding-left: 1; }
    #views Tab { padding: 0 1 0 0; }
    ContentSwitcher { width: 1fr; height: 1fr; }
    ContentSwitcher > Vertical { height: 1fr; }
    #header { height: 1; text-style: bold; padding: 0 0; }
    #table { height: 1fr; min-height: 4; }
    #detail-scroll { height: 1fr; border-top: solid $panel; padding: 0 1; }
    #detail-scroll:focus-within { border-top: solid $accent; }
    #matrix-table { height: auto; max-height: 1fr; }
    #legend { height: auto; padding: 1 1 0 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [*bindings()]

    def __init__(self, loaded: Loaded, debug: bool = False) -> None:
        super().__init__()
        self.loaded = loaded
        self.show_traceback = debug
        dossier = loaded.dossier
        self.names = dossier.names()
        self.rows = Rows(dossier)
        self.choices = Choices()
        self.cells = query.matrix(dossier)
        self.widths = _widths(dossier.implications)
        self.shown: Item | None = None  # the item in the detail pane
        self.found: SegmentIndex | None = None  # the article's sentences, once split
        if len(loaded.article) <= SPLIT_AT_ONCE:
            self.found = SegmentIndex(loaded.article)
        self._article_pane: ArticlePane | None = None
        self._marked: query.ImplicationFilter | None = None  # whose spans the article marks
        self._quote = 0  # which of the shown item's quotes `s` goes to next
        self._view = "implications"  # the view being read
        self.file = DossierFile(loaded.path)  # where a review writes each change

    # --- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        dossier = self.loaded.dossier
        yield Static(safe_text(dossier.source.title, "bold"), id="title")
        with Horizontal(id="bar"):
            yield Static(id="status")
            yield SearchBox(placeholder="/ search", id="search", compact=True)
        yield Tabs(
            *(Tab(f"{n} {title}", id=_TAB + view) for n, (view, title) in enumerate(VIEWS, 1)),
            id="views",
        )
        with Horizontal():
            yield ActorList(dossier, query.actor_counts(dossier, self.cells), id="actors")
            with ContentSwitcher(initial="implications"):
                with Vertical(id="implications"):
                    yield Static(id="header")
                    yield ImplicationTable(*self.widths, id="table")
                    yield DetailPane(id="detail-scroll")
                yield Vertical(id="article")
                with Vertical(id="matrix"):
                    yield MatrixTable(dossier, self.cells, id="matrix-table")
                    yield Static(Text(LEGEND), id="legend")
                with Vertical(id="interests"):
                    yield ClaimsPane(dossier, "interests", id="interests-list")
                with Vertical(id="relations"):
                    yield ClaimsPane(dossier, "relations", id="relations-list")
                with Vertical(id="compare"):
                    yield ComparePane(dossier, id="comparison-pane")
                with Vertical(id="voices"):
                    yield VoicesList(dossier, id="voices-list")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.screen, "maximized", self._maximized, init=False)
        self.apply(self.choices)
        self.table.focus()

    def on_ready(self) -> None:
        # The first frame is on the screen: what the next steps need is prepared behind it,
        # not before it (both are threads that would slow the first frame down).
        self._warm_rows()
        if self.found is None:
            self._split_sentences()

    @work(thread=True, exclusive=True, group="rows")
    def _warm_rows(self) -> None:
        self.rows.warm()

    @work(thread=True, exclusive=True, group="sentences")
    def _split_sentences(self) -> None:
        found = SegmentIndex(self.loaded.article)
        self.call_from_thread(self._sentences_found, found)

    def _sentences_found(self, found: SegmentIndex) -> None:
        self.found = found
        self._show_detail(self.shown)

    @property
    def table(self) -> ImplicationTable:
        return self.query_one("#table", ImplicationTable)

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_header)

    def _show_header(self) -> None:
        table = self.table
        header = RowLayout(table.size.width, *self.widths).header()
        self.query_one("#header", Static).update(header)

    # --- filters ---------------------------------------------------------------------

    def apply(self, choices: Choices) -> None:
        """Show what ``choices`` keep, everywhere."""
        self.choices = choices
        rows = self.rows(choices.where())
        self.table.show(rows, keep=self.table.current)
        total = len(self.loaded.dossier.implications)
        status = Text(f"{len(rows)} of {total} implications", style="bold")
        proposed = review.proposed(self.loaded.dossier)
        if proposed:
            status.append(f" · ? {proposed} to review")
        options = choices.options()
        status.append_text(safe_text(" · " + " ".join(options) if options else " · no filters"))
        self.query_one("#status", Static).update(status)
        actors = self.query_one("#actors", ActorList)
        if actors.chosen != choices.actor:
            actors.show_chosen(choices.actor)
            if choices.actor is not None:  # the matrix opens on the chosen actor's row
                ids = [a.id for a in self.loaded.dossier.actors]
                matrix = self.query_one("#matrix-table", MatrixTable)
                matrix.move_cursor(row=ids.index(choices.actor))
        self._mark_selection()
        self._list_claims()

    def _list_claims(self) -> None:
        """List the chosen actor's interests or relations, if they are being read."""
        for view in ("interests", "relations"):
            if self._viewing(view):
                self.query_one(f"#{view}-list", ClaimsPane).show(self.choices.actor)

    def _mark_selection(self) -> None:
        """Mark the selection's spans in the article, if the article is being read."""
        pane = self._article_pane
        where = self.choices.where()
        if pane is None or self._marked == where or not self._viewing("article"):
            return
        self._marked = where
        shown = self.rows(where)
        pane.select(selection_spans(shown), len(shown))

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        if message.option_list.id != "actors":
            return
        chosen = None if message.option.id == ALL else message.option.id
        self.apply(replace(self.choices, actor=chosen))

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id == "search":
            self.apply(replace(self.choices, search=message.value))

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if message.input.id == "search":
            self.table.focus()

    async def on_data_table_cell_selected(self, message: DataTable.CellSelected) -> None:
        matrix = self.query_one("#matrix-table", MatrixTable)
        cell = matrix.cell_at(message.coordinate.row, message.coordinate.column)
        if cell is None:
            return
        # Exactly the cell's implications: the other filters would hide some of them.
        self.query_one("#search", Input).value = ""
        self.apply(Choices(actor=cell.actor).with_values(Field.DOMAIN, (cell.domain,)))
        await self.action_view("implications")

    def _toggle(self, field: Field, values: tuple[str, ...]) -> int:
        self.apply(self.choices.with_values(field, values))
        return len(self.table.rows)

    # --- the detail --------------------------------------------------------------------

    def on_implication_table_highlighted(self, message: ImplicationTable.Highlighted) -> None:
        self._show_detail(message.item)

    def on_implication_table_chosen(self, message: ImplicationTable.Chosen) -> None:
        pane = self.query_one("#detail-scroll", DetailPane)
        self.screen.maximize(pane, container=False)
        pane.focus()

    def _maximized(self, widget: object) -> None:
        # Back from the detail shown whole (Esc): on to the next row.
        if widget is None and isinstance(self.focused, DetailPane):
            self.table.focus()

    def _show_detail(self, item: Item | None) -> None:
        if item is not self.shown:
            self._quote = 0
        self.shown = item
        shown = self.query_one("#detail", Static)
        if item is None:
            shown.update(Text("Nothing to show: no implication matches.", style="italic"))
            return
        article = self.loaded.article
        # Each quote with its paragraph and sentence, as `cismoa show` gives them: placed
        # when shown, one item at a time, not the whole dossier as the browser opens.
        placed = self.loaded.placer.item(item)
        shown.update(detail(placed, self.names, article, self.found))

    async def on_article_pane_item_chosen(self, message: ArticlePane.ItemChosen) -> None:
        item = message.item
        await self.action_view("implications")
        if isinstance(item, Implication) and self.table.go_to(item):
            self.table.focus()
            return
        self._show_detail(item)
        self.query_one("#detail-scroll").focus()

    # --- views -------------------------------------------------------------------------

    def _viewing(self, view: str) -> bool:
        # The view last opened, not the tab bar's active tab: right after a key sets that, it
        # can still name the view being left while the tabs catch up.
        return self._view == view

    async def action_view(self, view: str) -> None:
        self.query_one("#views", Tabs).active = _TAB + view
        await self._opened(view)

    async def on_tabs_tab_activated(self, message: Tabs.TabActivated) -> None:
        if message.tab is not None and message.tab.id is not None:
            await self._opened(message.tab.id.removeprefix(_TAB))

    async def _opened(self, view: str) -> None:
        self._view = view
        self.refresh_bindings()  # the review keys work in some views only
        self.query_one(ContentSwitcher).current = view
        if view == "article":
            pane = await self._reader()
            self._mark_selection()
            pane.view.focus()
        elif view == "matrix":
            self.query_one("#matrix-table").focus()
        elif view == "implications":
            self.table.focus()
        elif view in ("interests", "relations"):
            self._list_claims()
            self.query_one(f"#{view}-list").focus()
        elif view == "compare":
            comparing = self.query_one("#comparison-pane", ComparePane)
            if self.choices.actor is not None:
                comparing.start_with(self.choices.actor)
            comparing.focus_first()
        elif view == "voices":
            voices = self.query_one("#voices-list", VoicesList)
            voices.focus()
            self._show_voice(voices)

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        if isinstance(message.option_list, VoicesList) and self._viewing("voices"):
            self._show_voice(message.option_list)

    def _show_voice(self, voices: VoicesList) -> None:
        """The highlighted voice in the detail, for when the implications are read next."""
        if voices.current is not None:
            self._show_detail(voices.current)

    async def _reader(self) -> ArticlePane:
        """The article pane, made the first time it is needed."""
        if self._article_pane is None:
            citations = Citations.of(self.loaded.dossier)
            self._article_pane = ArticlePane(self.loaded.article, citations)
            await self.query_one("#article", Vertical).mount(self._article_pane)
        return self._article_pane

    async def action_span(self, by: int) -> None:
        """Read the next or previous span of the selection."""
        await self.action_view("article")
        if not (await self._reader()).view.step(by):
            self.notify("The selection cites nothing.", severity="warning")

    async def action_quotes(self) -> None:
        """Show the detail's item's next quote in the article."""
        item = self.shown
        if item is None:
            return
        evidence = item.evidence[self._quote % len(item.evidence)]
        self._quote += 1
        await self.action_view("article")
        (await self._reader()).view.show_span((evidence.start, evidence.end))

    # --- review ------------------------------------------------------------------------

    def _reviewed(self) -> Item | None:
        """The item the review keys act on: the one in the detail, or in the voices view
        the voice highlighted; None, said, when there is none."""
        if self._viewing("voices"):
            voice = self.query_one("#voices-list", VoicesList).current
            if voice is None:
                self.notify(
                    "No voice to review here: the article and the actors are not voices.",
                    severity="warning",
                )
            return voice
        if self.table.has_focus and self.table.current is not self.shown:
            # Keys typed ahead come before the table's "highlighted" message: act on the row
            # under the cursor, and show it, never on the row the cursor has left.
            self._show_detail(self.table.current)
        if self.shown is None:
            self.notify("No item to review: none is shown.", severity="warning")
        return self.shown

    async def action_accept(self) -> None:
        """Accept the shown item: it becomes a reader's."""
        item = self._reviewed()
        if item is None:
            return
        if item.status is Status.ACCEPTED:
            self.notify(f"{item.id} is accepted already.", markup=False)
            return
        await self._change(lambda d: review.accept(d, item.id), item.id, f"Accepted {item.id}")

    async def action_reject(self) -> None:
        """Reject the shown item: it goes from the dossier."""
        item = self._reviewed()
        if item is not None:
            await self._change(lambda d: review.reject(d, item.id), None, f"Rejected {item.id}")

    def action_relabel(self) -> None:
        """Choose the shown item's labels from the dossier's words."""
        item = self._reviewed()
        if item is None:
            return
        labels = review.labels(self.loaded.dossier, item)

        async def chosen(changes: Changes | None) -> None:
            if changes is None:
                return
            if not changes:
                self.notify(f"{item.id}: no label changed; nothing written.", markup=False)
                return
            said = f"Relabelled {item.id}: {', '.join(changes)}"
            await self._change(lambda d: review.edit(d, item.id, changes), item.id, said)

        self.push_screen(LabelPanel(item, labels), chosen)

    async def _change(
        self, change: Callable[[Dossier], Dossier], then_show: str | None, said: str
    ) -> None:
        """Make a change and write the dossier; a change refused or a write that fails is
        said, and then nothing changes, on the screen or in the file."""
        try:
            changed = change(self.loaded.dossier)
            self.file.write(changed)
        except CismoaError as error:
            self.notify(str(error), title="Not written", severity="error", markup=False)
            return
        await self._reload(changed, then_show)
        self.notify(f"{said}; wrote {self.loaded.path.name}", markup=False)

    async def _reload(self, dossier: Dossier, then_show: str | None) -> None:
        """Show ``dossier`` everywhere in place of the one shown, and ``then_show`` (an
        item's id; None: the implication under the cursor) in the detail."""
        self.loaded = replace(self.loaded, dossier=dossier)
        self.names = dossier.names()
        self.rows = Rows(dossier)
        self.cells = query.matrix(dossier)
        actors = self.query_one("#actors", ActorList)
        actors.dossier, actors.tallies = dossier, query.actor_counts(dossier, self.cells)
        actor_ids = {a.id for a in dossier.actors}
        chosen = self.choices.actor if self.choices.actor in actor_ids else None
        actors.show_chosen(chosen)
        self.query_one("#matrix-table", MatrixTable).show(dossier, self.cells)
        for view in ("interests", "relations"):
            self.query_one(f"#{view}-list", ClaimsPane).show_dossier(dossier)
        self.query_one("#comparison-pane", ComparePane).show_dossier(dossier)
        self.query_one("#voices-list", VoicesList).show(dossier)
        if self._article_pane is not None:  # made anew, with the new citations, when read
            await self._article_pane.remove()
            self._article_pane, self._marked = None, None
        row = self.table.cursor
        self.apply(replace(self.choices, actor=chosen))
        if self._viewing("article"):
            await self._opened("article")
        found = next((i for _, _, i in dossier.items() if i.id == then_show), None)
        if found is None:  # the item rejected: on to the one that took its place
            self.table.cursor = row
        if self._viewing("voices"):
            self._show_voice(self.query_one("#voices-list", VoicesList))
        else:
            self._show_detail(found if found is not None else self.table.current)

    def _fatal_error(self) -> None:
        # Textual's own report of an unexpected error is a traceback with local variables;
        # like every command, say it in one line unless --debug asks for the traceback.
        # (Textual calls this hook while handling the exception.)
        if self.show_traceback:
            super()._fatal_error()
            return
        error = sys.exc_info()[1]
        self._exit_renderables.append(
            safe_text(
                f"cismoa: internal error: {type(error).__name__}: {error} "
                "(rerun with --debug to see the traceback)"
            )
        )
        self._close_messages_no_wait()

    # --- keys --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in UNDER_PANELS and isinstance(self.screen, ModalScreen):
            return False
        if action in REVIEW and self._view not in REVIEWED_IN:
            return None  # shown, dimmed: there is no item in view to review
        return True

    def action_focus_actors(self) -> None:
        actors = self.query_one("#actors")
        actors.display = True
        actors.focus()

    def action_toggle_actors(self) -> None:
        """Hide the actors pane (the views take the whole width) or show it again."""
        actors = self.query_one("#actors")
        actors.display = not actors.display
        if not actors.display and self.focused is actors:
            self.table.focus()
        self.call_after_refresh(self._show_header)

    async def action_search(self) -> None:
        await self.action_view("implications")
        self.query_one("#search", Input).focus()

    def action_clear(self) -> None:
        self.query_one("#search", Input).value = ""
        self.apply(Choices())

    def action_filters(self) -> None:
        dossier = self.loaded.dossier
        values = {field: values_of(field, dossier) for field in Field}
        self.push_screen(FilterPanel(self.choices, values, self._toggle, len(self.table.rows)))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_copy(self) -> None:
        item = self.shown
        if item is None:
            return
        self.copy_to_clipboard(to_json([e.model_dump() for e in item.evidence]))
        count = len(item.evidence)
        self.notify(
            f"Copied the {counted(count, 'quote')} of {item.id} as JSON "
            "(if the terminal lets programs set the clipboard).",
            markup=False,
        )

    def action_export(self) -> None:
        selection = query.select(self.loaded.placed, self.choices.where())
        panel = ExportPanel(selection, self.loaded, self.choices.options())

        def written(target: object) -> None:
            if target is not None:
                self.notify(f"Wrote {target}", markup=False)

        self.push_screen(panel, written)


class SearchBox(Input):
    """The search box: Enter or Esc goes back to the table, the search kept."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "leave", show=False)]

    def action_leave(self) -> None:
        self.post_message(self.Submitted(self, self.value))


def _widths(items: Sequence[Implication]) -> tuple[int, int]:
    """Widths for the id and affects columns: their longest values (an id with its mark
    of a proposal), within reason."""
    longest_id = max((len(marked_id(i)) for i in items), default=2)
    longest_affects = max((len(", ".join(i.affects)) for i in items), default=7)
    return min(max(longest_id, 2), 12), min(max(longest_affects, 7), 16)


def run(loaded: Loaded, debug: bool = False) -> int:
    """Browse ``loaded`` until the reader quits; the exit code (1 after an internal error)."""
    app = BrowseApp(loaded, debug)
    app.run()
    return app.return_code or 0
