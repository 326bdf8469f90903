"""The delivery sender's health for the screens and the Admin view, as Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.delivery.outcome import DeliveryStatus

EMPTY = DeliveryStatus(
    queued=0,
    sending=0,
    ambiguous=0,
    delivered=0,
    expired=0,
    rejected=0,
    withdrawn=0,
    last_error=None,
    unavailable=False,
    online=True,
)


class DeliveryMonitor(QObject):
    """Re-reads the sender's status when it says something changed.

    Signals:
        changed(DeliveryStatus): counts, last error, online or unavailable changed.
    """

    changed = Signal(DeliveryStatus)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: Callable[[], DeliveryStatus] | None = None
        self.status = EMPTY

    def attach(self, source: Callable[[], DeliveryStatus]) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        """Call after every change (the sender's ``on_change`` hook)."""
        if self._source is None:
            return
        status = self._source()
        if status != self.status:
            self.status = status
            self.changed.emit(status)
