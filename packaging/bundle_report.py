"""Size and start time of a built bundle, next to the source tree's start time.

    python packaging/bundle_report.py dist/kiosk [--budget-mib 200] [--runs 3]

Prints the bundle's size on disk (as ``du`` counts it) with a breakdown, then the median time
from process start to the painted Welcome screen over `--runs` smoke tests of the bundle and of
``python -m kiosk`` (the interpreter running this script). Exits 1 when the bundle is larger
than the budget or a smoke test fails; start times are reported, never judged.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

MIB = 1024 * 1024
WELCOME = re.compile(r"\bwelcome_ms=(\d+)")
SMOKE_TIMEOUT_S = 120


def disk_usage(path: Path) -> int:
    """Bytes on disk (allocated blocks, like ``du``); symlinks count as themselves."""
    stat = path.lstat()
    blocks = getattr(stat, "st_blocks", None)
    return blocks * 512 if blocks is not None else stat.st_size


def category(relative: Path) -> str:
    """The breakdown line a bundle file belongs to."""
    parts = relative.parts
    text = relative.as_posix()
    if "PySide6" in parts:
        if "/qml/" in f"/{text}":
            return "Qt QML modules (virtual keyboard)"
        if "/plugins/" in f"/{text}":
            return "Qt plugins"
        if "/translations/" in f"/{text}":
            return "Qt translations"
        if re.search(r"(^|/)(lib)?icu", relative.name):
            return "ICU data and libraries (QtCore)"
        if re.search(r"Qt6?[A-Za-z0-9]*\.(so|dll|dylib)|\.framework/", text):
            return "Qt libraries"
        return "PySide6 bindings"
    if relative.name.startswith(("libpython", "python3")) or parts[0] in (
        "python3.11",
        "lib-dynload",
    ):
        return "Python runtime"
    if relative.name in ("base_library.zip",) or (
        len(parts) == 1 and relative.suffix in ("", ".exe")
    ):
        return "Python runtime"
    if parts[0] == "resources":
        return "kiosk resources (themes, fonts, translations, icons)"
    if parts[0] == "kiosk":
        return "kiosk package data"
    if len(parts) == 1 and re.search(r"\.(so(\.\d+)*|dll|dylib)$", relative.name):
        return "system libraries copied from the build host"
    return f"Python packages: {parts[0].split('.')[0]}"


def size_report(bundle: Path) -> tuple[int, dict[str, int]]:
    total = disk_usage(bundle)
    groups: dict[str, int] = defaultdict(int)
    for root, dirs, files in os.walk(bundle):
        for name in dirs + files:
            path = Path(root) / name
            size = disk_usage(path)
            total += size
            if path.is_file() and not path.is_symlink():
                relative = path.relative_to(bundle)
                if relative.parts[0] == "_internal" and len(relative.parts) > 1:
                    relative = Path(*relative.parts[1:])
                groups[category(relative)] += size
    return total, dict(groups)


def welcome_ms(command: list[str]) -> int:
    """One smoke test's start-to-Welcome time; raises RuntimeError with its output on failure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [*command, "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_S,
        env=env,
        check=False,
    )
    found = WELCOME.search(done.stdout)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{' '.join(command)} --smoke-test failed:\n{done.stdout}{done.stderr}")
    return int(found.group(1))


def median_ms(command: list[str], runs: int) -> tuple[int, list[int]]:
    times = [welcome_ms(command) for _ in range(runs)]
    return round(statistics.median(times)), times


def executable(bundle: Path) -> Path:
    for name in ("kiosk-console.exe", "kiosk.exe", "kiosk"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"no kiosk executable in {bundle}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the one-folder build, e.g. dist/kiosk")
    parser.add_argument("--budget-mib", type=float, default=200.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    total, groups = size_report(args.bundle)
    print(f"bundle {args.bundle}: {total / MIB:.1f} MiB on disk (budget {args.budget_mib:g} MiB)")
    for name, size in sorted(groups.items(), key=lambda item: -item[1]):
        if size >= MIB // 2:
            print(f"  {size / MIB:6.1f} MiB  {name}")
    rest = sum(size for size in groups.values() if size < MIB // 2)
    print(f"  {rest / MIB:6.1f} MiB  everything else")

    status = 0
    if total > args.budget_mib * MIB:
        print(f"FAIL: the bundle is over its {args.budget_mib:g} MiB budget")
        status = 1
    if args.runs > 0:
        try:
            frozen, frozen_runs = median_ms([str(executable(args.bundle))], args.runs)
            source, source_runs = median_ms([sys.executable, "-m", "kiosk"], args.runs)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"FAIL: {exc}")
            return 1
        print(
            f"start to painted Welcome, median of {args.runs}: bundle {frozen} ms {frozen_runs},"
            f" source {source} ms {source_runs}"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
