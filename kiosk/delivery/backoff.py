"""Capped exponential backoff with full jitter, and the slow mode after repeated failures.

The n-th consecutive failure waits a uniformly random time in ``[0, min(cap, base·2^(n−1))]``
("full jitter": kiosks that lost the network together do not retry in step). A ``Retry-After``
from Qminder is a floor: the wait is never shorter, and never longer than ``max_retry_after``.
After ``slow_after`` consecutive failures the sender stops trying row by row and probes
Qminder once every ``slow_interval`` seconds until it answers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    """Backoff settings, in seconds."""

    base: float = 1.0
    cap: float = 60.0
    slow_after: int = 5
    slow_interval: float = 60.0
    max_retry_after: float = 600.0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base:
            raise ValueError("backoff needs 0 < base <= cap")
        if self.slow_after < 1 or self.slow_interval <= 0 or self.max_retry_after < 0:
            raise ValueError("backoff needs slow_after >= 1 and positive intervals")

    def ceiling(self, failures: int) -> float:
        """The longest wait after `failures` consecutive failures (1 = the first)."""
        if failures < 1:
            return 0.0
        exponent = min(failures - 1, 62)  # 2**62·base is past any cap
        return min(self.cap, self.base * 2.0**exponent)

    def delay(self, failures: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds to wait after `failures` consecutive failures, honouring ``Retry-After``."""
        wait = rng.uniform(0.0, self.ceiling(failures))
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_retry_after))
        return wait

    def is_slow(self, failures: int) -> bool:
        """Whether this many consecutive failures put the sender in slow mode."""
        return failures >= self.slow_after
