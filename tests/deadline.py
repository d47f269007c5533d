"""A generous time bound for inputs that once made cismoa hang for minutes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

BOUND = 20.0  # seconds: the code before the fix took minutes on each such input


def within(call: Callable[[], T], seconds: float = BOUND) -> T:
    """``call()``'s result; fails the test if it has not returned after ``seconds``.

    The call runs in a daemon thread, so a hang fails its test instead of stalling the run.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test below
            failure.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"still running after {seconds:.0f} s")
    if failure:
        raise failure[0]
    return outcome[0]
