"""Measure cismoa against its floors and against jq, and print the results as Markdown.

    python benchmarks/run.py [--rounds 7] [--work /tmp/cismoa-bench]

Run it from the virtual environment cismoa is installed in. Each pair of commands is run
alternately, ``rounds`` times, so that drift in the machine's speed touches both alike;
the tables give medians of wall time and of peak memory (the child's maximum resident set,
from wait4). Synthetic dossiers of 1k, 10k and 100k implications are generated first (see
generate.py), deterministically.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SIZES = (1_000, 10_000, 100_000)
ACTOR = "A07"


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mb: float


def measure(command: Sequence[str], env: dict[str, str] | None = None) -> Sample:
    """Wall time and peak resident memory of one run, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {error}")
    if process.stderr:
        process.stderr.close()
    return Sample(seconds, usage.ru_maxrss / 1024)


def pair(
    a: Sequence[str], b: Sequence[str], rounds: int, env_a: dict[str, str] | None = None
) -> tuple[Sample, Sample]:
    """Medians of ``a`` and ``b`` run alternately, after one warm-up run of each."""
    measure(a, env_a)
    measure(b)
    runs_a: list[Sample] = []
    runs_b: list[Sample] = []
    for _ in range(rounds):
        runs_a.append(measure(a, env_a))
        runs_b.append(measure(b))
    return median(runs_a), median(runs_b)


def median(samples: list[Sample]) -> Sample:
    return Sample(
        statistics.median(s.seconds for s in samples), statistics.median(s.peak_mb for s in samples)
    )


def row(name: str, a: Sample, b: Sample, goal: str, met: bool | str | None) -> str:
    """A table row; ``met`` None for a row given for context, with no goal of its own."""
    verdict = "\u2014" if met is None else met if isinstance(met, str) else "yes" if met else "no"
    return (
        f"| {name} | {a.seconds:.3f} | {b.seconds:.3f} | {a.seconds / b.seconds:.2f}x "
        f"| {a.peak_mb:.0f} | {b.peak_mb:.0f} | {goal} | {verdict} |"
    )


def against_jq(ours: Sample, theirs: Sample) -> str:
    time_met = "yes" if ours.seconds <= theirs.seconds else "no"
    memory_met = "yes" if ours.peak_mb <= theirs.peak_mb else "no"
    return f"time {time_met}, memory {memory_met}"


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    jq = shutil.which("jq")
    jq_version = (
        subprocess.run([jq, "--version"], capture_output=True, text=True).stdout.strip()
        if jq
        else "not found"
    )
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("cismoa-cli", "typer", "rich", "pydantic", "pydantic-core")
    )
    return [
        f"- Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}; {versions}; {jq_version}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path("/tmp/cismoa-bench"))
    options = parser.parse_args()
    rounds = options.rounds

    bin_dir = Path(sys.executable).parent
    cismoa = [str(bin_dir / "cismoa")]
    python = [sys.executable]
    jq = shutil.which("jq")
    if jq is None:
        raise SystemExit("jq is needed for the scale comparison (apt install jq)")
    # Generated in a child process: a child's peak memory counts its parent's at fork time,
    # so this process must stay small.
    generator = Path(__file__).resolve().parent / "generate.py"
    dossiers = {}
    for size in SIZES:
        folder = options.work / str(size)
        subprocess.run(
            [*python, str(generator), str(size), str(folder)], check=True, capture_output=True
        )
        dossiers[size] = folder / "claims.json"

    print("## Start-up (bundled dossier)\n")
    print("| command | cismoa (s) | floor (s) | ratio | cismoa peak (MB) ", end="")
    print("| floor peak (MB) | goal | met |")
    print("|---|---|---|---|---|---|---|---|")
    floor = [*python, "-c", "import typer, rich.table, pydantic"]
    bare = [*python, "-c", "pass"]
    for name, args, limit in (
        ("cismoa --version", ["--version"], 1.0),
        ("cismoa --help", ["--help"], 1.0),
        ("cismoa actors", ["actors"], 1.5),
    ):
        ours, base = pair([*cismoa, *args], floor, rounds)
        print(
            row(
                f"`{name}` vs import floor",
                ours,
                base,
                f"<= {limit}x",
                ours.seconds <= limit * base.seconds,
            )
        )
    ours, base = pair([*cismoa, "actors"], bare, rounds)
    print(row("`cismoa actors` vs `python -c pass`", ours, base, "(context)", None))

    print("\n## Scale: the same filter, cismoa against jq\n")
    print(
        "| dossier | cismoa (s) | jq (s) | ratio | cismoa peak (MB) | jq peak (MB) | goal | met |"
    )
    print("|---|---|---|---|---|---|---|---|")
    filters: dict[int, Sample] = {}
    for size, path in dossiers.items():
        ours_cmd = [
            *cismoa,
            "--data",
            str(path),
            "implications",
            "--actor",
            ACTOR,
            "--format",
            "json",
        ]
        jq_cmd = [jq, f'[.implications[] | select(.affects | index("{ACTOR}"))]', str(path)]
        # Every run reads and checks the whole dossier: there is no record of earlier runs.
        ours, theirs = pair(ours_cmd, jq_cmd, rounds if size < 100_000 else max(3, rounds // 2))
        filters[size] = ours
        met = against_jq(ours, theirs)
        if size == 100_000:
            print(row(f"{size:,} implications", ours, theirs, "time and memory <= jq", met))
        else:
            print(row(f"{size:,} implications", ours, theirs, "(context)", None))

    print("\n## Growth\n")
    print(
        "| command | 1k (s) | 10k (s) | 100k (s) | 10k to 100k, time | 10k to 100k, memory (MB) |"
    )
    print("|---|---|---|---|---|---|")
    grown: dict[str, dict[int, Sample]] = {"filter (`implications --actor`)": filters}
    for name, args in (
        ("`validate`", ["validate"]),
        ("`coverage --uncited`", ["coverage", "--uncited"]),
        ("`search`", ["search", "outcome 7"]),
    ):
        grown[name] = {}
        for size, path in dossiers.items():
            command = [*cismoa, "--data", str(path), *args]
            grown[name][size] = median([measure(command) for _ in range(max(3, rounds // 2))])
    for name, samples in grown.items():
        small, big = samples[10_000], samples[100_000]
        print(
            f"| {name} | {samples[1_000].seconds:.2f} | {small.seconds:.2f} | {big.seconds:.2f} "
            f"| {big.seconds / small.seconds:.1f}x for 10x the data "
            f"| {small.peak_mb:.0f} to {big.peak_mb:.0f} ({big.peak_mb / small.peak_mb:.1f}x) |"
        )
    validate, fltr = grown["`validate`"][100_000], filters[100_000]
    print(
        f"\n`validate` on 100,000 implications takes {validate.seconds / fltr.seconds:.2f}x the "
        f"filter's time (goal: at most 1.5x): "
        f"{'met' if validate.seconds <= 1.5 * fltr.seconds else 'not met'}."
    )
    print("\n## Machine\n")
    print("\n".join(machine()))
    print(f"- Rounds: {rounds}, alternating; medians")


if __name__ == "__main__":
    main()
