"""Regenerate the reference image and the documentation previews of printed tickets.

Run from the repository root after a deliberate change to the slip's look::

    QT_QPA_PLATFORM=offscreen python -m tests.printing.regenerate

It writes ``tests/printing/data/ticket-58mm-ar.png`` (the Arabic 58 mm ticket at 100 dpi, which
``test_pdf.py`` compares against) and ``docs/printing/ticket-80mm-en.png`` and
``ticket-58mm-ar.png`` (200 dpi previews). Look at all three before committing them.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.printing.pdf import write_pdf
from kiosk.printing.ticket import PaperWidth, TicketPrint
from tests.printing import samples
from tests.printing.imaging import COMPARE_DPI, pdf_to_png

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "printing" / "data" / "ticket-58mm-ar.png"
PREVIEWS = ROOT / "docs" / "printing"
PREVIEW_DPI = 200


def reference_ticket() -> TicketPrint:
    return samples.ticket("ar", "B-7")


def render(ticket: TicketPrint, paper: PaperWidth, png: Path, dpi: int) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        pdf = write_pdf(ticket, Path(scratch) / "ticket.pdf", paper)
        made = pdf_to_png(pdf, Path(scratch) / "ticket.png", dpi)
        png.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, png)
    return png


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = [
        render(reference_ticket(), 58, REFERENCE, COMPARE_DPI),
        render(samples.ticket("en", "A-12"), 80, PREVIEWS / "ticket-80mm-en.png", PREVIEW_DPI),
        render(reference_ticket(), 58, PREVIEWS / "ticket-58mm-ar.png", PREVIEW_DPI),
    ]
    for path in written:
        sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
