"""Memory: does the kiosk grow while it serves visitors?

``python -m bench.memory [--quick] [--visits N]``

Runs whole visits (four languages in turn, so forms are rebuilt) through the real kiosk against
the sandbox in another process and compares the resident memory (RSS) and the number of live
widgets after a warm-up with the same after `--visits` more check-ins. The idle figure (RSS of
the real ``kiosk`` program on Welcome) comes from ``bench.cold_start``, which runs it.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.common import MIB, Figure, parser, publish, rss_bytes, say
from bench.harness import Paints, Visitor, make_app, run, running_kiosk
from bench.sandbox_process import SandboxProcess

GROWTH_BUDGET_MIB = 10.0
WARM_UP = 20
LANGUAGES = ("en", "es", "et", "ar")


def main(argv: list[str] | None = None) -> int:
    args_parser = parser(__doc__.split("\n\n")[0])
    args_parser.add_argument("--visits", type=int, default=None, help="check-ins (default 500)")
    args = args_parser.parse_args(argv)
    visits = args.visits or (30 if args.quick else 500)
    app = make_app()
    marks: dict[str, tuple[int, int]] = {}

    def mark(name: str) -> None:
        gc.collect()
        marks[name] = (rss_bytes(), len(QApplication.allWidgets()))

    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as tmp:

        async def serve() -> None:
            paints = Paints(app)
            async with running_kiosk(sandbox.url, Path(tmp)) as kiosk:
                visitor = Visitor(kiosk, paints)
                for visit in range(WARM_UP + visits):
                    if visit == WARM_UP:
                        await asyncio.sleep(0.5)
                        mark("after warm-up")
                    await visitor.to_check_in(f"Visitor {visit}", LANGUAGES[visit % len(LANGUAGES)])
                    _took, screen = await visitor.check_in()
                    if screen is not kiosk.window.ticket:
                        raise RuntimeError("a check-in did not end with a number")
                    await visitor.done()
                    if visit and visit % 100 == 0:
                        say(f"  {visit} check-ins, RSS {rss_bytes() / MIB:.1f} MiB")
                await asyncio.sleep(0.5)
                mark("after")
            paints.remove()

        run(app, serve)
        tickets = len(sandbox.ticket_names())

    (before, widgets_before), (after, widgets_after) = marks["after warm-up"], marks["after"]
    growth = (after - before) / MIB
    say(
        f"{visits} check-ins ({tickets} tickets in the sandbox, warm-up included):"
        f" RSS {before / MIB:.1f} → {after / MIB:.1f} MiB, live widgets"
        f" {widgets_before} → {widgets_after}"
    )
    publish(
        [
            Figure(
                f"Memory growth over {visits} check-ins",
                f"{growth:+.1f} MiB (RSS {before / MIB:.0f} → {after / MIB:.0f} MiB,"
                f" widgets {widgets_before} → {widgets_after})",
                f"≤ {GROWTH_BUDGET_MIB:.0f} MiB",
                growth <= GROWTH_BUDGET_MIB,
            )
        ],
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
