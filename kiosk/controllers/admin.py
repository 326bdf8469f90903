"""Who may open the admin panel: the PIN check, with a lockout after repeated wrong PINs."""

from __future__ import annotations

import hmac
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.config.pin import DEMO_PIN, verify_pin
from kiosk.controllers.lockout import LockoutFile, LockoutState

log = logging.getLogger("kiosk.admin")

MAX_WRONG = 5
LOCKOUT_S = 300.0


class Verdict(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class PinCheck:
    verdict: Verdict
    tries_left: int = 0
    locked_seconds: int = 0


class AdminAccess:
    """Checks PINs against the stored scrypt hash (or the demo's 0000).

    With no PIN configured (and not in demo mode) nobody can open the panel: `enabled` is
    False and the gesture does nothing. Five wrong PINs in a row lock the pad for five
    minutes; the right PIN resets the count. Neither the PIN nor its hash is ever logged.

    With a `store` the count and the lock are kept on disk, so a restart or a rebuild after a
    crash carries on where the last run left off; `clock` is then wall time (Unix seconds).
    """

    def __init__(
        self,
        pin_hash: str | None,
        *,
        demo: bool = False,
        max_wrong: int = MAX_WRONG,
        lockout_s: float = LOCKOUT_S,
        clock: Callable[[], float] = time.time,
        store: LockoutFile | None = None,
    ) -> None:
        self._pin_hash = pin_hash
        self._demo = demo and pin_hash is None
        self._max_wrong = max_wrong
        self._lockout_s = lockout_s
        self._clock = clock
        self._store = store
        self._wrong = 0
        self._locked_until = 0.0
        if store is not None and self.enabled:
            state = store.load(now=clock(), lockout_s=lockout_s, max_wrong=max_wrong)
            self._wrong, self._locked_until = state.wrong, state.locked_until

    @property
    def enabled(self) -> bool:
        return self._pin_hash is not None or self._demo

    @property
    def demo_pin(self) -> str | None:
        """The PIN to show on the Demo badge (demo mode without a PIN of its own)."""
        return DEMO_PIN if self._demo else None

    def locked_seconds(self) -> int:
        left = self._locked_until - self._clock()
        if left > self._lockout_s:  # the clock was turned back: a full period, not more
            self._locked_until = self._clock() + self._lockout_s
            left = self._lockout_s
        return max(0, math.ceil(left))

    def check(self, pin: str) -> PinCheck:
        if not self.enabled:
            return PinCheck(Verdict.WRONG)
        locked = self.locked_seconds()
        if locked:
            return PinCheck(Verdict.LOCKED, locked_seconds=locked)
        if self._matches(pin):
            if self._wrong or self._locked_until:
                self._wrong, self._locked_until = 0, 0.0
                self._save()
            log.info("admin: the panel was opened")
            return PinCheck(Verdict.OK)
        self._wrong += 1
        log.warning("admin: a wrong PIN (%d in a row)", self._wrong)
        if self._wrong >= self._max_wrong:
            self._wrong = 0
            self._locked_until = self._clock() + self._lockout_s
            self._save()
            log.warning("admin: the PIN pad is locked for %d s", self._lockout_s)
            return PinCheck(Verdict.LOCKED, locked_seconds=self.locked_seconds())
        self._save()
        return PinCheck(Verdict.WRONG, tries_left=self._max_wrong - self._wrong)

    def _save(self) -> None:
        if self._store is not None:
            self._store.save(LockoutState(self._wrong, self._locked_until))

    def _matches(self, pin: str) -> bool:
        if self._pin_hash is not None:
            return verify_pin(pin, self._pin_hash)
        return hmac.compare_digest(pin.encode(), DEMO_PIN.encode())
