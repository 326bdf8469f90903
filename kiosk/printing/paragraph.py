"""A paragraph of a slip: text wrapped to a width with the fonts actually used."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

FONT_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "DejaVu Sans")
"""Looked up in this order for every character; Qt falls back further for other scripts."""


class Paragraph:
    """Text wrapped to a width with the fonts actually used (fallbacks included).

    Heights and baselines come from Qt's text layout, so Arabic or other fallback fonts with
    taller lines are measured as drawn.
    """

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        align: Qt.AlignmentFlag,
        direction: Qt.LayoutDirection,
    ) -> None:
        self.font = font
        self._layout = QTextLayout(text, font)
        option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(direction)
        self._layout.setTextOption(option)
        self._layout.beginLayout()
        y = 0.0
        self.lines = 0
        self.last_baseline = 0.0
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            self.last_baseline = y + line.ascent()
            y += line.height()
            self.lines += 1
        self._layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, left: float, top: float) -> None:
        painter.setFont(self.font)
        self._layout.draw(painter, QPointF(left, top))
