"""Measure cismoa against its floors and against jq, and print the results as Markdown.

    python benchmarks/run.py [--rounds 7] [--table-rounds 3] [--work /tmp/cismoa-bench]
                             [--only start-up,jq,growth,commands] [--command NAME ...]

Run it from the virtual environment cismoa is installed in. Each pair of commands is run
alternately, ``rounds`` times, so that drift in the machine's speed touches both alike;
the tables give medians of wall time, of CPU time (user and system) and of peak memory (the
child's maximum resident set, from wait4). Synthetic dossiers of 1k, 10k and 100k
implications are generated first (see generate.py), deterministically. The last table runs
every command and export at 10k and 100k, each alternating with the filter.
"""

from __future__ import annotations

import argparse
import importlib.util
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
    cpu: float = 0.0  # user and system seconds


def measure(command: Sequence[str], env: dict[str, str] | None = None) -> Sample:
    """Wall time, CPU time and peak resident memory of one run, output discarded."""
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
    return Sample(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def pair(
    a: Sequence[str],
    b: Sequence[str],
    rounds: int,
    env_a: dict[str, str] | None = None,
    *,
    warm_up: bool = True,
) -> tuple[Sample, Sample]:
    """Medians of ``a`` and ``b`` run alternately, after one warm-up run of each."""
    if warm_up:
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
        statistics.median(s.seconds for s in samples),
        statistics.median(s.peak_mb for s in samples),
        statistics.median(s.cpu for s in samples),
    )


def row(name: str, a: Sample, b: Sample, goal: str, met: bool | str | None) -> str:
    """A table row; ``met`` None for a row given for context, with no goal of its own."""
    verdict = "\u2014" if met is None else met if isinstance(met, str) else "yes" if met else "no"
    return (
        f"| {name} | {a.seconds:.3f} | {b.seconds:.3f} | {a.seconds / b.seconds:.2f}x "
        f"| {a.peak_mb:.0f} | {b.peak_mb:.0f} | {goal} | {verdict} |"
    )


JQ_MARGIN = 0.95  # "at or under jq, with margin": at most 95% of its time


def against_jq(ours: Sample, theirs: Sample) -> str:
    time_met = "yes" if ours.seconds <= JQ_MARGIN * theirs.seconds else "no"
    cpu_met = "yes" if ours.cpu <= JQ_MARGIN * theirs.cpu else "no"
    memory_met = "yes" if ours.peak_mb <= theirs.peak_mb else "no"
    return f"time {time_met}, CPU {cpu_met}, memory {memory_met}"


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


SECTIONS = ("start-up", "jq", "growth", "commands")
MAX_TIME = 10.0  # every command on 100k: at most this many times the filter's time
MAX_MEMORY = 2.0  # and its peak memory
ACTORS_GOAL = 1.5  # `cismoa actors` against the import floor


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--table-rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/cismoa-bench"))
    parser.add_argument("--only", default=",".join(SECTIONS), help="sections, comma-separated")
    parser.add_argument(
        "--command",
        action="append",
        default=[],
        metavar="NAME",
        help="in the table of every command, only this one (as its row names it, e.g. "
        "'import qdpx'); repeat for more",
    )
    options = parser.parse_args()
    chosen = options.only.split(",")
    if unknown := set(chosen) - set(SECTIONS):
        raise SystemExit(f"unknown sections: {', '.join(sorted(unknown))}")
    compile_cismoa()
    bench = Bench(options.rounds, options.table_rounds, options.work, options.command)
    if "start-up" in chosen:
        bench.start_up()
    filters = bench.against_jq() if "jq" in chosen else {}
    if "growth" in chosen:
        bench.growth(filters)
    if "commands" in chosen:
        bench.commands()
    print("\n## Machine\n")
    print("\n".join(machine()))
    print(
        f"- Rounds: {options.rounds} (start-up, jq, growth), {options.table_rounds} (every "
        "command), alternating; medians"
    )
    print(f"- Load average when the run ended: {', '.join(f'{n:.1f}' for n in os.getloadavg())}")
    print("- cismoa's modules byte-compiled before the runs, as an installed cismoa has them")


def compile_cismoa() -> None:
    """Byte-compile cismoa's modules, in a child (this process must stay small). An editable
    install run with PYTHONDONTWRITEBYTECODE=1 has none cached, and compiles them from
    source on every run: about 0.1 s of CPU that an installed cismoa never spends."""
    spec = importlib.util.find_spec("cismoa_cli")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cismoa is not installed in this environment")
    package = next(iter(spec.submodule_search_locations))
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)


