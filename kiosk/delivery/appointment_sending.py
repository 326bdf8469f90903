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

import datetime as dt
import logging

from kiosk.delivery.appointment_checkin import (
    CheckedIn,
    CheckInApi,
    Failed,
    NotCheckedIn,
    Refused,
    attempt,
    resolve,
)
from kiosk.delivery.classify import Failure, FailureClass, describe
from kiosk.delivery.errors import IllegalTransition, PayloadUnavailable
from kiosk.delivery.health import Health
from kiosk.delivery.outcome import Delivered, Expired
from kiosk.delivery.reconcile import Reconciler
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import SenderContext, short
from kiosk.delivery.sending import Attempts
from kiosk.delivery.settlement import Settlement

log = logging.getLogger("kiosk.delivery")

NO_CHECK_IN_API = "the Qminder client cannot check appointments in"


class AppointmentAttempts:
    """Sends and resolves appointment rows, one request per call."""

    def __init__(
        self,
        context: SenderContext,
        settlement: Settlement,
        health: Health,
        attempts: Attempts,
        reconciler: Reconciler,
        *,
        max_age: dt.timedelta,
    ) -> None:
        self._context = context
        self._settlement = settlement
        self._health = health
        self._attempts = attempts
        self._reconciler = reconciler
        self._max_age = max_age

    async def send(self, row: Row) -> None:
        """Check a queued row in (the caller holds its row lock); expire it if too old."""
        context = self._context
        if await self._settlement.expire_if_stale(row, self._max_age):
            return
        api = self._api()
        if api is None:
            await self._settlement.reject(row.id, NO_CHECK_IN_API)
            return
        try:
            checkin = await context.db(context.outbox.appointment, row.id)
        except PayloadUnavailable as exc:
            await self._settlement.reject(row.id, exc.reason)
            return
        await context.throttle()
        try:
            row = await context.db(context.outbox.claim, row.id, context.now())
        except IllegalTransition:
            return
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
        context = self._context
        api = self._api()
        if api is None:
            await self._settlement.reject(row.id, NO_CHECK_IN_API)
            return
        try:
            checkin = await context.db(context.outbox.appointment, row.id)
        except PayloadUnavailable as exc:
            await self._settlement.reject(row.id, f"{exc.reason}; it may be checked in")
            return
        await context.throttle()
        step = await resolve(api, checkin.ticket_id)
        if isinstance(step, Failed):
            await self._reconciler.lookup_failed(row, step.failure)
        elif isinstance(step, NotCheckedIn):
            await self._health.answered()
            now = context.now()
            if now - row.created_at > self._max_age:
                await context.db(
                    context.outbox.mark_expired, row.id, now, "expired: not checked in"
                )
                log.warning("appointment check-in %s not done and too old", short(row.id))
                self._settlement.settle(row.id, Expired())
                context.changed()
            else:
                await self._send_again(row, "still scheduled on Qminder")
        else:
            await self._settled(row, step)

    async def resolve_for_withdraw(self, row: Row) -> Delivered | None:
        """One status read of an ambiguous row being withdrawn; Delivered if it is checked in."""
        context = self._context
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
        return await self._settlement.deliver(row.id, step.ticket_id, step.public_id)

    async def _settled(self, row: Row, step: CheckedIn | Refused) -> None:
        await self._health.answered()
        if isinstance(step, CheckedIn):
            await self._settlement.deliver(row.id, step.ticket_id, step.public_id)
        else:
            await self._settlement.reject(row.id, step.reason)

    async def _send_again(self, row: Row, why: str) -> None:
        context = self._context
        now = context.now()
        await context.db(context.outbox.mark_queued, row.id, now, now, why)
        log.info("appointment check-in %s: %s, sending it again", short(row.id), why)
        context.changed()

    def _api(self) -> CheckInApi | None:
        client = self._context.client
        return client if isinstance(client, CheckInApi) else None
