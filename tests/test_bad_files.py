"""Every bad dossier file gives one clear line naming the file and the place, and exit 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import MINI, Json, run_cli, write_dossier

from cismoa_cli import store
from cismoa_cli.store import jsonstrict


def only_error(path: Path, detail: str) -> str:
    return f"cismoa: error: {path}: {detail}\n"


def check(path: Path, detail: str) -> None:
    """The explorer refuses the file with exactly this line; validate lists the same problem."""
    shown = run_cli("--data", str(path), "actors", "--format", "tsv")
    assert (shown.code, shown.stdout, shown.stderr) == (1, "", only_error(path, detail))
    checked = run_cli("validate", str(path))
    assert checked.code == 1
    assert f"{path}: {detail.split(' (and ')[0]}\n" in checked.stdout
    assert "Traceback" not in checked.stdout + checked.stderr


def test_missing_file(tmp_path: Path) -> None:
    check(tmp_path / "nope.json", "no such file")


def test_a_folder(tmp_path: Path) -> None:
    check(tmp_path, "is a folder, not a file")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_dossier(tmp_path)
    real = os.open

    def refuse(name: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(name) == path:  # as root, a mode of 000 would not stop the read
            raise PermissionError(13, "Permission denied")
        return real(name, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    check(path, "permission denied")


def test_empty_file(tmp_path: Path) -> None:
    check(write_dossier(tmp_path, text=""), "is empty; a dossier is a JSON object")


def test_whitespace_only_file(tmp_path: Path) -> None:
    check(write_dossier(tmp_path, text="  \n\n"), "is empty; a dossier is a JSON object")


def test_byte_order_mark(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, text=b"\xef\xbb\xbf{}")
    check(path, "1:1: starts with a UTF-8 byte-order mark; save the file without one")


def test_latin1_bytes(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, text=b'{\n  "title": "caf\xe9"\n}')
    check(path, "2:16: byte 0xe9 is not UTF-8; save the file as UTF-8")


def test_nul_byte(tmp_path: Path) -> None:
    check(write_dossier(tmp_path, text='{"a":\n "b\x00"}'), "2:4: contains a NUL byte")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ('{\n  "a": 1,\n}', "2:9: invalid JSON: a trailing comma before '}'"),
        ('{"a": [1, 2,]}', "1:12: invalid JSON: a trailing comma before ']'"),
        (
            '{\n  "a": {"b": 1}\n',
            "3:1: invalid JSON: the text ends too soon (expecting ',' delimiter)",
        ),
        ("{'a': 1}", "1:2: invalid JSON: strings and keys take double quotes, not single ones"),
        ('{"a": tru}', "1:7: invalid JSON: Expecting value"),
    ],
)
def test_json_syntax(tmp_path: Path, text: str, detail: str) -> None:
    check(write_dossier(tmp_path, text=text), detail)


def test_duplicate_keys(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, text='{\n  "source": {"id": "a", "id": "b"}\n}')
    check(
        path,
        "2:13: the object starting here has the key 'id' twice "
        "(JSON parsers would silently keep the last)",
    )


def test_deep_nesting(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, text="[" * 1000 + "]" * 1000)
    check(
        path, f"1:{jsonstrict.MAX_DEPTH + 1}: nested more than {jsonstrict.MAX_DEPTH} levels deep"
    )


def test_very_deep_nesting_inside_a_field(tmp_path: Path) -> None:
    path = write_dossier(tmp_path, text='{"tags": ' + "[" * 100_000 + "]" * 100_000 + "}")
    check(
        path, f"1:{9 + jsonstrict.MAX_DEPTH}: nested more than {jsonstrict.MAX_DEPTH} levels deep"
    )


@pytest.mark.parametrize(("literal", "column"), [("NaN", 11), ("Infinity", 11), ("-Infinity", 11)])
def test_nan_and_infinity(tmp_path: Path, literal: str, column: int) -> None:
    path = write_dossier(tmp_path, text=f'{{"start": {literal}}}')
    check(path, f"1:{column}: {literal} is not a JSON number; write a number or a string")


def test_not_an_object(tmp_path: Path) -> None:
    check(write_dossier(tmp_path, text="[1, 2]"), "a dossier is a JSON object, not an array")


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    def typo(data: Json) -> None:
        data["implications"][0]["afects"] = data["implications"][0].pop("affects")

    path = write_dossier(tmp_path, change=typo)
    check(
        path,
        "implications[0] (IMP-1).affects: required field is missing "
        "(and 1 more; run `cismoa validate` to list them all)",
    )
    listed = run_cli("validate", path).stdout
    assert (
        "implications[0] (IMP-1).afects: unknown field 'afects' (did you mean 'affects'?)" in listed
    )


def test_offset_as_a_string(tmp_path: Path) -> None:
    def retype(data: Json) -> None:
        data["interests"][0]["evidence"][0]["start"] = "174"

    check(
        write_dossier(tmp_path, change=retype),
        "interests[0] (INT-1).evidence[0].start: Input should be a valid integer",
    )


def test_bad_enum_value(tmp_path: Path) -> None:
    def bad(data: Json) -> None:
        data["implications"][1]["direction"] = "good"

    check(
        write_dossier(tmp_path, change=bad),
        "implications[1] (IMP-2).direction: 'good' is not one of "
        "'benefit', 'risk', 'mixed' or 'neutral'",
    )


def test_duplicate_ids(tmp_path: Path) -> None:
    def twice(data: Json) -> None:
        data["implications"][1]["id"] = "IMP-1"

    check(write_dossier(tmp_path, change=twice), "implications[0].id: id 'IMP-1' is used 2 times")


def test_unknown_actor_reference(tmp_path: Path) -> None:
    def stray(data: Json) -> None:
        data["implications"][0]["affects"] = ["ALP", "IND"]

    check(
        write_dossier(tmp_path, change=stray), "implications[0].affects[1]: unknown actor id 'IND'"
    )


def test_quote_not_at_its_offsets(tmp_path: Path) -> None:
    def shift(data: Json) -> None:
        evidence = data["interests"][0]["evidence"][0]
        evidence["start"] += 2
        evidence["end"] += 2

    check(
        write_dossier(tmp_path, change=shift),
        "interests[0] (INT-1).evidence[0]: the article has 'ta wants new markets.\\n\\n' at "
        "176..199, not the quote; it stands at 174..197",
    )


def test_offsets_past_the_end(tmp_path: Path) -> None:
    length = len((MINI.parent / "article.txt").read_text(encoding="utf-8"))

    def far(data: Json) -> None:
        data["actors"][1]["evidence"][0].update(start=length + 10, end=length + 20)

    check(
        write_dossier(tmp_path, change=far),
        f"actors[1] (BET).evidence[0]: offsets {length + 10}..{length + 20} run past the end "
        f"of the article ({length} code points); it stands at 174..184",
    )


def test_start_after_end(tmp_path: Path) -> None:
    def backwards(data: Json) -> None:
        data["actors"][1]["evidence"][0].update(start=30, end=10)

    check(
        write_dossier(tmp_path, change=backwards),
        "actors[1] (BET).evidence[0]: start (30) is after end (10)",
    )


def test_straight_apostrophe_is_a_near_miss(tmp_path: Path) -> None:
    def straighten(data: Json) -> None:
        evidence = data["implications"][0]["evidence"][0]
        evidence["quote"] = evidence["quote"].replace("\u2019", "'")

    check(
        write_dossier(tmp_path, change=straighten),
        "implications[0] (IMP-1).evidence[0]: the quote differs from the article only in "
        "its apostrophes at offset 117",  # 84 + len("Critics argue it could hurt Alpha")
    )


def test_changed_article_fails_its_hash(tmp_path: Path) -> None:
    path = write_dossier(tmp_path)
    article = path.parent / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    shown = run_cli("--data", str(path), "actors")
    assert shown.code == 1
    assert shown.stderr.startswith(
        f"cismoa: error: {path}: source.sha256: does not match article.txt"
    )


def test_missing_article(tmp_path: Path) -> None:
    path = write_dossier(tmp_path)
    (path.parent / "article.txt").unlink()
    check_line = run_cli("--data", str(path), "actors")
    assert (check_line.code, check_line.stderr) == (
        1,
        f"cismoa: error: {path.parent / 'article.txt'}: no such file\n",
    )


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(store.MAX_BYTES + 1)  # sparse: no disk used, nothing to read
    check(
        path,
        f"is {store.MAX_BYTES + 1:,} bytes; "
        f"cismoa reads files of at most {store.MAX_BYTES:,} bytes",
    )


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    def many(data: Json) -> None:
        data["implications"][0]["affects"] = ["XXX"]
        data["interests"][0]["actor"] = "YYY"
        data["relations"][0]["evidence"][0]["start"] += 1

    path = write_dossier(tmp_path, change=many)
    checked = run_cli("validate", str(path))
    assert checked.code == 1
    lines = checked.stdout.splitlines()
    assert lines[-1] == "3 problems found"
    assert len(lines) == 4


def test_source_metadata_must_stand_in_the_article(tmp_path: Path) -> None:
    def retitled(data: Json) -> None:
        data["source"]["title"] = "Gamma and Delta Sign Nothing"

    check(
        write_dossier(tmp_path, change=retitled),
        "source.title: 'Gamma and Delta Sign Nothing' is not in the article",
    )