class Bench:
    """The dossiers, the commands, and each section of the results."""

    def __init__(self, rounds: int, table_rounds: int, work: Path, only: Sequence[str]) -> None:
        self.only = only  # the rows of the table of every command to run; none: all
        self.rounds = rounds
        self.table_rounds = table_rounds
        self.work = work
        bin_dir = Path(sys.executable).parent
        self.cismoa = [str(bin_dir / "cismoa")]
        self.python = [sys.executable]
        jq = shutil.which("jq")
        if jq is None:
            raise SystemExit("jq is needed for the scale comparison (apt install jq)")
        self.jq = jq
        # Generated in a child process: a child's peak memory counts its parent's at fork
        # time, so this process must stay small.
        generator = Path(__file__).resolve().parent / "generate.py"
        self.dossiers = {}
        for size in SIZES:
            folder = work / str(size)
            subprocess.run(
                [*self.python, str(generator), str(size), str(folder)],
                check=True,
                capture_output=True,
            )
            self.dossiers[size] = folder / "claims.json"

    def filter_command(self, size: int) -> list[str]:
        """The fully checked filter every other command is compared with."""
        path = str(self.dossiers[size])
        return [*self.cismoa, "--data", path, "implications", "--actor", ACTOR, "--format", "json"]

    def start_up(self) -> None:
        print("## Start-up (bundled dossier)\n")
        print("| command | cismoa (s) | floor (s) | ratio | cismoa peak (MB) ", end="")
        print("| floor peak (MB) | goal | met |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        floor = [*self.python, "-c", "import typer, rich.table, pydantic"]
        bare = [*self.python, "-c", "pass"]
        for name, args, limit in (
            ("cismoa --version", ["--version"], 1.0),
            ("cismoa --help", ["--help"], 1.0),
            ("cismoa actors", ["actors"], ACTORS_GOAL),
        ):
            ours, base = pair([*self.cismoa, *args], floor, self.rounds)
            print(
                row(
                    f"`{name}` vs import floor",
                    ours,
                    base,
                    f"<= {limit}x",
                    ours.seconds <= limit * base.seconds,
                )
            )
        ours, base = pair([*self.cismoa, "actors"], bare, self.rounds)
        print(row("`cismoa actors` vs `python -c pass`", ours, base, "(context)", None))

    def against_jq(self) -> dict[int, Sample]:
        print("\n## Scale: the same filter, cismoa against jq\n")
        print(
            "| dossier | cismoa (s) | jq (s) | ratio | cismoa CPU (s) | jq CPU (s) | CPU ratio "
            "| cismoa peak (MB) | jq peak (MB) | goal | met |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        filters: dict[int, Sample] = {}
        # Membership tested as jq does it best (`any` stops at the first match; `index`
        # builds a list of positions first); jq writes its result to the same null device.
        program = f'[.implications[] | select(any(.affects[]; . == "{ACTOR}"))]'
        for size, path in self.dossiers.items():
            jq_cmd = [self.jq, program, str(path)]
            # Every run reads and checks the whole dossier: there is no record of earlier runs.
            rounds = self.rounds if size < 100_000 else max(3, self.rounds // 2)
            ours, theirs = pair(self.filter_command(size), jq_cmd, rounds)
            filters[size] = ours
            goal, met = "(context)", None
            if size == 100_000:
                goal, met = f"time and memory <= jq ({JQ_MARGIN:.2f}x)", against_jq(ours, theirs)
            verdict = "\u2014" if met is None else met
            print(
                f"| {size:,} implications | {ours.seconds:.3f} | {theirs.seconds:.3f} "
                f"| {ours.seconds / theirs.seconds:.2f}x | {ours.cpu:.2f} | {theirs.cpu:.2f} "
                f"| {ours.cpu / theirs.cpu:.2f}x | {ours.peak_mb:.0f} | {theirs.peak_mb:.0f} "
                f"| {goal} | {verdict} |"
            )
        return filters

    def growth(self, filters: dict[int, Sample]) -> None:
        print("\n## Growth\n")
        print(
            "| command | 1k (s) | 10k (s) | 100k (s) | 10k to 100k, time "
            "| 10k to 100k, memory (MB) |"
        )
        print("| --- | --- | --- | --- | --- | --- |")
        runs = max(3, self.rounds // 2)
        grown: dict[str, dict[int, Sample]] = {
            "filter (`implications --actor`)": filters
            or {size: median([measure(self.filter_command(size))]) for size in SIZES}
        }
        for name, args in (
            ("`validate`", ["validate"]),
            ("`coverage --uncited`", ["coverage", "--uncited"]),
            ("`search`", ["search", "outcome 7"]),
        ):
            grown[name] = {}
            for size, path in self.dossiers.items():
                command = [*self.cismoa, "--data", str(path), *args]
                grown[name][size] = median([measure(command) for _ in range(runs)])
        for name, samples in grown.items():
            small, big = samples[10_000], samples[100_000]
            print(
                f"| {name} | {samples[1_000].seconds:.2f} | {small.seconds:.2f} "
                f"| {big.seconds:.2f} | {big.seconds / small.seconds:.1f}x for 10x the data "
                f"| {small.peak_mb:.0f} to {big.peak_mb:.0f} "
                f"({big.peak_mb / small.peak_mb:.1f}x) |"
            )
        validate, fltr = grown["`validate`"][100_000], grown[next(iter(grown))][100_000]
        print(
            f"\n`validate` on 100,000 implications takes {validate.seconds / fltr.seconds:.2f}x "
            f"the filter's time (goal: at most 1.5x): "
            f"{'met' if validate.seconds <= 1.5 * fltr.seconds else 'not met'}."
        )

    def every_command(self, size: int) -> list[tuple[str, list[str]]]:
        """Each command and export with arguments that make it do its whole work on the
        dossier of ``size`` implications, its output piped (to the null device) or, where
        it must be a file, written to the work folder."""
        path = str(self.dossiers[size])
        out = self.work / f"out-{size}"
        out.mkdir(parents=True, exist_ok=True)
        qdpx = out / "project.qdpx"
        commands = [
            ("actors", []),
            ("interests", []),
            ("relations", []),
            ("implications", []),
            ("actor", [ACTOR]),
            ("tree", []),
            ("matrix", []),
            ("compare", [ACTOR, "A08"]),
            ("show", ["IMP-7"]),
            ("search", ["outcome 7"]),
            ("source", []),
            ("source", ["--highlight"]),
            ("coverage", []),
            ("validate", []),
            ("locate", ["for the region"]),
            ("schema", []),
        ]
        exports = [
            ("markdown", []),
            ("json", []),
            ("csv", []),
            ("dot", []),
            ("mermaid", []),
            ("html", []),
            ("qdc", []),
            ("sqlite", ["-o", str(out / "out.db"), "--force"]),
            ("qdpx", ["-o", str(qdpx), "--force"]),
        ]
        lines = [(f"{name} {' '.join(args)}".strip(), [name, *args]) for name, args in commands]
        lines += [(f"export {fmt}", ["export", fmt, *args]) for fmt, args in exports]
        lines.append(
            ("import qdpx", ["import", "qdpx", str(qdpx), "-o", str(out / "back.json"), "--force"])
        )
        return [(name, [*self.cismoa, "--data", path, *args]) for name, args in lines]

    def commands(self) -> None:
        print("\n## Every command and export, against the filter\n")
        print(
            "Each command alternates with the filter (`implications --actor --format json`) on "
            f"the same dossier, {self.table_rounds} times; the ratios are of the medians. "
            f"Goal: on 100k, at most {MAX_TIME:.0f}x the filter's time and "
            f"{MAX_MEMORY:.0f}x its peak memory.\n"
        )
        print(
            "| command | 10k (s) | 10k CPU (s) | 10k (MB) | 10k ratio (time, CPU, memory) "
            "| 100k (s) | 100k CPU (s) | 100k (MB) | 100k ratio (time, CPU, memory) | goal met |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        results: dict[str, dict[int, tuple[Sample, Sample] | str]] = {}
        for size in (10_000, 100_000):
            fltr = self.filter_command(size)
            measure(fltr)  # the dossier read once before the first pair
            for name, command in self.every_command(size):
                if self.only and name not in self.only:
                    continue
                try:
                    results.setdefault(name, {})[size] = pair(
                        command, fltr, self.table_rounds, warm_up=False
                    )
                except SystemExit as failure:
                    results.setdefault(name, {})[size] = f"failed: {failure}"
        for name, by_size in results.items():
            cells = []
            met: str = "\u2014"
            for size in (10_000, 100_000):
                found = by_size.get(size)
                if not isinstance(found, tuple):
                    cells.append(f"{found or 'not run'} | | | ")
                    met = "no"
                    continue
                ours, base = found
                ratios = (
                    ours.seconds / base.seconds,
                    ours.cpu / base.cpu,
                    ours.peak_mb / base.peak_mb,
                )
                cells.append(
                    f"{ours.seconds:.2f} | {ours.cpu:.2f} | {ours.peak_mb:.0f} "
                    f"| {ratios[0]:.1f}x, {ratios[1]:.1f}x, {ratios[2]:.2f}x"
                )
                if size == 100_000 and met == "\u2014":
                    # Judged by CPU time, which the machine's other work touches least.
                    good = ratios[1] <= MAX_TIME and ratios[2] <= MAX_MEMORY
                    met = "yes" if good else "no"
            print(f"| `{name}` | {' | '.join(cells)} | {met} |")


if __name__ == "__main__":
    main()
