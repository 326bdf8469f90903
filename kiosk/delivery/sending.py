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
from kiosk.delivery.classify import Failure, FailureClass, classify, describe
from kiosk.delivery.crew import Crew
from kiosk.delivery.errors import TicketAlreadyClaimed
from kiosk.delivery.reconcile import Reconciler
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import short
from kiosk.domain.ticket import TicketRequest

log = logging.getLogger("kiosk.delivery")


class Attempts:
    """Sends queued rows, one request per call of `send`."""

    def __init__(self, crew: Crew, reconciler: Reconciler) -> None:
        self._crew = crew
        self._reconciler = reconciler

    async def send(self, row: Row) -> None:
        """Send a queued row (the caller holds its row lock); expire it if it is too old."""
        context = self._crew.context
        ready = await self._crew.claim(row, self._request)
        if ready is None:
            return
        row, request = ready
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
            await self._crew.settlement.deliver(row.id, created.id, created.public_id)
        except TicketAlreadyClaimed:
            # Another row's lookup took this fresh ticket (same visitor details, same moment);
            # that row is settled with it, so this one is sent again.
            log.warning("check-in %s: its new ticket was claimed by another row", short(row.id))
            await context.db(
                context.outbox.mark_queued, row.id, context.now(), context.now(), "claimed"
            )
        await self._crew.health.answered()

    async def _request(self, row: Row) -> TicketRequest | None:
        return await self._crew.settlement.payload(row, self._crew.context.outbox.request)

    async def failed(self, row: Row, failure: Failure) -> None:
        context = self._crew.context
        health = self._crew.health
        now = context.now()
        health.note_error(row.id, failure)
        if failure.kind is FailureClass.PERMANENT:
            await health.answered()
            await self._crew.settlement.reject(row.id, failure.reason)
        elif failure.kind is FailureClass.AUTH:
            await context.db(context.outbox.mark_queued, row.id, now, now, failure.reason)
            health.set_unavailable(failure.reason)
        elif failure.kind is FailureClass.RETRYABLE:
            health.failed(now, failure)
            wait = self._crew.backoff.delay(row.attempts, context.rng, failure.retry_after)
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
