"""Inputs that once took minutes now take seconds: each test would time out before its fix.

The bound (deadline.BOUND) is generous on purpose: these tests catch work that grows with
the square of the input, not a slow machine.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from bulk import bulk, sentence, write_bulk
from deadline import within
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cismoa_cli.article import SegmentIndex, SegmentKind, segments
from cismoa_cli.authoring import nearest_passages, offset_fixes
from cismoa_cli.draft import propose
from cismoa_cli.evidence import MAX_HINTS, citations, quote_problems
from cismoa_cli.models import Dossier, Evidence
from cismoa_cli.render.trees import in_context, item_view
from cismoa_cli.store import load_with_problems


def test_a_word_edited_out_of_every_quote_is_reported_in_seconds(tmp_path: Path) -> None:
    # Each quote that misses used to fold the whole article again for its hint.
    data, article = bulk(3_000)
    path = write_bulk(tmp_path, data, article.replace("the region.", "the realm."))
    loaded = within(lambda: load_with_problems(path))
    missing = [p for p in loaded.problems if ".evidence[" in p.where]
    assert len(missing) == 3_002  # with the two actors citing the first sentence
    assert all(p.message.endswith("the quote is nowhere in the article") for p in missing)


def quote_of(where: str) -> str:
    """The quote a bulk dossier's problem is about, from where it is."""
    found = re.search(r"\(IMP-(\d+)\)", where)
    return sentence(int(found[1]) if found else 0)


def test_moved_quotes_are_found_near_their_old_place_in_seconds() -> None:
    # Each used to be looked for through the whole article, twice by --fix-offsets.
    data, article = bulk(10_000, padding=2_000_000)
    dossier = Dossier.model_validate(data)
    moved = "Moved. " + article
    problems, verified = within(lambda: quote_problems(dossier, moved))
    assert verified == 0 and len(problems) == 10_002
    assert all(p.message.endswith(f"it stands at {place(p.message, 7)}") for p in problems)
    fixes = within(lambda: offset_fixes(dossier, moved))
    assert all(f.new == (f.old[0] + 7, f.old[1] + 7) for f in fixes) and len(fixes) == 10_002


def place(message: str, shift: int) -> str:
    """Where a message's quote stands once moved by ``shift``, as messages write it."""
    start, end = map(int, re.findall(r" at (\d+)\.\.(\d+), not the quote", message)[0])
    return f"{start + shift}..{end + shift}"


def test_quotes_that_stand_twice_are_looked_for_only_up_to_the_hint_limit() -> None:
    # Twice in the article, no quote can be placed without reading all of it.
    data, article = bulk(10_000, padding=1_000_000)
    doubled = "Moved. " + article + article
    dossier = Dossier.model_validate(data)
    problems, _ = within(lambda: quote_problems(dossier, doubled))
    hinted = [
        p for p in problems if re.search(r"; it stands at \d+\.\.\d+, \d+\.\.\d+$", p.message)
    ]
    unsearched = [p for p in problems if "not looked for elsewhere" in p.message]
    assert (len(hinted), len(unsearched)) == (MAX_HINTS, len(problems) - MAX_HINTS)
    first = (
        f"it stands at {place(hinted[0].message, 7)}, {place(hinted[0].message, 7 + len(article))}"
    )
    assert hinted[0].message.endswith(first)


def test_a_long_run_of_titles_splits_in_seconds() -> None:
    # "Dr." never ends a sentence: the check used to reread the sentence from its start.
    text = "Dr. X " * 40_000 + "ends. Next one."
    found = within(lambda: segments(text))
    assert [(s.start, s.end) for s in found] == [(0, len(text) - 10), (len(text) - 9, len(text))]


def test_a_long_run_of_capitalised_words_drafts_in_seconds() -> None:
    # Each capitalised word used to walk the whole run, looking for an organisation's head
    # word: 40,000 words took minutes.
    drafted = within(lambda: propose("Word " * 40_000 + "said China may lose."))
    assert [a["id"] for a in drafted["actors"]] == ["CHN"]


