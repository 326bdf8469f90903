"""What the sender's parts that act on one row share: the context, the settlement, Qminder's
health, the waiters, the backoff and the oldest a check-in may be when it is sent.

`kiosk.delivery.sender` makes one `Crew` and hands it to the attempt, appointment and
reconcile parts, so that each part's constructor names only what is its own, and every kind
of row is readied for sending the same way (`Crew.claim`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from kiosk.delivery.backoff import Backoff
from kiosk.delivery.health import Health
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import SenderContext
from kiosk.delivery.settlement import Settlement
from kiosk.delivery.waiters import Waiters

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Crew:
    context: SenderContext
    settlement: Settlement
    health: Health
    waiters: Waiters
    backoff: Backoff
    max_age: dt.timedelta

    async def claim(
        self, row: Row, read: Callable[[Row], Awaitable[T | None]]
    ) -> tuple[Row, T] | None:
        """Ready a queued row to be sent: expire it if too old, read what is sent (`read`
        rejects a row it cannot read and gives None), then mark it ``sending``. The claimed
        row and what was read, or None if there is nothing to send."""
        if await self.settlement.expire_if_stale(row, self.max_age):
            return None
        payload = await read(row)
        if payload is None:
            return None
        claimed = await self.context.claim(row.id)
        return None if claimed is None else (claimed, payload)
