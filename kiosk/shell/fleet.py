"""The kiosk's part in a fleet's monitoring: metrics and heartbeat for this process.

Built by `kiosk.shell.run` from the settings (or, when the configuration is invalid, from whatever
fleet settings can still be read, so a kiosk showing Setup needed reports itself down rather
than going silent). It outlives each run of the kiosk: every run is attached to it.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.config import KioskSettings

if TYPE_CHECKING:  # loaded with the first Fleet: prometheus_client takes ~0.1 s to import
    from kiosk.delivery import Sender
    from kiosk.monitoring.export import MetricsServer
    from kiosk.monitoring.heartbeat import Heartbeat
    from kiosk.shell.wiring import Kiosk

log = logging.getLogger("kiosk.monitoring")


@dataclass(frozen=True, slots=True)
class FleetConfig:
    """The settings the fleet's monitoring needs (a new one means a new `Fleet`)."""

    location_id: str
    kiosk_id: str | None = None
    metrics_file: Path | None = None
    metrics_port: int | None = None
    metrics_bind: str = "127.0.0.1"
    heartbeat_url: str | None = None
    heartbeat_seconds: float = 60.0
    heartbeat_fail_url: str | None = None

    @classmethod
    def of(cls, settings: KioskSettings, location_id: str | None = None) -> FleetConfig:
        return cls(
            location_id=location_id or settings.location_id or "",
            kiosk_id=settings.kiosk_id,
            metrics_file=settings.metrics_file,
            metrics_port=settings.metrics_port,
            metrics_bind=settings.metrics_bind,
            heartbeat_url=settings.heartbeat_url,
            heartbeat_seconds=settings.heartbeat_seconds,
            heartbeat_fail_url=settings.heartbeat_fail_url,
        )

    @property
    def wanted(self) -> bool:
        return bool(
            self.metrics_file or self.metrics_port or self.heartbeat_url or self.heartbeat_fail_url
        )


class Fleet:
    """Metrics (file, /metrics) and heartbeat, fed by `MonitoringController`."""

    def __init__(self, config: FleetConfig) -> None:
        from kiosk.controllers.monitoring import MonitoringController
        from kiosk.monitoring.export import FileWriter, MetricsServer
        from kiosk.monitoring.heartbeat import Heartbeat
        from kiosk.monitoring.metrics import KioskMetrics

        self.config = config
        self.metrics = KioskMetrics(
            version=__version__, location_id=config.location_id, kiosk_id=config.kiosk_id
        )
        writer = None
        if config.metrics_file is not None:
            writer = FileWriter(config.metrics_file, self.metrics.registry)
            log.info("metrics written to %s", config.metrics_file)
        self.server: MetricsServer | None = None
        if config.metrics_port is not None:
            self.server = MetricsServer(
                self.metrics.registry, config.metrics_port, config.metrics_bind
            )
        heartbeat: Heartbeat | None = None
        if config.heartbeat_url or config.heartbeat_fail_url:
            heartbeat = Heartbeat(
                config.heartbeat_url,
                config.heartbeat_seconds,
                fail_url=config.heartbeat_fail_url,
            )
        self.heartbeat = heartbeat
        self.controller = MonitoringController(self.metrics, writer=writer, heartbeat=heartbeat)

    def start(self) -> None:
        """Begin writing and pinging (with the event loop running)."""
        self.controller.start()

    def attach(self, kiosk: Kiosk, sender: Sender | None) -> None:
        """Follow a run of the kiosk."""
        self.controller.attach(
            delivery=kiosk.delivery,
            location=kiosk.location,
            hours=kiosk.hours,
            checkin=kiosk.checkin,
            printer=kiosk.printer,
            oldest_pending=sender.oldest_pending if sender is not None else None,
        )

    def detach(self) -> None:
        """The run ended, or the kiosk shows Setup needed: down."""
        self.controller.detach()

    def set_store_readable(self, readable: bool) -> None:
        """Whether the check-in store can be read with this kiosk's key (False: down)."""
        self.controller.set_store_readable(readable)

    async def close(self) -> None:
        await self.controller.close()
        if self.server is not None:
            self.server.close()
        self.controller.deleteLater()


def fleet_config(
    settings: KioskSettings | None,
    location_id: str | None = None,
    config_path: str | None = None,
) -> FleetConfig:
    """The monitoring settings: from valid settings, else those still readable on their own."""
    if settings is not None:
        return FleetConfig.of(settings, location_id)
    from kiosk.config.fleet_values import read_fleet_values

    values = read_fleet_values(config_path)
    return FleetConfig(location_id="", **values) if values is not None else FleetConfig("")


class FleetKeeper:
    """Keeps one `Fleet` for the process, replaced when its settings change; closes it at the
    end (``with FleetKeeper(runner) as fleets``)."""

    def __init__(self, runner: asyncio.Runner) -> None:
        self._runner = runner
        self.fleet: Fleet | None = None

    def __enter__(self) -> FleetKeeper:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._close()

    def use(self, config: FleetConfig) -> Fleet | None:
        """The fleet for these settings (None when they ask for no monitoring)."""
        if self.fleet is not None and self.fleet.config == config:
            return self.fleet
        self._close()
        if config.wanted:
            self.fleet = Fleet(config)
            self._runner.run(_start(self.fleet))
        return self.fleet

    def _close(self) -> None:
        fleet, self.fleet = self.fleet, None
        if fleet is not None:
            self._runner.run(fleet.close())


async def _start(fleet: Fleet) -> None:
    fleet.start()
