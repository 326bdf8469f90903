"""Keeps track of whether the location is open, and says so when that changes."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.hours import OpeningState, opening_state
from kiosk.domain.models import Location

log = logging.getLogger("kiosk.hours")

CHECK_MS = 60_000
"""Opening hours are looked at least this often (and just after each change)."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class HoursController(QObject):
    """Judges the location's opening hours now, and again just after they next change.

    Signals:
        checked(OpeningState): after every look, open or not (the mode controller decides).
    """

    checked = Signal(OpeningState)

    def __init__(
        self, clock: Callable[[], dt.datetime] = utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._location: Location | None = None
        self.state: OpeningState | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("opening-hours")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)

    @property
    def closed(self) -> bool:
        return self.state is not None and not self.state.open

    def now(self) -> dt.datetime:
        return self._clock()

    def watch(self, location: Location) -> None:
        """Use this location's hours from now on, and look at once."""
        self._location = location
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._location is None:
            return
        now = self._clock()
        state = opening_state(self._location, now)
        if self.state is None or self.state.open != state.open:
            log.info("opening hours: %s", "open" if state.open else "closed")
        self.state = state
        change = state.closes_at if state.open else state.next_opening
        wait_ms = CHECK_MS
        if change is not None:
            wait_ms = max(1000, min(wait_ms, int((change - now).total_seconds() * 1000) + 500))
        self._timer.start(wait_ms)
        self.checked.emit(state)
