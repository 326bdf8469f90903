"""A sliding-window rate limiter: at most `limit` requests in any `period` seconds.

Unlike a token bucket, no burst can exceed the limit within one window: a request waits until
the oldest of the last `limit` requests is `period` seconds old.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class RateLimiter:
    """Spaces requests so that no `period`-second window holds more than `limit` of them."""

    def __init__(
        self,
        limit: int = 5,
        period: float = 1.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("a rate limit needs limit >= 1 and period > 0")
        self.limit = limit
        self.period = period
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque(maxlen=limit)
        self._lock = asyncio.Lock()

    @classmethod
    def per_second(
        cls, rate: float, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
    ) -> RateLimiter:
        """At most `rate` requests per second (a whole number of them per window)."""
        if rate <= 0:
            raise ValueError("rate must be positive")
        limit = max(1, int(rate))
        return cls(limit, limit / rate, clock=clock, sleep=sleep)

    def wait_time(self) -> float:
        """Seconds until a request may go (0 when one may go now)."""
        if len(self._sent) < self.limit:
            return 0.0
        now = self._clock()
        if now < self._sent[-1]:  # the clock was stepped back: keep the spacing, not the times
            shift = self._sent[-1] - now
            self._sent = deque((t - shift for t in self._sent), maxlen=self.limit)
        return max(0.0, self._sent[0] + self.period - now)

    async def acquire(self) -> None:
        """Wait for a free slot and take it."""
        async with self._lock:
            while (wait := self.wait_time()) > 0:
                await self._sleep(wait)
            self._sent.append(self._clock())
