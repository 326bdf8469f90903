"""Running a sender with fast settings inside one test."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from kiosk.delivery import Backoff, DeliveryPolicy, LookupPolicy, Outbox, Sender

T = TypeVar("T")

FAST = DeliveryPolicy(
    rate=None,
    backoff=Backoff(base=0.01, cap=0.04, slow_after=5, slow_interval=0.1),
    lookup=LookupPolicy(delay=0.05, interval=0.05, confirmations=2),
    sweep_interval=dt.timedelta(seconds=0.05),
)

SENDER_OWN = frozenset({"clock", "sleep", "rng", "on_change"})
"""Keyword arguments of `Sender` itself; every other setting is a `DeliveryPolicy` field."""


def make_sender(
    outbox: Outbox, api: object, policy: DeliveryPolicy = FAST, **settings: Any
) -> Sender:
    """A sender with `policy`, its fields overridden by `settings` (`clock`, `sleep`, `rng` and
    `on_change` go to the sender itself)."""
    own = {name: value for name, value in settings.items() if name in SENDER_OWN}
    changed = {name: value for name, value in settings.items() if name not in SENDER_OWN}
    return Sender(outbox, api, dataclasses.replace(policy, **changed), **own)  # type: ignore[arg-type]


def drive(
    outbox: Outbox,
    api: object,
    body: Callable[[Sender], Awaitable[T]],
    **settings: Any,
) -> T:
    """Run `body` against a running sender (fast settings unless overridden), then stop it."""

    async def main() -> T:
        sender = make_sender(outbox, api, **settings)
        task = asyncio.ensure_future(sender.run())
        try:
            return await body(sender)
        finally:
            await sender.aclose()
            await task

    return asyncio.run(main())


async def settle(sender: Sender, limit: float = 5.0) -> None:
    """Wait until no check-in is queued, sending or ambiguous."""
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    while sender.status().waiting:
        if loop.time() > end:
            raise AssertionError(f"not settled: {sender.status()}")
        await asyncio.sleep(0.01)


def start(outbox: Outbox, api: object, **settings: Any) -> tuple[Sender, asyncio.Task[None]]:
    """A sender with fast settings (unless overridden), running as a task on this loop."""
    sender = make_sender(outbox, api, **settings)
    return sender, asyncio.ensure_future(sender.run())


async def finish(sender: Sender, task: asyncio.Task[None]) -> None:
    await sender.aclose()
    await task


async def eventually(check: Callable[[], bool], limit: float = 5.0) -> None:
    """Wait until `check()` is true."""
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    while not check():
        if loop.time() > end:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)
