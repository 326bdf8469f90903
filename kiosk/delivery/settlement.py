"""Committing how a check-in ended, then telling whoever waits for it.

A send, a lookup, a withdrawal and the sweep all end rows; each outcome is committed to the
outbox first and only then given to the waiting screen, so a visitor is never shown a number
the kiosk could forget. A ticket created without its publicId is read back once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TypeVar

from kiosk.api.errors import QminderError
from kiosk.delivery.classify import describe
from kiosk.delivery.errors import PayloadUnavailable
from kiosk.delivery.outcome import Delivered, Expired, Outcome, Rejected
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import SenderContext, short
from kiosk.delivery.waiters import Waiters
from kiosk.domain.ticket import Ticket

log = logging.getLogger("kiosk.delivery")

T = TypeVar("T")


class Settlement:
    """Ends rows: delivered, rejected, or any outcome already committed (`settle`).

    `on_settled` is called with the row id of every settled row (the reconciler forgets it).
    """

    def __init__(
        self, context: SenderContext, waiters: Waiters, on_settled: Callable[[str], None]
    ) -> None:
        self._context = context
        self._waiters = waiters
        self._on_settled = on_settled
        self.delivered_since_checkpoint = False
        """A delivery since the last WAL checkpoint (the sweep checkpoints then)."""

    def settle(self, row_id: str, outcome: Outcome) -> None:
        """The row's outcome is committed: tell whoever waits for it."""
        self._on_settled(row_id)
        self._waiters.resolve(row_id, outcome)
        self._context.changed()

    async def expire_if_stale(
        self, row: Row, max_age: dt.timedelta, why: str | None = None
    ) -> bool:
        """Expire a row older than `max_age` instead of sending it; whether it was."""
        if self._context.now() - row.created_at <= max_age:
            return False
        await self.expire(row.id, why)
        return True

    async def expire(self, row_id: str, why: str | None = None) -> None:
        """Commit that the row is too old to send (`why`: what was last known of it)."""
        context = self._context
        reason = "expired" if why is None else f"expired: {why}"
        await context.db(context.outbox.mark_expired, row_id, context.now(), reason)
        log.warning("check-in %s too old to send: %s", short(row_id), why or "never sent")
        self.settle(row_id, Expired())

    async def payload(self, row: Row, read: Callable[[str], T], note: str = "") -> T | None:
        """The row's payload read by `read` (an outbox method), or None after rejecting the
        row: its personal data is erased, damaged or no longer valid (`note` is added to the
        reason)."""
        context = self._context
        try:
            return await context.db(read, row.id)
        except PayloadUnavailable as exc:
            await self.reject(row.id, exc.reason + note)
            return None

    async def reject(self, row_id: str, reason: str) -> None:
        context = self._context
        await context.db(context.outbox.mark_rejected, row_id, context.now(), reason)
        log.warning("check-in %s rejected: %s", short(row_id), reason)
        self.settle(row_id, Rejected(reason))

    async def deliver(self, row_id: str, ticket_id: str, public_id: str | None) -> Delivered:
        """Commit the delivery at once; then, if the number is missing, read it back once.

        `TicketAlreadyClaimed` if another row holds the ticket (nothing changed then).
        """
        context = self._context
        await context.db(context.outbox.mark_delivered, row_id, context.now(), ticket_id, public_id)
        self.delivered_since_checkpoint = True
        log.info("check-in %s delivered as ticket %s", short(row_id), ticket_id)
        if public_id is None:
            public_id = await self._read_public_id(ticket_id)
            if public_id is not None:
                await context.db(context.outbox.set_public_id, row_id, public_id)
        delivered = Delivered(ticket_id=ticket_id, public_id=public_id)
        self.settle(row_id, delivered)
        return delivered

    async def deliver_found(self, row_id: str, ticket: Ticket) -> Delivered:
        """A lookup found the row's ticket on Qminder."""
        log.info("check-in %s found on Qminder", short(row_id))
        return await self.deliver(row_id, ticket.id, ticket.public_id)

    async def _read_public_id(self, ticket_id: str) -> str | None:
        """The ticket's publicId when the create answer lacked it; one try, None on failure."""
        await self._context.throttle()
        try:
            return (await self._context.client.get_ticket(ticket_id)).public_id
        except QminderError as exc:
            log.warning("could not read back a ticket number: %s", describe(exc))
            return None
