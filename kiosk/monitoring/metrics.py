"""The kiosk's health as Prometheus metrics, kept from plain values (no Qt here).

One registry per kiosk with exactly these metrics (Prometheus naming, base units) and the
library's process collector (``process_resident_memory_bytes``, ``process_start_time_seconds``
where the platform has them):

=====================================================  ============================================
``qminder_kiosk_info{version, location_id, kiosk_id}``  1
``qminder_kiosk_up``                                   1 while the visitor screens run (0 on Setup
                                                       needed, or the check-in store unreadable)
``qminder_kiosk_qminder_reachable``                    1 when the last request to Qminder got an
                                                       answer that accepted the kiosk's key
``qminder_kiosk_last_qminder_success_timestamp_seconds``  when that last happened
``qminder_kiosk_config_loaded_timestamp_seconds``      the last configuration load from Qminder
``qminder_kiosk_outbox_pending``                       check-ins saved, not yet confirmed
``qminder_kiosk_outbox_oldest_pending_age_seconds``    the oldest of them (0 with none)
``qminder_kiosk_checkins_total{result}``               delivered, queued (the visitor was told it
                                                       is saved and sent later), withdrawn,
                                                       rejected, expired; since the kiosk started
``qminder_kiosk_printer_ok``                           1 / 0; absent without a printer
``qminder_kiosk_open``                                 1 / 0 (opening hours); absent until known
=====================================================  ============================================

No label or value carries personal data or the API key.
"""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Info,
    ProcessCollector,
    disable_created_metrics,
)

# No `_created` series beside each counter: the start time is `process_start_time_seconds`,
# and every kiosk's textfile would carry five more series for nothing.
disable_created_metrics()  # type: ignore[no-untyped-call]

PREFIX = "qminder_kiosk"
RESULTS = ("delivered", "queued", "withdrawn", "rejected", "expired")
"""The `result` label's values of ``qminder_kiosk_checkins_total``."""
COUNTED = ("delivered", "withdrawn", "rejected", "expired")
"""Results counted from the outbox's states (``queued`` is counted from the visitor's screen)."""


@dataclass(frozen=True, slots=True)
class Health:
    """What decides whether the kiosk is healthy, and everything a change of which is news."""

    running: bool
    store_readable: bool
    reachable: bool | None
    printer_ok: bool | None
    open: bool | None

    @property
    def up(self) -> bool:
        return self.running and self.store_readable

    @property
    def healthy(self) -> bool:
        """Screens up, the store readable, Qminder reachable: what the heartbeat reports."""
        return self.up and self.reachable is True


