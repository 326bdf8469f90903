"""The visitors waiting for their number: one future per screen that awaits a check-in.

A screen awaits `Sender.wait_for(row_id)`; whatever part of the sender settles the row
(a send, a lookup, a withdrawal, expiry) or stops all sending (a refused key) resolves the
waiters here. The sender also asks whether anyone waits: a visitor at the kiosk makes
lookups and probes come sooner.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from kiosk.delivery.outcome import Delivered, Expired, Outcome, Pending, Rejected, Withdrawn
from kiosk.delivery.rows import Row
from kiosk.delivery.states import State


def settled_outcome(row: Row) -> Outcome | None:
    """What a row in a final state came to; None while it is still on its way."""
    if row.state is State.DELIVERED:
        assert row.ticket_id is not None
        return Delivered(ticket_id=row.ticket_id, public_id=row.public_id)
    if row.state is State.REJECTED:
        return Rejected(row.error or "rejected")
    if row.state is State.EXPIRED:
        return Expired()
    if row.state is State.WITHDRAWN:
        return Withdrawn()
    return None


class Waiters:
    """Futures per row id, resolved with the row's outcome."""

    def __init__(self) -> None:
        self._futures: dict[str, set[asyncio.Future[Outcome]]] = {}

    def __contains__(self, row_id: object) -> bool:
        return row_id in self._futures

    def __bool__(self) -> bool:
        return bool(self._futures)

    async def wait(
        self,
        row_id: str,
        timeout: float,  # noqa: ASYNC109
        already: Callable[[], Awaitable[Outcome | None]],
    ) -> Outcome:
        """The row's outcome within `timeout` seconds, else `Pending`.

        The waiter is registered before `already()` is asked for an outcome known now (a
        settled row, a refused key), so an outcome that comes in between is not missed.
        """
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._futures.setdefault(row_id, set()).add(future)
        try:
            known = await already()
            if known is not None:
                return known
            try:
                return await asyncio.wait_for(future, timeout)
            except TimeoutError:
                return Pending()
        finally:
            futures = self._futures.get(row_id)
            if futures is not None:
                futures.discard(future)
                if not futures:
                    del self._futures[row_id]

    def resolve(self, row_id: str, outcome: Outcome) -> None:
        """Give everyone waiting for `row_id` its outcome."""
        for future in self._futures.get(row_id, ()):
            if not future.done():
                future.set_result(outcome)

    def resolve_all(self, outcome: Outcome) -> None:
        """Give everyone waiting, whatever their row, the same outcome (a refused key)."""
        for row_id in list(self._futures):
            self.resolve(row_id, outcome)
