"""How easy the code is to find one's way in: module sizes and the package's face.

    python -m bench.structure [--json]

Budgets: no module of `kiosk/` over 400 lines (the sandbox's seed data excepted: it is data),
at most 4 Python modules directly in `kiosk/` (the package's face; everything else lives in a
package named for what it does). Lines are counted as they stand in the file.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import ROOT, Figure, parser, publish, say

PACKAGE = ROOT / "kiosk"
MAX_LINES = 400
MAX_TOP_MODULES = 4
EXCEPTED = frozenset({Path("sandbox/seed.py")})
"""Data, not logic: the sandbox's demo location."""


def line_counts(package: Path = PACKAGE) -> dict[Path, int]:
    """Each module's line count, by its path inside the package."""
    return {
        path.relative_to(package): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(package.rglob("*.py"))
    }


def oversized(counts: dict[Path, int]) -> dict[Path, int]:
    return {p: n for p, n in counts.items() if n > MAX_LINES and p not in EXCEPTED}


def top_modules(counts: dict[Path, int]) -> list[Path]:
    return [p for p in counts if len(p.parts) == 1]


def figures(counts: dict[Path, int]) -> list[Figure]:
    over = oversized(counts)
    largest = max((n for p, n in counts.items() if p not in EXCEPTED), default=0)
    top = top_modules(counts)
    return [
        Figure(
            what="modules over 400 lines",
            figure=f"{len(over)} (largest {largest} lines)",
            budget="0",
            ok=not over,
        ),
        Figure(
            what="modules directly in kiosk/",
            figure=f"{len(top)}",
            budget=f"at most {MAX_TOP_MODULES}",
            ok=len(top) <= MAX_TOP_MODULES,
        ),
    ]


def main() -> int:
    args = parser(__doc__ or "").parse_args()
    counts = line_counts()
    say(f"{len(counts)} modules, {sum(counts.values())} lines in kiosk/")
    for path, lines in sorted(oversized(counts).items(), key=lambda item: -item[1]):
        say(f"    over: kiosk/{path} ({lines} lines)")
    say("    directly in kiosk/: " + ", ".join(str(p) for p in top_modules(counts)))
    publish(figures(counts), args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
