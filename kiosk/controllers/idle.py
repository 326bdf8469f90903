"""Inactivity: warn a visitor who walked away, then forget them.

Only input counts as activity (touches, clicks, keys, wheel), never a screen change. After
`timeout` seconds without input a warning with a visible countdown of at least 20 seconds
(WCAG 2.2.1) runs; any input during it continues the visit, its end resets the kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

MIN_WARNING_SECONDS = 20

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleController(QObject):
    """Watches the application's input while armed.

    Signals:
        warning(int): the warning starts; seconds until the reset.
        tick(int): seconds left while the warning runs.
        resumed(): input during the warning: the visit continues.
        timed_out(): the warning ran out: reset the kiosk.
    """

    warning = Signal(int)
    tick = Signal(int)
    resumed = Signal()
    timed_out = Signal()

    def __init__(
        self,
        timeout_s: float,
        warning_s: int,
        *,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._warning_s = max(MIN_WARNING_SECONDS, warning_s)
        self._left = 0
        self._armed = False
        self._idle = QTimer(self)
        self._idle.setObjectName("idle-timeout")
        self._idle.setSingleShot(True)
        self._idle.setInterval(round(timeout_s * 1000))
        self._idle.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setObjectName("idle-countdown")
        self._countdown.setInterval(tick_ms)  # one countdown step: a second (faster in tests)
        self._countdown.timeout.connect(self._on_second)
        self._watched: QObject | None = None

    def watch(self, target: QObject) -> None:
        """Follow the input events arriving at `target`: the kiosk's top-level QWindow.

        A filter on the window handle sees every touch, click and key of the window before
        Qt hands it to a widget, and its `watched` object is always that live window (an
        application-wide filter would also be handed objects in the middle of destruction).
        """
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = target
        target.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def warning_active(self) -> bool:
        return self._countdown.isActive()

    @property
    def seconds_left(self) -> int:
        return self._left if self.warning_active else 0

    def arm(self) -> None:
        """A visit is in progress: count inactivity from now."""
        self._armed = True
        if not self.warning_active:
            self._idle.start()

    def disarm(self) -> None:
        """Nobody to warn (Welcome, a ticket on screen with its own countdown)."""
        self._armed = False
        self._idle.stop()
        if self.warning_active:
            self._countdown.stop()
            self.resumed.emit()

    def note_activity(self) -> None:
        if not self._armed:
            return
        if self.warning_active:
            self._countdown.stop()
            self.resumed.emit()
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() in _INPUT_EVENTS:
            self.note_activity()
        return False

    def _start_warning(self) -> None:
        if not self._armed:
            return
        self._left = self._warning_s
        self._countdown.start()
        self.warning.emit(self._left)

    def _on_second(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.tick.emit(self._left)
            return
        self._countdown.stop()
        self._armed = False
        self.timed_out.emit()
