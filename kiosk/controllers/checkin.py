"""Creates the visitor's ticket without freezing the screen, and never creates it twice.

One submission at a time: while a request is in flight every further submit is refused.
A request that may have reached Qminder (timeout after sending, 500/504, a connection closed
mid-answer) is never simply sent again: Try again first looks the ticket up on Qminder
(same line, created since the first attempt, same first name and phone) and only resends when
it is not there.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.api.errors import (
    AuthError,
    BadResponse,
    Conflict,
    InvalidRequest,
    NotFound,
    QminderError,
    RateLimited,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.controllers.tasks import TaskSlot
from kiosk.domain.ticket import Ticket, TicketCreated, TicketRequest

log = logging.getLogger("kiosk.checkin")

LOOKUP_MARGIN = dt.timedelta(seconds=120)
"""How far before the first attempt a matching ticket still counts (clock skew)."""

LOOKUP_STATUSES = ("NEW", "CALLED", "SERVED", "NOSHOW", "CANCELLED_BY_CLERK")
"""A ticket created by a lost answer may already have been called or served."""


class TicketService(Protocol):
    async def create_ticket(self, request: TicketRequest) -> TicketCreated: ...

    async def get_ticket(self, ticket_id: str) -> Ticket: ...

    async def search_tickets(
        self,
        line_id: str,
        status: tuple[str, ...] = ...,
        min_created: dt.datetime | None = ...,
        limit: int = ...,
    ) -> list[Ticket]: ...


class CheckInFailure(StrEnum):
    """What the visitor is told when the ticket could not be created."""

    REJECTED = "rejected"  # Qminder said no (400/404/409): see the front desk
    UNAVAILABLE = "unavailable"  # the kiosk's key is refused (401/403)
    NETWORK = "network"  # Qminder could not be reached or did not answer; Try again is safe


@dataclass(frozen=True, slots=True)
class CheckInResult:
    ticket_id: str
    public_id: str | None


class CheckInController(QObject):
    """Runs `POST /tickets` as an asyncio task and reports through signals.

    Signals:
        busy_changed(bool): a submission started or ended.
        succeeded(CheckInResult): the ticket exists.
        failed(str): a `CheckInFailure` value.
    """

    busy_changed = Signal(bool)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, service: TicketService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._slot = TaskSlot("check-in")
        self._pending: TicketRequest | None = None
        self._first_attempt: dt.datetime | None = None
        self._maybe_sent = False
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def can_retry(self) -> bool:
        return self._pending is not None and not self.busy

    def submit(self, request: TicketRequest) -> bool:
        """Start creating the ticket; False (and nothing sent) while one is in flight."""
        if self.busy:
            return False
        self._pending = request
        self._first_attempt = dt.datetime.now(dt.UTC)
        self._maybe_sent = False
        self._start()
        return True

    def retry(self) -> bool:
        """Try the last failed submission again, looking it up first if it may exist."""
        if not self.can_retry:
            return False
        self._start()
        return True

    def forget(self) -> None:
        """Drop the pending submission (the visitor started over); never cancels one in flight."""
        if not self.busy:
            self._pending = None
            self._maybe_sent = False

    async def wait(self) -> None:
        """Wait for a submission in flight to end (used at shutdown)."""
        await self._slot.wait()

    def _start(self) -> None:
        self._set_busy(True)
        self._slot.start(self._run())

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    async def _run(self) -> None:
        request = self._pending
        assert request is not None
        try:
            created = await self._find_earlier(request) if self._maybe_sent else None
            if created is None:
                created = await self._create(request)
            public_id = created.public_id or await self._public_id(created.id)
        except QminderError as exc:
            failure = self._classify(exc)
            self._set_busy(False)
            self.failed.emit(failure.value)
            return
        except BaseException:
            self._set_busy(False)
            raise
        self._pending = None
        self._maybe_sent = False
        self._set_busy(False)
        self.succeeded.emit(CheckInResult(ticket_id=created.id, public_id=public_id))

    async def _create(self, request: TicketRequest) -> TicketCreated:
        try:
            return await self._service.create_ticket(request)
        except (TransportError, ServerError, BadResponse) as exc:
            if _may_exist(exc):
                self._maybe_sent = True
            raise

    async def _find_earlier(self, request: TicketRequest) -> TicketCreated | None:
        assert self._first_attempt is not None
        since = self._first_attempt - LOOKUP_MARGIN
        tickets = await self._service.search_tickets(
            request.line_id, status=LOOKUP_STATUSES, min_created=since, limit=100
        )
        for ticket in tickets:
            if _same_visitor(ticket, request):
                log.info("found the ticket of an unconfirmed submission: %s", ticket.id)
                return TicketCreated(id=ticket.id, public_id=ticket.public_id)
        self._maybe_sent = False
        return None

    async def _public_id(self, ticket_id: str) -> str | None:
        try:
            return (await self._service.get_ticket(ticket_id)).public_id
        except QminderError as exc:
            log.warning("could not read back the ticket's number: %s", type(exc).__name__)
            return None

    def _classify(self, exc: QminderError) -> CheckInFailure:
        if isinstance(exc, AuthError):
            log.error("Qminder refused the API key (status %s)", exc.status)
            return CheckInFailure.UNAVAILABLE
        if isinstance(exc, ValidationFailed | NotFound | Conflict | InvalidRequest):
            log.warning("Qminder rejected the check-in: %s", type(exc).__name__)
            self._pending = None
            return CheckInFailure.REJECTED
        if isinstance(exc, RateLimited):
            log.warning("Qminder is rate limiting the kiosk")
        else:
            log.warning("check-in did not complete: %s", type(exc).__name__)
        return CheckInFailure.NETWORK


def _may_exist(exc: QminderError) -> bool:
    return bool(getattr(exc, "may_have_reached_server", True))


def _digits(value: str | None) -> str:
    return "".join(ch for ch in value or "" if ch.isdigit())


def _same_visitor(ticket: Ticket, request: TicketRequest) -> bool:
    if (ticket.first_name or "").casefold() != request.first_name.casefold():
        return False
    if request.last_name and (ticket.last_name or "").casefold() != request.last_name.casefold():
        return False
    if request.phone_number:
        return _digits(ticket.phone_number) == _digits(request.phone_number)
    return True
