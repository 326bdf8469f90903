"""A slip as a one-page PDF, page exactly as wide as the roll and as long as the slip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter

from kiosk import __version__
from kiosk.printing.layout import TicketLayout
from kiosk.printing.page import page_layout, paint_job
from kiosk.printing.ticket import PaperWidth, TicketPrint

PDF_DPI = 300.0


def write_pdf(ticket: TicketPrint, path: Path, paper_mm: PaperWidth = 80) -> Path:
    """Write the slip to ``path`` (replacing it); raises `PrintFailed` if it cannot."""
    layout = TicketLayout(ticket, paper_mm, dpi=PDF_DPI)
    writer = QPdfWriter(str(path))
    writer.setResolution(round(PDF_DPI))
    writer.setCreator(f"qminder-kiosk {__version__}")
    writer.setTitle("Ticket")
    writer.setPageLayout(page_layout(layout))
    paint_job(layout, writer, f"cannot write a PDF at {path}")
    return path
