"""A visitor with an appointment: find today's by the phone number they booked with, check one in.

The lookup is braked (`LookupLimiter`): misses count per kiosk, and after too many every lookup
pauses for a while, so the kiosk cannot be used to probe who has appointments. Only today's
SCHEDULED appointments at this location with exactly that number are offered, and only as
`AppointmentDisplay` (first name, last initial, time, service). What was found lives here
until `forget()`, which the end of the visit calls.

Checking in goes through the durable outbox, as a walk-in's check-in does
(`Sender.submit_appointment`): stored before anything is sent, sent once, an unsure attempt
resolved by reading the appointment's status, an "already checked in" 400 counted as success,
never a walk-in ticket. The visitor waits `wait_seconds` for the answer; past that, with
`offline = "queue"` they are told the check-in is saved and will be sent, with `"refuse"` it
is withdrawn (looked up first) and they are sent to the front desk.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.api.errors import QminderError
from kiosk.controllers.hours import utc_now
from kiosk.controllers.outcome_report import Told, told
from kiosk.controllers.tasks import TaskSlot
from kiosk.delivery.appointment_checkin import AppointmentCheckIn
from kiosk.delivery.classify import describe
from kiosk.delivery.errors import DeliveryError
from kiosk.delivery.outcome import Delivered, Outcome, Pending
from kiosk.domain.appointment_display import AppointmentDisplay, display
from kiosk.domain.appointments import (
    Appointment,
    find_by_phone,
    location_zone,
    lookup_number,
    today_window,
)
from kiosk.domain.checkin_window import TooEarly, TooLate, WindowRule, check_in_verdict
from kiosk.domain.lookup_limiter import LookupLimiter
from kiosk.domain.models import Location
from kiosk.domain.validation import InvalidAnswers

log = logging.getLogger("kiosk.appointments")


class AppointmentApi(Protocol):
    """The lookup the controller needs; `kiosk.api.QminderClient` provides it."""

    async def appointments(
        self, location_id: str, start: dt.datetime, end: dt.datetime
    ) -> list[Appointment]: ...


class AppointmentSender(Protocol):
    """What the controller needs of `kiosk.delivery.Sender` to check an appointment in."""

    async def submit_appointment(self, checkin: AppointmentCheckIn) -> str: ...

    async def wait_for(self, row_id: str, timeout: float = ...) -> Outcome: ...  # noqa: ASYNC109

    async def withdraw(self, row_id: str) -> Outcome: ...


class AppointmentFailure(StrEnum):
    """Why an appointment could not be found or checked in."""

    LOOKUP_FAILED = "lookup_failed"  # Qminder could not be asked: see the front desk
    REFUSED = "refused"  # cancelled, no longer scheduled, unknown: see the front desk
    UNREACHABLE = "unreachable"  # no answer in time or the key refused: see the front desk


@dataclass(frozen=True, slots=True)
class AppointmentCheckedIn:
    """The visitor is in the queue: `public_id` when Qminder gave the ticket a number."""

    ticket_id: str
    public_id: str | None
    line_id: str
    first_name: str


class AppointmentController(QObject):
    """One lookup or check-in at a time, run as an asyncio task; results reported by signals.

    Signals:
        busy_changed(bool): a lookup or check-in started or ended.
        invalid(tuple): the typed number is not acceptable (`FieldError`s).
        paused(): too many misses; lookups are paused for a while.
        found(tuple): today's matching appointments (`AppointmentDisplay`s, one or more).
        not_found(): no appointment today with this number.
        too_early(TooEarly): the chosen appointment cannot be checked in yet.
        too_late(TooLate): its check-in window has closed: the front desk.
        checked_in(AppointmentCheckedIn): Qminder has the visitor in the queue.
        queued(): no answer in time; the check-in is saved and will be sent.
        failed(AppointmentFailure): why the visitor is sent to the front desk.
    """

    busy_changed = Signal(bool)
    invalid = Signal(tuple)
    paused = Signal()
    found = Signal(tuple)
    not_found = Signal()
    too_early = Signal(TooEarly)
    too_late = Signal(TooLate)
    checked_in = Signal(AppointmentCheckedIn)
    queued = Signal()
    failed = Signal(AppointmentFailure)

    def __init__(
        self,
        api: AppointmentApi,
        sender: AppointmentSender,
        location_id: str,
        *,
        rule: WindowRule | None = None,
        limiter: LookupLimiter | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        wait_seconds: float = 8.0,
        offline: str = "queue",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._api = api
        self._location_id = location_id
        self._rule = rule or WindowRule()
        self._limiter = limiter or LookupLimiter()
        self._clock = clock
        self._sender = sender
        self._wait_seconds = wait_seconds
        self._offline = offline
        self._location: Location | None = None
        self._slot = TaskSlot("appointment")
        self._busy = False
        self._matches: dict[str, Appointment] = {}
        self.displays: tuple[AppointmentDisplay, ...] = ()
        """What the last lookup found, as shown to the visitor (wiped by `forget`)."""

    @property
    def busy(self) -> bool:
        return self._busy

    def set_location(self, location: Location) -> None:
        self._location = location

    # -- intents -------------------------------------------------------------------------------

    def look_up(self, raw_phone: str, language: str) -> bool:
        """Search today's appointments for the typed number; False while one is in flight."""
        location = self._location
        if self._busy or location is None:
            return False
        try:
            number = lookup_number(raw_phone, location)
        except InvalidAnswers as exc:
            self.invalid.emit(exc.errors)
            return False
        if not self._limiter.allowed:
            log.info("appointment lookup refused: lookups are paused")
            self.paused.emit()
            return False
        self._forget_matches()
        self._set_busy(True)
        self._slot.start(self._guarded(self._look_up(number, location, language)))
        return True

    def check_in(self, ticket_id: str) -> bool:
        """Check in one of the appointments found; False when it is not one of them."""
        appointment = self._matches.get(ticket_id)
        location = self._location
        if self._busy or appointment is None or location is None:
            return False
        verdict = check_in_verdict(
            appointment.start, self._clock(), self._rule, location_zone(location)
        )
        if isinstance(verdict, TooEarly):
            self.too_early.emit(verdict)
            return False
        if isinstance(verdict, TooLate):
            self.too_late.emit(verdict)
            return False
        self._set_busy(True)
        self._slot.start(self._guarded(self._check_in(appointment)))
        return True

    def forget(self) -> None:
        """The visit ended: stop what is in flight and wipe what was found."""
        self._slot.cancel()
        self._set_busy(False)
        self._forget_matches()

    async def wait(self) -> None:
        await self._slot.wait()

    # -- the work ------------------------------------------------------------------------------

    async def _guarded(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        finally:
            self._set_busy(False)

    async def _look_up(self, number: str, location: Location, language: str) -> None:
        now = self._clock()
        start, end = today_window(now, location_zone(location))
        try:
            booked = await asyncio.wait_for(
                self._api.appointments(self._location_id, start, end), self._wait_seconds
            )
        except (QminderError, TimeoutError) as exc:
            reason = describe(exc) if isinstance(exc, QminderError) else "no answer in time"
            log.warning("appointment lookup failed: %s", reason)
            self._set_busy(False)
            self.failed.emit(AppointmentFailure.LOOKUP_FAILED)
            return
        matches = find_by_phone(number, booked, location, now)
        self._limiter.record(bool(matches))
        log.info("appointment lookup: %d found", len(matches))
        self._matches = {a.id: a for a in matches}
        self.displays = tuple(display(a, location, language) for a in matches)
        self._set_busy(False)
        if matches:
            self.found.emit(self.displays)
        else:
            self.not_found.emit()

    async def _check_in(self, appointment: Appointment) -> None:
        first_name = (appointment.first_name or "").strip()
        try:
            row_id = await self._sender.submit_appointment(
                AppointmentCheckIn(
                    ticket_id=appointment.id,
                    line_id=appointment.line_id,
                    visitor=first_name or None,
                )
            )
            outcome = await self._sender.wait_for(row_id, timeout=self._wait_seconds)
            if isinstance(outcome, Pending) and self._offline == "refuse":
                # The visitor is sent to the desk: this check-in must never arrive later too.
                outcome = await self._sender.withdraw(row_id)
        except DeliveryError as exc:  # not stored (no space, no key): nothing will be sent
            log.error("appointment check-in could not be stored: %s", exc)
            self._set_busy(False)
            self.failed.emit(AppointmentFailure.UNREACHABLE)
            return
        self._set_busy(False)
        verdict = told(outcome, "appointment check-in", log)
        if isinstance(outcome, Delivered):
            self.checked_in.emit(
                AppointmentCheckedIn(
                    ticket_id=outcome.ticket_id,
                    public_id=outcome.public_id,
                    line_id=appointment.line_id,
                    first_name=first_name,
                )
            )
        elif verdict is Told.SAVED:
            self.queued.emit()
        else:
            refused = verdict is Told.REFUSED
            self.failed.emit(
                AppointmentFailure.REFUSED if refused else AppointmentFailure.UNREACHABLE
            )

    # -- helpers -------------------------------------------------------------------------------

    def _forget_matches(self) -> None:
        self._matches = {}
        self.displays = ()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
