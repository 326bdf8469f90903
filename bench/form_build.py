"""How long the questions screen takes to build from 10, 50 and 200 input fields.

``python -m bench.form_build [--quick]``

Each run hands the questions screen of a real kiosk window (1280x800, the default theme) a new
form (every kind of field in turn: text, single and multiple choice, number, date, email, phone)
and times it until the first page is painted. The first run warms up and is not counted.
"""

from __future__ import annotations

import asyncio
import sys
import time
from decimal import Decimal

from bench.common import Figure, median, parser, publish, say
from bench.harness import Paints, make_app, run
from kiosk.domain.form import FieldKind, FieldSpec, FormSpec, OptionSpec
from kiosk.ui.main_window import KioskWindow

SIZES = (10, 50, 200)
BUDGET_MS = 50.0
BUDGET_SIZE = 50
KINDS = (
    FieldKind.TEXT,
    FieldKind.SINGLE_SELECT,
    FieldKind.NUMERIC,
    FieldKind.MULTI_SELECT,
    FieldKind.DATE,
    FieldKind.EMAIL,
    FieldKind.PHONE,
)


def question(run_id: int, index: int) -> FieldSpec:
    kind = KINDS[index % len(KINDS)]
    field_id = f"bench-{run_id}-{index}"
    options: tuple[OptionSpec, ...] = ()
    if kind in (FieldKind.SINGLE_SELECT, FieldKind.MULTI_SELECT):
        options = tuple(OptionSpec(f"{field_id}-{n}", f"Choice {n + 1}") for n in range(4))
    return FieldSpec(
        id=field_id,
        kind=kind,
        label=f"Question {index + 1}: what should we know?",
        required=index % 3 == 0,
        options=options,
        minimum=Decimal(0) if kind is FieldKind.NUMERIC else None,
        maximum=Decimal(99) if kind is FieldKind.NUMERIC else None,
    )


def form(run_id: int, size: int) -> FormSpec:
    return FormSpec(
        line_id="bench", language="en", questions=tuple(question(run_id, i) for i in range(size))
    )


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.split("\n\n")[0]).parse_args(argv)
    runs = 3 if args.quick else 10
    app = make_app()
    results: dict[int, list[float]] = {}

    async def build() -> None:
        paints = Paints(app)
        window = KioskWindow()
        window.resize(1280, 800)
        window.show()
        window.show_screen(window.questions)
        await asyncio.sleep(0.1)
        run_id = 0
        for size in SIZES:
            built: list[float] = []
            painted: list[float] = []
            for attempt in range(runs + 1):
                run_id += 1
                spec = form(run_id, size)
                done = paints.expect(window.questions)
                started = time.perf_counter()
                window.questions.set_form(spec, "EE", phone_example="+372 5123 4567")
                ready = time.perf_counter()
                shown, _screen = await asyncio.wait_for(done, 30)
                if attempt:
                    built.append((ready - started) * 1000)
                    painted.append((shown - started) * 1000)
                await asyncio.sleep(0.05)
            results[size] = painted
            say(
                f"{size:4} fields: built in median {median(built):6.1f} ms, first page painted"
                f" after median {median(painted):6.1f} ms ({window.questions.page_count()} pages)"
            )
        paints.remove()
        window.close()
        window.deleteLater()

    run(app, build)
    publish(
        [
            Figure(
                "Form build",
                ", ".join(f"{size} fields {median(results[size]):.0f} ms" for size in SIZES),
                f"≤ {BUDGET_MS:.0f} ms for {BUDGET_SIZE}",
                median(results[BUDGET_SIZE]) <= BUDGET_MS,
            )
        ],
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
