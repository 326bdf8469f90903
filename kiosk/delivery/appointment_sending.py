"""Sending an appointment row, and settling one whose attempt is unsure, by its status.

The send loop hands appointment rows (kind ``ROW_KIND``) here instead of to the walk-in code.
The steps of `kiosk.delivery.appointment_checkin` decide; the row moves through the same
states as a walk-in's, with the same commits before and after each request:

* queued → claimed (``sending``) → `attempt`: checked in → delivered; refused → rejected;
  a failure → handled as a walk-in's failure of that class (`Attempts.failed`);
* ambiguous → `resolve` (the appointment's status): NEW/CALLED → delivered; SCHEDULED → queued
  and sent again at once (a second check-in cannot make a second ticket), or expired when too
  old; refused → rejected; a failed lookup → looked up again later (`Reconciler.lookup_failed`);
* withdrawing an ambiguous row resolves it first (`resolve_for_withdraw`).

Never, whatever happens, is a walk-in ticket created for an appointment row.
"""

from __future__ import annotations

import logging

from kiosk.delivery.appointment_checkin import (
    AppointmentCheckIn,
    CheckedIn,
    CheckInApi,
    Failed,
    NotCheckedIn,
    Refused,
    attempt,
    resolve,
)
from kiosk.delivery.classify import Failure, FailureClass, describe
from kiosk.delivery.crew import Crew
from kiosk.delivery.errors import PayloadUnavailable
from kiosk.delivery.outcome import Delivered
from kiosk.delivery.reconcile import Reconciler
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import short
from kiosk.delivery.sending import Attempts

log = logging.getLogger("kiosk.delivery")

NO_CHECK_IN_API = "the Qminder client cannot check appointments in"


class AppointmentAttempts:
    """Sends and resolves appointment rows, one request per call."""

    def __init__(self, crew: Crew, attempts: Attempts, reconciler: Reconciler) -> None:
        self._crew = crew
        self._attempts = attempts
        self._reconciler = reconciler

    async def send(self, row: Row) -> None:
        """Check a queued row in (the caller holds its row lock); expire it if too old."""
        ready = await self._crew.claim(row, self._ready)
        if ready is None:
            return
        row, (api, checkin) = ready
        log.debug("appointment check-in %s: attempt %d", short(row.id), row.attempts)
        try:
            step = await attempt(api, checkin.ticket_id)
        except Exception as exc:  # a defect below us: the request may have gone out
            log.error("appointment %s: unexpected %s while sending", short(row.id), describe(exc))
            step = Failed(Failure(FailureClass.AMBIGUOUS, describe(exc)))
        if isinstance(step, Failed):
            await self._attempts.failed(row, step.failure)
        elif isinstance(step, NotCheckedIn):  # `attempt` never says so; be safe all the same
            await self._send_again(row, "not checked in")
        else:
            await self._settled(row, step)

    async def reconcile(self, row: Row) -> None:
        """Read an ambiguous row's appointment status: delivered, queued again, or rejected."""
        ready = await self._ready(row, "; it may be checked in")
        if ready is None:
            return
        api, checkin = ready
        await self._crew.context.throttle()
        step = await resolve(api, checkin.ticket_id)
        if isinstance(step, Failed):
            await self._reconciler.lookup_failed(row, step.failure)
        elif isinstance(step, NotCheckedIn):
            await self._crew.health.answered()
            settlement = self._crew.settlement
            if not await settlement.expire_if_stale(row, self._crew.max_age, "not checked in"):
                await self._send_again(row, "still scheduled on Qminder")
        else:
            await self._settled(row, step)

    async def resolve_for_withdraw(self, row: Row) -> Delivered | None:
        """One status read of an ambiguous row being withdrawn; Delivered if it is checked in."""
        context = self._crew.context
        api = self._api()
        if api is None:
            return None
        try:
            checkin = await context.db(context.outbox.appointment, row.id)
            step = await resolve(api, checkin.ticket_id)
        except PayloadUnavailable as exc:
            log.warning("appointment %s: cannot read it to withdraw: %s", short(row.id), exc)
            return None
        if not isinstance(step, CheckedIn):
            return None
        return await self._crew.settlement.deliver(row.id, step.ticket_id, step.public_id)

    async def _settled(self, row: Row, step: CheckedIn | Refused) -> None:
        await self._crew.health.answered()
        if isinstance(step, CheckedIn):
            await self._crew.settlement.deliver(row.id, step.ticket_id, step.public_id)
        else:
            await self._crew.settlement.reject(row.id, step.reason)

    async def _send_again(self, row: Row, why: str) -> None:
        context = self._crew.context
        now = context.now()
        await context.db(context.outbox.mark_queued, row.id, now, now, why)
        log.info("appointment check-in %s: %s, sending it again", short(row.id), why)
        context.changed()

    async def _ready(
        self, row: Row, note: str = ""
    ) -> tuple[CheckInApi, AppointmentCheckIn] | None:
        """The client and the row's check-in, or None after rejecting the row (the client
        cannot check appointments in, or the row cannot be read; `note` ends the reason)."""
        settlement = self._crew.settlement
        api = self._api()
        if api is None:
            await settlement.reject(row.id, NO_CHECK_IN_API)
            return None
        checkin = await settlement.payload(row, self._crew.context.outbox.appointment, note)
        return None if checkin is None else (api, checkin)

    def _api(self) -> CheckInApi | None:
        client = self._crew.context.client
        return client if isinstance(client, CheckInApi) else None
