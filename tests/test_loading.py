"""Loading a dossier, called as code: reading files, strict JSON, schema problems, and the
checks a load runs. The command line's view of the same failures is in test_bad_files.py."""

from __future__ import annotations

import io
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import MINI, VOICES, Json, fixture_json, write_dossier

from cismoa_cli import store
from cismoa_cli.errors import DataError, Problem
from cismoa_cli.store import jsonstrict, read
from cismoa_cli.store.problems import schema_problems

pytestmark = pytest.mark.unit


def problems(error: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [str(p) for p in error.value.problems]


def refused(path: Path, **options: int) -> list[str]:
    with pytest.raises(DataError) as caught:
        read.read_bytes(path, **options)
    assert caught.value.path == str(path)
    return problems(caught)


# --- reading bytes ----------------------------------------------------------------------


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ten.txt"
    path.write_bytes(b"0123456789")
    assert read.read_bytes(path, max_bytes=10) == b"0123456789"
    assert read.read_text(path, max_bytes=10) == "0123456789"


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "eleven.txt"
    path.write_bytes(b"0123456789A")
    expected = ["is 11 bytes; cismoa reads files of at most 10 bytes"]
    assert refused(path, max_bytes=10) == expected
    with pytest.raises(DataError) as caught:
        read.read_text(path, max_bytes=10)
    assert problems(caught) == expected


def test_the_default_limit_is_the_documented_one(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(store.MAX_BYTES + 1)  # sparse: nothing is read
    assert store.MAX_BYTES == 256 * 1024 * 1024
    assert refused(path) == [
        f"is {store.MAX_BYTES + 1:,} bytes; cismoa reads files of at most {store.MAX_BYTES:,} bytes"
    ]


def test_a_file_that_grows_while_read_is_cut_at_the_limit_plus_one() -> None:
    grown = io.BytesIO(b"x" * 25)
    with pytest.raises(DataError) as caught:
        read._read_at_most(Path("grown.txt"), grown, 10)
    assert problems(caught) == ["is over 10 bytes; cismoa reads files of at most that"]
    assert grown.tell() == 11  # no more than one byte past the limit was read


def test_reading_in_chunks_keeps_every_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "_CHUNK", 3)
    data = bytes(range(20))
    assert read._read_at_most(Path("chunks"), io.BytesIO(data), 20) == data
    assert read._read_at_most(Path("empty"), io.BytesIO(b""), 20) == b""


@pytest.mark.parametrize("size", [0, 5, 12, 20, 30])
def test_a_file_of_the_size_it_had_when_opened_is_read_whole(size: int) -> None:
    """Its size is asked for in one read; a file that grew or shrank since is read on, and
    one past the limit still refused one byte past it."""
    data = bytes(range(12))
    assert read._read_at_most(Path("f"), io.BytesIO(data), 20, size) == data
    grown = io.BytesIO(b"x" * 25)
    with pytest.raises(DataError):
        read._read_at_most(Path("grown.txt"), grown, 10, size)
    assert grown.tell() == 11


def test_missing_folder_and_special_files(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope") == ["no such file"]
    assert refused(tmp_path) == ["is a folder, not a file"]
    assert refused(Path("/dev/null")) == [
        "is a character device, not a regular file; cismoa reads only regular files"
    ]
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert refused(fifo) == ["is a FIFO, not a regular file; cismoa reads only regular files"]
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock"))
        assert refused(tmp_path / "sock") == [
            "is a socket, not a regular file; cismoa reads only regular files"
        ]


def test_a_file_that_cannot_be_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "closed.txt"
    path.write_text("x", encoding="utf-8")

    def denied(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    assert refused(path) == ["permission denied"]

    def busy(*args: object) -> int:
        raise OSError(16, "Device or resource busy")

    monkeypatch.setattr(os, "open", busy)
    assert refused(path) == ["Device or resource busy"]


# --- decoding ----------------------------------------------------------------------------


def decoded_problems(raw: bytes) -> list[str]:
    with pytest.raises(DataError) as caught:
        read.decode(Path("f.json"), raw)
    return problems(caught)


def test_decoding_refuses_with_the_place() -> None:
    assert decoded_problems(b"\xef\xbb\xbf{}") == [
        "1:1: starts with a UTF-8 byte-order mark; save the file without one"
    ]
    # The column counts code points, as an editor does: "é" is one, though two bytes.
    assert decoded_problems("ab\ncd\u00e9".encode() + b"\xff") == [
        "2:4: byte 0xff is not UTF-8; save the file as UTF-8"
    ]
    assert decoded_problems(b"{\n  \x00}") == ["2:3: contains a NUL byte"]
    assert read.decode(Path("f"), "caf\u00e9".encode()) == "caf\u00e9"
    assert read.decode(Path("f"), b"") == ""


def test_line_and_column_count_from_one() -> None:
    text = "ab\ncd\n\nef"
    assert [read.line_col(text, i) for i in (0, 1, 2, 3, 5, 6, 7, 8)] == [
        "1:1",
        "1:2",
        "1:3",
        "2:1",
        "2:3",
        "3:1",
        "4:1",
        "4:2",
    ]


# --- where the article is ----------------------------------------------------------------


def outside(dossier: Path, reference: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        read.article_path(dossier, reference, allow_outside=False)
    assert caught.value.path == str(dossier)
    return problems(caught)


def test_an_article_inside_the_folder(tmp_path: Path) -> None:
    dossier = tmp_path / "claims.json"
    assert read.article_path(dossier, "article.txt", allow_outside=False) == (
        tmp_path.resolve() / "article.txt"
    )
    assert read.article_path(dossier, "sub/../a.txt", allow_outside=False) == (
        tmp_path.resolve() / "a.txt"
    )
    inside = str(tmp_path.resolve() / "article.txt")  # absolute, but inside
    assert read.article_path(dossier, inside, allow_outside=False) == Path(inside)


@pytest.mark.parametrize("reference", ["../a.txt", "/etc/hostname", "sub/../../a.txt"])
def test_an_article_outside_the_folder_is_refused(tmp_path: Path, reference: str) -> None:
    dossier = tmp_path / "in" / "claims.json"
    assert outside(dossier, reference) == [
        f"article: {reference!r} leads outside the dossier's folder; cismoa reads only an "
        "article inside the dossier's folder (pass --allow-outside to read it anyway)"
    ]
    allowed = read.article_path(dossier, reference, allow_outside=True)
    assert allowed == (tmp_path / "in" / reference).resolve()


def test_a_dossier_through_a_symlink_has_its_article_beside_the_target(tmp_path: Path) -> None:
    real = write_dossier(tmp_path / "real")
    link = tmp_path / "elsewhere" / "link.json"
    link.parent.mkdir()
    link.symlink_to(real)
    assert read.article_path(link, "article.txt", allow_outside=False) == (
        real.parent.resolve() / "article.txt"
    )


# --- loading -----------------------------------------------------------------------------


def test_the_fixtures_load_with_every_quote_verified() -> None:
    for path, quotes in ((MINI, 6), (VOICES, 7)):
        loaded = store.load(path)
        assert loaded.path == path
        assert loaded.article_path == path.parent.resolve() / "article.txt"
        assert loaded.article == (path.parent / "article.txt").read_text(encoding="utf-8")
        assert (loaded.quotes_verified, loaded.problems) == (quotes, [])


def test_the_bundled_dossier_is_found() -> None:
    path = store.bundled_path()
    assert path.name == "claims.json" and path.is_file()


def test_load_with_problems_collects_what_load_raises(tmp_path: Path) -> None:
    def broken(data: Json) -> None:
        data["interests"][0]["actor"] = "ZZZ"
        data["relations"][0]["evidence"][0]["start"] += 1
        data["source"]["title"] = "Not the Title"
        data["source"]["sha256"] = "0" * 64

    path = write_dossier(tmp_path, change=broken)
    inspected = store.load_with_problems(path)
    found = [str(p) for p in inspected.problems]
    assert found[0] == "interests[0].actor: unknown actor id 'ZZZ'"
    assert found[1].startswith("relations[0] (REL-1).evidence[0]: ")
    assert found[2].startswith("source.sha256: does not match article.txt (its SHA-256 is ")
    assert found[2].endswith("); the article changed since the dossier was written")
    assert found[3] == "source.title: 'Not the Title' is not in the article"
    assert len(found) == 4
    assert inspected.quotes_verified == 5
    with pytest.raises(DataError) as caught:
        store.load(path)
    assert problems(caught) == found
    assert str(caught.value).endswith("(and 3 more; run `cismoa validate` to list them all)")


def test_the_hash_is_of_the_articles_bytes(tmp_path: Path) -> None:
    import hashlib

    path = write_dossier(tmp_path)
    article = (tmp_path / "article.txt").read_bytes()
    assert store.load(path).dossier.source.sha256 == hashlib.sha256(article).hexdigest()
    (tmp_path / "article.txt").write_bytes(article + b"\n")
    found = [str(p) for p in store.load_with_problems(path).problems]
    digest = hashlib.sha256(article + b"\n").hexdigest()
    assert found == [
        f"source.sha256: does not match article.txt (its SHA-256 is {digest}); "
        "the article changed since the dossier was written"
    ]


def test_each_tag_and_the_place_must_stand_in_the_article(tmp_path: Path) -> None:
    def retagged(data: Json) -> None:
        data["source"]["place"] = "Atlantis"
        data["source"]["tags"] = ["Alpha", "Gold", "Silver"]

    found = [
        str(p) for p in store.load_with_problems(write_dossier(tmp_path, change=retagged)).problems
    ]
    assert found == [
        "source.place: 'Atlantis' is not in the article",
        "source.tags[1]: 'Gold' is not in the article",
        "source.tags[2]: 'Silver' is not in the article",
    ]


def test_an_empty_place_needs_no_standing(tmp_path: Path) -> None:
    def placeless(data: Json) -> None:
        data["source"]["place"] = ""

    assert store.load_with_problems(write_dossier(tmp_path, change=placeless)).problems == []


def test_load_with_problems_keeps_the_article_inside_unless_allowed(tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_bytes((MINI.parent / "article.txt").read_bytes())

    def moved(data: Json) -> None:
        data["article"] = "../outside.txt"

    path = write_dossier(tmp_path / "in", change=moved)
    for attempt in (store.load_with_problems, store.load):
        with pytest.raises(DataError) as caught:
            attempt(path)
        assert problems(caught)[0].startswith("article: '../outside.txt' leads outside")
    assert store.load_with_problems(path, allow_outside=True).problems == []
    assert store.load(path, allow_outside=True).article_path == tmp_path / "outside.txt"


def test_a_missing_article_names_the_article(tmp_path: Path) -> None:
    path = write_dossier(tmp_path)
    (tmp_path / "article.txt").unlink()
    with pytest.raises(DataError) as caught:
        store.load(path)
    assert caught.value.path == str(tmp_path / "article.txt")
    assert problems(caught) == ["no such file"]


# --- parsing -----------------------------------------------------------------------------


def parse_problems(text: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        store.parse(Path("d.json"), text)
    assert caught.value.path == "d.json"
    return problems(caught)


def test_an_empty_text_is_no_dossier() -> None:
    for text in ("", " \n\t"):
        assert parse_problems(text) == ["is empty; a dossier is a JSON object"]


def test_nesting_that_only_pydantic_refuses_is_placed_by_the_scanner() -> None:
    """Python's parser takes 300 levels; Pydantic's stops earlier: the scanner says where."""
    depth = 300
    text = '{"source": {"tags": ' + "[" * depth + "]" * depth + "}}"
    assert jsonstrict.check(text) is None  # the fast check lets it through
    column = len('{"source": {"tags": ') + jsonstrict.MAX_DEPTH - 1
    assert parse_problems(text) == [f"1:{column}: {jsonstrict.TOO_DEEP}"]


def test_nesting_within_what_pydantic_takes_is_a_schema_problem() -> None:
    text = '{"source": {"tags": ' + "[" * 3 + "]" * 3 + "}}"
    found = parse_problems(text)
    assert "source.tags[0]: Input should be a valid string" in found
    assert "source.title: required field is missing" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1, "a": 2}', "1:1: the object starting here has the key 'a' twice"),
        ('{"x": [NaN]}', "1:8: NaN is not a JSON number; write a number or a string"),
        ("[1, 2]", "a dossier is a JSON object, not an array"),
        ('"text"', "a dossier is a JSON object, not a string"),
        ("true", "a dossier is a JSON object, not a boolean"),
        ("null", "a dossier is a JSON object, not null"),
        ("12.5", "a dossier is a JSON object, not a number"),
        ('{"a": 1,}', "1:8: invalid JSON: a trailing comma before '}'"),
        ('{"a": [1, ]}', "1:9: invalid JSON: a trailing comma before ']'"),
        ("{'a': 1}", "1:2: invalid JSON: strings and keys take double quotes, not single ones"),
        ('{"a": ', "1:7: invalid JSON: the text ends too soon (expecting value)"),
        ('{"a" 1}', "1:6: invalid JSON: Expecting ':' delimiter"),
    ],
)
def test_what_json_parsers_accept_and_a_dossier_refuses(text: str, expected: str) -> None:
    (found,) = parse_problems(text)
    assert found.startswith(expected)


REFUSED = [
    '{"a": 1, "a": 2}',
    '{"x": [NaN]}',
    "[1, 2]",
    '{"a": 1,}',
    '{\n  "source": {"title": "a",\n    "title": "b"}}',
    "[" * 1000 + "]" * 1000,
]


THREADS_RUNNING = threading.active_count
# Earlier tests of the run leave threads behind (datasette's writers, an event loop's
# executor), so forking in this process warns as cismoa's own process never does.
FORKS_IN_THIS_RUN = pytest.mark.filterwarnings(
    "ignore:This process .* is multi-threaded:DeprecationWarning"
)


def checked_beside(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Check every text in a child process, as a large one is; the list gets each child."""
    children: list[int] = []
    fork = os.fork

    def counted() -> int:
        child = fork()
        if child:
            children.append(child)
        return child

    monkeypatch.setattr(jsonstrict, "BESIDE_FROM", 0)
    monkeypatch.setattr(os, "fork", counted)
    # As in cismoa's own process, which runs no other thread: earlier tests in this run may
    # leave one behind (an event loop's executor), and the child only parses.
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    return children


@FORKS_IN_THIS_RUN
@pytest.mark.parametrize("text", REFUSED)
def test_a_large_text_checked_in_a_child_gets_the_same_answer(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parse_problems(text)
    children = checked_beside(monkeypatch)
    assert parse_problems(text) == expected
    assert len(children) == 1


@FORKS_IN_THIS_RUN
def test_a_large_dossier_checked_in_a_child_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    children = checked_beside(monkeypatch)
    loaded = store.load(MINI)
    assert loaded.dossier.implications and len(children) == 1


@FORKS_IN_THIS_RUN
def test_a_child_that_dies_leaves_the_check_to_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = os.getpid()
    check = jsonstrict.check

    def dies_in_the_child(text: str) -> Problem | None:
        if os.getpid() != parent:
            os._exit(9)  # as if killed for its memory
        return check(text)

    children = checked_beside(monkeypatch)
    monkeypatch.setattr(jsonstrict, "check", dies_in_the_child)
    assert parse_problems('{"a": 1, "a": 2}')[0].startswith("1:1: the object starting here")
    assert len(children) == 1


def test_where_no_process_can_be_started_the_caller_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A limit on processes (EAGAIN) or on open files (EMFILE) is no internal error."""
    monkeypatch.setattr(jsonstrict, "BESIDE_FROM", 0)
    for limit in ("fork", "pipe"):

        def refused() -> Any:
            raise BlockingIOError(11, "Resource temporarily unavailable")

        with monkeypatch.context() as patched:
            patched.setattr(os, limit, refused)
            assert parse_problems('{"a": 1, "a": 2}')[0].startswith("1:1: the object starting")


def test_with_another_thread_running_nothing_is_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking a process that runs threads can deadlock the child: check in the caller."""
    children = checked_beside(monkeypatch)
    monkeypatch.setattr(threading, "active_count", THREADS_RUNNING)  # the real count
    done = threading.Event()
    other = threading.Thread(target=done.wait)
    other.start()
    try:
        found = parse_problems('{"a": 1, "a": 2}')
    finally:
        done.set()
        other.join()
    assert found[0].startswith("1:1: the object starting here") and children == []


def test_a_duplicate_key_is_placed_at_its_object() -> None:
    text = '{\n  "source": {"title": "a",\n    "title": "b"}}'
    assert parse_problems(text) == [
        "2:13: the object starting here has the key 'title' twice "
        "(JSON parsers would silently keep the last)"
    ]


def test_deep_nesting_is_refused_at_the_level_past_the_limit() -> None:
    text = "[" * 1000 + "]" * 1000
    assert parse_problems(text) == [f"1:{jsonstrict.MAX_DEPTH + 1}: {jsonstrict.TOO_DEEP}"]
    fine = "[" * jsonstrict.MAX_DEPTH + "]" * jsonstrict.MAX_DEPTH
    assert jsonstrict.locate_problem(fine) is None


def test_scalars_have_their_paths_and_places() -> None:
    text = '{"a": [1, "two", {"b": null}], "c": true, "d": -2.5e3}'
    found = [(path, text[start:end]) for path, start, end in jsonstrict.scalars(text)]
    assert found == [
        (("a", 0), "1"),
        (("a", 1), '"two"'),
        (("a", 2, "b"), "null"),
        (("c",), "true"),
        (("d",), "-2.5e3"),
    ]


def test_scalars_stop_quietly_at_a_syntax_error() -> None:
    assert [p for p, _, _ in jsonstrict.scalars('{"a": 1, "b": ?}')] == [("a",)]
    assert [p for p, _, _ in jsonstrict.scalars('{"a": 1}} {"b": 2}')] == [("a",)]
    assert list(jsonstrict.scalars("]")) == []


def test_a_key_may_repeat_in_different_objects() -> None:
    text = '{"a": {"k": 1}, "b": {"k": 2}, "k": [{"k": 3}, {"k": 4}]}'
    assert jsonstrict.check(text) is None
    assert jsonstrict.locate_problem(text) is None
    assert [p for p, _, _ in jsonstrict.scalars(text)] == [
        ("a", "k"),
        ("b", "k"),
        ("k", 0, "k"),
        ("k", 1, "k"),
    ]


# --- schema problems ---------------------------------------------------------------------


def schema_of(data: Json) -> list[str]:
    import json

    return parse_problems(json.dumps(data))


def test_an_unknown_field_suggests_the_nearest(mini_json: Json) -> None:
    mini_json["implications"][0]["afects"] = mini_json["implications"][0].pop("affects")
    assert schema_of(mini_json) == [
        "implications[0] (IMP-1).affects: required field is missing",
        "implications[0] (IMP-1).afects: unknown field 'afects' (did you mean 'affects'?)",
    ]


def test_an_unknown_field_far_from_all_gets_no_suggestion(mini_json: Json) -> None:
    mini_json["source"]["zzzzzz"] = 1
    mini_json["quux"] = 1
    assert schema_of(mini_json) == [
        "source.zzzzzz: unknown field 'zzzzzz'",
        "quux: unknown field 'quux'",
    ]


def test_an_unknown_field_inside_a_quote(mini_json: Json) -> None:
    mini_json["actors"][1]["evidence"][0]["qoute"] = "x"
    assert schema_of(mini_json) == [
        "actors[1] (BET).evidence[0].qoute: unknown field 'qoute' (did you mean 'quote'?)"
    ]


def test_a_bad_vocabulary_word(mini_json: Json) -> None:
    mini_json["implications"][1]["direction"] = "good"
    (found,) = schema_of(mini_json)
    assert found.startswith("implications[1] (IMP-2).direction: 'good' is not one of 'benefit'")


def test_a_wrong_type_keeps_pydantics_words(mini_json: Json) -> None:
    mini_json["actors"][0]["evidence"][0]["start"] = "43"
    assert schema_of(mini_json) == [
        "actors[0] (ALP).evidence[0].start: Input should be a valid integer"
    ]


def test_an_empty_list_that_must_hold_one_is_one_problem(mini_json: Json) -> None:
    mini_json["interests"][0]["evidence"] = []
    assert schema_of(mini_json) == [
        "interests[0] (INT-1).evidence: Tuple should have at least 1 item after validation, not 0"
    ]


def test_a_list_whose_only_item_fails_says_so_once(mini_json: Json) -> None:
    mini_json["implications"][0]["affects"] = ["lower"]
    assert schema_of(mini_json) == [
        "implications[0] (IMP-1).affects[0]: String should match pattern '^[A-Z][A-Z0-9_-]{1,15}$'"
    ]


def test_an_item_without_a_text_id_is_named_by_its_index(mini_json: Json) -> None:
    mini_json["interests"][0]["id"] = 7
    mini_json["implications"] = {"not": "a list"}
    assert schema_of(mini_json) == [
        "interests[0].id: Input should be a valid string",
        "implications: Input should be a valid array",
    ]


def test_a_whole_dossier_of_the_wrong_type() -> None:
    assert schema_problems(
        [{"type": "missing", "loc": (), "msg": "Field required", "input": None}],
        None,
    ) == [Problem("(top level)", "required field is missing")]


def test_a_value_error_loses_its_prefix() -> None:
    error = {"type": "value_error", "loc": ("x", 3), "msg": "Value error, odd", "input": 1}
    found = schema_problems([error], {"x": [0]})  # type: ignore[list-item]
    assert found == [Problem("x[3]", "odd")]


def test_problem_paths_follow_the_data(mini_json: Json) -> None:
    fixture = fixture_json(VOICES)
    fixture["relations"][0]["actors"] = ["ALP"]
    assert schema_of(fixture) == ["relations[0] (REL-1).actors[1]: required field is missing"]


def test_a_leading_line_break_counts_as_a_line() -> None:
    assert [read.line_col("\nab", i) for i in (0, 1, 2)] == ["1:1", "2:1", "2:2"]


def test_a_json_problem_says_what_is_wrong() -> None:
    problem = jsonstrict.JsonProblem(4, "NaN is not a JSON number")
    assert (str(problem), problem.position, problem.message) == (
        "NaN is not a JSON number",
        4,
        "NaN is not a JSON number",
    )


@pytest.mark.parametrize(
    ("text", "stopped_at", "comma"),
    [
        ('{"a": 1,}', 8, 7),  # stopped at the bracket (Python before 3.13)
        ('{"a": 1, \n }', 11, 7),
        ("[1,]", 3, 2),
        ('{"a": [1,] }', 9, 8),  # a bracket with more text after it
        ('{"a": 1,}', 7, 7),  # stopped at the comma (Python 3.13)
        ("[1, ]", 2, 2),
        ("[1, 2]", 5, None),  # a bracket after no comma
        ("[1,, 2]", 3, None),  # a comma followed by no bracket
        ("[1 ]", 3, None),
    ],
)
def test_a_trailing_comma_is_found_wherever_the_parser_stopped(
    text: str, stopped_at: int, comma: int | None
) -> None:
    assert jsonstrict._trailing_comma(text, stopped_at) == comma


def test_an_unknown_field_of_the_source_suggests_a_field_of_the_source(mini_json: Json) -> None:
    mini_json["source"]["titel"] = mini_json["source"].pop("title")
    assert schema_of(mini_json) == [
        "source.title: required field is missing",
        "source.titel: unknown field 'titel' (did you mean 'title'?)",
    ]


def fake_install(root: Path, monkeypatch: pytest.MonkeyPatch, *package: str) -> Path:
    """Where ``store`` would stand in an install laid out as ``package`` under ``root``."""
    module = root.joinpath(*package, "cismoa_cli", "store", "__init__.py")
    module.parent.mkdir(parents=True)
    monkeypatch.setattr(store, "__file__", str(module))
    return module.parent.parent


def test_an_installed_package_carries_its_dossier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = fake_install(tmp_path, monkeypatch, "site-packages")
    (package / "data").mkdir()
    (package / "data" / "claims.json").write_text("{}", encoding="utf-8")
    (tmp_path / "data").mkdir()  # a checkout's folder would come second
    (tmp_path / "data" / "claims.json").write_text("{}", encoding="utf-8")
    assert store.bundled_path() == package / "data" / "claims.json"


def test_a_source_checkout_has_its_dossier_at_the_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_install(tmp_path, monkeypatch, "src")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "claims.json").write_text("{}", encoding="utf-8")
    assert store.bundled_path() == tmp_path / "data" / "claims.json"


def test_a_missing_bundled_dossier_is_a_data_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = fake_install(tmp_path, monkeypatch, "src")
    with pytest.raises(DataError) as caught:
        store.bundled_path()
    assert caught.value.path == str(package / "data" / "claims.json")
    assert caught.value.problems == [Problem("", "the bundled dossier is missing")]


# --- every error names its file --------------------------------------------------------------


def data_error(attempt: Callable[[], object]) -> DataError:
    with pytest.raises(DataError) as caught:
        attempt()
    return caught.value


def test_each_failure_names_the_file_it_is_about(tmp_path: Path) -> None:
    dossier = write_dossier(tmp_path, text='{"a": 1,}')
    assert data_error(lambda: store.load_with_problems(dossier)).path == str(dossier)
    assert data_error(lambda: store.load(dossier)).path == str(dossier)
    empty = write_dossier(tmp_path / "empty", text="")
    assert data_error(lambda: store.load_with_problems(empty)).problems == [
        Problem("", "is empty; a dossier is a JSON object")
    ]
    bad = write_dossier(tmp_path / "bad")
    (tmp_path / "bad" / "article.txt").write_bytes(b"Alpha \xff")
    error = data_error(lambda: store.load_with_problems(bad))
    assert error.path == str((tmp_path / "bad" / "article.txt").resolve())
    assert error.problems == [Problem("1:7", "byte 0xff is not UTF-8; save the file as UTF-8")]
    unsound = write_dossier(tmp_path / "unsound", change=lambda d: d["actors"].pop())
    assert data_error(lambda: store.load(unsound)).path == str(unsound)


def test_decoding_errors_name_their_file(tmp_path: Path) -> None:
    for raw in (b"\xef\xbb\xbfx", b"x\xff", b"x\x00"):
        path = tmp_path / "text.txt"
        path.write_bytes(raw)
        assert data_error(lambda: read.read_text(path)).path == str(path)  # noqa: B023


def test_a_nul_byte_is_placed_at_the_first_one() -> None:
    assert decoded_problems(b"\x00abc") == ["1:1: contains a NUL byte"]
    assert decoded_problems(b"ab\ncd\x00e\x00") == ["2:3: contains a NUL byte"]


def test_reading_chunk_by_chunk_stops_one_byte_past_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(read, "_CHUNK", 3)
    grown = io.BytesIO(b"x" * 25)
    error = data_error(lambda: read._read_at_most(Path("grown.txt"), grown, 10))
    assert error.path == "grown.txt"
    assert grown.tell() == 11


def test_an_error_while_reading_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "flaky.txt"
    path.write_text("x", encoding="utf-8")
    for raised, said in (
        (OSError(5, "Input/output error"), "Input/output error"),
        (OSError("odd"), "odd"),
    ):

        def failing(*args: object, error: OSError = raised) -> bytes:
            raise error

        monkeypatch.setattr(read, "_read_at_most", failing)
        error = data_error(lambda: read.read_bytes(path))
        assert (error.path, error.problems) == (str(path), [Problem("", said)])
    monkeypatch.undo()

    def unexplained(*args: object) -> int:
        raise OSError("no reason given")

    monkeypatch.setattr(os, "open", unexplained)
    assert refused(path) == ["no reason given"]


def test_a_path_that_turns_into_a_fifo_is_refused_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the check of the path and its opening, a FIFO may take a file's place: opening
    it must not wait for a writer, and the open file is checked again."""
    regular = tmp_path / "regular.txt"
    regular.write_text("x", encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    real_stat = os.stat

    def swapped(path: object, *args: Any, **kwargs: Any) -> os.stat_result:
        return real_stat(regular if path == fifo else path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", swapped)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            read.read_bytes(fifo)
        except DataError as error:
            outcome.append(error)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(5)
    waited = reader.is_alive()
    if waited:  # it waits for a writer: give it one so that the thread ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5)
    assert not waited
    assert [str(e) for e in outcome] == [
        f"{fifo}: is a FIFO, not a regular file; cismoa reads only regular files"
    ]


def test_the_fast_check_names_no_place_for_a_whole_text_of_the_wrong_kind() -> None:
    assert jsonstrict.check("[1]") == Problem("", "a dossier is a JSON object, not an array")
    assert jsonstrict.check('{"a": [1]}') is None


def test_a_file_that_says_it_is_empty_is_still_cut_at_the_limit() -> None:
    """Files in /proc report a size of 0 and hold more: the limit counts what is read."""
    status = Path("/proc/self/status")
    error = data_error(lambda: read.read_bytes(status, max_bytes=10))
    assert (error.path, error.problems) == (
        str(status),
        [Problem("", "is over 10 bytes; cismoa reads files of at most that")],
    )
