"""The garbage collector during and after a load: paused while the dossier's objects are
made, then back as it was, with those objects frozen so that no later collection walks them
all again."""

from __future__ import annotations

import gc

import pytest

from cismoa_cli.cli.context import paused_collector


@pytest.mark.parametrize("enabled", [True, False])
def test_a_load_pauses_the_collector_and_leaves_what_it_made_out_of_later_collections(
    enabled: bool,
) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with paused_collector():
            assert not gc.isenabled()
            made = [[n] for n in range(1_000)]  # containers the collector tracks
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
