"""What every benchmark shares: its figures, how they are printed, and a few statistics.

A benchmark module has ``main(argv)`` that prints its numbers for a reader and, with
``--json``, one more line ``BENCH-RESULT [...]`` that ``python -m bench`` collects into the
summary table. Budgets are checked here, but a miss never changes the exit status: the
figures are information, judged by people (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

RESULT_PREFIX = "BENCH-RESULT "
ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


@dataclass(frozen=True)
class Figure:
    """One row of the summary: what was measured, the figure, its budget, and the verdict."""

    what: str
    figure: str
    budget: str
    ok: bool

    @property
    def verdict(self) -> str:
        return "pass" if self.ok else "OVER"


def parser(description: str) -> argparse.ArgumentParser:
    """The options every benchmark takes."""
    parsed = argparse.ArgumentParser(description=description)
    parsed.add_argument("--quick", action="store_true", help="fewer runs, for a fast look")
    parsed.add_argument(
        "--json", action="store_true", help="also print a BENCH-RESULT line (for python -m bench)"
    )
    return parsed


def say(text: str) -> None:
    """A line for the reader, at once (benchmarks run for a while)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def publish(figures: Sequence[Figure], as_json: bool) -> None:
    """Print the figures; with `as_json`, the machine-readable line too."""
    for figure in figures:
        say(f"{figure.verdict:>4}  {figure.what}: {figure.figure} (budget {figure.budget})")
    if as_json:
        say(RESULT_PREFIX + json.dumps([asdict(figure) for figure in figures]))


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile (`share` from 0 to 100) of `values`."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(share / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def rss_bytes(pid: int | None = None) -> int:
    """Resident set size of a process (this one by default), from /proc on Linux."""
    status = Path(f"/proc/{pid or os.getpid()}/status")
    try:
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    if pid is None:
        import resource  # peak, not current: the best a non-Linux system offers cheaply

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024
    raise OSError(f"cannot read the memory of process {pid}")


def machine() -> str:
    """A one-line description of this computer, for the report."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="ascii").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    version = ".".join(map(str, sys.version_info[:3]))
    return f"{os.cpu_count()} cores, {cpu}, Python {version}, {sys.platform}"
