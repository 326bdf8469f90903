"""The rolls a slip prints on, and the sizes of everything on a slip for each roll width.

Text sizes are in points, everything else in millimetres; `kiosk.printing.layout` turns them
into device pixels at the resolution it lays out for.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
THERMAL_DPI = 203.0
"""Dot density of nearly every 58 and 80 mm thermal printer (8 dots per mm)."""


@dataclass(frozen=True, slots=True)
class Paper:
    """A roll: its width and the width the print head reaches, in millimetres."""

    width_mm: float
    printable_mm: float


PAPERS: dict[int, Paper] = {58: Paper(58.0, 48.0), 80: Paper(80.0, 72.0)}

INSET_MM = 1.0
"""Kept clear inside the printable width on each side: heads differ by a dot or two."""


@dataclass(frozen=True, slots=True)
class Style:
    """Sizes for one paper width: text in points, everything else in millimetres."""

    heading_pt: float
    caption_pt: float
    number_em_mm: float
    line_pt: float
    message_pt: float
    label_pt: float
    value_pt: float
    small_pt: float
    qr_mm: float
    logo_height_mm: float
    gap_mm: float
    pad_mm: float
    frame_mm: float
    radius_mm: float
    top_mm: float
    bottom_mm: float


STYLES: dict[int, Style] = {
    80: Style(
        heading_pt=11,
        caption_pt=10,
        number_em_mm=26,
        line_pt=16,
        message_pt=10,
        label_pt=10,
        value_pt=12,
        small_pt=8,
        qr_mm=26,
        logo_height_mm=16,
        gap_mm=3.5,
        pad_mm=3,
        frame_mm=0.6,
        radius_mm=3,
        top_mm=4,
        bottom_mm=6,
    ),
    58: Style(
        heading_pt=9,
        caption_pt=8.5,
        number_em_mm=19,
        line_pt=13,
        message_pt=8.5,
        label_pt=8.5,
        value_pt=10,
        small_pt=7,
        qr_mm=22,
        logo_height_mm=12,
        gap_mm=2.8,
        pad_mm=2.2,
        frame_mm=0.5,
        radius_mm=2.5,
        top_mm=3,
        bottom_mm=5,
    ),
}
