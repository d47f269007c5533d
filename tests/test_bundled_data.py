"""The bundled reading of the CISMOA article, data/claims.json: it validates, every quote
checks out, its labels agree with the article's own words (a hedge for every uncertain
claim, critics where critics speak, a condition where the article sets one), and what the
README and --help say of it holds.

The only tests that know the bundled data's facts: editing the data (as the README invites)
may break these and the example brief (test_golden.py), and no other test. They read the
repository's data/ folder, what authors edit, whatever is installed.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from brief_checks import printings, words
from browser import open_report
from helpers import BUNDLED, COMMANDS, GLOBAL_OPTIONS, REPO, run_cli

from cismoa_cli.article import SegmentKind, segments, sentences
from cismoa_cli.evidence import sentence_coverage
from cismoa_cli.export.markdown import brief
from cismoa_cli.models import Claim, Interest, Relation
from cismoa_cli.query import ImplicationFilter, actor_names, resolve_actor, select
from cismoa_cli.store import Loaded, bundled_path, load
from cismoa_cli.vocabulary import CRITICS, Certainty, Horizon


@pytest.fixture(scope="module")
def bundled() -> Loaded:
    return load(BUNDLED)


def quoted(item: Claim) -> str:
    return " ".join(e.quote for e in item.evidence)


def test_bundled_dossier_is_clean(bundled: Loaded) -> None:
    assert bundled.problems == []
    evidence = [e for _, _, item in bundled.dossier.items() for e in item.evidence]
    assert bundled.quotes_verified == len(evidence) > 0
    assert all(bundled.article[e.start : e.end] == e.quote for e in evidence)


def test_validate_counts_as_the_readme_shows() -> None:
    shown = run_cli("validate", BUNDLED)
    assert (shown.code, shown.stderr) == (0, "")
    assert shown.stdout == (
        f"{BUNDLED}: valid\n"
        "  actors        5\n"
        "  interests     9\n"
        "  relations     4\n"
        "  implications  20\n"
        "  quotes        58 verified against article.txt\n"
        "  sentences     17 of 17 article sentences cited\n"
    )


def test_without_data_cismoa_reads_the_bundled_dossier() -> None:
    shown = run_cli("validate", env={"CISMOA_DATA": None})
    assert shown.code == 0 and shown.stdout.startswith(f"{bundled_path()}: valid\n")


def test_the_article_has_seventeen_sentences_and_three_lines(bundled: Loaded) -> None:
    found = segments(bundled.article)
    lines = [bundled.article[s.start : s.end] for s in found if s.kind is SegmentKind.LINE]
    assert len(lines) == 3
    assert lines[0].startswith("Pakistan\u2019s CISMOA Renewal")
    assert lines[1] == "Islamabad, Pakistan"
    assert lines[2].endswith("South AsiaUnited States")
    # Each sentence ends with a full stop and starts with a capital: nothing split mid-way.
    body = [bundled.article[s.start : s.end] for s in sentences(bundled.article)]
    assert all(s[0].isupper() and s.endswith(".") for s in body)
    assert "relationship with the U.S." in body[1] and body[2].startswith("The renewal has sparked")
    assert len(body) == 17


def test_every_sentence_of_the_article_is_cited(bundled: Loaded) -> None:
    cited, uncited = sentence_coverage(bundled.dossier, bundled.article)
    assert uncited == []
    assert len(cited) == len(sentences(bundled.article))


def test_the_three_main_actors_are_there(bundled: Loaded) -> None:
    names = {actor.id: actor.name for actor in bundled.dossier.actors}
    assert {"PAK": "Pakistan", "USA": "United States", "CHN": "China"}.items() <= names.items()


@pytest.mark.parametrize(
    "name", ["USA", "U.S.", "usa", "united states", "US", "America", "Washington", " American "]
)
def test_every_way_the_readme_names_the_united_states(bundled: Loaded, name: str) -> None:
    assert resolve_actor(bundled.dossier, name).id == "USA"


def test_a_typo_gets_the_readmes_suggestion() -> None:
    shown = run_cli("--data", BUNDLED, "implications", "--actor", "chna")
    assert (shown.code, shown.stderr) == (
        2,
        "cismoa: error: unknown actor 'chna'; did you mean China?\n",
    )


def test_every_actor_is_named_in_its_own_evidence(bundled: Loaded) -> None:
    for actor in bundled.dossier.actors:
        names = [n for n in actor_names(actor) if n != actor.id]
        for evidence in actor.evidence:
            assert any(n in evidence.quote for n in names), (actor.id, evidence.quote)


def test_the_bundled_reading_is_format_2_with_critics_the_one_voice(bundled: Loaded) -> None:
    """The article reports one voice besides its own: "critics argue", twice. China's being
    "a vocal critic" of the U.S. presence is the article's report of an actor, and "is seen
    as" and "is expected to" name no one: both stay the article's word."""
    assert bundled.dossier.format == 2
    assert [(v.id, v.name, v.kind.value) for v in bundled.dossier.voices] == [
        ("critics", "critics", "group")
    ]
    assert bundled.dossier.domains == ()  # the default six
    voices = {item.asserted_by for _, _, item in bundled.dossier.claims()}
    assert voices == {"article", CRITICS}


