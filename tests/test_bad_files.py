"""Every bad dossier file gives one clear line naming the file and the place, and exit 1."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from conftest import DossierWriter, run_cli

from cismoa_cli import store
from cismoa_cli.store import jsonstrict

Json = dict[str, Any]


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


def test_unreadable_file(write_dossier: DossierWriter, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_dossier()
    real = os.open

    def refuse(name: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(name) == path:  # as root, a mode of 000 would not stop the read
            raise PermissionError(13, "Permission denied")
        return real(name, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    check(path, "permission denied")


def test_empty_file(write_dossier: DossierWriter) -> None:
    check(write_dossier(text=""), "is empty; a dossier is a JSON object")


def test_whitespace_only_file(write_dossier: DossierWriter) -> None:
    check(write_dossier(text="  \n\n"), "is empty; a dossier is a JSON object")


def test_byte_order_mark(write_dossier: DossierWriter) -> None:
    path = write_dossier(text=b"\xef\xbb\xbf{}")
    check(path, "1:1: starts with a UTF-8 byte-order mark; save the file without one")


def test_latin1_bytes(write_dossier: DossierWriter) -> None:
    path = write_dossier(text=b'{\n  "title": "caf\xe9"\n}')
    check(path, "2:16: byte 0xe9 is not UTF-8; save the file as UTF-8")


def test_nul_byte(write_dossier: DossierWriter) -> None:
    check(write_dossier(text='{"a":\n "b\x00"}'), "2:4: contains a NUL byte")


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
def test_json_syntax(write_dossier: DossierWriter, text: str, detail: str) -> None:
    check(write_dossier(text=text), detail)


def test_duplicate_keys(write_dossier: DossierWriter) -> None:
    path = write_dossier(text='{\n  "source": {"id": "a", "id": "b"}\n}')
    check(
        path,
        "2:13: the object starting here has the key 'id' twice "
        "(JSON parsers would silently keep the last)",
    )


def test_deep_nesting(write_dossier: DossierWriter) -> None:
    path = write_dossier(text="[" * 1000 + "]" * 1000)
    check(
        path, f"1:{jsonstrict.MAX_DEPTH + 1}: nested more than {jsonstrict.MAX_DEPTH} levels deep"
    )


def test_very_deep_nesting_inside_a_field(write_dossier: DossierWriter) -> None:
    path = write_dossier(text='{"tags": ' + "[" * 100_000 + "]" * 100_000 + "}")
    check(
        path, f"1:{9 + jsonstrict.MAX_DEPTH}: nested more than {jsonstrict.MAX_DEPTH} levels deep"
    )


@pytest.mark.parametrize(("literal", "column"), [("NaN", 11), ("Infinity", 11), ("-Infinity", 11)])
def test_nan_and_infinity(write_dossier: DossierWriter, literal: str, column: int) -> None:
    path = write_dossier(text=f'{{"start": {literal}}}')
    check(path, f"1:{column}: {literal} is not a JSON number; write a number or a string")


def test_not_an_object(write_dossier: DossierWriter) -> None:
    check(write_dossier(text="[1, 2]"), "a dossier is a JSON object, not an array")


def test_unknown_field_suggests_the_right_one(write_dossier: DossierWriter) -> None:
    def typo(data: Json) -> None:
        data["implications"][0]["afects"] = data["implications"][0].pop("affects")

    check(
        write_dossier(change=typo),
        "implications[0] (IMP-01).affects: required field is missing "
        "(and 1 more; run `cismoa validate` to list them all)",
    )
    listed = run_cli("validate", str(write_dossier(change=typo))).stdout
    assert (
        "implications[0] (IMP-01).afects: unknown field 'afects' (did you mean 'affects'?)"
        in listed
    )


def test_offset_as_a_string(write_dossier: DossierWriter) -> None:
    def retype(data: Json) -> None:
        data["interests"][1]["evidence"][0]["start"] = "12"

    check(
        write_dossier(change=retype),
        "interests[1] (INT-PAK-2).evidence[0].start: Input should be a valid integer",
    )


def test_bad_enum_value(write_dossier: DossierWriter) -> None:
    def bad(data: Json) -> None:
        data["implications"][2]["direction"] = "good"

    check(
        write_dossier(change=bad),
        "implications[2] (IMP-03).direction: 'good' is not one of "
        "'benefit', 'risk', 'mixed' or 'neutral'",
    )


def test_duplicate_ids(write_dossier: DossierWriter) -> None:
    def twice(data: Json) -> None:
        data["implications"][1]["id"] = "IMP-01"

    check(write_dossier(change=twice), "implications[0].id: id 'IMP-01' is used 2 times")


def test_unknown_actor_reference(write_dossier: DossierWriter) -> None:
    def stray(data: Json) -> None:
        data["implications"][0]["affects"] = ["PAK", "IND"]

    check(write_dossier(change=stray), "implications[0].affects[1]: unknown actor id 'IND'")


def test_quote_not_at_its_offsets(write_dossier: DossierWriter, bundled_json: Json) -> None:
    right = bundled_json["interests"][0]["evidence"][0]

    def shift(data: Json) -> None:
        evidence = data["interests"][0]["evidence"][0]
        evidence["start"] += 2
        evidence["end"] += 2

    path = write_dossier(change=shift)
    shown = run_cli("--data", str(path), "actors")
    assert shown.code == 1
    assert shown.stderr.startswith(f"cismoa: error: {path}: interests[0] (INT-PAK-1).evidence[0]: ")
    assert f"not the quote; it stands at {right['start']}..{right['end']}\n" in shown.stderr


def test_offsets_past_the_end(write_dossier: DossierWriter, bundled_json: Json) -> None:
    right = bundled_json["actors"][3]["evidence"][0]
    length = len((write_dossier().parent / "article.txt").read_text(encoding="utf-8"))

    def far(data: Json) -> None:
        data["actors"][3]["evidence"][0].update(start=length + 10, end=length + 33)

    check(
        write_dossier(change=far),
        f"actors[3] (AFG).evidence[0]: offsets {length + 10}..{length + 33} run past the end "
        f"of the article ({length} code points); it stands at {right['start']}..{right['end']}",
    )


def test_start_after_end(write_dossier: DossierWriter) -> None:
    def backwards(data: Json) -> None:
        data["actors"][3]["evidence"][0].update(start=30, end=10)

    check(
        write_dossier(change=backwards), "actors[3] (AFG).evidence[0]: start (30) is after end (10)"
    )


def test_straight_apostrophe_is_a_near_miss(
    write_dossier: DossierWriter, bundled_json: Json
) -> None:
    right = bundled_json["interests"][0]["evidence"][0]
    curly_at = right["start"] + right["quote"].index("\u2019")

    def straighten(data: Json) -> None:
        evidence = data["interests"][0]["evidence"][0]
        evidence["quote"] = evidence["quote"].replace("\u2019", "'")

    check(
        write_dossier(change=straighten),
        "interests[0] (INT-PAK-1).evidence[0]: the quote differs from the article only in "
        f"its apostrophes at offset {curly_at}",
    )


def test_changed_article_fails_its_hash(write_dossier: DossierWriter) -> None:
    path = write_dossier()
    article = path.parent / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    shown = run_cli("--data", str(path), "actors")
    assert shown.code == 1
    assert shown.stderr.startswith(
        f"cismoa: error: {path}: source.sha256: does not match article.txt"
    )


def test_missing_article(write_dossier: DossierWriter) -> None:
    path = write_dossier()
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


def test_validate_lists_every_problem(write_dossier: DossierWriter) -> None:
    def many(data: Json) -> None:
        data["implications"][0]["affects"] = ["XXX"]
        data["interests"][0]["actor"] = "YYY"
        data["relations"][0]["evidence"][0]["start"] += 1

    path = write_dossier(change=many)
    checked = run_cli("validate", str(path))
    assert checked.code == 1
    lines = checked.stdout.splitlines()
    assert lines[-1] == "3 problems found"
    assert len(lines) == 4
