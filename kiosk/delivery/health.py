"""Whether Qminder answers and accepts the key: failures in a row, slow mode, the 429 pause,
the refused key, and the small probe that tells when each is over.

Every failed call counts (`failed`); every answer resets the count (`answered`) and brings
every queued row forward. After ``Backoff.slow_after`` failures in a row the sender only
probes Qminder (a one-ticket search) every ``Backoff.slow_interval`` seconds, sooner when a
new check-in arrives or a visitor waits. A refused key (401/403) stops all sending until a
probe, every ``auth_retry``, shows the key works again; everyone waiting is told at once.
"""

from __future__ import annotations

import datetime as dt
import logging

from kiosk.api.errors import QminderError
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.classify import Failure, FailureClass, classify
from kiosk.delivery.outcome import Unavailable
from kiosk.delivery.sender_context import SenderContext, short
from kiosk.delivery.waiters import Waiters

log = logging.getLogger("kiosk.delivery")


class Health:
    """The sender's view of Qminder; read by the send loop and `Sender.status()`."""

    def __init__(
        self,
        context: SenderContext,
        backoff: Backoff,
        waiters: Waiters,
        *,
        auth_retry: dt.timedelta,
    ) -> None:
        self._context = context
        self._backoff = backoff
        self._waiters = waiters
        self._auth_retry = auth_retry
        self.failures = 0
        """Failed calls in a row."""
        self.last_failure_at: dt.datetime | None = None
        self.last_probe_at: dt.datetime | None = None
        self.probe_requested = False
        """A new check-in arrived in slow mode: probe again soon."""
        self.pause_until: dt.datetime | None = None
        """No request before this (the longest ``Retry-After`` seen)."""
        self.unavailable: str | None = None
        """Why Qminder refuses the key; None while it accepts it."""
        self.last_error: str | None = None

    @property
    def slow(self) -> bool:
        """Too many failures in a row: only probes go out."""
        return self._backoff.is_slow(self.failures)

    @property
    def online(self) -> bool:
        return self.unavailable is None and self.failures == 0

    def paused(self, now: dt.datetime) -> dt.datetime | None:
        """Until when a ``Retry-After`` still holds every request back, if it does."""
        if self.pause_until is not None and now < self.pause_until:
            return self.pause_until
        return None

    def next_auth_probe(self, now: dt.datetime) -> dt.datetime:
        """While the key is refused: when to try it again."""
        return (self.last_probe_at or now) + self._auth_retry

    def next_slow_probe(self, now: dt.datetime) -> dt.datetime:
        """In slow mode: once per interval, soon after a new check-in or while a visitor
        waits for their number, never inside a ``Retry-After`` pause."""
        last = self.last_failure_at or now
        probe_at = last + dt.timedelta(seconds=self._backoff.slow_interval)
        if self.probe_requested or self._waiters:
            since = self.last_probe_at or last
            probe_at = min(probe_at, since + dt.timedelta(seconds=self._backoff.base))
        if self.pause_until is not None:
            probe_at = max(probe_at, self.pause_until)
        return probe_at

    def check_in_arrived(self) -> None:
        """A new check-in was stored: in slow mode, probe soon rather than in a minute."""
        if self.slow and self.unavailable is None:
            self.probe_requested = True

    def resume(self) -> bool:
        """Send again after an auth failure (the key was fixed); False if nothing changed."""
        if self.unavailable is None:
            return False
        log.info("sending resumed by request")
        self.unavailable = None
        self.failures = 0
        return True

    def note_error(self, row_id: str, failure: Failure) -> None:
        self.last_error = failure.reason
        log.info("check-in %s: %s (%s)", short(row_id), failure.reason, failure.kind.value)

    def failed(self, now: dt.datetime, failure: Failure) -> None:
        """Qminder did not answer usefully: count it, and honour its ``Retry-After``."""
        self.failures += 1
        self.last_failure_at = now
        if failure.retry_after is not None:
            wait = min(failure.retry_after, self._backoff.max_retry_after)
            until = now + dt.timedelta(seconds=wait)
            self.pause_until = max(self.pause_until or until, until)
        if self.failures == self._backoff.slow_after:
            log.warning("%d failures in a row: probing Qminder until it answers", self.failures)

    async def answered(self) -> None:
        """Qminder answered: leave slow mode and bring every waiting queued row forward."""
        if self.failures:
            log.info("Qminder answers again after %d failure(s)", self.failures)
            self.failures = 0
            context = self._context
            await context.db(context.outbox.reschedule_queued, context.now())
            context.changed()

    def set_unavailable(self, reason: str) -> None:
        """Qminder refused the key: stop sending, and tell everyone waiting."""
        if self.unavailable is None:
            log.error("Qminder refused the API key (%s): sending stopped", reason)
        self.unavailable = reason
        self.last_error = reason
        self.last_probe_at = self._context.now()
        self._waiters.resolve_all(Unavailable(reason))
        self._context.changed()

    async def probe(self) -> None:
        """A small search that tells whether Qminder answers (and accepts the key)."""
        context = self._context
        now = context.now()
        self.last_probe_at = now
        line = await context.db(context.outbox.latest_line)
        if line is None:
            await self.answered()
            return
        await context.throttle()
        try:
            await context.client.search_tickets(line, status=("NEW",), min_created=now, limit=1)
        except QminderError as exc:
            failure = classify(exc)
            self.last_error = failure.reason
            if failure.kind is FailureClass.AUTH:
                self.set_unavailable(failure.reason)
            elif self.unavailable is None:
                self.failed(context.now(), failure)
            log.info("probe failed: %s", failure.reason)
            context.changed()
            return
        if self.unavailable is not None:
            log.warning("Qminder accepts the API key again; sending resumes")
            self.unavailable = None
        await self.answered()
