"""Radio and check-box marks for answer options, painted in the palette's colours.

A selected option differs from the others by its mark's shape (a dot, a tick), not by colour
alone. The marks are cached per palette and size: a form of fifty options paints four pixmaps.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)


class Mark(StrEnum):
    """The mark of an answer option: a radio dot (one choice) or a tick (several)."""

    RADIO = "radio"
    CHECK = "check"


def choice_icon(mark: Mark, palette: QPalette, size: int) -> QIcon:
    """An icon with an Off (empty) and an On (selected) state, for a checkable button."""
    ring = palette.color(QPalette.ColorRole.Mid).name()
    fill = palette.color(QPalette.ColorRole.Highlight).name()
    on_fill = palette.color(QPalette.ColorRole.HighlightedText).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    return _icon(mark, ring, fill, on_fill, base, size, _device_ratio())


def _device_ratio() -> float:
    app = QGuiApplication.instance()
    return float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0


@lru_cache(maxsize=16)
def _icon(
    mark: Mark, ring: str, fill: str, on_fill: str, base: str, size: int, ratio: float
) -> QIcon:
    icon = QIcon()
    for state in (QIcon.State.Off, QIcon.State.On):
        pixmap = QPixmap(round(size * ratio), round(size * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        on = state is QIcon.State.On
        if mark is Mark.RADIO:
            _paint_radio(
                painter, size, on, QColor(ring), QColor(fill), QColor(on_fill), QColor(base)
            )
        else:
            _paint_check(
                painter, size, on, QColor(ring), QColor(fill), QColor(on_fill), QColor(base)
            )
        painter.end()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            icon.addPixmap(pixmap, mode, state)
    return icon


def _paint_radio(
    painter: QPainter, size: int, on: bool, ring: QColor, fill: QColor, dot: QColor, base: QColor
) -> None:
    stroke = max(2.0, size / 12)
    outer = QRectF(stroke / 2, stroke / 2, size - stroke, size - stroke)
    painter.setPen(QPen(fill if on else ring, stroke))
    painter.setBrush(fill if on else base)
    painter.drawEllipse(outer)
    if on:
        inner = size * 0.36
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawEllipse(QPointF(size / 2, size / 2), inner / 2, inner / 2)


def _paint_check(
    painter: QPainter, size: int, on: bool, ring: QColor, fill: QColor, tick: QColor, base: QColor
) -> None:
    stroke = max(2.0, size / 12)
    box = QRectF(stroke / 2, stroke / 2, size - stroke, size - stroke)
    radius = size / 5
    painter.setPen(QPen(fill if on else ring, stroke))
    painter.setBrush(fill if on else base)
    painter.drawRoundedRect(box, radius, radius)
    if on:
        path = QPainterPath(QPointF(size * 0.26, size * 0.52))
        path.lineTo(QPointF(size * 0.43, size * 0.69))
        path.lineTo(QPointF(size * 0.75, size * 0.33))
        pen = QPen(tick, max(2.5, size / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