def test_show_of_an_item_with_2000_quotes_splits_the_article_once() -> None:
    data, article = bulk(2_000)
    quotes = [item["evidence"][0] for item in data["implications"]]
    data["implications"][0]["evidence"] = quotes
    dossier = Dossier.model_validate(data)
    view = within(lambda: item_view(dossier, dossier.implications[0], article))
    context = view.listing.records["context"]
    assert [c["text"] for c in context] == [sentence(n) for n in range(2_000)]


def test_show_prints_no_more_of_a_long_line_than_a_stretch_around_each_quote() -> None:
    # A text without sentence breaks is one segment: shown whole, it was printed once per
    # quote (500 quotes of a 500 KB line: 250 MB).
    data, _ = bulk(1)
    article = "word " * 100_000
    quotes = [{"quote": "word", "start": 5 * n, "end": 5 * n + 4} for n in range(0, 100_000, 200)]
    data["implications"][0]["evidence"] = quotes
    dossier = Dossier.model_validate(data)
    view = within(lambda: item_view(dossier, dossier.implications[0], article))
    context = view.listing.records["context"]
    assert len(context) == 500 and all(len(c["text"]) <= 2_004 for c in context)
    assert all(article[c["start"] : c["end"]] == c["text"] for c in context)
    middle = Evidence(quote="word", start=250_000, end=250_004)
    shown = in_context(article, middle, (0, len(article) - 1)).plain
    assert shown == "\u2026" + "word " * 200 + "\u00abword\u00bb" + " word" * 200 + "\u2026"


def test_locate_of_an_absent_phrase_in_a_long_article_is_bounded() -> None:
    # 5.7 MB: every word window used to be compared with the phrase.
    _, article = bulk(100_000)
    phrase = f"Item 77777 wil shift outcom {77777 * 7919 % 100_003}"
    found = within(lambda: nearest_passages(article, phrase))
    assert article[found[0].start : found[0].end] == sentence(77777)[: -len(" for the region.")]


def test_locate_of_a_very_long_phrase_compares_its_beginning() -> None:
    # Comparing costs the square of the phrase's length, and was done for every window.
    _, article = bulk(3_000)
    start = article.index(sentence(1_000))
    phrase = article[start : start + 20_000].replace("shift", "shfit")
    found = within(lambda: nearest_passages(article, phrase))
    assert found[0].start == start and len(article[found[0].start : found[0].end].split()) == 40


EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("word"), st.sampled_from(["Item", "will", "shift", "outcome", "the"])),
        st.tuples(st.just("breaks"), st.sampled_from(["\r\n", "\r", "\n\n\n"])),
        st.tuples(st.just("titles"), st.integers(min_value=1, max_value=20_000)),
    ),
    min_size=1,
    max_size=3,
)
BULK = bulk(1_000, padding=300_000)  # the dossier and article the property test edits


def edited(article: str, edits: list[tuple[str, object]], seed: int) -> str:
    """``article`` with each edit applied: a word replaced everywhere, line breaks changed,
    or a run of titles inserted after a sentence."""
    for kind, value in edits:
        if kind == "word":
            article = re.sub(rf"\b{value}\b", f"x{seed}", article)
        elif kind == "breaks":
            article = article.replace("\n", str(value))
        else:
            at = article.find(". ", seed % len(article)) + 2
            article = article[:at] + "Dr. X " * int(str(value)) + article[at:]
    return article


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS, seed=st.integers(min_value=0, max_value=10**6))
def test_no_edit_of_the_article_makes_checking_hang(
    edits: list[tuple[str, object]], seed: int
) -> None:
    data, article = BULK
    text = edited(article, edits, seed)
    with tempfile.TemporaryDirectory() as folder:
        path = write_bulk(Path(folder), data, text)

        def check() -> None:
            loaded = load_with_problems(path)
            index = SegmentIndex(text)
            for _, _, item in loaded.dossier.items():
                for evidence in item.evidence:
                    index.context(evidence.start, evidence.end)
            citations(loaded.dossier, text)
            offset_fixes(loaded.dossier, text)
            nearest_passages(text, "Item 12 wil shift outcom")

        within(check)
    kinds = {s.kind for s in segments(text)}
    assert SegmentKind.SENTENCE in kinds  # whatever the line breaks, prose is still prose
