"""Loads the location's configuration, keeps it fresh, and caches it on disk."""

from __future__ import annotations

import datetime as dt
import logging
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.api.cache import LocationCache
from kiosk.api.errors import AuthError, NotFound, QminderError, TransportError
from kiosk.controllers.tasks import TaskSlot
from kiosk.domain.models import Location

log = logging.getLogger("kiosk.location")

SKIPPED_LOGGED = 20
"""Items of one configuration logged one by one as skipped; the rest are counted."""


def log_skipped(location: Location) -> None:
    """Log what parsing left out of the configuration (positions and ids only, no texts)."""
    if not location.skipped:
        return
    log.warning(
        "the location configuration has %d item(s) the kiosk cannot use; they are left out",
        len(location.skipped),
    )
    for item in location.skipped[:SKIPPED_LOGGED]:
        log.warning("left out: %s", item)
    if len(location.skipped) > SKIPPED_LOGGED:
        log.warning("left out: %d more", len(location.skipped) - SKIPPED_LOGGED)


class ConfigSource(Protocol):
    async def location_config(self, location_id: str) -> Location: ...


class LoadFailure(StrEnum):
    """Why the configuration could not be loaded."""

    NETWORK = "network"
    AUTH = "auth"
    NOT_FOUND = "not_found"
    BAD_RESPONSE = "bad_response"


def failure_kind(exc: QminderError) -> LoadFailure:
    if isinstance(exc, AuthError):
        return LoadFailure.AUTH
    if isinstance(exc, NotFound):
        return LoadFailure.NOT_FOUND
    if isinstance(exc, TransportError):
        return LoadFailure.NETWORK
    return LoadFailure.BAD_RESPONSE


class LocationController(QObject):
    """Provides the current `Location`: from the disk cache at once, then from Qminder.

    Signals:
        loaded(Location): a configuration is available (first load, or it changed).
        failed(LoadFailure): loading failed and no configuration is available.
        fetched(str): after every load from Qminder: "" when it answered, else a
            `LoadFailure` value (for the kiosk's metrics).
    """

    loaded = Signal(Location)
    failed = Signal(LoadFailure)
    fetched = Signal(str)

    def __init__(
        self,
        source: ConfigSource,
        location_id: str,
        cache: LocationCache | None,
        refresh_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._location_id = location_id
        self._cache = cache
        self._slot = TaskSlot("location-refresh")
        self._timer = QTimer(self)
        self._timer.setObjectName("location-refresh")
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.reload)
        self.location: Location | None = None
        self.loaded_at: dt.datetime | None = None
        """When Qminder last answered with the configuration (None: not yet)."""
        self.last_failure: str | None = None
        """The kind of the last failed load, until one succeeds."""

    def start(self) -> None:
        """Emit the cached configuration if any, then fetch a fresh one and refresh periodically."""
        cached = self._cache.load(self._location_id) if self._cache else None
        if cached is not None:
            self.location = cached
            log_skipped(cached)
            self.loaded.emit(cached)
        self.reload()
        self._timer.start()

    def reload(self) -> None:
        if not self._slot.busy:
            self._slot.start(self._fetch())

    def stop(self) -> None:
        self._timer.stop()
        self._slot.cancel()

    async def _fetch(self) -> None:
        try:
            location = await self._source.location_config(self._location_id)
        except QminderError as exc:
            kind = failure_kind(exc)
            self.last_failure = kind.value
            log.warning("loading the location configuration failed: %s", kind)
            self.fetched.emit(kind.value)
            if self.location is None:
                self.failed.emit(kind)
            return
        self.loaded_at = dt.datetime.now(dt.UTC)
        self.last_failure = None
        self.fetched.emit("")
        if self._cache is not None:
            try:
                self._cache.save(location)
            except OSError as exc:
                log.warning("could not cache the location configuration: %s", exc)
        if location != self.location:
            if self.location is None or location.skipped != self.location.skipped:
                log_skipped(location)
            self.location = location
            self.loaded.emit(location)
