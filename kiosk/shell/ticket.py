"""What comes with a ticket after the number is on screen: wait information and the slip.

Neither ever delays the number or decides whether the visitor is checked in. Wait information
is fetched with a short deadline; in auto mode the slip prints once it has settled (so it can
carry the wait), in button mode the visitor asks for it. A printer failure leaves the number on
screen with "please note your number".
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.config import KioskSettings
from kiosk.controllers.printing import PrintController
from kiosk.controllers.wait_info import WaitInfo, WaitInfoController
from kiosk.domain.languages import is_right_to_left
from kiosk.printing.ticket import TicketPrint, expand_qr_url
from kiosk.ui.screens.ticket import PrintState, TicketScreen
from kiosk.ui.slip_texts import slip_message, slip_texts

log = logging.getLogger("kiosk.ticket")


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """The ticket on screen: what the wait lookup and the slip need (no personal data)."""

    ticket_id: str
    public_id: str | None
    line_id: str
    line_name: str
    language: str
    location_name: str
    issued_at: dt.datetime
    zone: dt.tzinfo | None = None
    """The location's time zone: times on screen and on the slip are the location's."""


class TicketExtras(QObject):
    """Connects wait information and printing to the ticket screen."""

    def __init__(
        self,
        screen: TicketScreen,
        settings: KioskSettings,
        wait_info: WaitInfoController | None,
        printer: PrintController | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._screen = screen
        self._settings = settings
        self._wait_info = wait_info
        self._printer = printer
        self._ticket: IssuedTicket | None = None
        self._wait = WaitInfo(ticket_id="")
        if wait_info is not None:
            wait_info.ready.connect(self._on_wait_ready)
            wait_info.settled.connect(self._on_wait_settled)
        if printer is not None:
            printer.printed.connect(self._on_printed)
            printer.failed.connect(self._on_print_failed)
            printer.availability_changed.connect(self._on_availability_changed)
        screen.print_requested.connect(self.print_now)

    @property
    def auto_print(self) -> bool:
        return self._settings.print_mode == "auto"

    def show(self, ticket: IssuedTicket) -> None:
        """A ticket is on screen: look up the wait, print or offer printing."""
        self._ticket = ticket
        self._wait = WaitInfo(ticket_id=ticket.ticket_id)
        offer = self._can_print() and not self.auto_print
        self._screen.set_print_offered(offer)
        if self._wait_info is not None:
            self._wait_info.fetch(ticket.ticket_id, ticket.line_id, ticket.issued_at)
        elif self.auto_print:
            self.print_now()

    def forget(self) -> None:
        """The visitor left: nothing more about their ticket may appear."""
        self._ticket = None
        if self._wait_info is not None:
            self._wait_info.cancel()

    def print_now(self) -> None:
        ticket = self._ticket
        if ticket is None or ticket.public_id is None or not self._can_print():
            return
        assert self._printer is not None
        slip = TicketPrint(
            public_id=ticket.public_id,
            line_name=ticket.line_name,
            issued_at=ticket.issued_at,
            message=slip_message(),
            heading=ticket.location_name,
            people_ahead=self._wait.people_ahead,
            estimated=self._wait.estimated,
            qr_payload=self._qr(ticket),
            logo=self._settings.ticket_logo,
            language=ticket.language,
            rtl=is_right_to_left(ticket.language),
            texts=slip_texts(),
            zone=ticket.zone,
        )
        if self._printer.print_ticket(slip):
            self._screen.show_print_state(PrintState.PRINTING)

    def _can_print(self) -> bool:
        return self._printer is not None and self._printer.enabled and self._printer.available()

    def _qr(self, ticket: IssuedTicket) -> str | None:
        template = self._settings.qr_url
        if not template or ticket.public_id is None:
            return None
        return expand_qr_url(template, ticket_id=ticket.ticket_id, public_id=ticket.public_id)

    def _current(self, info: WaitInfo) -> bool:
        return self._ticket is not None and info.ticket_id == self._ticket.ticket_id

    def _on_wait_ready(self, info: WaitInfo) -> None:
        if self._current(info):
            self._wait = info
            zone = self._ticket.zone if self._ticket is not None else None
            self._screen.show_wait_info(info.people_ahead, info.estimated, zone)

    def _on_wait_settled(self, info: WaitInfo) -> None:
        if self._current(info) and self.auto_print:
            self.print_now()

    def _on_printed(self) -> None:
        if self._ticket is not None:
            self._screen.show_print_state(PrintState.PRINTED)

    def _on_print_failed(self, reason: str) -> None:
        log.warning("printing the ticket failed: %s", reason)
        if self._ticket is not None:
            self._screen.show_print_state(PrintState.FAILED)
            self._screen.set_print_offered(False)

    def _on_availability_changed(self, available: bool) -> None:
        if self._ticket is not None and not self.auto_print:
            self._screen.set_print_offered(available)
