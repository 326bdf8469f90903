"""A visitor with an appointment on screen: "I have an appointment" on the Service screen, the
phone number, what was found, and the way on (the ticket, the walk-in path, the front desk).

The appointment controller finds and checks in; the visit controller carries the visitor into
its Appointment step, to the Ticket step once checked in (rendered by the ticket connector,
with wait information and the slip), or to the walk-in path with the typed number filled in.
What was found is wiped when the visit returns to Welcome.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.controllers.appointments import AppointmentController, AppointmentFailure
from kiosk.controllers.visit import Step
from kiosk.domain.checkin_window import TooEarly, TooLate
from kiosk.domain.form import FieldKind
from kiosk.domain.phone import example_number
from kiosk.domain.visit_options import appointments_offered
from kiosk.shell.connector import Connector, Hall
from kiosk.shell.ticket_flow import TicketFlow
from kiosk.shell.visit_flow import VisitFlow
from kiosk.ui.screens.message import MessageKind

log = logging.getLogger("kiosk.shell.appointment")

CLOCK = "%H:%M"


class AppointmentFlow(Connector):
    """Connects the appointment screens to the appointment and visit controllers."""

    def __init__(
        self,
        hall: Hall,
        appointments: AppointmentController,
        visit_flow: VisitFlow,
        ticket_flow: TicketFlow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(hall, parent)
        self.appointments = appointments
        self._visit_flow = visit_flow
        self._ticket_flow = ticket_flow
        self._wire()

    def _wire(self) -> None:
        w, visit, found = self.window, self.visit, self.appointments
        phone, result = w.appointment_phone, w.appointment_result
        # After the visit connector's: the screens it renders are ready when these run.
        visit.step_changed.connect(self._on_step)
        w.service.appointment_requested.connect(visit.start_appointment)
        phone.lookup_requested.connect(self._look_up)
        phone.back_requested.connect(visit.back)
        result.back_requested.connect(self._show_phone)
        for screen in (phone, result):
            screen.start_over_requested.connect(self._visit_flow.start_over)
        result.check_in_requested.connect(found.check_in)
        result.retry_requested.connect(self._try_again)
        result.walk_in_requested.connect(self._walk_in)
        found.invalid.connect(phone.show_errors)
        found.paused.connect(phone.show_paused)
        found.found.connect(self._on_found)
        found.not_found.connect(self._on_not_found)
        found.too_early.connect(self._on_too_early)
        found.too_late.connect(self._on_too_late)
        found.checked_in.connect(visit.appointment_checked_in)
        found.failed.connect(self._on_failed)
        found.queued.connect(self._on_queued)
        found.busy_changed.connect(self._on_busy)

    def location_loaded(self, _location: object = None) -> None:
        """The visit took the location in: offer appointments where it takes them."""
        location = self.visit.location
        if location is None:
            return
        self.appointments.set_location(location)
        self.visit.appointments_offered = appointments_offered(
            self._settings.appointments, location
        )
        self.window.service.set_appointments_offered(self.visit.appointments_offered)

    # -- the visit's steps -------------------------------------------------------------------

    def _on_step(self, step: Step) -> None:
        w, visit = self.window, self.visit
        if step == Step.WELCOME:
            self.appointments.forget()
        elif step == Step.SERVICE:
            w.service.set_appointments_offered(visit.appointments_offered)
        elif step == Step.APPOINTMENT:
            w.appointment_phone.clear()
            w.appointment_result.clear()
            w.appointment_phone.set_phone_example(example_number(visit.default_region))
            self._show_phone()
        elif step == Step.DETAILS and visit.prefilled_phone and visit.form is not None:
            self._prefill(visit.prefilled_phone)

    def _prefill(self, number: str) -> None:
        """The walk-in path: the number typed for the lookup in the first empty phone field."""
        assert self.visit.form is not None
        for spec in self.visit.form.details:
            widget = self.window.details.field_widget(spec.id)
            if spec.kind is FieldKind.PHONE and widget is not None and widget.value() is None:
                widget.set_value(number)
                return

    def _show_phone(self) -> None:
        self.window.show_screen(self.window.appointment_phone)
        self.window.appointment_phone.phone.focus_input()

    def _show_result(self) -> None:
        self.window.show_screen(self.window.appointment_result)

    # -- intents -----------------------------------------------------------------------------

    def _look_up(self, number: str) -> None:
        self.appointments.look_up(number, self.visit.language)

    def _try_again(self) -> None:
        self.window.appointment_phone.clear()
        self._show_phone()

    def _walk_in(self) -> None:
        self.visit.walk_in(self.window.appointment_phone.number())

    # -- results -----------------------------------------------------------------------------

    def _on_found(self, found: tuple[object, ...]) -> None:
        if self.visit.step != Step.APPOINTMENT:
            return
        self.window.appointment_result.show_found(found)  # type: ignore[arg-type]
        self._show_result()

    def _on_not_found(self) -> None:
        if self.visit.step != Step.APPOINTMENT:
            return
        self.window.appointment_result.show_not_found()
        self._show_result()

    def _on_too_early(self, verdict: TooEarly) -> None:
        self.window.appointment_result.show_too_early(
            verdict.starts_at.strftime(CLOCK), verdict.opens_at.strftime(CLOCK)
        )
        self._show_result()

    def _on_too_late(self, verdict: TooLate) -> None:
        self.window.appointment_result.show_too_late(verdict.starts_at.strftime(CLOCK))
        self._show_result()

    def _on_queued(self) -> None:
        """No answer in time: the check-in is saved in the outbox and will be sent."""
        if self.visit.step != Step.APPOINTMENT:
            return
        self._ticket_flow.show_message(MessageKind.QUEUED)

    def _on_failed(self, failure: AppointmentFailure) -> None:
        if self.visit.step != Step.APPOINTMENT:
            return
        log.info("appointment: the visitor is sent to the front desk (%s)", failure)
        self._ticket_flow.show_message(MessageKind.SEE_FRONT_DESK)

    def _on_busy(self, busy: bool) -> None:
        self.window.appointment_phone.set_busy(busy)
        self.window.appointment_result.set_busy(busy)
        if busy:
            self._idle.disarm()
        elif self.visit.step == Step.APPOINTMENT:
            self._idle.arm()
