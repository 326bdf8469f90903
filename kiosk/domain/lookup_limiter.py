"""A brake on appointment lookups, so the kiosk cannot be used to probe who has appointments.

Every lookup that finds nothing is a miss. When `max_misses` misses fall within `window`
seconds, lookups stop for everyone for `pause` seconds; then the count starts afresh. A lookup
that finds an appointment does not wipe earlier misses (someone probing could otherwise mix in
a number they know). Pure: the clock is injected (seconds, monotonic).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

DEFAULT_MAX_MISSES = 5
DEFAULT_WINDOW = 60.0
DEFAULT_PAUSE = 30.0


class LookupLimiter:
    """Counts misses per kiosk and pauses every lookup after too many."""

    def __init__(
        self,
        max_misses: int = DEFAULT_MAX_MISSES,
        window: float = DEFAULT_WINDOW,
        pause: float = DEFAULT_PAUSE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_misses < 1 or window <= 0 or pause <= 0:
            raise ValueError("the lookup limiter needs max_misses >= 1, window > 0 and pause > 0")
        self._max_misses = max_misses
        self._window = window
        self._pause = pause
        self._clock = clock
        self._misses: deque[float] = deque()
        self._paused_until: float | None = None

    def wait(self) -> float:
        """Seconds until lookups are allowed again; 0.0 when one may run now."""
        now = self._clock()
        if self._paused_until is None:
            return 0.0
        if now >= self._paused_until:
            self._paused_until = None
            return 0.0
        return self._paused_until - now

    @property
    def allowed(self) -> bool:
        """Whether a lookup may run now."""
        return self.wait() == 0.0

    def record(self, found: bool) -> None:
        """Note a lookup's result; a miss may start the pause."""
        if found:
            return
        now = self._clock()
        self._misses.append(now)
        while self._misses and self._misses[0] <= now - self._window:
            self._misses.popleft()
        if len(self._misses) >= self._max_misses:
            self._paused_until = now + self._pause
            self._misses.clear()