def test_a_condition_exactly_where_the_article_sets_one(bundled: Loaded) -> None:
    conditions = {i.id: i.condition for i in bundled.dossier.implications if i.condition}
    assert conditions == {"IMP-13": "especially if political relations deteriorate"}
    for item in bundled.dossier.implications:
        assert (re.search(r"\bif\b", quoted(item)) is not None) == (item.id in conditions)


def test_interests_and_relations_are_hedged_where_the_article_hedges_them(
    bundled: Loaded,
) -> None:
    """Only the deepening of ties "is seen as" a U.S. aim; every other interest and relation
    the article states flatly, on its own word."""
    dossier = bundled.dossier
    items: list[Interest | Relation] = [*dossier.interests, *dossier.relations]
    hedged = {i.id: i.hedge for i in items if i.hedge}
    assert hedged == {"INT-USA-1": "is seen as"}
    for item in items:
        assert item.certainty is Certainty.ASSERTED and item.asserted_by == "article"
        hedges = re.search(r"\b(could|may|might|expected|is seen as)\b", quoted(item))
        assert (hedges is not None) == (item.id in hedged), item.id


def test_certainty_follows_the_articles_hedges(bundled: Loaded) -> None:
    for item in bundled.dossier.implications:
        words = quoted(item)
        if item.certainty is Certainty.EXPECTED:
            assert item.hedge is not None and "expected" in item.hedge, item.id
        elif item.certainty is Certainty.POSSIBLE:
            assert item.hedge in {"could", "may", "might"}, item.id
        elif item.certainty is Certainty.CONDITIONAL:
            assert re.search(r"\bif\b", words), item.id
        else:
            assert item.hedge not in {"could", "may", "might", "is expected to"}, item.id
            assert not re.search(r"\b(could|may|might)\b", words), item.id


def test_critics_are_credited_exactly_where_the_article_cites_them(bundled: Loaded) -> None:
    for _, _, item in bundled.dossier.claims():
        says_critics = re.search(r"\b[Cc]ritics argue\b", quoted(item)) is not None
        assert says_critics == (item.asserted_by == CRITICS), item.id


def test_long_term_only_where_the_article_says_so(bundled: Loaded) -> None:
    for item in bundled.dossier.implications:
        in_the_long_run = "in the long run" in quoted(item)
        assert in_the_long_run == (item.horizon is Horizon.LONG_TERM), item.id


def test_source_metadata_is_the_articles(bundled: Loaded) -> None:
    source = bundled.dossier.source
    last_line = bundled.article.rsplit("\n", 1)[-1]
    assert source.place == bundled.article.splitlines()[2]
    assert source.title in last_line and source.title.endswith("Partnership")
    assert all(tag in last_line for tag in source.tags)


# --- the examples in --help ----------------------------------------------------------------


