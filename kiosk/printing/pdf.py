"""A slip as a one-page PDF, page exactly as wide as the roll and as long as the slip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk import __version__
from kiosk.printing.errors import PrintFailed
from kiosk.printing.layout import MM_PER_INCH, TicketLayout
from kiosk.printing.ticket import PaperWidth, TicketPrint

PDF_DPI = 300.0


def page_size(layout: TicketLayout) -> QPageSize:
    """The slip's own page size in millimetres (never snapped to a standard size)."""
    size = QSizeF(layout.width * MM_PER_INCH / layout.dpi, layout.height * MM_PER_INCH / layout.dpi)
    return QPageSize(
        size, QPageSize.Unit.Millimeter, "Ticket", QPageSize.SizeMatchPolicy.ExactMatch
    )


def write_pdf(ticket: TicketPrint, path: Path, paper_mm: PaperWidth = 80) -> Path:
    """Write the slip to ``path`` (replacing it); raises `PrintFailed` if it cannot."""
    layout = TicketLayout(ticket, paper_mm, dpi=PDF_DPI)
    writer = QPdfWriter(str(path))
    writer.setResolution(round(PDF_DPI))
    writer.setCreator(f"qminder-kiosk {__version__}")
    writer.setTitle("Ticket")
    writer.setPageLayout(
        QPageLayout(
            page_size(layout),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise PrintFailed(f"cannot write a PDF at {path}")
    try:
        layout.paint(painter)
    finally:
        painter.end()
    return path
