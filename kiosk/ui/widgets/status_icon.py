"""A large round status mark (``!`` or ``i``) for message screens."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import active_theme


class Tone(StrEnum):
    """What a status mark says: information, or a problem."""

    INFO = "info"
    PROBLEM = "problem"


_SOFT_ALPHA = 28


class StatusIcon(QWidget):
    """A tinted disc with a glyph: ``i`` for information, ``!`` for a problem.

    Colours come from the palette (Highlight for information, BrightText — the theme's error
    colour — for problems), so the mark follows the theme.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = Tone.INFO
        self._diameter = active_theme().size.spinner * 2
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_tone(self, tone: Tone) -> None:
        self._tone = tone
        self.update()

    def tone(self) -> Tone:
        return self._tone

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def paintEvent(self, event: QPaintEvent) -> None:
        role = (
            QPalette.ColorRole.BrightText
            if self._tone is Tone.PROBLEM
            else QPalette.ColorRole.Highlight
        )
        color = self.palette().color(role)
        soft = QColor(color)
        soft.setAlpha(_SOFT_ALPHA)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(soft)
        painter.drawEllipse(rect)
        inner = rect.adjusted(side * 0.2, side * 0.2, -side * 0.2, -side * 0.2)
        painter.setBrush(color)
        painter.drawEllipse(inner)
        font = QFont(self.font())
        font.setPixelSize(round(side * 0.36))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        glyph = "!" if self._tone is Tone.PROBLEM else "i"
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, glyph)