@pytest.fixture
def at_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder as the examples assume it: the bundled data in data/, an author's draft of
    it (draft.json beside its article), and a plain text draft.txt."""
    shutil.copytree(BUNDLED.parent, tmp_path / "data")
    shutil.copy(BUNDLED, tmp_path / "draft.json")
    shutil.copy(BUNDLED.parent / "article.txt", tmp_path / "article.txt")
    (tmp_path / "draft.txt").write_text("One sentence. Two sentences.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CISMOA_DATA", str(BUNDLED))
    yield tmp_path


def _examples(command: str) -> list[list[str]]:
    """The example command lines in a command's --help, up to any pipe or redirection."""
    text = run_cli(command, "--help").stdout
    lines = text.split("Example", 1)[1].splitlines()[1:]
    found = []
    for line in lines:
        if not line.strip():
            break
        words = shlex.split(line)
        cut = next((n for n, w in enumerate(words) if w in ("|", ">")), len(words))
        found.append(words[1:cut])
    return found


# browse needs a terminal: tests/test_browse.py runs it in one.
@pytest.mark.parametrize("command", [name for name in COMMANDS if name != "browse"])
def test_every_example_in_help_runs_on_the_bundled_data(at_work: Path, command: str) -> None:
    if command == "import":  # what the example imports: the project export's example makes
        assert run_cli("export", "qdpx", "-o", "cismoa.qdpx").code == 0
    for line in _examples(command):
        assert line and (line[0] in GLOBAL_OPTIONS or line[0] == command)
        shown = run_cli(*line)
        assert shown.code == 0, (line, shown.stderr)
        assert shown.stdout or shown.stderr.startswith("cismoa: wrote"), line


def test_the_bundled_dossier_is_never_overwritten() -> None:
    target = bundled_path()
    shown = run_cli("export", "json", "-o", target, "--force", env={"CISMOA_DATA": None})
    assert shown.code == 1 and "refusing to overwrite claims.json" in shown.stderr


def test_the_brief_is_short_and_prints_no_quote_more_than_twice(bundled: Loaded) -> None:
    """At most 1,800 words (`wc -w` of the Markdown, Mermaid block included) for the
    446-word article; every quote printed, none more than twice (the article's passages
    that two quotes share are printed with each)."""
    selection = select(bundled.dossier, ImplicationFilter())
    text = brief(selection)
    assert words(text) <= 1800
    quotes = [e.quote for _, _, item in bundled.dossier.items() for e in item.evidence]
    counts = printings(text, quotes)
    assert min(counts.values()) >= 1 and max(counts.values()) <= 2, counts


def test_the_report_of_the_bundled_data_reads_as_the_issue_promised(
    browser_for_one_test: Any,
) -> None:
    """examples/report.html in Chromium: five actors on the map, three kinds of relation
    drawn three ways, the implications gathered per voice and actor with their counts, and
    IMP-13 leading to "in the long run" in the article."""
    page, watch = open_report(browser_for_one_test, REPO / "examples" / "report.html")
    assert watch.clean, watch
    actors = page.eval_on_selector_all(
        "svg.map [data-actor]", "nodes => nodes.map(n => n.dataset.actor)"
    )
    assert actors == ["PAK", "USA", "CHN", "AFG", "SAS"]
    looks = page.eval_on_selector_all(
        "svg.map .tie[data-relation] .line",
        """lines => lines.map(l => {
            const s = getComputedStyle(l);
            const kind = l.closest(".tie").className.baseVal;
            return [kind, s.stroke, s.strokeWidth, s.strokeDasharray];
        })""",
    )
    kinds = {look[0]: tuple(look[1:]) for look in looks}
    assert set(kinds) == {"tie tie-agreement", "tie tie-partnership", "tie tie-rivalry"}
    assert len(set(kinds.values())) == 3
    flows = page.eval_on_selector_all(
        "svg.map .flow[data-from]",
        "fs => fs.map(f => [f.dataset.from, f.dataset.to, f.querySelector('text').textContent])",
    )
    assert ["article", "PAK", "\u25bc 6 risks, \u25b2 3 benefits, \u25cb 6 neutral"] in flows
    assert ["critics", "PAK", "\u25bc 3 risks"] in flows
    page.click('tr[data-id="IMP-13"] a.quote')
    assert "in the long run" in page.text_content("mark.current")
    assert page.evaluate("location.hash") == "#_span-2208-2373"
    page.context.close()


