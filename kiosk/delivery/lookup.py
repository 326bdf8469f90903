"""Looking an unconfirmed check-in up on Qminder: the policy, the search, the early rule.

A request that failed ambiguously (connection dropped after sending, a read timeout, 5xx)
may have created the ticket. The sender looks it up at once: when Qminder already has it,
the visitor sees their number within a second. A miss proves nothing while the request may
still be in progress on the server, so a miss only counts once the attempt is `delay` seconds
old (or at once when the server answered: it was done with the request). Until then, misses
are "early": the row is looked up again (every `early_interval` seconds while a visitor waits
for it), and is never sent again on their account. Only `confirmations` counted misses,
`interval` apart, let the row be sent again: the guarantee against duplicates is the same as
if the first lookup had waited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from kiosk.api.ports import TicketSearch
from kiosk.delivery import matching
from kiosk.delivery.errors import LookupIncomplete
from kiosk.delivery.outbox import Row
from kiosk.domain.ticket import Ticket, TicketRequest


@dataclass(frozen=True, slots=True)
class LookupPolicy:
    """How an ambiguous row is looked up before it may be sent again (seconds).

    The first lookup runs at once. `delay` counts from the start of the attempt that may have
    reached Qminder: a miss before then does not count (the request may still be processed),
    and the row is looked up again after `early_interval` while a visitor waits for it, else
    at `delay`. `confirmations` counted misses, `interval` apart, must all happen before the
    row is sent again.
    """

    delay: float = 15.0
    interval: float = 30.0
    confirmations: int = 2
    early_interval: float = 1.0
    page_size: int = 500
    max_pages: int = 20

    def __post_init__(self) -> None:
        if self.delay < 0 or self.interval < 0 or self.confirmations < 1:
            raise ValueError("lookup policy needs delay, interval >= 0 and confirmations >= 1")
        if self.early_interval <= 0:
            raise ValueError("lookup policy needs early_interval > 0")
        if not 1 <= self.page_size <= 10_000 or self.max_pages < 1:
            raise ValueError("lookup policy needs 1 <= page_size <= 10000 and max_pages >= 1")

    def settled_at(self, row: Row) -> dt.datetime:
        """When the row's last attempt has surely finished on the server's side."""
        started = row.attempt_started_at or row.created_at
        return started + dt.timedelta(seconds=self.delay)

    def next_early_lookup(
        self, row: Row, now: dt.datetime, *, visitor_waiting: bool
    ) -> dt.datetime:
        """When to look again after an early miss."""
        settled = self.settled_at(row)
        if visitor_waiting:
            return min(settled, now + dt.timedelta(seconds=self.early_interval))
        return max(settled, now)


Claimed = Callable[[Iterable[str]], Awaitable[set[str]]]


class TicketFinder:
    """Searches a row's line for its ticket, page by page in creation order.

    `throttle` is awaited before every request (the sender's rate limit); `claimed` returns
    which of the given ticket ids other outbox rows already hold.
    """

    def __init__(
        self,
        client: TicketSearch,
        policy: LookupPolicy,
        *,
        throttle: Callable[[], Awaitable[None]],
        claimed: Claimed,
    ) -> None:
        self._client = client
        self._policy = policy
        self._throttle = throttle
        self._claimed = claimed

    async def find(self, row: Row, request: TicketRequest, now: dt.datetime) -> Ticket | None:
        """The row's ticket if Qminder has it.

        Raises `LookupIncomplete` when the pages cannot cover the window (then a miss would
        prove nothing), and the client's errors when a search fails.
        """
        since, until = matching.window(row.first_attempt_at or row.created_at, now)
        policy = self._policy
        cursor = since.replace(microsecond=0)
        seen: set[str] = set()
        for _ in range(policy.max_pages):
            await self._throttle()
            page = await self._client.search_tickets(
                row.line_id,
                status=matching.LOOKUP_STATUSES,
                min_created=cursor,
                limit=policy.page_size,
                order="created ASC",
            )
            fresh = [t for t in page if t.id not in seen]
            seen.update(t.id for t in fresh)
            ours = [t for t in fresh if matching.is_ours(t, request, since=since, until=until)]
            if ours:
                claimed = await self._claimed([t.id for t in ours])
                found = matching.pick(ours, request, since=since, until=until, claimed=claimed)
                if found is not None:
                    return found
            if len(page) < policy.page_size:
                return None
            times = [t.created_at for t in page if t.created_at is not None]
            following = max(times).replace(microsecond=0) if times else cursor
            if following <= cursor:
                raise LookupIncomplete
            cursor = following
        raise LookupIncomplete
