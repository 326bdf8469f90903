"""People ahead and estimated time for a new ticket, fetched within a short deadline.

Both are hints: the ticket number never waits for them. People ahead is the number of NEW
tickets on the same line created before this one (ticket search); the estimated time is
Qminder's best-effort, undocumented estimated-time endpoint. What arrives within the deadline
is reported; what does not is left out.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.api.errors import QminderError
from kiosk.api.ports import TicketSearch
from kiosk.controllers.tasks import TaskSlot
from kiosk.domain.ticket import Ticket

log = logging.getLogger("kiosk.wait_info")

T = TypeVar("T")

WAIT_DEADLINE = 1.5
"""Seconds the wait information may take; the ticket screen never waits for it."""
SEARCH_LIMIT = 1000
"""Waiting tickets read per search. With more waiting, counts are at least this."""


class WaitSource(TicketSearch, Protocol):
    async def estimated_time(self, ticket_id: str) -> dt.datetime | None: ...


@dataclass(frozen=True, slots=True)
class WaitInfo:
    """What is known about one ticket's wait; None where it is not known."""

    ticket_id: str
    people_ahead: int | None = None
    estimated: dt.datetime | None = None


def count_ahead(
    tickets: Sequence[Ticket], ticket_id: str, created_at: dt.datetime | None
) -> int | None:
    """NEW tickets created before ours: ours' creation time from the list, else ``created_at``.

    Tickets created in the same instant are ordered by id. None when our time is unknown.
    """
    own = next((t for t in tickets if t.id == ticket_id), None)
    mine = own.created_at if own is not None and own.created_at is not None else created_at
    if mine is None:
        return None
    return sum(
        1
        for t in tickets
        if t.id != ticket_id
        and t.created_at is not None
        and _before(t, t.created_at, mine, ticket_id)
    )


def _before(ticket: Ticket, created: dt.datetime, mine: dt.datetime, my_id: str) -> bool:
    if created != mine:
        return created < mine
    if ticket.id.isdigit() and my_id.isdigit():
        return int(ticket.id) < int(my_id)
    return ticket.id < my_id


class WaitInfoController(QObject):
    """Fetches wait information in the background.

    Signals:
        ready(WaitInfo): at most once per `fetch`, within the deadline, with whatever was
            learnt; not at all when nothing was (or the fetch was cancelled).
        settled(WaitInfo): exactly once per `fetch` not cancelled, by the deadline, right
            after ``ready`` if any; possibly empty. For printing a slip once the wait is known.
        waiting_count_ready(str, int): line id and the number of people waiting on it.
    """

    ready = Signal(object)
    settled = Signal(object)
    waiting_count_ready = Signal(str, int)

    def __init__(
        self,
        source: WaitSource,
        *,
        deadline: float = WAIT_DEADLINE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._deadline = deadline
        self._slot = TaskSlot("wait-info")
        self._count_slots: dict[str, TaskSlot] = {}

    def fetch(self, ticket_id: str, line_id: str, created_at: dt.datetime | None = None) -> None:
        """Start fetching for a new ticket; replaces a fetch still running.

        ``created_at`` (timezone-aware) is used when the ticket itself is not found in the
        search: Qminder's time if known, else the kiosk's clock at check-in.
        """
        if created_at is not None and created_at.utcoffset() is None:
            raise ValueError("created_at must be timezone-aware")
        self._slot.start(self._fetch(ticket_id, line_id, created_at))

    def waiting_count(self, line_id: str) -> None:
        """Start counting the people waiting on a line (for the Service screen)."""
        slot = self._count_slots.setdefault(line_id, TaskSlot(f"waiting-count-{line_id}"))
        slot.start(self._count(line_id))

    def cancel(self) -> None:
        """Forget every fetch in flight (the visitor left): nothing more is emitted."""
        self._slot.cancel()
        for slot in self._count_slots.values():
            slot.cancel()
        self._count_slots.clear()

    async def wait(self) -> None:
        await self._slot.wait()
        for slot in list(self._count_slots.values()):
            await slot.wait()

    # -- tasks -------------------------------------------------------------------------------

    async def _fetch(self, ticket_id: str, line_id: str, created_at: dt.datetime | None) -> None:
        ahead_task = asyncio.ensure_future(self._people_ahead(ticket_id, line_id, created_at))
        eta_task = asyncio.ensure_future(self._source.estimated_time(ticket_id))
        try:
            _done, pending = await asyncio.wait({ahead_task, eta_task}, timeout=self._deadline)
        except asyncio.CancelledError:
            ahead_task.cancel()
            eta_task.cancel()
            raise
        for task in pending:
            task.cancel()
        if pending:
            log.info("wait information: %d of 2 answers missed the deadline", len(pending))
        info = WaitInfo(
            ticket_id=ticket_id,
            people_ahead=_outcome(ahead_task, "people ahead"),
            estimated=_outcome(eta_task, "estimated time"),
        )
        if info.people_ahead is not None or info.estimated is not None:
            self.ready.emit(info)
        self.settled.emit(info)
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    async def _people_ahead(
        self, ticket_id: str, line_id: str, created_at: dt.datetime | None
    ) -> int | None:
        tickets = await self._source.search_tickets(
            line_id, status=("NEW",), limit=SEARCH_LIMIT, order="created ASC"
        )
        return count_ahead(tickets, ticket_id, created_at)

    async def _count(self, line_id: str) -> None:
        search = self._source.search_tickets(line_id, status=("NEW",), limit=SEARCH_LIMIT)
        tickets = await _within(search, self._deadline, "waiting count")
        if tickets is not None:
            self.waiting_count_ready.emit(line_id, len(tickets))


def _outcome(task: asyncio.Future[T], what: str) -> T | None:
    if not task.done() or task.cancelled():
        return None
    exc = task.exception()
    if exc is None:
        return task.result()
    _log_failure(what, exc)
    return None


async def _within(call: Coroutine[Any, Any, T], deadline: float, what: str) -> T | None:
    try:
        async with asyncio.timeout(deadline):
            return await call
    except TimeoutError:
        log.info("%s: no answer within %g s", what, deadline)
    except Exception as exc:
        _log_failure(what, exc)
    return None


def _log_failure(what: str, exc: BaseException) -> None:
    if isinstance(exc, QminderError | ValueError):
        log.info("%s unavailable: %s", what, type(exc).__name__)
    else:
        log.warning("%s failed unexpectedly", what, exc_info=exc)