def test_the_bundled_dossier_comes_back_from_its_refi_qda_project(
    bundled: Loaded, tmp_path: Path
) -> None:
    project = tmp_path / "cismoa.qdpx"
    assert run_cli("--data", BUNDLED, "export", "qdpx", "-o", str(project)).code == 0
    article = tmp_path / "article.txt"  # the name the bundled dossier gives its article
    shown = run_cli(
        "import", "qdpx", str(project), "-o", str(tmp_path / "back.json"), "--article", article
    )
    assert shown.code == 0 and "note:" not in shown.stderr
    back = load(tmp_path / "back.json")
    assert back.dossier == bundled.dossier
    assert article.read_bytes() == bundled.article_path.read_bytes()


def test_browse_china_then_risk_leaves_what_implications_leaves() -> None:
    from browsing import browse, cli_ids, shown_ids

    async def scenario(app: Any, pilot: Any) -> None:
        await pilot.press("a", "down", "down", "down", "enter")  # All, PAK, USA, then China
        assert app.choices.actor == "CHN"
        await pilot.press("f", "tab", "down", "space", "escape")  # direction: risk
        assert shown_ids(app) == ["IMP-14", "IMP-15", "IMP-20"]

    browse(bundled_path(), scenario)
    assert cli_ids(bundled_path(), "--actor", "china", "--direction", "risk") == [
        "IMP-14",
        "IMP-15",
        "IMP-20",
    ]


def test_browse_shows_in_the_long_run_marked_inside_its_sentence() -> None:
    from browsing import browse
    from textual.widgets import Static

    async def scenario(app: Any, pilot: Any) -> None:
        await pilot.press(*["down"] * 12, "enter")
        assert app.table.current.id == "IMP-13"
        shown = app.query_one("#detail", Static).content
        words = shown.plain
        assert "However, \u00abcritics argue that increased dependency" in words
        assert "horizon      long-term" in words
        at = words.rindex("in the long run")  # in the quote, after the statement
        marked = [s for s in shown.spans if "reverse" in str(s.style)]
        assert any(s.start <= at and at + len("in the long run") <= s.end for s in marked)

    browse(bundled_path(), scenario, size=(120, 40))


def test_browse_opens_on_the_bundled_reading(snap_compare: Any) -> None:
    """The screenshot in the README: China's risks, IMP-14 in detail."""
    from browsing import pressing, still

    keys = ["a", "down", "down", "down", "enter", "f", "tab", "down", "space", "escape", "1"]
    assert snap_compare(still(bundled_path()), run_before=pressing(*keys), terminal_size=(120, 34))


def test_datasette_on_the_export_finds_encircle_and_nothing_else(
    bundled: Loaded, tmp_path: Path
) -> None:
    """The example of docs/exports-and-formats.md: `datasette cismoa.db`, search "encircle";
    and "china" finds the implications that name China, of 20."""
    from datasette_client import check_facets_count_as_the_queries, export, pages, words

    from cismoa_cli.export.sqlite_schema import SEARCHABLE

    database = export(bundled_path(), tmp_path / "cismoa.db")
    answers = pages(database, *(f"/{t}.json?_shape=objects&_search=encircle" for t in SEARCHABLE))
    found = {t: [r["id"] for r in a["rows"]] for t, a in zip(SEARCHABLE, answers, strict=True)}
    assert {t: ids for t, ids in found.items() if ids} == {
        "interests": ["INT-CHN-2"],
        "relations": ["REL-CHN-USA"],
        "evidence": found["evidence"],
    }
    (quotes,) = pages(database, "/evidence.json?_shape=objects&_search=encircle")
    assert [(r["interest_id"], r["relation_id"]) for r in quotes["rows"]] == [
        ("INT-CHN-2", None),
        (None, "REL-CHN-USA"),
    ]
    (china,) = pages(database, "/implications.json?_shape=objects&_size=max&_search=china")
    named = [i.id for i in bundled.dossier.implications if "china" in words(i.statement)]
    assert sorted(r["id"] for r in china["rows"]) == sorted(named)
    assert (len(named), len(bundled.dossier.implications)) == (6, 20)
    check_facets_count_as_the_queries(database, bundled.dossier)
