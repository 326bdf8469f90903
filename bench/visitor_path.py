"""Screen transitions and the check-in's own overhead, on the real kiosk.

``python -m bench.visitor_path [--quick] [--visits N]``

Walks whole visits (English, a service, name and phone, one question, Check in, Done) against
the sandbox in another process, with real taps. For every transition it times the tap to the
next screen painted; for Check in, the tap to the painted number, minus the time the sandbox
itself took to answer that ``POST /tickets`` (so what is left is the kiosk: validation, the
outbox write, the sender, the HTTP client, the ticket screen). The first visit warms up
(translations, fonts, the first form) and is not counted.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bench.common import Figure, median, parser, percentile, publish, say
from bench.harness import Paints, Visitor, make_app, run, running_kiosk
from bench.sandbox_process import SandboxProcess

LANGUAGES = ("en", "es", "et", "ar")
"""Visits take turns: each language makes the form a new one (labels, direction) to build."""
PAUSE_S = 0.3
"""Between visits: Qminder allows 5 requests a second, and no lobby checks in faster."""

TRANSITION_BUDGET_MS = 100.0
OVERHEAD_BUDGET_MS = 30.0


def main(argv: list[str] | None = None) -> int:
    args_parser = parser(__doc__.split("\n\n")[0])
    args_parser.add_argument("--visits", type=int, default=None, help="visits timed (default 30)")
    args = args_parser.parse_args(argv)
    visits = args.visits or (8 if args.quick else 30)
    app = make_app()
    transitions: dict[str, list[float]] = defaultdict(list)
    check_ins: list[float] = []
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as tmp:

        async def walk() -> None:
            paints = Paints(app)
            async with running_kiosk(sandbox.url, Path(tmp)) as kiosk:
                visitor = Visitor(kiosk, paints)
                for visit in range(visits + 1):
                    language = LANGUAGES[visit % len(LANGUAGES)]
                    times = await visitor.to_check_in(f"Visitor {visit}", language)
                    took, screen = await visitor.check_in()
                    if screen is not kiosk.window.ticket:
                        raise RuntimeError("a check-in did not end with a number")
                    times["Questions → Your number (check-in)"] = took
                    times["Your number → Welcome (Done)"] = await visitor.done()
                    await asyncio.sleep(PAUSE_S)
                    if visit == 0:
                        say(
                            "first visit (fonts, translations, first form): "
                            + ", ".join(f"{name} {ms:.0f} ms" for name, ms in times.items())
                        )
                        continue
                    for name, ms in times.items():
                        transitions[name].append(ms)
            paints.remove()

        run(app, walk)
        handled = [s * 1000 for s in sandbox.handling_times("POST", "/tickets")][1:]
    totals = transitions.pop("Questions → Your number (check-in)")
    check_ins = [total - sandbox_ms for total, sandbox_ms in zip(totals, handled, strict=True)]

    say(f"{visits} visits; milliseconds from tap to the next screen painted:")
    for name, times in transitions.items():
        say(
            f"  {name:<32} median {median(times):6.1f}   p90 {percentile(times, 90):6.1f}"
            f"   max {max(times):6.1f}"
        )
    say(
        f"  Check in → number painted       median {median(totals):6.1f}"
        f"   (sandbox's own handling: median {median(handled):.1f})"
    )
    say(
        f"  check-in overhead               median {median(check_ins):6.1f}"
        f"   p90 {percentile(check_ins, 90):6.1f}   max {max(check_ins):6.1f}"
    )
    slowest_name, slowest = max(transitions.items(), key=lambda item: median(item[1]))
    figures = [
        Figure(
            "Screen transitions",
            f"slowest median {median(slowest):.0f} ms ({slowest_name}); "
            + ", ".join(
                f"{name.split(' (')[0]} {median(times):.0f}" for name, times in transitions.items()
            ),
            f"≤ {TRANSITION_BUDGET_MS:.0f} ms each",
            all(median(times) <= TRANSITION_BUDGET_MS for times in transitions.values()),
        ),
        Figure(
            "Check-in overhead",
            f"median {median(check_ins):.1f} ms (tap → number {median(totals):.1f} ms,"
            f" sandbox {median(handled):.1f} ms)",
            f"≤ {OVERHEAD_BUDGET_MS:.0f} ms median",
            median(check_ins) <= OVERHEAD_BUDGET_MS,
        ),
    ]
    publish(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
