"""What every part of the sender shares: the outbox on its worker thread, the client, the
clock, the rate limit, the per-row locks and the "status changed" callback.

The sender is split by responsibility (`kiosk.delivery.sender` lists the parts); they all
act on the same outbox and client, through one `SenderContext`, so that an outbox call
always runs on the one worker thread (an fsync never stalls the event loop) and every
request waits for the same rate limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from kiosk.api.ports import TicketSearch
from kiosk.delivery.errors import IllegalTransition
from kiosk.delivery.outbox import Outbox
from kiosk.delivery.ratelimit import RateLimiter
from kiosk.delivery.rows import Row
from kiosk.domain.ticket import Ticket, TicketCreated, TicketRequest

log = logging.getLogger("kiosk.delivery")

T = TypeVar("T")

Clock = Callable[[], dt.datetime]
Sleep = Callable[[float], Awaitable[None]]


class TicketApi(TicketSearch, Protocol):
    """The calls the sender makes; `kiosk.api.QminderClient` provides them."""

    async def create_ticket(self, request: TicketRequest) -> TicketCreated: ...

    async def get_ticket(self, ticket_id: str) -> Ticket: ...


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def short(row_id: str) -> str:
    """A row id as logs show it."""
    return row_id[:8]


class OutboxThread:
    """Runs outbox calls on one worker thread, started on first use, ended by `close()`."""

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._closed = False

    async def call(self, function: Callable[..., T], *args: object, **kwargs: object) -> T:
        if self._closed:
            raise RuntimeError("the sender is closed")
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-outbox")
        call = functools.partial(function, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    def close(self) -> None:
        """Refuse further calls and wait for the worker thread to end."""
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)


class RowLocks:
    """Serialise work on one row (the sender's attempt, a withdrawal); a lock lives only
    while someone holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, list[int]]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, row_id: str) -> AsyncIterator[None]:
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


@dataclass(eq=False)
class SenderContext:
    """The outbox and the client, and how the sender's parts reach them."""

    outbox: Outbox
    client: TicketApi
    clock: Clock
    rng: random.Random
    limiter: RateLimiter | None
    on_change: Callable[[], None] | None
    thread: OutboxThread = field(default_factory=OutboxThread)
    locks: RowLocks = field(default_factory=RowLocks)

    def now(self) -> dt.datetime:
        return self.clock()

    async def db(self, function: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run an outbox call on the worker thread."""
        return await self.thread.call(function, *args, **kwargs)

    async def throttle(self) -> None:
        """Wait for the rate limit before a request to Qminder."""
        if self.limiter is not None:
            await self.limiter.acquire()

    async def claim(self, row_id: str) -> Row | None:
        """Wait for the rate limit, then mark the row ``sending`` (committed before the
        request goes out); None if it has moved on meanwhile (a withdrawal, the sweep)."""
        await self.throttle()
        try:
            return await self.db(self.outbox.claim, row_id, self.now())
        except IllegalTransition:
            return None

    def changed(self) -> None:
        """Tell the listener that `Sender.status()` may read differently now."""
        if self.on_change is None:
            return
        try:
            self.on_change()
        except Exception:
            log.exception("delivery status listener failed")
