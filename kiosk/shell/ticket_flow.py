"""The end of a visit on screen: the check-in's outcome becomes the ticket, or an honest
message, and the visitor is let go.

The check-in controller decides what became of the check-in; the visit controller carries the
ticket into its Ticket step, which this connector renders (with wait information and the slip,
`kiosk.shell.ticket`). A message for the visitor (saved for later, see the front desk) stays up
for `ticket_seconds`, then the kiosk starts over.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.controllers.checkin import CheckInController, CheckInFailure, CheckInResult
from kiosk.controllers.visit import Step
from kiosk.domain.hours import location_zone
from kiosk.shell.connector import Connector, Hall
from kiosk.shell.ticket import IssuedTicket, TicketExtras
from kiosk.ui.screens.message import MessageKind

log = logging.getLogger("kiosk.shell.ticket")

FAILURE_MESSAGES = {
    CheckInFailure.REJECTED: MessageKind.SEE_FRONT_DESK,
    CheckInFailure.UNAVAILABLE: MessageKind.UNAVAILABLE,
}


class TicketFlow(Connector):
    """Connects the check-in's outcome to the ticket and message screens.

    Signals:
        done(): the visitor is finished (Done, or the message's time is up): start over.
    """

    done = Signal()

    def __init__(
        self,
        hall: Hall,
        checkin: CheckInController,
        extras: TicketExtras,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(hall, parent)
        self._checkin = checkin
        self.extras = extras
        self._saved_on_screen = False
        """"Saved, will be sent" is what the visitor reads: a late number may replace it."""
        self._leave_timer = QTimer(self)
        self._leave_timer.setObjectName("leave-message")
        self._leave_timer.setSingleShot(True)
        self._leave_timer.timeout.connect(self.done)
        hall.window.message.set_queue_minutes(round(hall.settings.max_age_minutes))
        checkin.succeeded.connect(hall.visit.show_ticket)
        checkin.failed.connect(self._on_failed)
        checkin.queued.connect(self._on_queued)
        checkin.delivered_late.connect(self._on_delivered_late)
        hall.visit.step_changed.connect(self._on_step)
        hall.window.ticket.done_requested.connect(self.done)
        hall.window.message.start_over_requested.connect(self.done)

    def forget(self) -> None:
        """The visitor is gone: no message timer, no late number, no wait lookup or slip."""
        self._leave_timer.stop()
        self._saved_on_screen = False
        self._checkin.forget()
        self.extras.forget()

    def _on_step(self, step: Step) -> None:
        if step == Step.TICKET:
            self._show_ticket()
        elif step == Step.WELCOME:
            self.forget()

    def _show_ticket(self) -> None:
        visit, ticket = self.visit, self.visit.ticket
        assert ticket is not None
        self._leave_timer.stop()
        self._saved_on_screen = False
        first, last = visit.caller_name()
        screen = self.window.ticket
        screen.set_return_after(self._settings.ticket_seconds)
        screen.show_ticket(
            ticket.public_id,
            visit.line_label(),
            first,
            last,
            appointment=visit.appointment_name is not None,
        )
        self.window.show_screen(screen)
        line, location = visit.line, visit.location
        if line is not None and location is not None:
            self.extras.show(
                IssuedTicket(
                    ticket_id=ticket.ticket_id,
                    public_id=ticket.public_id,
                    line_id=line.id,
                    line_name=visit.line_label(),
                    language=visit.language,
                    location_name=location.name,
                    issued_at=dt.datetime.now(dt.UTC),
                    zone=location_zone(location),
                )
            )

    def _on_failed(self, failure: CheckInFailure) -> None:
        self.show_message(FAILURE_MESSAGES[CheckInFailure(failure)])

    def _on_queued(self) -> None:
        self.show_message(MessageKind.QUEUED)
        self._saved_on_screen = True

    def _on_delivered_late(self, result: CheckInResult) -> None:
        """The number came while "saved, will be sent" is still on screen: show it."""
        if self._saved_on_screen:
            self.visit.show_ticket(result)

    def show_message(self, message: MessageKind) -> None:
        """Tell the visitor how the visit ended; the kiosk starts over after `ticket_seconds`."""
        self._saved_on_screen = False
        self.window.message.show_message(message)
        self.window.show_screen(self.window.message)
        # The visitor leaves with the message on screen: it must not wait for the next one.
        self._leave_timer.start(self._settings.ticket_seconds * 1000)
