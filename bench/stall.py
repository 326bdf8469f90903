"""Event-loop stalls during a check-in: does the screen keep breathing while Qminder is slow?

``python -m bench.stall [--quick]``

A 10 ms heartbeat timer runs while a visitor taps Check in and until the outcome is painted:
with the sandbox answering at once, answering after 2 s, and down (the visitor waits the
configured 8 s, then is told the check-in is saved). Every gap between ticks longer than 10 ms
is time the event loop could not run: no paint, no touch handled.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, median, parser, percentile, publish, say
from bench.harness import Heartbeat, Paints, Visitor, make_app, run, running_kiosk, wait_until
from bench.sandbox_process import SandboxProcess

MAX_GAP_BUDGET_MS = 50.0
P99_BUDGET_MS = 16.0
SETTLE_S = 0.2
"""The heartbeat keeps running this long after the outcome is painted."""


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.split("\n\n")[0]).parse_args(argv)
    scenarios = [
        ("at once", 0.0, 5 if args.quick else 20),
        ("2 s latency", 2.0, 1 if args.quick else 3),
        ("down", None, 1 if args.quick else 2),
    ]
    app = make_app()
    gaps: dict[str, list[float]] = {}
    outcomes: dict[str, list[float]] = {}
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as tmp:

        async def walk() -> None:
            paints = Paints(app)
            heartbeat = Heartbeat()
            async with running_kiosk(sandbox.url, Path(tmp)) as kiosk:
                visitor = Visitor(kiosk, paints)
                # Warm up: the first form, fonts and translations are not what is measured.
                await visitor.to_check_in("Warm Up")
                await visitor.check_in()
                await visitor.done()
                for name, latency, count in scenarios:
                    gaps[name], outcomes[name] = [], []
                    for visit in range(count):
                        await asyncio.sleep(0.3)
                        await visitor.to_check_in(f"Visitor {name} {visit}")
                        if latency is None:
                            sandbox.set_down(True)
                        else:
                            sandbox.set_faults(latency=latency)
                        heartbeat.start()
                        took, _screen = await visitor.check_in()
                        await asyncio.sleep(SETTLE_S)
                        gaps[name] += heartbeat.stop()
                        outcomes[name].append(took)
                        sandbox.set_down(False)
                        sandbox.set_faults()
                        await visitor.done()
                    # Whatever was saved goes out before the next scenario starts.
                    await wait_until(
                        lambda: (
                            not (
                                kiosk.delivery.status.queued
                                or kiosk.delivery.status.sending
                                or kiosk.delivery.status.ambiguous
                            )
                        ),
                        "the outbox to drain",
                        60,
                    )
            paints.remove()

        run(app, walk)

    figures = []
    for name, _latency, count in scenarios:
        found = gaps[name]
        say(
            f"{name:<12} {count} check-in(s), outcome painted after median"
            f" {median(outcomes[name]):.0f} ms; {len(found)} heartbeat gaps: median"
            f" {median(found):.1f} ms, p99 {percentile(found, 99):.1f} ms, max {max(found):.1f} ms"
        )
        figures.append(
            Figure(
                f"Event-loop stall, Qminder {name}",
                f"max gap {max(found):.0f} ms, p99 {percentile(found, 99):.1f} ms",
                f"max ≤ {MAX_GAP_BUDGET_MS:.0f} ms, p99 ≤ {P99_BUDGET_MS:.0f} ms",
                max(found) <= MAX_GAP_BUDGET_MS and percentile(found, 99) <= P99_BUDGET_MS,
            )
        )
    publish(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