class KioskMetrics:
    """The registry and its metrics; every update takes plain values."""

    def __init__(
        self,
        *,
        version: str,
        location_id: str,
        kiosk_id: str | None = None,
        clock: Callable[[], float] = time.time,
        process: bool = True,
    ) -> None:
        self._clock = clock
        self.registry = CollectorRegistry()
        if process:
            ProcessCollector(registry=self.registry)
        r = self.registry
        Info(PREFIX, "The kiosk's version, location and name.", registry=r).info(
            {
                "version": version,
                "location_id": location_id,
                "kiosk_id": kiosk_id or socket.gethostname(),
            }
        )
        self._up = self._gauge("up", "1 while the visitor screens run.")
        self._reachable = self._gauge("qminder_reachable", "1 when Qminder last answered.")
        self._last_success = self._gauge(
            "last_qminder_success_timestamp_seconds", "When Qminder last answered (Unix time)."
        )
        self._config_loaded = self._gauge(
            "config_loaded_timestamp_seconds",
            "When the location's configuration was last loaded from Qminder (Unix time).",
        )
        self._pending = self._gauge(
            "outbox_pending", "Check-ins saved and not yet confirmed by Qminder."
        )
        self._oldest = self._gauge(
            "outbox_oldest_pending_age_seconds",
            "Age of the oldest check-in not yet confirmed by Qminder (0 with none).",
        )
        self._checkins = Counter(
            f"{PREFIX}_checkins", "Check-ins by what became of them.", ["result"], registry=r
        )
        for result in RESULTS:
            self._checkins.labels(result=result)
        self._printer: Gauge | None = None
        self._open: Gauge | None = None
        self._oldest_at: dt.datetime | None = None
        self._baseline: dict[str, int] | None = None
        self._health = Health(
            running=False, store_readable=True, reachable=None, printer_ok=None, open=None
        )

    def _gauge(self, name: str, documentation: str) -> Gauge:
        """The gauge ``qminder_kiosk_<name>`` in this kiosk's registry."""
        return Gauge(f"{PREFIX}_{name}", documentation, registry=self.registry)

    @property
    def health(self) -> Health:
        return self._health

    def _set_health(self, **changes: bool | None) -> None:
        fields = {
            "running": self._health.running,
            "store_readable": self._health.store_readable,
            "reachable": self._health.reachable,
            "printer_ok": self._health.printer_ok,
            "open": self._health.open,
        }
        fields.update(changes)
        self._health = Health(**fields)  # type: ignore[arg-type]
        self._up.set(1 if self._health.up else 0)

    # -- state ---------------------------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """The visitor screens run (False: Setup needed, or the kiosk stopped)."""
        self._set_health(running=running)

    def set_store_readable(self, readable: bool) -> None:
        """Whether the check-in store can be read with this key (False: the kiosk is down)."""
        self._set_health(store_readable=readable)

    def set_reachable(self, reachable: bool) -> None:
        """The outcome of the latest request to Qminder."""
        self._reachable.set(1 if reachable else 0)
        if reachable:
            self._last_success.set(self._clock())
        self._set_health(reachable=reachable)

    def note_config_loaded(self, when: dt.datetime | None = None) -> None:
        """The location's configuration was loaded from Qminder (which was reachable then)."""
        self._config_loaded.set(when.timestamp() if when is not None else self._clock())
        self.set_reachable(True)

    def set_printer_ok(self, ok: bool) -> None:
        if self._printer is None:
            self._printer = self._gauge("printer_ok", "1 while the ticket printer can print.")
        self._printer.set(1 if ok else 0)
        self._set_health(printer_ok=ok)

    def set_open(self, is_open: bool) -> None:
        if self._open is None:
            self._open = self._gauge("open", "1 within the location's opening hours.")
        self._open.set(1 if is_open else 0)
        self._set_health(open=is_open)

    # -- check-ins -----------------------------------------------------------------------------

    def count(self, result: str, amount: int = 1) -> None:
        if result not in RESULTS:
            raise ValueError(f"unknown check-in result {result!r}")
        if amount > 0:
            self._checkins.labels(result=result).inc(amount)

    def observe_outbox(self, pending: int, settled: Mapping[str, int]) -> None:
        """The outbox's counts now: `pending` not yet confirmed; `settled` per final state.

        Rows settled since the last look are counted; the first look is only the baseline
        (rows settled before this process started were counted by the one before). A count
        going down (delivered rows pruned) counts nothing.
        """
        self._pending.set(pending)
        if pending == 0:
            self.set_oldest_pending(None)
        if self._baseline is not None:
            for result in COUNTED:
                self.count(result, settled.get(result, 0) - self._baseline.get(result, 0))
        self._baseline = {result: settled.get(result, 0) for result in COUNTED}

    def set_oldest_pending(self, created_at: dt.datetime | None) -> None:
        """When the oldest check-in not yet confirmed was made (None: there is none)."""
        self._oldest_at = created_at
        self.refresh_ages()

    def refresh_ages(self) -> None:
        """Bring the ages up to now (call before writing the metrics)."""
        age = 0.0
        if self._oldest_at is not None:
            age = max(0.0, self._clock() - self._oldest_at.timestamp())
        self._oldest.set(age)

    # -- reading -------------------------------------------------------------------------------

    def value(self, name: str, labels: Mapping[str, str] | None = None) -> float | None:
        """One sample's current value (None when absent), for the admin view and tests."""
        return self.registry.get_sample_value(name, dict(labels or {}))
