"""The hidden gesture that opens the PIN pad: a few quick taps in one corner of the window."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

CORNER_PX = 96
"""The side of the square, in the corner, that takes the taps."""

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


class CornerTaps(QObject):
    """An event filter for the window's QWindow (`AdminDesk.start` installs it there): emits
    `triggered` after `taps` presses land in `corner` of `window` within `seconds`.

    A press anywhere else starts the count again, so a visitor tapping around the screen does
    not open it by chance. The taps still reach whatever is under them (nothing is there in
    the corner but the header's margin and the logo).

    Signals:
        triggered(): the gesture was made.
    """

    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        taps: int = 5,
        seconds: float = 3.0,
        corner: str = "top-left",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        if corner not in CORNERS:
            raise ValueError(f"corner must be one of {CORNERS}")
        self._window = window
        self._taps = taps
        self._seconds = seconds
        self._corner = corner
        self._clock = clock
        self._times: deque[float] = deque(maxlen=taps)
        self.enabled = True

    def area(self) -> QRect:
        """The corner square, in window coordinates."""
        width, height = self._window.width(), self._window.height()
        left = 0 if self._corner.endswith("left") else width - CORNER_PX
        top = 0 if self._corner.startswith("top") else height - CORNER_PX
        return QRect(left, top, CORNER_PX, CORNER_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press(event.globalPosition().toPoint())
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                self._press(points[0].globalPosition().toPoint())
        return False

    def _press(self, global_pos: QPoint) -> None:
        if not self.enabled or not self._window.isVisible():
            return
        if not self.area().contains(self._window.mapFromGlobal(global_pos)):
            self._times.clear()
            return
        now = self._clock()
        if self._times and now - self._times[-1] < 0.005:
            return  # the same press seen twice (a touch and the mouse event Qt makes of it)
        self._times.append(now)
        if len(self._times) == self._taps and now - self._times[0] <= self._seconds:
            self._times.clear()
            self.triggered.emit()
