"""The outbox's periodic sweep: heal the store, expire old rows, erase old personal data,
drop old tombstones.

It runs once a minute (``sweep_interval``), and every `HEAL_INTERVAL` while the store cannot
take check-ins (a full disk, a missing key), so the kiosk takes visitors again soon after the
cause is gone. Rows never leave silently: an expired row is settled (a waiting visitor is
told) and stays listed for staff.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from kiosk.delivery.outcome import Expired
from kiosk.delivery.sender_context import SenderContext, short
from kiosk.delivery.settlement import Settlement

log = logging.getLogger("kiosk.delivery")

HEAL_INTERVAL = dt.timedelta(seconds=5)
"""How often a store that cannot take check-ins (disk full, key missing) is tried again."""


class Housekeeping:
    """Decides when the next sweep is due (`next_sweep`) and runs it.

    `wake` is called when a sweep was brought forward, so an idle send loop notices.
    """

    def __init__(
        self,
        context: SenderContext,
        settlement: Settlement,
        wake: Callable[[], None],
        *,
        interval: dt.timedelta,
        max_age: dt.timedelta,
        retention: dt.timedelta,
        tombstones: dt.timedelta,
    ) -> None:
        self._context = context
        self._settlement = settlement
        self._wake = wake
        self._interval = interval
        self._max_age = max_age
        self._retention = retention
        self._tombstones = tombstones
        self.next_sweep: dt.datetime | None = None

    def due(self, now: dt.datetime) -> bool:
        assert self.next_sweep is not None, "the first sweep runs at start-up"
        return now >= self.next_sweep

    async def sweep(self, now: dt.datetime) -> None:
        """Expire old rows, erase old personal data, drop old tombstones; first let the store
        try again what kept check-ins out (a full disk, a missing key)."""
        context, outbox = self._context, self._context.outbox
        self.next_sweep = now + self._interval
        if await context.db(outbox.heal):
            context.changed()
        self.heal_soon()

        expired = await context.db(outbox.expire_queued, now - self._max_age, now)
        expired += await context.db(outbox.expire_unresolved, now - self._retention, now)
        erased = await context.db(outbox.erase_personal_data, now - self._retention)
        pruned = await context.db(outbox.prune_delivered, now - self._tombstones)
        for row_id in expired:
            log.warning("check-in %s expired", short(row_id))
            self._settlement.settle(row_id, Expired())
        if erased or pruned or self._settlement.delivered_since_checkpoint:
            await context.db(outbox.checkpoint)
            self._settlement.delivered_since_checkpoint = False
        if erased or pruned:
            log.info("erased %d payload(s), pruned %d delivered row(s)", erased, pruned)
        if expired or pruned:
            context.changed()

    def heal_soon(self) -> None:
        """While the store cannot take check-ins, sweep again every `HEAL_INTERVAL`."""
        outbox = self._context.outbox
        if outbox.problem is None and not outbox.unreadable_count():
            return
        soon = self._context.now() + min(self._interval, HEAL_INTERVAL)
        if self.next_sweep is None or soon < self.next_sweep:
            self.next_sweep = soon
            self._wake()
