"""One attempt to create a queued check-in's ticket, and what its failure means for the row.

The row is claimed (``sending``, committed) before the request goes out, and the result is
committed before anything else happens, so a crash at any point leaves a row the next start
can reason about. Failures are classified (`kiosk.delivery.classify`):

* retryable → the row is queued again after a capped, fully jittered backoff; a 429 also
  pauses every request for its ``Retry-After`` (`kiosk.delivery.health`);
* ambiguous → the row is looked up at once (`kiosk.delivery.reconcile`) before any resend;
* permanent → rejected: the visitor is asked to see the staff;
* auth → the row waits and nothing more is sent until the key works again.
"""

from __future__ import annotations

import datetime as dt
import logging

from kiosk.api.errors import QminderError
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.classify import Failure, FailureClass, classify, describe
from kiosk.delivery.errors import IllegalTransition, PayloadUnavailable, TicketAlreadyClaimed
from kiosk.delivery.health import Health
from kiosk.delivery.reconcile import Reconciler
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import SenderContext, short
from kiosk.delivery.settlement import Settlement

log = logging.getLogger("kiosk.delivery")


class Attempts:
    """Sends queued rows, one request per call of `send`."""

    def __init__(
        self,
        context: SenderContext,
        settlement: Settlement,
        health: Health,
        reconciler: Reconciler,
        *,
        backoff: Backoff,
        max_age: dt.timedelta,
    ) -> None:
        self._context = context
        self._settlement = settlement
        self._health = health
        self._reconciler = reconciler
        self._backoff = backoff
        self._max_age = max_age

    async def send(self, row: Row) -> None:
        """Send a queued row (the caller holds its row lock); expire it if it is too old."""
        context = self._context
        if await self._settlement.expire_if_stale(row, self._max_age):
            return
        try:
            request = await context.db(context.outbox.request, row.id)
        except PayloadUnavailable as exc:
            await self._settlement.reject(row.id, exc.reason)
            return
        await context.throttle()
        try:
            row = await context.db(context.outbox.claim, row.id, context.now())
        except IllegalTransition:
            return
        log.debug("check-in %s: attempt %d", short(row.id), row.attempts)
        try:
            created = await context.client.create_ticket(request)
        except QminderError as exc:
            await self.failed(row, classify(exc))
            return
        except Exception as exc:  # a defect below us: the request may have gone out
            log.error("check-in %s: unexpected %s while sending", short(row.id), describe(exc))
            await self.failed(row, Failure(FailureClass.AMBIGUOUS, describe(exc)))
            return
        try:
            await self._settlement.deliver(row.id, created.id, created.public_id)
        except TicketAlreadyClaimed:
            # Another row's lookup took this fresh ticket (same visitor details, same moment);
            # that row is settled with it, so this one is sent again.
            log.warning("check-in %s: its new ticket was claimed by another row", short(row.id))
            await context.db(
                context.outbox.mark_queued, row.id, context.now(), context.now(), "claimed"
            )
        await self._health.answered()

    async def failed(self, row: Row, failure: Failure) -> None:
        context = self._context
        health = self._health
        now = context.now()
        health.note_error(row.id, failure)
        if failure.kind is FailureClass.PERMANENT:
            await health.answered()
            await self._settlement.reject(row.id, failure.reason)
        elif failure.kind is FailureClass.AUTH:
            await context.db(context.outbox.mark_queued, row.id, now, now, failure.reason)
            health.set_unavailable(failure.reason)
        elif failure.kind is FailureClass.RETRYABLE:
            health.failed(now, failure)
            wait = self._backoff.delay(row.attempts, context.rng, failure.retry_after)
            due = now + dt.timedelta(seconds=wait)
            await context.db(context.outbox.mark_queued, row.id, now, due, failure.reason)
        else:
            # Look the ticket up at once: a visitor still waiting sees the number if Qminder has
            # it; a miss proves nothing until the attempt has surely finished (`reconcile`).
            health.failed(now, failure)
            if failure.finished:
                self._reconciler.server_answered(row.id)
            await context.db(context.outbox.mark_ambiguous, row.id, now, now, failure.reason)
        context.changed()
