"""Feeds the kiosk's metrics from its controllers, writes them out, and drives the heartbeat.

The metrics (`kiosk.monitoring.metrics.KioskMetrics`) are plain values; this controller turns
the running kiosk's signals into them: the delivery monitor (outbox counts, Qminder answering
or not), the location controller (configuration loads), the opening hours, the printer and
the check-in controller (a visitor told the check-in is saved). The file is written every
15 seconds and at once after any change, on a worker thread; the heartbeat hears of every
change of health. It outlives one run of the kiosk: `attach` to each run, `detach` after.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk.controllers.checkin import CheckInController
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.hours import HoursController
from kiosk.controllers.location import LoadFailure, LocationController
from kiosk.controllers.printing import PrintController
from kiosk.controllers.tasks import TaskSlot
from kiosk.delivery.outcome import DeliveryStatus
from kiosk.domain.hours import OpeningState
from kiosk.monitoring.export import FileWriter
from kiosk.monitoring.heartbeat import Heartbeat
from kiosk.monitoring.metrics import Health, KioskMetrics

log = logging.getLogger("kiosk.monitoring")

WRITE_MS = 15_000
"""How often the metrics file is rewritten (and the ages brought up to date)."""

OldestPending = Callable[[], Awaitable[dt.datetime | None]]
"""Reads when the oldest check-in not yet confirmed was made (`Sender.oldest_pending`)."""

_UNREACHABLE = frozenset({LoadFailure.NETWORK.value, LoadFailure.AUTH.value})


class MonitoringController(QObject):
    """Keeps `metrics` current, writes them with `writer`, tells `heartbeat` about health."""

    def __init__(
        self,
        metrics: KioskMetrics,
        *,
        writer: FileWriter | None = None,
        heartbeat: Heartbeat | None = None,
        interval_ms: int = WRITE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self._writer = writer
        self._heartbeat = heartbeat
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-metrics")
        self._write_slot = TaskSlot("metrics-write")
        self._heartbeat_slot = TaskSlot("heartbeat")
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setObjectName("metrics-write")
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._connections: list[tuple[Any, Callable[..., None]]] = []
        self._oldest_pending: OldestPending | None = None
        self._status: DeliveryStatus | None = None
        self._health: Health = metrics.health

    # -- lifetime ------------------------------------------------------------------------------

    def start(self) -> None:
        """Write now and every interval; start the heartbeat (call with the loop running)."""
        self._timer.start()
        if self._heartbeat is not None and not self._heartbeat_slot.busy:
            self._heartbeat_slot.start(self._heartbeat.run())
        self.request_write()

    async def close(self) -> None:
        """Stop; the last state (down) is written before this returns."""
        self._timer.stop()
        self.detach()
        self.metrics.set_running(False)
        self._heartbeat_slot.cancel()
        await self._write_slot.wait()
        if self._writer is not None:
            await asyncio.get_running_loop().run_in_executor(self._executor, self._writer.write)
        self._executor.shutdown(wait=False)

    # -- the running kiosk ---------------------------------------------------------------------

    def attach(
        self,
        *,
        delivery: DeliveryMonitor,
        location: LocationController,
        hours: HoursController,
        checkin: CheckInController,
        printer: PrintController | None = None,
        oldest_pending: OldestPending | None = None,
    ) -> None:
        """Follow one run of the kiosk: its screens are up from now on."""
        self._disconnect()
        self._oldest_pending = oldest_pending
        self._status = None
        self._connect(delivery.changed, self._on_delivery)
        self._connect(location.fetched, self._on_fetched)
        self._connect(hours.checked, self._on_hours)
        self._connect(checkin.queued, self._on_queued)
        if printer is not None and printer.enabled:
            self._connect(printer.availability_changed, self._on_printer)
            self.metrics.set_printer_ok(printer.available())
        if location.loaded_at is not None:
            self.metrics.note_config_loaded(location.loaded_at)
        if hours.state is not None:
            self.metrics.set_open(hours.state.open)
        self.metrics.set_running(True)
        self._on_delivery(delivery.status)

    def detach(self) -> None:
        """The run ended (or Setup needed): the screens are down."""
        self._disconnect()
        self.metrics.set_running(False)
        self._changed()

    def _disconnect(self) -> None:
        for signal, slot in self._connections:
            with contextlib.suppress(RuntimeError):  # its sender is gone already
                signal.disconnect(slot)
        self._connections.clear()
        self._oldest_pending = None

    def set_store_readable(self, readable: bool) -> None:
        """Whether the check-in store can be read with this kiosk's key."""
        self.metrics.set_store_readable(readable)
        self._changed()

    def _connect(self, signal: Any, slot: Callable[..., None]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    # -- signals -------------------------------------------------------------------------------

    def _on_delivery(self, status: DeliveryStatus) -> None:
        previous, self._status = self._status, status
        self.metrics.observe_outbox(
            status.waiting,
            {
                "delivered": status.delivered,
                "withdrawn": status.withdrawn,
                "rejected": status.rejected,
                "expired": status.expired,
            },
        )
        self.metrics.set_store_readable(not status.unreadable)
        if status.unavailable:
            self.metrics.set_reachable(False)
        elif previous is not None and (
            status.online != previous.online or status.delivered > previous.delivered
        ):
            self.metrics.set_reachable(status.online)
        self._changed()

    def _on_fetched(self, failure: str) -> None:
        if not failure:
            self.metrics.note_config_loaded()
        elif failure in _UNREACHABLE:
            self.metrics.set_reachable(False)
        self._changed()

    def _on_hours(self, state: OpeningState) -> None:
        self.metrics.set_open(state.open)
        self._changed()

    def _on_queued(self) -> None:
        self.metrics.count("queued")
        self._changed()

    def _on_printer(self, available: bool) -> None:
        self.metrics.set_printer_ok(available)
        self._changed()

    # -- writing -------------------------------------------------------------------------------

    def _changed(self) -> None:
        health = self.metrics.health
        if health != self._health:
            self._health = health
            log.info("health: up=%s, Qminder reachable=%s", health.up, health.reachable)
        if self._heartbeat is not None:
            self._heartbeat.set_healthy(health.healthy)
        self.request_write()

    def _tick(self) -> None:
        self.request_write()

    def request_write(self) -> None:
        """Bring the ages up to date and write the file soon (once, however often asked)."""
        self._dirty = True
        if not self._write_slot.busy:
            self._write_slot.start(self._flush())

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while self._dirty:
            self._dirty = False
            if self._oldest_pending is not None:
                try:
                    self.metrics.set_oldest_pending(await self._oldest_pending())
                except Exception as exc:  # the outbox closing under us: keep the last value
                    log.debug("oldest pending check-in unknown: %s", type(exc).__name__)
            self.metrics.refresh_ages()
            if self._writer is not None:
                await loop.run_in_executor(self._executor, self._writer.write)
