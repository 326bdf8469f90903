"""``python -m bench``: every benchmark, then one table of figures, budgets and verdicts.

    python -m bench [--quick] [--only NAME ...] [--count N]

Each benchmark runs in a process of its own (Qt allows one application per process, and a
cold start needs fresh processes anyway) and prints its own details as it goes; the table at
the end collects their figures. A figure over its budget is reported, never an error: the exit
status is 1 only when a benchmark could not run at all.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from bench.common import RESULT_PREFIX, ROOT, Figure, machine, say

BENCHMARKS = (
    "structure",
    "cold_start",
    "stall",
    "visitor_path",
    "form_build",
    "memory",
    "outbox_drain",
    "speech_latency",
)


def run_one(name: str, quick: bool, extra: list[str]) -> tuple[list[Figure], float, bool]:
    """Run `bench.<name>`; its figures, the seconds it took, and whether it ran to the end."""
    command = [sys.executable, "-m", f"bench.{name}", "--json", *extra]
    if quick:
        command.append("--quick")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    figures: list[Figure] = []
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(RESULT_PREFIX):
            figures = [Figure(**row) for row in json.loads(line[len(RESULT_PREFIX) :])]
        else:
            sys.stdout.write("    " + line)
            sys.stdout.flush()
    _out, errors = process.communicate()
    if process.returncode != 0 or not figures:
        tail = "\n".join(errors.strip().splitlines()[-15:])
        say(f"    bench.{name} failed (exit status {process.returncode}):\n{tail}")
        return figures, time.monotonic() - started, False
    return figures, time.monotonic() - started, True


def table(figures: list[Figure]) -> str:
    rows = [("What", "Figure", "Budget", "Verdict")]
    rows += [(f.what, f.figure, f.budget, f.verdict) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parsed = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parsed.add_argument("--quick", action="store_true", help="fewer runs (about a minute)")
    parsed.add_argument("--only", nargs="+", choices=BENCHMARKS, help="just these benchmarks")
    parsed.add_argument("--count", type=int, help="check-ins for the outbox drain (default 1000)")
    args = parsed.parse_args(argv)
    chosen = args.only or list(BENCHMARKS)
    say(f"benchmarks on {machine()}{' (quick)' if args.quick else ''}")
    figures: list[Figure] = []
    ran_all = True
    for name in chosen:
        say(f"\n== bench.{name}")
        extra = ["--count", str(args.count)] if name == "outbox_drain" and args.count else []
        found, took, ran = run_one(name, args.quick, extra)
        figures += found
        ran_all = ran_all and ran
        say(f"    ({took:.0f} s)")
    say("\n" + table(figures))
    over = [f.what for f in figures if not f.ok]
    say(f"\n{len(figures) - len(over)} of {len(figures)} figures within budget")
    return 0 if ran_all else 1


if __name__ == "__main__":
    sys.exit(main())
