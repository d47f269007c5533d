"""Authoring: init, locate, validate --fix-offsets, coverage, and the worked example."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import MINI, REPO, Json, run_cli, write_dossier

from cismoa_cli.authoring import nearest_passages, skeleton
from cismoa_cli.evidence import quote_problem
from cismoa_cli.models import Dossier, Evidence
from cismoa_cli.store import Loaded
from cismoa_cli.vocabulary import reads_like_date

EXAMPLE = REPO / "examples" / "riverland"


def test_init_makes_a_valid_skeleton(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLE / "article.txt", article)
    target = tmp_path / "dossier.json"
    shown = run_cli("init", str(article), "-o", str(target))
    assert (shown.code, shown.stderr) == (
        0,
        f"cismoa: wrote {target}; title and place guessed from the first two lines: check them\n",
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == 2 and data["article"] == "article.txt"
    assert data["source"]["title"] == "Riverland and Hillstate Renew Their Water Accord"
    assert data["source"]["place"] == "Port Amber, Riverland"
    assert data["actors"] == data["implications"] == []
    checked = run_cli("validate", str(target))
    assert checked.code == 0 and "0 of 5 article sentences cited" in checked.stdout
    again = run_cli("init", str(article), "-o", str(target))
    assert again.code == 1 and "already exists; add --force" in again.stderr


def test_init_names_the_article_relative_to_the_dossier(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    article = tmp_path / "texts" / "piece.txt"
    shutil.copy(EXAMPLE / "article.txt", article)
    target = tmp_path / "piece.json"
    assert run_cli("init", str(article), "-o", str(target)).code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["article"] == "texts/piece.txt"
    assert run_cli("validate", str(target)).code == 0


def test_init_refuses_an_article_the_dossier_could_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "dossiers").mkdir()
    article = tmp_path / "texts" / "piece.txt"
    shutil.copy(EXAMPLE / "article.txt", article)
    target = tmp_path / "dossiers" / "piece.json"
    refused = run_cli("init", str(article), "-o", str(target))
    assert refused.code == 1 and not target.exists()
    assert refused.stderr == (
        f"cismoa: error: {article}: outside the folder {target.parent}, where the dossier is "
        "written; cismoa reads only an article inside its dossier's folder: write the dossier "
        "beside the article, or pass --allow-outside\n"
    )
    # the same for a dossier written to standard output, taken to be in the current folder
    monkeypatch.chdir(tmp_path / "dossiers")
    here = run_cli("init", str(article))
    assert here.code == 1 and here.stdout == ""
    assert here.stderr.startswith(f"cismoa: error: {article}: outside the current folder,")
    missing = run_cli("draft", str(article), "-o", str(tmp_path / "nowhere" / "d.json"))
    assert missing.code == 1
    assert missing.stderr.endswith(f"the folder {tmp_path / 'nowhere'} does not exist\n")
    allowed = run_cli("init", str(article), "-o", str(target), "--allow-outside")
    assert allowed.code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["article"] == "../texts/piece.txt"
    assert run_cli("validate", str(target)).code == 1
    assert run_cli("validate", str(target), "--allow-outside").code == 0


def test_init_without_a_dateline() -> None:
    text = "A Headline\n\nThe first sentence is here. Another one."
    data, notes = skeleton(text, text.encode(), Path("article.txt"))
    assert (data["source"]["title"], data["source"]["place"]) == ("A Headline", "")
    assert notes == "title guessed from the first line: check it; place left empty: no dateline"


@pytest.mark.parametrize(
    "line",
    ["Updated 28 October 2020", "Oct. 5, 2021", "2020-10-28", "Published Monday", "28/10/2020"],
)
def test_init_leaves_a_date_out_of_the_place_and_validate_warns_of_one(
    tmp_path: Path, line: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"A Headline\n\n{line}\n\nThe first sentence.\n", encoding="utf-8")
    target = tmp_path / "dossier.json"
    shown = run_cli("init", article, "-o", target)
    assert f"place left empty: {line!r} reads like a date" in shown.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["source"]["place"] == ""
    data["source"]["place"] = line  # as an author who took the line anyway
    target.write_text(json.dumps(data), encoding="utf-8")
    checked = run_cli("validate", target)
    assert checked.code == 0
    assert checked.stderr == (
        f"cismoa: warning: source.place: {line!r} reads like a date, not a place\n"
    )


@pytest.mark.parametrize("place", ["Islamabad, Pakistan", "Port Amber, Riverland", "May Town"])
def test_a_place_is_not_a_date(place: str) -> None:
    assert not reads_like_date(place)


def test_init_refuses_an_empty_or_missing_article(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    for command in ("init", "draft"):
        shown = run_cli(command, str(empty), "-o", str(tmp_path / "out.json"))
        assert shown.code == 1 and shown.stderr == (
            f"cismoa: error: {empty}: the article is empty: nothing to build a dossier on\n"
        )
        assert not (tmp_path / "out.json").exists()
    missing = run_cli("init", str(tmp_path / "nope.txt"))
    assert (
        missing.code == 1
        and missing.stderr == f"cismoa: error: {tmp_path / 'nope.txt'}: no such file\n"
    )


def evidence_lines(stdout: str) -> list[Evidence]:
    return [Evidence.model_validate_json(line) for line in stdout.splitlines()]


def test_locate_once(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "locate", "could hurt Alpha\u2019s farmers")
    assert (shown.code, shown.stderr) == (0, "")
    assert evidence_lines(shown.stdout) == [
        Evidence(
            quote="could hurt Alpha\u2019s farmers", start=101, end=127, paragraph=3, sentence=2
        )
    ]
    (evidence,) = evidence_lines(shown.stdout)
    assert quote_problem(mini.article, evidence) is None


def test_locate_every_place(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "locate", "Alpha")
    found = evidence_lines(shown.stdout)
    assert shown.code == 0 and [e.start for e in found] == [0, 36, 43, 112, 199]
    assert all(quote_problem(mini.article, e) is None for e in found)
    assert shown.stderr == "cismoa: the phrase occurs 5 times; keep the one you mean\n"


def test_locate_near_miss_says_what_differs(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "locate", "alpha's  FARMERS")
    assert shown.code == 1
    assert shown.stderr == (
        "cismoa: not found exactly; the nearest differ in apostrophes and spacing and letter case\n"
    )
    # Ready to paste: the article's own text.
    assert evidence_lines(shown.stdout) == [
        Evidence(quote="Alpha\u2019s farmers", start=112, end=127, paragraph=3, sentence=2)
    ]


def test_locate_nowhere_offers_the_most_alike_passages(mini: Loaded) -> None:
    shown = run_cli("--data", MINI, "locate", "Gamma reconsiders its markets")
    assert shown.code == 1 and "the nearest differ in wording" in shown.stderr
    found = evidence_lines(shown.stdout)
    assert found and any("markets" in e.quote for e in found)
    assert all(quote_problem(mini.article, e) is None for e in found)


def test_locate_in_a_plain_text_file(tmp_path: Path) -> None:
    text = tmp_path / "draft.txt"
    text.write_text("One line. Two lines.", encoding="utf-8")
    shown = run_cli("locate", "Two", "--article", str(text))
    assert evidence_lines(shown.stdout) == [
        Evidence(quote="Two", start=10, end=13, paragraph=1, sentence=2)
    ]


def shifted(data: Json) -> None:
    """Three quotes moved 7 code points from where they stand."""
    for item in (*data["implications"], data["interests"][0]):
        evidence = item["evidence"][0]
        evidence["start"] += 7
        evidence["end"] += 7


def test_fix_offsets_repairs_and_reports(tmp_path: Path, mini_json: Json) -> None:
    path = write_dossier(tmp_path, change=shifted)
    assert run_cli("validate", path).code == 1
    shown = run_cli("validate", path, "--fix-offsets", "--force")
    assert shown.code == 0
    moves = [line for line in shown.stdout.splitlines() if " -> " in line]
    assert moves == [
        f"{path}: interests[0] (INT-1).evidence[0]: 181..204 -> 174..197",
        f"{path}: implications[0] (IMP-1).evidence[0]: 91..135 -> 84..128",
        f"{path}: implications[1] (IMP-2).evidence[0]: 136..180 -> 129..173",
    ]
    assert "moved 3 of 3 misplaced quotes" in shown.stderr
    fixed = Dossier.model_validate_json(path.read_text(encoding="utf-8"))
    assert fixed == Dossier.model_validate(mini_json)


def test_fix_offsets_never_guesses(tmp_path: Path) -> None:
    def ambiguous(data: Json) -> None:
        data["actors"][1]["evidence"][0] = {"quote": "Alpha", "start": 10, "end": 15}
        data["actors"][0]["evidence"][0]["quote"] = "Gamma reconsiders"
        shifted(data)

    path = write_dossier(tmp_path, change=ambiguous)
    before = path.read_text(encoding="utf-8")
    target = path.parent / "fixed.json"
    shown = run_cli("validate", path, "--fix-offsets", "-o", target)
    assert shown.code == 1  # the fixed file still has the two quotes no one could place
    assert "(BET).evidence[0]: ambiguous: the quote occurs 5 times" in shown.stdout
    assert "(ALP).evidence[0]: not in the article; left at" in shown.stdout
    assert "moved 3 of 5 misplaced quotes" in shown.stderr
    assert path.read_text(encoding="utf-8") == before  # -o leaves the original alone
    fixed = json.loads(target.read_text(encoding="utf-8"))
    assert fixed["actors"][1]["evidence"][0] == {"quote": "Alpha", "start": 10, "end": 15}
    assert fixed["implications"][0]["evidence"][0]["start"] == 84


def test_fix_offsets_reports_a_near_match_without_moving_it(tmp_path: Path) -> None:
    def straight(data: Json) -> None:
        evidence = data["implications"][0]["evidence"][0]
        evidence.update(quote=evidence["quote"].replace("\u2019", "'"), start=0, end=44)

    path = write_dossier(tmp_path, change=straight)
    shown = run_cli("validate", path, "--fix-offsets", "--force")
    assert shown.code == 1
    assert (
        f"{path}: implications[0] (IMP-1).evidence[0]: not in the article as written; a near "
        "match (apostrophes) is at 84..128: correct the quote"
    ) in shown.stdout
    assert "no offsets to fix" in shown.stderr


def test_fix_offsets_elsewhere_writes_out_an_implicit_article_name(tmp_path: Path) -> None:
    def implicit(data: Json) -> None:
        del data["article"]  # "article.txt", beside the dossier, by default
        shifted(data)

    path = write_dossier(tmp_path / "dossier", change=implicit)
    target = tmp_path / "fixed.json"
    shown = run_cli("validate", path, "--fix-offsets", "-o", target)
    assert shown.code == 0, shown.stdout
    fixed = target.read_text(encoding="utf-8")
    assert fixed.startswith('{\n  "article": "dossier/article.txt",\n')
    assert json.loads(fixed)["implications"][0]["evidence"][0]["start"] == 84


def test_fix_offsets_to_another_folder_names_the_article_from_there(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, change=shifted)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "fixed.json"
    refused = run_cli("validate", str(path), "--fix-offsets", "-o", str(target))
    assert refused.code == 1 and not target.exists()
    assert (
        "outside the folder" in refused.stderr and "where the dossier is written" in refused.stderr
    )
    allowed = ("--allow-outside", "validate", str(path), "--fix-offsets", "-o", str(target))
    assert run_cli(*allowed).code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["article"] == "../article.txt"


def test_fix_offsets_needs_somewhere_to_write(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, change=shifted)
    shown = run_cli("validate", str(path), "--fix-offsets")
    assert shown.code == 2 and "add -o FILE, or --force" in shown.stderr
    assert run_cli("validate", str(path), "--force").code == 2


def test_fix_offsets_with_nothing_to_fix(tmp_path: Path) -> None:
    path = write_dossier(tmp_path)
    before = path.stat().st_mtime_ns
    shown = run_cli("validate", str(path), "--fix-offsets", "--force")
    assert shown.code == 0 and "no offsets to fix" in shown.stderr
    assert path.stat().st_mtime_ns == before


def test_coverage_agrees_with_validate() -> None:
    rows = json.loads(run_cli("--data", MINI, "coverage", "--format", "json").stdout)
    assert (rows["cited"], rows["total"]) == (4, 4)
    assert [s["ids"] for s in rows["sentences"]] == [
        ["ALP", "REL-1"],
        ["IMP-1"],
        ["IMP-2"],
        ["BET", "INT-1"],
    ]
    validated = run_cli("validate", MINI).stdout
    assert "4 of 4 article sentences cited" in validated


def test_coverage_lists_the_gaps(tmp_path: Path) -> None:
    def fewer(data: Json) -> None:
        data["implications"] = data["implications"][:1]

    path = write_dossier(tmp_path, change=fewer)
    shown = run_cli("--data", path, "coverage", "--uncited")
    assert shown.stdout.splitlines()[1:] == [
        "129\t173\t3\t3\tno\t\tThe pact is expected to lift trade for both."
    ]
    validated = run_cli("validate", path).stdout
    assert "3 of 4 article sentences cited" in validated


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["actors"],
        ["implications", "--certainty", "conditional"],
        ["matrix"],
        ["export", "markdown"],
        ["coverage"],
    ],
    ids=" ".join,
)
def test_worked_example_runs_through_the_explorer(args: list[str]) -> None:
    shown = run_cli("--data", str(EXAMPLE / "dossier.json"), *args)
    assert (shown.code, shown.stderr) == (0, "")


def test_locate_needs_a_phrase_and_a_readable_text(tmp_path: Path) -> None:
    empty = run_cli("--data", MINI, "locate", "  ")
    assert (empty.code, empty.stderr) == (2, "cismoa: error: give a phrase to look for\n")
    missing = run_cli("--data", MINI, "locate", "word", "--article", tmp_path / "nope.txt")
    assert (missing.code, missing.stderr) == (
        1,
        f"cismoa: error: {tmp_path / 'nope.txt'}: no such file\n",
    )


MINI_ARTICLE = (REPO / "tests" / "fixtures" / "mini" / "article.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("phrase", "passage"),
    [
        ("Critcs argue it coud hurt", "Critics argue it could hurt"),  # typos inside words
        ("Beta wants fresh markets", "Beta wants new markets."),  # a word changed
        ("the pact is expected to raise trade", "The pact is expected to lift trade"),
    ],
)
def test_the_most_alike_passage_comes_first(phrase: str, passage: str) -> None:
    best = nearest_passages(MINI_ARTICLE, phrase)[0]
    assert MINI_ARTICLE[best.start : best.end] == passage
    assert best.differs is not None and best.differs.startswith("wording (")


@pytest.mark.parametrize("phrase", ["xyzzy qwerty", "... \u2014 !"])
def test_a_phrase_with_no_word_like_the_articles_has_no_alike_passage(phrase: str) -> None:
    assert nearest_passages(MINI_ARTICLE, phrase) == []


def test_alike_passages_are_ranked_best_first_and_each_once() -> None:
    found = nearest_passages(MINI_ARTICLE, "Alpha trade", count=5)
    ratios = [int(m.differs.split("(")[1].split("%")[0]) for m in found if m.differs]
    assert ratios == sorted(ratios, reverse=True) and len(ratios) == 5
    assert len({(m.start, m.end) for m in found}) == 5
