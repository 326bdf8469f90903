"""Reconciling check-ins whose fate is unknown: look-ups before any resend, and withdrawals.

An attempt that failed ambiguously (the request may have created the ticket) leaves its row
``ambiguous``. Qminder is searched for it (`kiosk.delivery.lookup` holds the policy and the
search): found → delivered; missing before the attempt has surely finished → looked up
again, never resent on that account; missing in ``LookupPolicy.confirmations`` counted
lookups → queued and sent again. A withdrawal (offline mode "refuse", a refused key) looks an
ambiguous row up once first, so a check-in Qminder has is reported delivered, not dropped (an
appointment row by its status, `kiosk.delivery.appointment_sending`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable

from kiosk.api.errors import QminderError
from kiosk.delivery.appointment_checkin import ROW_KIND
from kiosk.delivery.classify import Failure, FailureClass, classify, describe
from kiosk.delivery.crew import Crew
from kiosk.delivery.errors import LookupIncomplete, PayloadUnavailable, TicketAlreadyClaimed
from kiosk.delivery.lookup import LookupPolicy, TicketFinder
from kiosk.delivery.outcome import Outcome, Withdrawn
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import short
from kiosk.delivery.states import State
from kiosk.delivery.waiters import settled_outcome

log = logging.getLogger("kiosk.delivery")


class Reconciler:
    """Looks ambiguous rows up and withdraws rows that must never be sent."""

    def __init__(self, crew: Crew, policy: LookupPolicy) -> None:
        self._crew = crew
        self._policy = policy
        self._finder = TicketFinder(
            crew.context.client, policy, throttle=crew.context.throttle, claimed=self._claimed
        )
        self._answered_rows: set[str] = set()
        """Ambiguous rows whose server answered (5xx): a lookup miss counts at once."""
        self.resolve_appointment: Callable[[Row], Awaitable[Outcome | None]] | None = None
        """How an ambiguous appointment row is looked up before it is withdrawn."""

    def server_answered(self, row_id: str) -> None:
        """The row's attempt ended with an answer: the server is done with the request."""
        self._answered_rows.add(row_id)

    def forget(self, row_id: str) -> None:
        """The row is settled."""
        self._answered_rows.discard(row_id)

    async def reconcile(self, row: Row) -> None:
        """Look an ambiguous row up: delivered, looked up again later, or queued again."""
        context = self._crew.context
        request = await self._crew.settlement.payload(
            row, context.outbox.request, "; the ticket may exist"
        )
        if request is None:
            return
        try:
            found = await self._finder.find(row, request, context.now())
        except QminderError as exc:
            await self.lookup_failed(row, classify(exc))
            return
        except LookupIncomplete:
            await self.lookup_failed(row, Failure(FailureClass.RETRYABLE, "lookup incomplete"))
            return
        await self._crew.health.answered()
        now = context.now()
        if found is not None:
            try:
                await self._crew.settlement.deliver_found(row.id, found)
            except TicketAlreadyClaimed:
                await context.db(context.outbox.note_lookup, row.id, now, now, missed=False)
            return
        if row.id not in self._answered_rows and now < self._policy.settled_at(row):
            # The request may still be in progress on Qminder: this miss proves nothing.
            due = self._policy.next_early_lookup(
                row, now, visitor_waiting=row.id in self._crew.waiters
            )
            await context.db(context.outbox.note_lookup, row.id, now, due, missed=False)
            log.info("check-in %s not on Qminder yet; it may still be in progress", short(row.id))
            context.changed()
            return
        misses = row.misses + 1
        if misses < self._policy.confirmations:
            due = now + dt.timedelta(seconds=self._policy.interval)
            await context.db(context.outbox.note_lookup, row.id, now, due, missed=True)
            log.info("check-in %s not found on Qminder yet (%d)", short(row.id), misses)
        elif now - row.created_at > self._crew.max_age:
            await self._crew.settlement.expire(row.id, "not on Qminder")
        else:
            await context.db(context.outbox.mark_queued, row.id, now, now, "not found on Qminder")
            self._answered_rows.discard(row.id)
            log.info("check-in %s not on Qminder: sending it again", short(row.id))
        context.changed()

    async def withdraw(self, row_id: str) -> Outcome:
        """Make sure a check-in is never sent later; see `Sender.withdraw`."""
        context = self._crew.context
        async with context.locks.hold(row_id):
            row = await context.db(context.outbox.get, row_id)
            settled = settled_outcome(row)
            if settled is not None:
                return settled
            now = context.now()
            if row.state is State.SENDING:  # left over from a cancelled attempt
                row = await context.db(
                    context.outbox.mark_ambiguous, row.id, now, now, "interrupted while sending"
                )
            if row.state is State.AMBIGUOUS:
                if row.kind == ROW_KIND:
                    found = await self._resolve_appointment(row)
                else:
                    found = await self._lookup_for_withdraw(row)
                if found is not None:
                    return found
            await context.db(context.outbox.mark_withdrawn, row.id, context.now())
            log.info("check-in %s withdrawn", short(row.id))
            self._crew.settlement.settle(row.id, Withdrawn())
            return Withdrawn()

    async def lookup_failed(self, row: Row, failure: Failure) -> None:
        context = self._crew.context
        now = context.now()
        self._crew.health.note_error(row.id, failure)
        if failure.kind is FailureClass.AUTH:
            self._crew.health.set_unavailable(failure.reason)
        elif failure.kind is not FailureClass.PERMANENT:
            self._crew.health.failed(now, failure)
        wait = self._crew.backoff.delay(row.lookups + 1, context.rng, failure.retry_after)
        if row.id in self._crew.waiters and failure.retry_after is None:
            # A visitor waits for this number: try again soon, so it shows once Qminder answers.
            wait = min(wait, self._policy.early_interval)
        due = now + dt.timedelta(seconds=wait)
        await context.db(
            context.outbox.note_lookup, row.id, now, due, missed=False, error=failure.reason
        )
        context.changed()

    async def _lookup_for_withdraw(self, row: Row) -> Outcome | None:
        """One immediate lookup of an ambiguous row being withdrawn; Delivered if found."""
        context = self._crew.context
        try:
            request = await context.db(context.outbox.request, row.id)
            found = await self._finder.find(row, request, context.now())
        except (QminderError, LookupIncomplete, PayloadUnavailable) as exc:
            log.warning(
                "check-in %s: lookup before withdrawing failed: %s", short(row.id), describe(exc)
            )
            return None
        if found is None:
            return None
        try:
            return await self._crew.settlement.deliver_found(row.id, found)
        except TicketAlreadyClaimed:
            return None

    async def _resolve_appointment(self, row: Row) -> Outcome | None:
        resolve = self.resolve_appointment
        return None if resolve is None else await resolve(row)

    async def _claimed(self, ticket_ids: Iterable[str]) -> set[str]:
        context = self._crew.context
        return await context.db(context.outbox.claimed, list(ticket_ids))
