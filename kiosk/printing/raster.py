"""A slip as the black-and-white raster a thermal head prints: 8 dots per mm, exact head width."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from kiosk.printing.layout import TicketLayout
from kiosk.printing.paper import THERMAL_DPI
from kiosk.printing.ticket import PaperWidth, TicketPrint

HEAD_DOTS: dict[int, int] = {58: 384, 80: 576}
"""Dots across the print head of standard 58 mm (48 mm printed) and 80 mm (72 mm) printers."""

THRESHOLD = 128
"""Grey levels darker than this print black. A hard threshold (no dithering) keeps the
anti-aliased edges of text solid instead of speckled."""

_LEVELS = [0] * THRESHOLD + [255] * (256 - THRESHOLD)


def render_raster(ticket: TicketPrint, paper_mm: PaperWidth = 80) -> QImage:
    """The slip at 203 dpi, cropped to the head width, in pure black and white (8-bit grey)."""
    layout = TicketLayout(ticket, paper_mm, dpi=THERMAL_DPI)
    page = layout.to_image()
    dots = HEAD_DOTS[paper_mm]
    left = max(0, round((page.width() - dots) / 2))
    return page.copy(QRect(left, 0, dots, page.height()))


def to_pil(image: QImage) -> Image.Image:
    """A PIL image of the QImage (black and white, mode "L"), as python-escpos takes it."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = grey.width(), grey.height()
    data = bytes(grey.constBits())
    picture = Image.frombuffer("L", (width, height), data, "raw", "L", grey.bytesPerLine(), 1)
    return picture.point(_LEVELS)
