"""In-memory ticket store, safe to read from other threads."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

STATUSES = frozenset(
    {
        "NEW",
        "CALLED",
        "SERVED",
        "CANCELLED_BY_CLERK",
        "NOSHOW",
        "CANCELLED",
        "SCHEDULED",
        "SCHEDULING_CANCELLED",
        "SCHEDULING_CANCELLED_BY_VISITOR",
        "SCHEDULING_NOSHOW",
    }
)

FIRST_TICKET_ID = 5_100_001


@dataclass(frozen=True)
class Slot:
    """When an appointment is booked for, and with which staff member (`assignee` user id)."""

    start: datetime
    end: datetime
    assignee: str


@dataclass(frozen=True)
class Ticket:
    """A ticket. `body` is the JSON object received by `POST /tickets` (for an appointment,
    the same keys as booked). An appointment has a `slot` and no public id until checked in.
    """

    id: str
    public_id: str | None
    line_id: str
    status: str
    created: datetime
    body: dict[str, Any]
    called: datetime | None = None
    served: datetime | None = None
    slot: Slot | None = None
    status_set: datetime | None = None
    wait_started: datetime | None = None

    def copy(self) -> Ticket:
        """A copy whose body can be changed without touching the stored ticket."""
        return replace(self, body=copy.deepcopy(self.body))


class TicketStore:
    """Tickets in creation order, with per-line public-id counters."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tickets: dict[str, Ticket] = {}
        self._next_id = FIRST_TICKET_ID
        self._numbers: dict[str, int] = {}

    def create(self, line_id: str, letter: str, body: dict[str, Any]) -> Ticket:
        """Store a NEW ticket for the line and return it."""
        with self._lock:
            now = datetime.now(UTC)
            public_id = self._next_public_id(line_id, letter)
            return self._add(line_id, "NEW", now, body, public_id=public_id, wait_started=now)

    def book(
        self,
        line_id: str,
        body: dict[str, Any],
        slot: Slot,
        *,
        booked: datetime,
        status: str = "SCHEDULED",
    ) -> Ticket:
        """Store an appointment (SCHEDULED unless told otherwise) and return it."""
        if status not in STATUSES:
            raise ValueError(f"unknown ticket status {status!r}")
        with self._lock:
            return self._add(line_id, status, booked, body, slot=slot)

    def check_in(self, ticket_id: str, letter: str) -> Ticket | None:
        """Move a SCHEDULED appointment to NEW with the line's next public id.

        None when there is no such ticket; the ticket unchanged when it is not SCHEDULED.
        """
        now = datetime.now(UTC)
        with self._lock:
            ticket = self._tickets.get(ticket_id)
            if ticket is None:
                return None
            if ticket.status != "SCHEDULED":
                return ticket.copy()
            ticket = replace(
                ticket,
                status="NEW",
                public_id=self._next_public_id(ticket.line_id, letter),
                status_set=now,
                wait_started=now,
            )
            self._tickets[ticket_id] = ticket
            return ticket.copy()

    def _next_public_id(self, line_id: str, letter: str) -> str:
        """The line's next public id, e.g. ``A-12`` (with the lock held)."""
        number = self._numbers.get(line_id, 0) + 1
        self._numbers[line_id] = number
        return f"{letter}-{number}"

    def _add(
        self,
        line_id: str,
        status: str,
        created: datetime,
        body: dict[str, Any],
        *,
        public_id: str | None = None,
        slot: Slot | None = None,
        wait_started: datetime | None = None,
    ) -> Ticket:
        """Store a new ticket under the next id (with the lock held); a copy of it."""
        ticket = Ticket(
            id=str(self._next_id),
            public_id=public_id,
            line_id=line_id,
            status=status,
            created=created,
            body=copy.deepcopy(body),
            slot=slot,
            status_set=created,
            wait_started=wait_started,
        )
        self._next_id += 1
        self._tickets[ticket.id] = ticket
        return ticket.copy()

    def get(self, ticket_id: str) -> Ticket | None:
        """A copy of the ticket, if it exists."""
        with self._lock:
            ticket = self._tickets.get(ticket_id)
            return ticket.copy() if ticket else None

    def all(self) -> list[Ticket]:
        """Copies of every ticket, oldest first."""
        with self._lock:
            return [t.copy() for t in self._tickets.values()]

    def set_status(self, ticket_id: str, status: str) -> Ticket | None:
        """Move a ticket to a status, stamping called/served times; None if it does not exist."""
        if status not in STATUSES:
            raise ValueError(f"unknown ticket status {status!r}")
        now = datetime.now(UTC)
        with self._lock:
            ticket = self._tickets.get(ticket_id)
            if ticket is None:
                return None
            called = ticket.called
            served = ticket.served
            if status == "NEW":
                called = served = None
            elif status == "CALLED":
                called, served = now, None
            elif status == "SERVED":
                called = called or now
                served = now
            ticket = replace(ticket, status=status, called=called, served=served, status_set=now)
            self._tickets[ticket_id] = ticket
            return ticket.copy()

    def clear(self) -> None:
        """Forget every ticket and restart the public numbers; ids keep counting up."""
        with self._lock:
            self._tickets.clear()
            self._numbers.clear()
