"""Fixtures and hooks; the helpers tests share are in helpers.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import BUNDLED, FUZZ_TRIED, MINI, NO_DOSSIER, Json, fixture_json, generated
from hypothesis import settings

from cismoa_cli.store import Loaded, load

# The Chromium fixtures (`browser`, `browser_for_one_test`) of tests/browser.py.
pytest_plugins = ["browser"]

# Property-based tests: about 50 examples each locally, 300 in CI (HYPOTHESIS_PROFILE=ci, set
# by .ci/run); the campaign marked slow sets its own 3,000. Locally each run draws new
# examples and replays failures from .hypothesis/; where the CI variable is set, Hypothesis
# draws the same examples every run, keeps no database, and prints the blob of a failure.
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, derandomize=True, database=None, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(autouse=True, scope="session")
def _every_test_names_its_dossier() -> Iterator[None]:
    """Without --data, cismoa reads the bundled dossier, whose facts only
    test_bundled_data.py may assume; here, a test that forgets --data finds no dossier."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CISMOA_DATA", NO_DOSSIER)
        yield


@pytest.fixture(scope="session")
def mini() -> Loaded:
    return load(MINI)


@pytest.fixture
def mini_json() -> Json:
    return fixture_json(MINI)


@pytest.fixture(scope="session")
def bundled() -> Loaded:
    """The bundled dossier as input for tests that hold for any data (a picture has a mark
    for every cited span, lint finds nothing): its facts are asserted in
    test_bundled_data.py alone."""
    return load(BUNDLED)


@pytest.fixture
def bundled_json() -> Json:
    return fixture_json(BUNDLED)


@pytest.fixture(scope="session")
def varied(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    """A synthetic dossier of 120 implications among 50 actors, in every domain and
    direction: for the questions that a small fixture would answer too easily."""
    return load(generated(120, tmp_path_factory.mktemp("varied")))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many examples the fuzzing suite tried, and of what."""
    if FUZZ_TRIED:
        parts = ", ".join(f"{count} {what}" for what, count in sorted(FUZZ_TRIED.items()))
        profile = settings.get_current_profile_name()
        terminalreporter.write_line(
            f"fuzzing ({profile} profile): {FUZZ_TRIED['validate']} dossiers tried ({parts})"
        )
