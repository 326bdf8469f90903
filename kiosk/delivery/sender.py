"""The sender: one asyncio task that takes check-ins from the outbox to Qminder.

It handles one row at a time, oldest due row first, so a row never has two requests in flight.
Every step is committed before the request it announces (``sending`` before the POST) and
its result is committed before the next step. Failures are classified (`classify`):

* retryable → the row is queued again after a capped, fully jittered backoff; a 429 also
  pauses every request for its ``Retry-After``;
* ambiguous → Qminder is searched for the ticket at once (`kiosk.delivery.lookup`); found →
  delivered, and a visitor still waiting sees the number; a miss counts only once the attempt
  may no longer be in progress (``LookupPolicy.delay`` after it began, at once when the server
  answered); missing in ``LookupPolicy.confirmations`` counted lookups ``interval`` apart →
  queued and sent again. A lookup that fails is retried after a backoff (short while a visitor
  waits for the row);
* permanent → rejected; auth → nothing more is sent and the kiosk is Unavailable until a probe
  shows the key works again.

After ``Backoff.slow_after`` consecutive failures the sender only probes Qminder (a small
search) every ``Backoff.slow_interval`` seconds, and at once when a new check-in arrives; the
first answer brings every queued row forward. Outbox calls run on one worker thread, so an
fsync never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from kiosk.api.client import validated_body
from kiosk.api.errors import QminderError
from kiosk.api.ports import TicketSearch
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.classify import Failure, FailureClass, classify, describe
from kiosk.delivery.lookup import LookupIncomplete, LookupPolicy, TicketFinder
from kiosk.delivery.outbox import Outbox, PayloadUnavailable, Row, TicketAlreadyClaimed
from kiosk.delivery.outcome import (
    Delivered,
    DeliveryStatus,
    Expired,
    Outcome,
    Pending,
    Rejected,
    Unavailable,
    Withdrawn,
)
from kiosk.delivery.ratelimit import RateLimiter
from kiosk.delivery.states import IllegalTransition, State
from kiosk.delivery.storefile import StoreUnavailable
from kiosk.domain.ticket import Ticket, TicketCreated, TicketRequest

log = logging.getLogger("kiosk.delivery")

T = TypeVar("T")

HEAL_INTERVAL = dt.timedelta(seconds=5)
"""How often a store that cannot take check-ins (disk full, key missing) is tried again."""
Clock = Callable[[], dt.datetime]
Sleep = Callable[[float], Awaitable[None]]


class TicketApi(TicketSearch, Protocol):
    """The calls the sender makes; `kiosk.api.QminderClient` provides them."""

    async def create_ticket(self, request: TicketRequest) -> TicketCreated: ...

    async def get_ticket(self, ticket_id: str) -> Ticket: ...


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _short(row_id: str) -> str:
    return row_id[:8]


def _seconds(value: dt.timedelta | float) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class Sender:
    """Delivers the outbox's check-ins; run it as one task: ``ensure_future(sender.run())``.

    `rate` is requests per second (None: no limit) or a ready `RateLimiter`. `clock`, `sleep`
    and `rng` replace the wall clock, `asyncio.sleep` and the jitter source (tests).
    `on_change` is called on the event loop after every change visible in `status()`.
    """

    def __init__(
        self,
        outbox: Outbox,
        client: TicketApi,
        *,
        max_age: dt.timedelta = dt.timedelta(minutes=20),
        retention: dt.timedelta = dt.timedelta(hours=24),
        tombstones: dt.timedelta = dt.timedelta(days=7),
        rate: float | RateLimiter | None = 5.0,
        backoff: Backoff | None = None,
        lookup: LookupPolicy | None = None,
        sweep_interval: dt.timedelta = dt.timedelta(minutes=1),
        auth_retry: dt.timedelta = dt.timedelta(minutes=5),
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        rng: random.Random | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._client = client
        self._max_age = max_age
        self._retention = retention
        self._tombstones = tombstones
        self._backoff = backoff or Backoff()
        self._lookup = lookup or LookupPolicy()
        self._finder = TicketFinder(
            client, self._lookup, throttle=self._throttle, claimed=self._claimed
        )
        self._sweep_interval = sweep_interval
        self._auth_retry = auth_retry
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._on_change = on_change
        if isinstance(rate, RateLimiter) or rate is None:
            self._limiter = rate
        else:
            self._limiter = RateLimiter.per_second(
                rate, clock=lambda: self._clock().timestamp(), sleep=sleep
            )

        self._executor: ThreadPoolExecutor | None = None
        self._closed = False
        self._wake = asyncio.Event()
        self._finished = asyncio.Event()
        self._running = False
        self._stopping = False
        self._failures = 0
        self._last_failure_at: dt.datetime | None = None
        self._last_probe_at: dt.datetime | None = None
        self._probe_requested = False
        self._pause_until: dt.datetime | None = None
        self._next_sweep: dt.datetime | None = None
        self._delivered_since_checkpoint = False
        self._recover_pending = False
        self._unavailable: str | None = None
        self._last_error: str | None = None
        self._waiters: dict[str, set[asyncio.Future[Outcome]]] = {}
        self._locks: dict[str, tuple[asyncio.Lock, list[int]]] = {}
        self._answered_rows: set[str] = set()
        """Ambiguous rows whose server answered (5xx): a lookup miss counts at once."""

    # -- public API ----------------------------------------------------------------------------

    async def submit(self, request: TicketRequest) -> str:
        """Store a check-in (committed when this returns) and wake the sender; its row id.

        Raises `kiosk.api.InvalidRequest` (nothing stored) when Qminder's rules would reject
        the request, `StoreUnavailable` (nothing stored) when the outbox cannot take it.
        Each call stores one row: call it once per tap of Check in.
        """
        validated_body(request)
        try:
            row = await self._db(self._outbox.add, request, self._now())
        except StoreUnavailable:
            self._changed()  # staff and the screens learn why at once
            self._heal_soon()
            raise
        log.info("check-in %s queued", _short(row.id))
        if self._backoff.is_slow(self._failures) and self._unavailable is None:
            self._probe_requested = True
        self._wake.set()
        self._changed()
        return row.id

    async def wait_for(self, row_id: str, timeout: float = 8.0) -> Outcome:  # noqa: ASYNC109
        """Wait up to `timeout` seconds for the check-in to settle.

        `Delivered` only when Qminder returned the ticket or a lookup found it; `Pending` when
        time ran out (the row stays queued). `KeyError` for an unknown row id.
        """
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(row_id, set()).add(future)
        try:
            settled = self._settled(await self._db(self._outbox.get, row_id))
            if settled is not None:
                return settled
            if self._unavailable is not None:
                return Unavailable(self._unavailable)
            try:
                return await asyncio.wait_for(future, timeout)
            except TimeoutError:
                return Pending()
        finally:
            waiters = self._waiters.get(row_id)
            if waiters is not None:
                waiters.discard(future)
                if not waiters:
                    del self._waiters[row_id]

    async def withdraw(self, row_id: str) -> Outcome:
        """Make sure a check-in is never sent later (offline mode "refuse").

        Waits for a request in flight to end. A row that may have reached Qminder is looked up
        first: found → `Delivered` after all. Otherwise the row becomes withdrawn → `Withdrawn`.
        A row already settled returns its outcome unchanged.
        """
        async with self._row_lock(row_id):
            row = await self._db(self._outbox.get, row_id)
            settled = self._settled(row)
            if settled is not None:
                return settled
            now = self._now()
            if row.state is State.SENDING:  # left over from a cancelled attempt
                row = await self._db(
                    self._outbox.mark_ambiguous, row.id, now, now, "interrupted while sending"
                )
            if row.state is State.AMBIGUOUS:
                found = await self._lookup_for_withdraw(row)
                if found is not None:
                    return found
            await self._db(self._outbox.mark_withdrawn, row.id, self._now())
            log.info("check-in %s withdrawn", _short(row.id))
            self._settle(row.id, Withdrawn())
            return Withdrawn()

    async def oldest_pending(self) -> dt.datetime | None:
        """When the oldest check-in not yet confirmed by Qminder was made (for the metrics)."""
        return await self._db(self._outbox.oldest_open_created_at)

    def status(self) -> DeliveryStatus:
        """Counts per state, the last error and the sender's health; never waits."""
        counts = self._outbox.counts()
        problem = self._outbox.problem
        return DeliveryStatus(
            queued=counts[State.QUEUED],
            sending=counts[State.SENDING],
            ambiguous=counts[State.AMBIGUOUS],
            delivered=counts[State.DELIVERED],
            expired=counts[State.EXPIRED],
            rejected=counts[State.REJECTED],
            withdrawn=counts[State.WITHDRAWN],
            last_error=self._last_error,
            unavailable=self._unavailable is not None,
            online=self._unavailable is None and self._failures == 0,
            unreadable=self._outbox.unreadable_count(),
            store_problem=None if problem is None else problem.value,
            store_replaced=self._outbox.replaced_at is not None,
        )

    def resume(self) -> None:
        """Send again after an auth failure (e.g. the key was fixed); the next step decides."""
        if self._unavailable is not None:
            log.info("sending resumed by request")
            self._unavailable = None
            self._failures = 0
            self._wake.set()
            self._changed()

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
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

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
        now = self._now()
        recovered = await self._db(self._outbox.recover, now, 0.0)  # looked up at once
        if recovered:
            log.warning("%d check-in(s) were interrupted while sending", len(recovered))
            self._changed()
        await self._sweep(now)

    async def _step(self) -> None:
        now = self._now()
        if self._recover_pending:
            await self._db(self._outbox.recover, now, self._lookup.delay)
            self._recover_pending = False
        assert self._next_sweep is not None
        if now >= self._next_sweep:
            await self._sweep(now)
        if self._unavailable is not None:
            probe_at = (self._last_probe_at or now) + self._auth_retry
            if now >= probe_at:
                await self._probe()
            else:
                await self._idle(probe_at)
            return
        if self._backoff.is_slow(self._failures):
            await self._slow_step(now)
            return
        if self._pause_until is not None and now < self._pause_until:
            await self._idle(self._pause_until)
            return
        row = await self._db(self._outbox.next_due, now)
        if row is None:
            await self._idle(await self._db(self._outbox.next_due_time))
            return
        async with self._row_lock(row.id):
            row = await self._db(self._outbox.get, row.id)
            if row.next_attempt_at > self._now():
                return
            if row.state is State.QUEUED:
                await self._send(row)
            elif row.state is State.AMBIGUOUS:
                await self._reconcile(row)

    async def _trouble(self, exc: Exception, times: int) -> None:
        """A step failed unexpectedly (disk full, a defect): report, wait, then make sure no
        row is left ``sending`` (it becomes ambiguous and is looked up before any resend)."""
        reason = f"internal error: {describe(exc)}"
        log.error("delivery step failed (%d in a row): %s", times, describe(exc))
        self._last_error = reason
        self._changed()
        self._heal_soon()
        wait = self._backoff.delay(times, self._rng)
        await self._idle(self._now() + dt.timedelta(seconds=wait))
        try:
            await self._db(self._outbox.recover, self._now(), 0.0)
        except Exception as again:
            log.error("could not recover interrupted rows: %s", describe(again))
            self._recover_pending = True  # a row may be left sending: recover before going on

    async def _slow_step(self, now: dt.datetime) -> None:
        """Slow mode: probe once per interval (or soon after a new check-in), nothing else."""
        last = self._last_failure_at or now
        probe_at = last + dt.timedelta(seconds=self._backoff.slow_interval)
        if self._probe_requested or self._waiters:
            # A new check-in, or a visitor waiting for their number: probe again soon.
            since = self._last_probe_at or last
            probe_at = min(probe_at, since + dt.timedelta(seconds=self._backoff.base))
        if self._pause_until is not None:
            probe_at = max(probe_at, self._pause_until)
        if now >= probe_at:
            self._probe_requested = False
            await self._probe()
        else:
            await self._idle(probe_at)

    async def _idle(self, until: dt.datetime | None) -> None:
        """Wait until `until` (None: no limit but the next sweep), or until woken."""
        deadline = self._next_sweep or until
        if until is not None and deadline is not None:
            deadline = min(until, deadline)
        assert deadline is not None
        delay = (deadline - self._now()).total_seconds()
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

    async def _sweep(self, now: dt.datetime) -> None:
        """Expire old rows, erase old personal data, drop old tombstones; first let the store
        try again what kept check-ins out (a full disk, a missing key)."""
        self._next_sweep = now + self._sweep_interval
        if await self._db(self._outbox.heal):
            self._changed()
        self._heal_soon()

        expired = await self._db(self._outbox.expire_queued, now - self._max_age, now)
        expired += await self._db(self._outbox.expire_unresolved, now - self._retention, now)
        erased = await self._db(self._outbox.erase_personal_data, now - self._retention)
        pruned = await self._db(self._outbox.prune_delivered, now - self._tombstones)
        for row_id in expired:
            log.warning("check-in %s expired", _short(row_id))
            self._settle(row_id, Expired())
        if erased or pruned or self._delivered_since_checkpoint:
            await self._db(self._outbox.checkpoint)
            self._delivered_since_checkpoint = False
        if erased or pruned:
            log.info("erased %d payload(s), pruned %d delivered row(s)", erased, pruned)
        if expired or pruned:
            self._changed()

    def _heal_soon(self) -> None:
        """While the store cannot take check-ins, try again every `HEAL_INTERVAL`."""
        if self._outbox.problem is None and not self._outbox.unreadable_count():
            return
        soon = self._now() + min(self._sweep_interval, HEAL_INTERVAL)
        if self._next_sweep is None or soon < self._next_sweep:
            self._next_sweep = soon
            self._wake.set()

    # -- sending -------------------------------------------------------------------------------

    async def _send(self, row: Row) -> None:
        now = self._now()
        if now - row.created_at > self._max_age:
            await self._db(self._outbox.mark_expired, row.id, now, "expired")
            log.warning("check-in %s expired before it could be sent", _short(row.id))
            self._settle(row.id, Expired())
            return
        try:
            request = await self._db(self._outbox.request, row.id)
        except PayloadUnavailable:
            await self._reject(row.id, "payload unreadable")
            return
        await self._throttle()
        try:
            row = await self._db(self._outbox.claim, row.id, self._now())
        except IllegalTransition:
            return
        log.debug("check-in %s: attempt %d", _short(row.id), row.attempts)
        try:
            created = await self._client.create_ticket(request)
        except QminderError as exc:
            await self._send_failed(row, classify(exc))
            return
        except Exception as exc:  # a defect below us: the request may have gone out
            log.error("check-in %s: unexpected %s while sending", _short(row.id), describe(exc))
            await self._send_failed(row, Failure(FailureClass.AMBIGUOUS, describe(exc)))
            return
        try:
            await self._deliver(row.id, created.id, created.public_id)
        except TicketAlreadyClaimed:
            # Another row's lookup took this fresh ticket (same visitor details, same moment);
            # that row is settled with it, so this one is sent again.
            log.warning("check-in %s: its new ticket was claimed by another row", _short(row.id))
            await self._db(self._outbox.mark_queued, row.id, self._now(), self._now(), "claimed")
        await self._answered()

    async def _send_failed(self, row: Row, failure: Failure) -> None:
        now = self._now()
        self._note_error(row.id, failure)
        if failure.kind is FailureClass.PERMANENT:
            await self._answered()
            await self._reject(row.id, failure.reason)
        elif failure.kind is FailureClass.AUTH:
            await self._db(self._outbox.mark_queued, row.id, now, now, failure.reason)
            self._set_unavailable(failure.reason)
        elif failure.kind is FailureClass.RETRYABLE:
            self._failed(now, failure)
            wait = self._backoff.delay(row.attempts, self._rng, failure.retry_after)
            due = now + dt.timedelta(seconds=wait)
            await self._db(self._outbox.mark_queued, row.id, now, due, failure.reason)
        else:
            # Look the ticket up at once: a visitor still waiting sees the number if Qminder has
            # it; a miss proves nothing until the attempt has surely finished (`_reconcile`).
            self._failed(now, failure)
            if failure.finished:
                self._answered_rows.add(row.id)
            await self._db(self._outbox.mark_ambiguous, row.id, now, now, failure.reason)
        self._changed()

    async def _reject(self, row_id: str, reason: str) -> None:
        await self._db(self._outbox.mark_rejected, row_id, self._now(), reason)
        log.warning("check-in %s rejected: %s", _short(row_id), reason)
        self._settle(row_id, Rejected(reason))

    async def _deliver(self, row_id: str, ticket_id: str, public_id: str | None) -> Delivered:
        """Commit the delivery at once; then, if the number is missing, read it back once."""
        await self._db(self._outbox.mark_delivered, row_id, self._now(), ticket_id, public_id)
        self._delivered_since_checkpoint = True
        log.info("check-in %s delivered as ticket %s", _short(row_id), ticket_id)
        if public_id is None:
            public_id = await self._read_public_id(ticket_id)
            if public_id is not None:
                await self._db(self._outbox.set_public_id, row_id, public_id)
        delivered = Delivered(ticket_id=ticket_id, public_id=public_id)
        self._settle(row_id, delivered)
        return delivered

    async def _read_public_id(self, ticket_id: str) -> str | None:
        """The ticket's publicId when the create answer lacked it; one try, None on failure."""
        await self._throttle()
        try:
            return (await self._client.get_ticket(ticket_id)).public_id
        except QminderError as exc:
            log.warning("could not read back a ticket number: %s", describe(exc))
            return None

    # -- looking up ----------------------------------------------------------------------------

    async def _reconcile(self, row: Row) -> None:
        """Look an ambiguous row up: delivered, looked up again later, or queued again."""
        try:
            request = await self._db(self._outbox.request, row.id)
        except PayloadUnavailable:
            await self._reject(row.id, "payload unreadable; the ticket may exist")
            return
        try:
            found = await self._finder.find(row, request, self._now())
        except QminderError as exc:
            await self._lookup_failed(row, classify(exc))
            return
        except LookupIncomplete:
            await self._lookup_failed(row, Failure(FailureClass.RETRYABLE, "lookup incomplete"))
            return
        await self._answered()
        now = self._now()
        if found is not None:
            try:
                await self._deliver_found(row, found)
            except TicketAlreadyClaimed:
                await self._db(self._outbox.note_lookup, row.id, now, now, missed=False)
            return
        if row.id not in self._answered_rows and now < self._lookup.settled_at(row):
            # The request may still be in progress on Qminder: this miss proves nothing.
            due = self._lookup.next_early_lookup(row, now, visitor_waiting=row.id in self._waiters)
            await self._db(self._outbox.note_lookup, row.id, now, due, missed=False)
            log.info("check-in %s not on Qminder yet; it may still be in progress", _short(row.id))
            self._changed()
            return
        misses = row.misses + 1
        if misses < self._lookup.confirmations:
            due = now + dt.timedelta(seconds=self._lookup.interval)
            await self._db(self._outbox.note_lookup, row.id, now, due, missed=True)
            log.info("check-in %s not found on Qminder yet (%d)", _short(row.id), misses)
        elif now - row.created_at > self._max_age:
            await self._db(self._outbox.mark_expired, row.id, now, "expired: not on Qminder")
            log.warning("check-in %s not on Qminder and too old to send", _short(row.id))
            self._settle(row.id, Expired())
        else:
            await self._db(self._outbox.mark_queued, row.id, now, now, "not found on Qminder")
            self._answered_rows.discard(row.id)
            log.info("check-in %s not on Qminder: sending it again", _short(row.id))
        self._changed()

    async def _lookup_failed(self, row: Row, failure: Failure) -> None:
        now = self._now()
        self._note_error(row.id, failure)
        if failure.kind is FailureClass.AUTH:
            self._set_unavailable(failure.reason)
        elif failure.kind is not FailureClass.PERMANENT:
            self._failed(now, failure)
        wait = self._backoff.delay(row.lookups + 1, self._rng, failure.retry_after)
        if row.id in self._waiters and failure.retry_after is None:
            # A visitor waits for this number: try again soon, so it shows once Qminder answers.
            wait = min(wait, self._lookup.early_interval)
        due = now + dt.timedelta(seconds=wait)
        await self._db(
            self._outbox.note_lookup, row.id, now, due, missed=False, error=failure.reason
        )
        self._changed()

    async def _lookup_for_withdraw(self, row: Row) -> Outcome | None:
        """One immediate lookup of an ambiguous row being withdrawn; Delivered if found."""
        try:
            request = await self._db(self._outbox.request, row.id)
            found = await self._finder.find(row, request, self._now())
        except (QminderError, LookupIncomplete, PayloadUnavailable) as exc:
            log.warning(
                "check-in %s: lookup before withdrawing failed: %s", _short(row.id), describe(exc)
            )
            return None
        if found is None:
            return None
        try:
            return await self._deliver_found(row, found)
        except TicketAlreadyClaimed:
            return None

    async def _deliver_found(self, row: Row, ticket: Ticket) -> Delivered:
        log.info("check-in %s found on Qminder", _short(row.id))
        return await self._deliver(row.id, ticket.id, ticket.public_id)

    # -- health --------------------------------------------------------------------------------

    async def _probe(self) -> None:
        """A small search that tells whether Qminder answers (and accepts the key)."""
        now = self._now()
        self._last_probe_at = now
        line = await self._db(self._outbox.latest_line)
        if line is None:
            await self._answered()
            return
        await self._throttle()
        try:
            await self._client.search_tickets(line, status=("NEW",), min_created=now, limit=1)
        except QminderError as exc:
            failure = classify(exc)
            self._last_error = failure.reason
            if failure.kind is FailureClass.AUTH:
                self._set_unavailable(failure.reason)
            elif self._unavailable is None:
                self._failed(self._now(), failure)
            log.info("probe failed: %s", failure.reason)
            self._changed()
            return
        if self._unavailable is not None:
            log.warning("Qminder accepts the API key again; sending resumes")
            self._unavailable = None
        await self._answered()

    def _failed(self, now: dt.datetime, failure: Failure) -> None:
        self._failures += 1
        self._last_failure_at = now
        if failure.retry_after is not None:
            wait = min(failure.retry_after, self._backoff.max_retry_after)
            until = now + dt.timedelta(seconds=wait)
            self._pause_until = max(self._pause_until or until, until)
        if self._failures == self._backoff.slow_after:
            log.warning("%d failures in a row: probing Qminder until it answers", self._failures)

    async def _answered(self) -> None:
        """Qminder answered: leave slow mode and bring every waiting queued row forward."""
        if self._failures:
            log.info("Qminder answers again after %d failure(s)", self._failures)
            self._failures = 0
            await self._db(self._outbox.reschedule_queued, self._now())
            self._changed()

    def _set_unavailable(self, reason: str) -> None:
        if self._unavailable is None:
            log.error("Qminder refused the API key (%s): sending stopped", reason)
        self._unavailable = reason
        self._last_error = reason
        self._last_probe_at = self._now()
        for row_id in list(self._waiters):
            self._resolve(row_id, Unavailable(reason))
        self._changed()

    def _note_error(self, row_id: str, failure: Failure) -> None:
        self._last_error = failure.reason
        log.info("check-in %s: %s (%s)", _short(row_id), failure.reason, failure.kind.value)

    # -- plumbing ------------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        return self._clock()

    async def _throttle(self) -> None:
        if self._limiter is not None:
            await self._limiter.acquire()

    async def _claimed(self, ticket_ids: Iterable[str]) -> set[str]:
        return await self._db(self._outbox.claimed, list(ticket_ids))

    async def _db(self, function: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run an outbox call on the worker thread."""
        if self._closed:
            raise RuntimeError("the sender is closed")
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-outbox")
        call = functools.partial(function, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    @contextlib.asynccontextmanager
    async def _row_lock(self, row_id: str) -> AsyncIterator[None]:
        """Serialise work on one row (the sender's attempt, a withdrawal)."""
        entry = self._locks.get(row_id)
        if entry is None:
            entry = self._locks[row_id] = (asyncio.Lock(), [0])
        lock, users = entry
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._locks[row_id]

    @staticmethod
    def _settled(row: Row) -> Outcome | None:
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

    def _settle(self, row_id: str, outcome: Outcome) -> None:
        self._answered_rows.discard(row_id)
        self._resolve(row_id, outcome)
        self._changed()

    def _resolve(self, row_id: str, outcome: Outcome) -> None:
        for future in self._waiters.get(row_id, ()):
            if not future.done():
                future.set_result(outcome)

    def _changed(self) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change()
        except Exception:
            log.exception("delivery status listener failed")
