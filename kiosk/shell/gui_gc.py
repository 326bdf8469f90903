"""Python's cyclic garbage collector, run in the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate: the outbox's, the
printer's or (in demo mode) the sandbox's. A Qt object freed there is destroyed in the wrong
thread, where Qt cannot stop its timers: a later timer event then reaches freed memory. So the
automatic collector is switched off and this object runs it from a GUI-thread timer: young
generations every second (well under a millisecond), a full collection (about 40 ms) every
few minutes, and only while nobody is using the kiosk.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1000
FULL_EVERY_TICKS = 180


class GuiThreadCollector(QObject):
    """Owns garbage collection while it is running; `stop` gives it back to Python."""

    def __init__(self, quiet: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quiet = quiet
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("gui-thread-gc")
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self._tick)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def _tick(self) -> None:
        self._ticks += 1
        if self._ticks >= FULL_EVERY_TICKS and self._quiet():
            self._ticks = 0
            gc.collect()
        else:
            gc.collect(1)
