"""A painted spinner that shows the kiosk is working (loading, checking in)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import active_theme

_FRAME_MS = 33
_STEP_DEGREES = 12
_ARC_DEGREES = 100


class BusyIndicator(QWidget):
    """A rotating arc in the theme's accent colour (the palette's Highlight).

    The animation timer runs only while the indicator is both started and on screen, so a
    hidden spinner costs nothing. The widget keeps its size when stopped, so showing it never
    shifts the buttons beside it.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None, *, diameter: int | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter or active_theme().size.spinner
        self._angle = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(_FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def start(self) -> None:
        """Spin (when visible)."""
        self._running = True
        self._sync_timer()
        self.update()

    def stop(self) -> None:
        """Stop and draw nothing."""
        self._running = False
        self._sync_timer()
        self.update()

    def is_running(self) -> bool:
        return self._running

    def is_animating(self) -> bool:
        """The frame timer is ticking (started and visible)."""
        return self._timer.isActive()

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._running:
            return
        side = min(self.width(), self.height())
        pen_width = max(3.0, side / 9)
        inset = pen_width / 2 + 1
        rect = QRectF(
            (self.width() - side) / 2 + inset,
            (self.height() - side) / 2 + inset,
            side - 2 * inset,
            side - 2 * inset,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(self.palette().color(QPalette.ColorRole.Midlight), pen_width)
        painter.setPen(track)
        painter.drawEllipse(rect)
        arc = QPen(self.palette().color(QPalette.ColorRole.Highlight), pen_width)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, -self._angle * 16, _ARC_DEGREES * 16)

    def _sync_timer(self) -> None:
        if self._running and self.isVisible():
            self._timer.start()
        else:
            self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self._angle = (self._angle + _STEP_DEGREES) % 360
        self.update()
