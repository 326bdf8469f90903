"""Checks the visitor in through the durable outbox, without freezing the screen.

The check-in is written to the outbox before anything is sent (`Sender.submit`), so it is
never lost; the sender never sends it twice. The visitor waits a bounded time for the number:
- it comes: the ticket screen;
- Qminder said no (400/404/409): "please see the front desk";
- the kiosk's key is refused: the check-in is withdrawn (unless Qminder has it after all),
  and the kiosk is unavailable;
- the outbox cannot keep it (disk full, folder not writable, its key missing): nothing is
  stored and the visitor is sent to the desk;
- no answer in time: with ``offline="queue"`` the visitor is told honestly that the check-in
  is saved and will be sent; with ``offline="refuse"`` it is withdrawn (looked up first) and
  the visitor is sent to the desk, unless Qminder turns out to have it.

After "saved" the controller keeps following the check-in while the visitor may still be at
the kiosk (`follow_seconds`, until `forget()`): if the number comes, `delivered_late` brings it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.controllers.outcome_report import Told, told
from kiosk.controllers.tasks import TaskSlot
from kiosk.delivery.errors import DeliveryError
from kiosk.delivery.outcome import (
    Delivered,
    Outcome,
    Pending,
    Unavailable,
)
from kiosk.domain.ticket import TicketRequest

log = logging.getLogger("kiosk.checkin")

OfflineMode = Literal["queue", "refuse"]


class CheckInSender(Protocol):
    """What the controller needs of `kiosk.delivery.Sender`."""

    async def submit(self, request: TicketRequest) -> str: ...

    async def wait_for(self, row_id: str, timeout: float = ...) -> Outcome: ...  # noqa: ASYNC109

    async def withdraw(self, row_id: str) -> Outcome: ...


class CheckInFailure(StrEnum):
    """Why the visitor is not in the queue."""

    REJECTED = "rejected"  # Qminder refused this check-in: see the front desk
    UNAVAILABLE = "unavailable"  # the kiosk cannot check anyone in right now


@dataclass(frozen=True, slots=True)
class CheckInResult:
    ticket_id: str
    public_id: str | None


class CheckInController(QObject):
    """One submission at a time, run as an asyncio task; outcomes reported by signals.

    Signals:
        busy_changed(bool): a submission started or ended.
        succeeded(CheckInResult): Qminder has the ticket.
        queued(): no answer in time; the check-in is saved and will be sent.
        delivered_late(CheckInResult): after `queued`, Qminder has the ticket after all.
        failed(CheckInFailure): why the visitor is not in the queue.
    """

    busy_changed = Signal(bool)
    succeeded = Signal(CheckInResult)
    queued = Signal()
    delivered_late = Signal(CheckInResult)
    failed = Signal(CheckInFailure)

    def __init__(
        self,
        sender: CheckInSender,
        *,
        wait_seconds: float = 8.0,
        offline: OfflineMode = "queue",
        follow_seconds: float = 15.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sender = sender
        self._wait_seconds = wait_seconds
        self._offline = offline
        self._follow_seconds = follow_seconds
        self._slot = TaskSlot("check-in")
        self._follow = TaskSlot("check-in-follow")
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, request: TicketRequest) -> bool:
        """Start checking in; False (and nothing stored or sent) while one is in flight."""
        if self._busy:
            log.info("ignored a second check-in while one is in flight")
            return False
        self._follow.cancel()
        self._set_busy(True)
        self._slot.start(self._run(request))
        return True

    def forget(self) -> None:
        """The visitor left: stop following their saved check-in (the sender still sends it)."""
        self._follow.cancel()

    async def wait(self) -> None:
        """Wait for a submission in flight to end (used at shutdown)."""
        self.forget()
        await self._slot.wait()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    async def _run(self, request: TicketRequest) -> None:
        try:
            row_id, outcome = await self._settle(request)
        except BaseException:
            self._set_busy(False)
            raise
        self._set_busy(False)
        self._report(outcome)
        if isinstance(outcome, Pending) and row_id is not None:
            self._follow.start(self._follow_up(row_id))

    async def _settle(self, request: TicketRequest) -> tuple[str | None, Outcome]:
        try:
            row_id = await self._sender.submit(request)
        except DeliveryError as exc:  # usually a `StoreUnavailable`: disk full, key missing
            # Nothing was stored, so nothing will be sent: the visitor goes to the desk.
            log.error("the check-in could not be stored: %s", exc)
            return None, Unavailable(str(exc))
        outcome = await self._sender.wait_for(row_id, timeout=self._wait_seconds)
        if isinstance(outcome, Unavailable) or (
            isinstance(outcome, Pending) and self._offline == "refuse"
        ):
            # The visitor is sent to the desk: this check-in must never arrive later too.
            outcome = await self._sender.withdraw(row_id)
        return row_id, outcome

    async def _follow_up(self, row_id: str) -> None:
        """While the visitor may still read "saved": bring the number if it comes."""
        outcome = await self._sender.wait_for(row_id, timeout=self._follow_seconds)
        if isinstance(outcome, Delivered):
            log.info("the number came after the check-in was reported saved")
            self.delivered_late.emit(
                CheckInResult(ticket_id=outcome.ticket_id, public_id=outcome.public_id)
            )

    def _report(self, outcome: Outcome) -> None:
        verdict = told(outcome, "check-in", log)
        if isinstance(outcome, Delivered):
            self.succeeded.emit(
                CheckInResult(ticket_id=outcome.ticket_id, public_id=outcome.public_id)
            )
        elif verdict is Told.SAVED:
            self.queued.emit()
        else:
            self.failed.emit(
                CheckInFailure.REJECTED if verdict is Told.REFUSED else CheckInFailure.UNAVAILABLE
            )
