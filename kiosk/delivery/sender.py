"""The sender: one asyncio task that takes check-ins from the outbox to Qminder.

It handles one row at a time, oldest due row first, so a row never has two requests in flight.
Every step is committed before the request it announces (``sending`` before the POST) and
its result is committed before the next step. This module is the send loop and the public
face; each responsibility has its own module:

* `kiosk.delivery.sending`: one attempt and what its failure means (retry, look up, reject,
  stop);
* `kiosk.delivery.appointment_sending`: the same for appointment check-ins (rows of kind
  ``appointment``), settled by the appointment's status;
* `kiosk.delivery.reconcile`: ambiguous outcomes: look-ups before any resend, withdrawals;
* `kiosk.delivery.health`: failures in a row, slow mode, the 429 pause, a refused key, probes;
* `kiosk.delivery.waiters`: the screens waiting for a check-in's outcome;
* `kiosk.delivery.settlement`: committing an outcome, then telling the waiters;
* `kiosk.delivery.housekeeping`: the periodic sweep (expiry, erasure, healing the store);
* `kiosk.delivery.sender_context`: the outbox's worker thread, row locks, rate limit, clock;
* `kiosk.delivery.crew`: what the row-handling parts share, and readying a row to be sent.

After ``Backoff.slow_after`` consecutive failures the sender only probes Qminder (a small
search) every ``Backoff.slow_interval`` seconds, and at once when a new check-in arrives; the
first answer brings every queued row forward. Outbox calls run on one worker thread, so an
fsync never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
from collections.abc import Callable
from typing import TypeVar

from kiosk.delivery.appointment_checkin import ROW_KIND, AppointmentCheckIn
from kiosk.delivery.appointment_sending import AppointmentAttempts
from kiosk.delivery.classify import describe
from kiosk.delivery.crew import Crew
from kiosk.delivery.errors import StoreUnavailable
from kiosk.delivery.health import Health
from kiosk.delivery.housekeeping import Housekeeping
from kiosk.delivery.outbox import Outbox
from kiosk.delivery.outcome import DeliveryStatus, Outcome, Unavailable
from kiosk.delivery.policy import DeliveryPolicy
from kiosk.delivery.ratelimit import RateLimiter
from kiosk.delivery.reconcile import Reconciler
from kiosk.delivery.rows import Row
from kiosk.delivery.sender_context import Clock, SenderContext, Sleep, TicketApi, short, utc_now
from kiosk.delivery.sending import Attempts
from kiosk.delivery.settlement import Settlement
from kiosk.delivery.states import State
from kiosk.delivery.waiters import Waiters, settled_outcome
from kiosk.domain.ticket import TicketRequest

log = logging.getLogger("kiosk.delivery")

_Item = TypeVar("_Item", TicketRequest, AppointmentCheckIn)


class Sender:
    """Delivers the outbox's check-ins; run it as one task: ``ensure_future(sender.run())``.

    `policy` paces it and says how long check-ins are kept (`DeliveryPolicy`). `clock`, `sleep`
    and `rng` replace the wall clock, `asyncio.sleep` and the jitter source (tests).
    `on_change` is called on the event loop after every change visible in `status()`.
    """

    def __init__(
        self,
        outbox: Outbox,
        client: TicketApi,
        policy: DeliveryPolicy | None = None,
        *,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._policy = policy = policy or DeliveryPolicy()
        self._sleep = sleep
        limiter = None
        if policy.rate is not None:
            limiter = RateLimiter.per_second(
                policy.rate, clock=lambda: clock().timestamp(), sleep=sleep
            )
        self._context = context = SenderContext(
            outbox, client, clock, rng or random.Random(), limiter, on_change
        )
        self._waiters = waiters = Waiters()
        self._health = health = Health(
            context, policy.backoff, waiters, auth_retry=policy.auth_retry
        )
        self._settlement = settlement = Settlement(  # a settled row needs no more lookups
            context, waiters, on_settled=lambda row_id: self._reconciler.forget(row_id)
        )
        crew = Crew(context, settlement, health, waiters, policy.backoff, policy.max_age)
        self._reconciler = reconciler = Reconciler(crew, policy.lookup)
        self._attempts = attempts = Attempts(crew, reconciler)
        self._appointments = appointments = AppointmentAttempts(crew, attempts, reconciler)
        reconciler.resolve_appointment = appointments.resolve_for_withdraw
        self._housekeeping = Housekeeping(
            context,
            settlement,
            self._wake_up,
            interval=policy.sweep_interval,
            max_age=policy.max_age,
            retention=policy.retention,
            tombstones=policy.tombstones,
        )
        self._wake = asyncio.Event()
        self._finished = asyncio.Event()
        self._running = False
        self._stopping = False
        self._recover_pending = False

    # -- public API ----------------------------------------------------------------------------

    async def submit(self, request: TicketRequest) -> str:
        """Store a check-in (committed when this returns) and wake the sender; its row id.

        The request is trusted as it is: a `TicketRequest` is valid by construction, and it is
        checked again when read back to be sent (`TicketRequest.checked`): one that breaks
        Qminder's rules then is rejected, never sent. Raises `StoreUnavailable` (nothing
        stored) when the outbox cannot take it. Each call stores one row: call it once per
        tap of Check in.
        """
        return await self._store(self._outbox.add, request)

    async def submit_appointment(self, checkin: AppointmentCheckIn) -> str:
        """Store an appointment check-in (committed when this returns) and wake the sender.

        Its row id, for `wait_for` and `withdraw` as for a walk-in. Tapping Check in again for
        the same appointment gives the same row while it is on its way or delivered: it is
        never checked in twice, and never becomes a walk-in's ticket. Raises as `submit`.
        """
        return await self._store(self._outbox.add_appointment, checkin)

    async def _store(self, add: Callable[[_Item, dt.datetime], Row], item: _Item) -> str:
        context = self._context
        try:
            row = await context.db(add, item, context.now())
        except StoreUnavailable:
            context.changed()  # staff and the screens learn why at once
            self._housekeeping.heal_soon()
            raise
        log.info(
            "%s %s queued",
            "appointment check-in" if row.kind == ROW_KIND else "check-in",
            short(row.id),
        )
        self._health.check_in_arrived()
        self._wake.set()
        context.changed()
        return row.id

    async def wait_for(self, row_id: str, timeout: float = 8.0) -> Outcome:  # noqa: ASYNC109
        """Wait up to `timeout` seconds for the check-in to settle.

        `Delivered` only when Qminder returned the ticket or a lookup found it; `Pending` when
        time ran out (the row stays queued). `KeyError` for an unknown row id.
        """

        async def already() -> Outcome | None:
            settled = settled_outcome(await self._context.db(self._outbox.get, row_id))
            if settled is not None:
                return settled
            if self._health.unavailable is not None:
                return Unavailable(self._health.unavailable)
            return None

        return await self._waiters.wait(row_id, timeout, already)

    async def withdraw(self, row_id: str) -> Outcome:
        """Make sure a check-in is never sent later (offline mode "refuse").

        Waits for a request in flight to end. A row that may have reached Qminder is looked up
        first: found → `Delivered` after all. Otherwise the row becomes withdrawn → `Withdrawn`.
        A row already settled returns its outcome unchanged.
        """
        return await self._reconciler.withdraw(row_id)

    async def oldest_pending(self) -> dt.datetime | None:
        """When the oldest check-in not yet confirmed by Qminder was made (for the metrics)."""
        return await self._context.db(self._outbox.oldest_open_created_at)

    def status(self) -> DeliveryStatus:
        """Counts per state, the last error and the sender's health; never waits."""
        counts = self._outbox.counts()
        problem = self._outbox.problem
        health = self._health
        return DeliveryStatus(
            queued=counts[State.QUEUED],
            sending=counts[State.SENDING],
            ambiguous=counts[State.AMBIGUOUS],
            delivered=counts[State.DELIVERED],
            expired=counts[State.EXPIRED],
            rejected=counts[State.REJECTED],
            withdrawn=counts[State.WITHDRAWN],
            last_error=health.last_error,
            unavailable=health.unavailable is not None,
            online=health.online,
            unreadable=self._outbox.unreadable_count(),
            store_problem=None if problem is None else problem.value,
            store_replaced=self._outbox.replaced_at is not None,
        )

    def resume(self) -> None:
        """Send again after an auth failure (e.g. the key was fixed); the next step decides."""
        if self._health.resume():
            self._wake.set()
            self._context.changed()

    def stop(self) -> None:
        """Ask `run()` to return after the current step (a request in flight completes).

        A stopped sender stays stopped: a later `run()` returns at once.
        """
        self._stopping = True
        self._wake.set()

    async def aclose(self) -> None:
        """Stop, wait for `run()` to return, and end the outbox worker thread."""
        self.stop()
        if self._running:
            await self._finished.wait()
        self._context.thread.close()

    async def run(self) -> None:
        """Deliver until `stop()` or cancellation. Rows left ``sending`` become ambiguous.

        Cancelling during a request leaves its row ``sending``; the next `run()` (of this or
        a new sender, in this process or after a restart) looks it up before any resend.
        """
        if self._running:
            raise RuntimeError("the sender is already running")
        if self._stopping:
            return
        self._running = True
        self._finished.clear()
        try:
            started = False
            troubles = 0
            while not self._stopping:
                try:
                    if not started:
                        await self._start_up()
                        started = True
                    await self._step()
                    troubles = 0
                except Exception as exc:  # the outbox or a defect: keep going, safely
                    troubles += 1
                    await self._trouble(exc, troubles)
        finally:
            self._running = False
            self._finished.set()

    # -- the loop ------------------------------------------------------------------------------

    async def _start_up(self) -> None:
        context = self._context
        now = context.now()
        recovered = await context.db(self._outbox.recover, now, 0.0)  # looked up at once
        if recovered:
            log.warning("%d check-in(s) were interrupted while sending", len(recovered))
            context.changed()
        await self._housekeeping.sweep(now)

    async def _step(self) -> None:
        context, health = self._context, self._health
        now = context.now()
        if self._recover_pending:
            await context.db(self._outbox.recover, now, self._policy.lookup.delay)
            self._recover_pending = False
        if self._housekeeping.due(now):
            await self._housekeeping.sweep(now)
        if health.unavailable is not None:
            probe_at = health.next_auth_probe(now)
            if now >= probe_at:
                await health.probe()
            else:
                await self._idle(probe_at)
            return
        if health.slow:
            # Slow mode: probe once per interval (or soon after a new check-in), nothing else.
            probe_at = health.next_slow_probe(now)
            if now >= probe_at:
                health.probe_requested = False
                await health.probe()
            else:
                await self._idle(probe_at)
            return
        paused = health.paused(now)
        if paused is not None:
            await self._idle(paused)
            return
        row = await context.db(self._outbox.next_due, now)
        if row is None:
            await self._idle(await context.db(self._outbox.next_due_time))
            return
        async with context.locks.hold(row.id):
            row = await context.db(self._outbox.get, row.id)
            if row.next_attempt_at > context.now():
                return
            appointment = row.kind == ROW_KIND
            if row.state is State.QUEUED:
                await (self._appointments if appointment else self._attempts).send(row)
            elif row.state is State.AMBIGUOUS:
                await (self._appointments if appointment else self._reconciler).reconcile(row)

    async def _trouble(self, exc: Exception, times: int) -> None:
        """A step failed unexpectedly (disk full, a defect): report, wait, then make sure no
        row is left ``sending`` (it becomes ambiguous and is looked up before any resend)."""
        context = self._context
        log.error("delivery step failed (%d in a row): %s", times, describe(exc))
        self._health.last_error = f"internal error: {describe(exc)}"
        context.changed()
        self._housekeeping.heal_soon()
        wait = self._policy.backoff.delay(times, context.rng)
        await self._idle(context.now() + dt.timedelta(seconds=wait))
        try:
            await context.db(self._outbox.recover, context.now(), 0.0)
        except Exception as again:
            log.error("could not recover interrupted rows: %s", describe(again))
            self._recover_pending = True  # a row may be left sending: recover before going on

    def _wake_up(self) -> None:
        self._wake.set()

    async def _idle(self, until: dt.datetime | None) -> None:
        """Wait until `until` (None: no limit but the next sweep), or until woken."""
        deadline = self._housekeeping.next_sweep or until
        if until is not None and deadline is not None:
            deadline = min(until, deadline)
        assert deadline is not None
        delay = (deadline - self._context.now()).total_seconds()
        if self._wake.is_set() or delay <= 0:
            self._wake.clear()
            return
        sleeper = asyncio.ensure_future(self._sleep(delay))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)
        self._wake.clear()
