"""How long a slip takes to draw: thermal raster, PDF, and a whole ESC/POS job (no I/O).

Run from the repository root: ``QT_QPA_PLATFORM=offscreen python bench/printing.py``.
Prints the first (cold: fonts load) and the median of the following runs, in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from escpos.printer import Dummy
from PySide6.QtGui import QGuiApplication

from kiosk.printing.layout import TicketLayout
from kiosk.printing.pdf import write_pdf
from kiosk.printing.raster import render_raster, to_pil
from kiosk.printing.thermal import PROFILES, EscPosTarget
from kiosk.printing.ticket import PaperWidth, TicketPrint, TicketTexts

RUNS = 30
PAPERS: tuple[PaperWidth, ...] = (80, 58)


def ticket(language: str) -> TicketPrint:
    arabic = language == "ar"
    return TicketPrint(
        public_id="B-107",
        line_name="الاستعلامات العامة" if arabic else "General enquiries",
        message="يرجى الانتظار حتى يظهر رقمك على الشاشة."
        if arabic
        else "Please wait until your number is shown on the screen.",
        heading="City Service Centre",
        issued_at=dt.datetime(2026, 5, 6, 14, 20),
        people_ahead=4,
        estimated=dt.datetime(2026, 5, 6, 14, 36),
        qr_payload="https://example.org/queue?t=5100107",
        language=language,
        texts=TicketTexts("رقمك", "عدد الأشخاص قبلك", "الوقت المتوقع", "امسح الرمز")
        if arabic
        else TicketTexts(),
    )


def measure(name: str, call: Callable[[], object]) -> None:
    times = []
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    cold, warm = times[0], statistics.median(times[1:])
    sys.stdout.write(f"{name:<38} cold {cold:7.1f} ms   median {warm:6.1f} ms\n")


def bench(language: str, paper: PaperWidth, scratch: Path) -> None:
    slip = ticket(language)
    label = f"{language} {paper} mm"
    pdf = scratch / "ticket.pdf"

    def escpos_job() -> None:
        EscPosTarget(lambda: Dummy(profile=PROFILES[paper]), paper).print_ticket(slip)

    measure(f"{label} layout only", lambda: TicketLayout(slip, paper, 203))
    measure(f"{label} raster (QImage)", lambda: render_raster(slip, paper))
    measure(f"{label} raster + 1-bit PIL", lambda: to_pil(render_raster(slip, paper)))
    measure(f"{label} ESC/POS job (Dummy)", escpos_job)
    measure(f"{label} PDF file", lambda: write_pdf(slip, pdf, paper))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("en", "ar"):
            for paper in PAPERS:
                bench(language, paper, Path(scratch))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
