"""The record of validated dossiers: keyed on content and versions, never trusted blindly."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

from cismoa_cli import cache, store
from cismoa_cli.errors import DataError

MINI = FIXTURES / "mini"


@pytest.fixture
def cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the mini dossier, with every dossier counted as large enough to cache."""
    monkeypatch.setenv("CISMOA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "MIN_BYTES", 0)
    folder = tmp_path / "dossier"
    shutil.copytree(MINI, folder)
    return folder / "claims.json"


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("*.json"))


def no_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the dossier was checked in full again")

    monkeypatch.setattr(store, "inspect", refuse)


def test_second_load_comes_from_the_cache(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.load(cached)
    assert len(entries(tmp_path)) == 1
    no_checks(monkeypatch)
    second = store.load(cached)
    assert second.dossier == first.dossier
    assert (second.article, second.quotes_verified, second.article_path) == (
        first.article,
        first.quotes_verified,
        first.article_path,
    )


def test_changed_bytes_miss(cached: Path, tmp_path: Path) -> None:
    store.load(cached)
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["implications"][0]["statement"] = "Changed."
    cached.write_text(json.dumps(data), encoding="utf-8")
    assert store.load(cached).dossier.implications[0].statement == "Changed."
    assert len(entries(tmp_path)) == 2


def test_changed_article_is_checked_again(cached: Path) -> None:
    store.load(cached)
    article = cached.parent / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + " More.", encoding="utf-8")
    with pytest.raises(DataError, match=r"source\.sha256: does not match article\.txt"):
        store.load(cached)


def test_invalid_dossiers_are_not_cached(cached: Path, tmp_path: Path) -> None:
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["implications"][0]["affects"] = ["XXX"]
    cached.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError):
        store.load(cached)
    assert entries(tmp_path) == []


@pytest.mark.parametrize(
    "damage", [b"", b"not json", b"[]", b'{"verified": -1}', b'{"verified": "6"}']
)
def test_damaged_entries_are_ignored(cached: Path, tmp_path: Path, damage: bytes) -> None:
    store.load(cached)
    (entry,) = entries(tmp_path)
    entry.write_bytes(damage)
    assert store.load(cached).dossier.actors[0].id == "ALP"
    assert entry.exists() and entry.read_bytes() != damage  # replaced by a sound entry


def test_unwritable_cache_folder_is_no_error(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CISMOA_CACHE_DIR", str(blocker / "cache"))
    assert store.load(cached).dossier.actors[0].id == "ALP"
    assert store.load(cached).quotes_verified == 6


def test_another_version_does_not_share_entries(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.load(cached)
    monkeypatch.setattr(cache, "__version__", "999.0")
    store.load(cached)
    assert len(entries(tmp_path)) == 2


def test_caching_can_be_turned_off(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CISMOA_NO_CACHE", "1")
    store.load(cached)
    assert entries(tmp_path) == []


def test_old_entries_are_pruned(
    cached: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "KEEP", 2)
    data = json.loads(cached.read_text(encoding="utf-8"))
    for n in range(4):
        data["implications"][0]["statement"] = f"Version {n}."
        cached.write_text(json.dumps(data), encoding="utf-8")
        store.load(cached)
    assert len(entries(tmp_path)) == 2


def test_small_dossiers_skip_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CISMOA_CACHE_DIR", str(tmp_path / "cache"))
    assert run_cli("--data", str(MINI / "claims.json"), "actors").code == 0
    assert not (tmp_path / "cache").exists()


def test_a_forged_entry_cannot_pass_off_bad_data(cached: Path, tmp_path: Path) -> None:
    """Even if an entry is written for a dossier that never passed, Pydantic still runs."""
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["implications"][0]["direction"] = "sideways"
    cached.write_text(json.dumps(data), encoding="utf-8")
    digest = hashlib.sha256(cached.read_bytes()).hexdigest()
    cache.store(digest, 6)
    with pytest.raises(DataError, match="'sideways' is not one of"):
        store.load(cached)
