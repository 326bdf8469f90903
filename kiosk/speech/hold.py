"""Touch and hold for 3 seconds on empty background: audio guidance turns on (Welcome).

A visitor who cannot see the screen cannot find a button, but can hold a finger anywhere.
The hold must be on the background, not on a control (a long press on a language button is
still just a press), and it may be a touch or a mouse press (many kiosk touch screens deliver
touches as mouse events). A finger that slides away or lifts early cancels it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

HOLD_MS = 3000
SLOP_PX = 24
"""How far a held finger may drift (a shaking hand) before the hold is cancelled."""

_CONTROLS = (QAbstractButton, QLineEdit, QAbstractSlider, QAbstractSpinBox, QComboBox)


def is_background(widget: QWidget | None) -> bool:
    """True when `widget` (what is under the finger) is not part of a control."""
    while widget is not None:
        if isinstance(widget, _CONTROLS):
            return False
        if widget.isWindow():
            return True
        widget = widget.parentWidget()
    return True


class HoldGesture(QObject):
    """An event filter for the window's QWindow: emits `held` after a 3 s press on background.

    Args:
        window: the kiosk window (positions are found in it).
        milliseconds: how long the press must last.

    Attributes:
        enabled: watch for the hold (the composition root sets it on Welcome only).

    Signals:
        held(): the visitor held the background long enough.
    """

    held = Signal()

    def __init__(self, window: QWidget, milliseconds: int = HOLD_MS) -> None:
        super().__init__(window)
        self._window = window
        self._start: QPoint | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(milliseconds)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.enabled = True

    def is_holding(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QMouseEvent):
            where = event.globalPosition().toPoint()
            if kind == QEvent.Type.MouseButtonPress:
                self._press(where)
            elif kind == QEvent.Type.MouseMove:
                self._move(where)
            elif kind == QEvent.Type.MouseButtonRelease:
                self.cancel()
        elif isinstance(event, QTouchEvent):
            points = event.points()
            if kind == QEvent.Type.TouchBegin and len(points) == 1:
                self._press(points[0].globalPosition().toPoint())
            elif kind == QEvent.Type.TouchUpdate and points:
                self._move(points[0].globalPosition().toPoint())
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self.cancel()
        return False

    def cancel(self) -> None:
        self._timer.stop()
        self._start = None

    def _press(self, where: QPoint) -> None:
        if not self.enabled or not self._window.isVisible():
            return
        under = self._window.childAt(self._window.mapFromGlobal(where))
        if not is_background(under):
            self.cancel()
            return
        self._start = where
        self._timer.start()

    def _move(self, where: QPoint) -> None:
        if self._start is not None and (where - self._start).manhattanLength() > SLOP_PX:
            self.cancel()

    def _on_timer_timeout(self) -> None:
        self._start = None
        if self.enabled:
            self.held.emit()
