"""Reviewing a draft: accepting, rejecting and relabelling items, as pure functions on a
dossier, and the file each change writes (it loads, validates and keeps the file's order)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, MINI, run_cli

from cismoa_cli.models import Dossier, Implication, Voice
from cismoa_cli.review import (
    ReviewRefused,
    accept,
    current,
    dossier_text,
    edit,
    find,
    labels,
    proposed,
    referring,
    reject,
)
from cismoa_cli.store import load, parse
from cismoa_cli.vocabulary import Certainty, Status

pytestmark = pytest.mark.unit

DRAFT = FIXTURES / "draft" / "dossier.json"


@pytest.fixture(scope="module")
def draft() -> Dossier:
    return load(DRAFT).dossier


def ids(dossier: Dossier) -> list[str]:
    return [item.id for _, _, item in dossier.items()]


def test_accepting_marks_the_item_a_readers_and_keeps_its_cue(draft: Dossier) -> None:
    before = find(draft, "IMP-03")[2]
    assert before.status is Status.PROPOSED and before.cue
    accepted = accept(draft, "IMP-03")
    _, index, after = find(accepted, "IMP-03")
    assert after.status is Status.ACCEPTED
    assert after.cue == before.cue
    assert index == 2
    assert ids(accepted) == ids(draft)
    assert proposed(accepted) == proposed(draft) - 1
    assert draft.implications[2].status is Status.PROPOSED  # the old dossier is untouched


def test_rejecting_a_claim_removes_it_and_keeps_the_order(draft: Dossier) -> None:
    rejected = reject(draft, "IMP-02")
    assert [i.id for i in rejected.implications] == [
        i.id for i in draft.implications if i.id != "IMP-02"
    ]
    assert ids(rejected) == [i for i in ids(draft) if i != "IMP-02"]


def test_rejecting_an_actor_that_items_name_is_refused_naming_them(draft: Dossier) -> None:
    assert referring(draft, "LAO") == ["INT-LAO-1", "REL-01", "IMP-01", "IMP-05"]
    with pytest.raises(ReviewRefused) as refused:
        reject(draft, "LAO")
    assert str(refused.value) == (
        "LAO is named by 4 other items (INT-LAO-1, REL-01, IMP-01, IMP-05): "
        "reject them or change their labels first"
    )
    with pytest.raises(ReviewRefused, match=r"named by \d+ other items \(.*, …\)"):
        reject(draft, "CHN")  # more than five: the first five, then …


def test_an_actor_nobody_names_goes_and_a_voice_once_its_claims_are_relabelled(
    draft: Dossier,
) -> None:
    assert [a.id for a in reject(draft, "SCS").actors] == [
        a.id for a in draft.actors if a.id != "SCS"
    ]
    with pytest.raises(ReviewRefused, match=r"catches is named by 1 other item \(IMP-10\)"):
        reject(draft, "catches")
    relabelled = edit(draft, "IMP-10", {"asserted_by": ("article",)})
    without = reject(relabelled, "catches")
    assert "catches" not in [v.id for v in without.voices]


def test_a_voice_affiliated_to_an_actor_keeps_that_actor(draft: Dossier) -> None:
    assert "chinese-officials" in referring(draft, "CHN")
    freed = edit(draft, "chinese-officials", {"affiliation": ()})
    voice = find(freed, "chinese-officials")[2]
    assert isinstance(voice, Voice) and voice.affiliation is None
    assert "chinese-officials" not in referring(freed, "CHN")


def test_editing_sets_labels_from_the_dossiers_words_and_leaves_the_status(
    draft: Dossier,
) -> None:
    changed = edit(
        draft,
        "IMP-01",
        {"affects": ("MRC", "CHN"), "certainty": ("possible",), "domain": ("economy",)},
    )
    item = find(changed, "IMP-01")[2]
    assert isinstance(item, Implication)
    assert item.affects == ("CHN", "MRC")  # in the dossier's order of actors
    assert item.certainty is Certainty.POSSIBLE
    assert item.domain == "economy"
    assert item.status is Status.PROPOSED
    assert current(item, "affects") == ("CHN", "MRC")
    assert current(item, "certainty") == ("possible",)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"affects": ()}, "IMP-01: affects needs at least one actor"),
        ({"domain": ("weather",)}, "IMP-01: 'weather' is not one of the values of domain"),
        ({"certainty": ("possible", "expected")}, "IMP-01: certainty takes exactly one value"),
        ({"statement": ("x",)}, "IMP-01: statement is not a label a reviewer changes"),
        ({"asserted_by": ("nobody",)}, "IMP-01: 'nobody' is not one of the values"),
    ],
)
def test_an_edit_outside_the_labels_is_refused(
    draft: Dossier, changes: dict[str, tuple[str, ...]], message: str
) -> None:
    with pytest.raises(ReviewRefused) as refused:
        edit(draft, "IMP-01", changes)
    assert str(refused.value).startswith(message)


def test_every_kind_of_item_has_its_labels(draft: Dossier) -> None:
    def fields(item_id: str) -> list[str]:
        return [label.field for label in labels(draft, find(draft, item_id)[2])]

    assert fields("IMP-01") == [
        "affects",
        "domain",
        "direction",
        "certainty",
        "horizon",
        "asserted_by",
    ]
    assert fields("INT-LAO-1") == ["actor", "certainty", "asserted_by"]
    assert fields("REL-01") == ["kind", "certainty", "asserted_by"]
    assert fields("catches") == ["kind", "affiliation"]
    assert fields("CHN") == ["kind"]
    speakers = labels(draft, find(draft, "IMP-01")[2])[-1].values
    assert speakers[:2] == ("article", "defenders-of-the-dams") and speakers[-1] == "SCS"
    for item_id in ("REL-01", "catches", "CHN"):  # each kind of item gets its own kinds
        kind = labels(draft, find(draft, item_id)[2])[0].values[0]
        assert current(find(edit(draft, item_id, {"kind": (kind,)}), item_id)[2], "kind") == (kind,)


def test_an_unknown_id_is_refused(draft: Dossier) -> None:
    with pytest.raises(ReviewRefused, match="no item has the id 'IMP-99'"):
        accept(draft, "IMP-99")


def test_the_written_text_is_the_file_draft_wrote_and_round_trips(tmp_path: Path) -> None:
    dossier = load(DRAFT).dossier
    # What the drafter wrote, and the defaults it left out (asserted_by, certainty, hedge of
    # an interest or relation) said; no null paragraph or sentence added to a quote.
    written = json.loads(dossier_text(dossier))
    assert _without_defaults(written) == json.loads(DRAFT.read_text(encoding="utf-8"))
    reviewed = accept(reject(dossier, "IMP-02"), "IMP-01")
    folder = tmp_path / "draft"
    shutil.copytree(DRAFT.parent, folder)
    (folder / "dossier.json").write_text(dossier_text(reviewed), encoding="utf-8")
    assert load(folder / "dossier.json").dossier == reviewed
    assert parse(folder / "dossier.json", dossier_text(reviewed)).format == 2
    checked = run_cli("validate", str(folder / "dossier.json"))
    assert checked.code == 0, checked.stderr
    assert f"proposed      {proposed(reviewed)} items still to review" in checked.stdout


def test_the_written_text_of_a_readers_dossier_loads_as_itself() -> None:
    dossier = load(MINI).dossier
    assert parse(MINI, dossier_text(dossier)) == dossier


def _without_defaults(written: dict[str, Any]) -> dict[str, Any]:
    """A written draft less the interests' and relations' fields at their defaults."""
    defaults = {"asserted_by": "article", "certainty": "asserted", "hedge": None}
    for field in ("interests", "relations"):
        written[field] = [
            {k: v for k, v in item.items() if defaults.get(k, ...) != v} for item in written[field]
        ]
    return written
