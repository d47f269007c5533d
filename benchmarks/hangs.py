"""Time the inputs that once made cismoa hang, each under a timeout, as a Markdown table.

    python benchmarks/hangs.py [--work /tmp/cismoa-bench] [--timeout 600] [CASE ...]

Run it from the virtual environment cismoa is installed in (or with PYTHONPATH pointing at
another checkout's ``src`` to time that one). The cases:

- ``edit-1k``, ``edit-10k``, ``edit-100k``: ``validate`` on a generated dossier (see
  generate.py) after one word of its article that every quote contains was changed, so
  that every quote misses and gets a hint (``valid-100k``, the unchanged dossier, is the
  floor to compare with);
- ``fix-10k``, ``fix-100k``: ``validate --fix-offsets`` after a sentence was added at the
  top of the article, so that every quote moved;
- ``titles``: ``validate`` on a small dossier whose article ends in a 240 KB paragraph of
  "Dr. X Dr. X ...", a run of abbreviations that never ends a sentence;
- ``show``: ``show`` of an item citing 2,000 quotes from the 10k article;
- ``locate``: ``locate`` of a phrase that is nowhere in the 100k article (5.7 MB).

A case that does not finish within the timeout is reported as such, not waited for.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from generate import write

MINI = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini"
ABSENT = "Beijing reconsiders its investments"
Case = Callable[[Path], list[str]]


def edited(count: int) -> Case:
    """validate after "the region." became "the realm." everywhere in the article."""

    def setup(work: Path) -> list[str]:
        source = write(count, work / str(count))
        folder = work / f"edit-{count}"
        folder.mkdir(exist_ok=True)
        shutil.copy(source, folder / "claims.json")
        text = (source.parent / "article.txt").read_text(encoding="utf-8")
        (folder / "article.txt").write_text(text.replace("the region.", "the realm."), "utf-8")
        return ["validate", str(folder / "claims.json")]

    return setup


def valid(work: Path) -> list[str]:
    """validate on the unchanged 100k dossier."""
    return ["validate", str(write(100_000, work / "100000"))]


def moved(count: int) -> Case:
    """validate --fix-offsets after a sentence was added before every quote."""

    def setup(work: Path) -> list[str]:
        source = write(count, work / str(count))
        folder = work / f"moved-{count}"
        folder.mkdir(exist_ok=True)
        shutil.copy(source, folder / "claims.json")
        text = (source.parent / "article.txt").read_text(encoding="utf-8")
        title, rest = text.split("\n\n", 1)
        (folder / "article.txt").write_text(f"{title}\n\nA new first line.\n\n{rest}", "utf-8")
        fixed = folder / "fixed.json"
        fixed.unlink(missing_ok=True)
        return ["validate", str(folder / "claims.json"), "--fix-offsets", "-o", str(fixed)]

    return setup


def titles(work: Path) -> list[str]:
    """validate on an article ending in a 240 KB run of "Dr. X"."""
    folder = work / "titles"
    folder.mkdir(exist_ok=True)
    article = (MINI / "article.txt").read_text(encoding="utf-8")
    article += "\n\n" + "Dr. X " * 40_000 + "ends.\n"
    raw = article.encode("utf-8")
    (folder / "article.txt").write_bytes(raw)
    data = json.loads((MINI / "claims.json").read_text(encoding="utf-8"))
    data["source"]["sha256"] = hashlib.sha256(raw).hexdigest()
    (folder / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    return ["validate", str(folder / "claims.json")]


def show(work: Path) -> list[str]:
    """show of an item whose evidence is 2,000 quotes of the 10k article."""
    source = write(10_000, work / "10000")
    folder = work / "show"
    folder.mkdir(exist_ok=True)
    shutil.copy(source.parent / "article.txt", folder / "article.txt")
    data = json.loads(source.read_text(encoding="utf-8"))
    items = data["implications"]
    items[0]["evidence"] = [item["evidence"][0] for item in items[:2_000]]
    (folder / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    return ["--data", str(folder / "claims.json"), "show", "IMP-0", "--format", "json"]


def locate(work: Path) -> list[str]:
    """locate of a phrase that is nowhere in the 100k article."""
    source = write(100_000, work / "100000")
    return ["locate", ABSENT, "--article", str(source.parent / "article.txt")]


CASES: dict[str, Case] = {
    "edit-1k": edited(1_000),
    "edit-10k": edited(10_000),
    "edit-100k": edited(100_000),
    "valid-100k": valid,
    "fix-10k": moved(10_000),
    "fix-100k": moved(100_000),
    "titles": titles,
    "show": show,
    "locate": locate,
}


def timed(args: list[str], timeout: float) -> tuple[float, float, int] | None:
    """Wall seconds, CPU seconds (user and system) and exit code of ``cismoa ARGS``, or None
    past the timeout. On a shared machine the CPU time is the steadier figure."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "cismoa_cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "CISMOA_NO_CACHE": "1"},
    )
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            process.wait()
            return None
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/cismoa-bench"))
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("cases", nargs="*", metavar="CASE", help=", ".join(CASES))
    options = parser.parse_args()
    unknown = set(options.cases) - set(CASES)
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    options.work.mkdir(parents=True, exist_ok=True)
    print("| case | wall seconds | CPU seconds | exit |\n| --- | ---: | ---: | ---: |")
    for name in options.cases or CASES:
        args = CASES[name](options.work)
        result = timed(args, options.timeout)
        if result is None:
            print(f"| {name} | > {options.timeout:.0f} | - | - |", flush=True)
        else:
            wall, cpu, code = result
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {code} |", flush=True)


if __name__ == "__main__":
    main()
