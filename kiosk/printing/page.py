"""A slip on a page: the page exactly as wide as the roll and as long as the slip, painted as
one job. The PDF writer and the system printers both print this way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from kiosk.printing.errors import PrintFailed
from kiosk.printing.paper import MM_PER_INCH

if TYPE_CHECKING:
    from kiosk.printing.layout import TicketLayout


def page_size(layout: TicketLayout) -> QPageSize:
    """The slip's own page size in millimetres (never snapped to a standard size)."""
    size = QSizeF(layout.width * MM_PER_INCH / layout.dpi, layout.height * MM_PER_INCH / layout.dpi)
    return QPageSize(
        size, QPageSize.Unit.Millimeter, "Ticket", QPageSize.SizeMatchPolicy.ExactMatch
    )


def page_layout(layout: TicketLayout) -> QPageLayout:
    """The slip's page, upright and without margins."""
    return QPageLayout(
        page_size(layout),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def paint_job(layout: TicketLayout, device: QPagedPaintDevice, refused: str) -> bool:
    """Paint the slip on ``device`` as one job; whether the job was finished.

    Raises `PrintFailed` with the message ``refused`` when the job cannot even start.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(refused)
    try:
        layout.paint(painter)
    finally:
        finished = painter.end()
    return finished
