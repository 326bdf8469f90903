"""One visitor's path through the kiosk: language, service, details, questions, check in.

The controller holds what the visitor chose and typed, decides which step comes next
(Service is skipped when one line is offered, Questions when none applies) and turns the
answers into a `TicketRequest`. Screens render what it says; it never touches a widget.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kiosk.controllers.appointments import AppointmentCheckedIn
from kiosk.controllers.checkin import CheckInResult
from kiosk.domain.form import FormSpec, build_form
from kiosk.domain.i18n import line_name
from kiosk.domain.models import Line, Location
from kiosk.domain.ticket import TicketRequest
from kiosk.domain.validation import Answer, InvalidAnswers, build_ticket_request


class Step(StrEnum):
    WELCOME = "welcome"
    SERVICE = "service"
    DETAILS = "details"
    QUESTIONS = "questions"
    TICKET = "ticket"
    APPOINTMENT = "appointment"
    """Finding and checking in an appointment (`kiosk.controllers.appointments`)."""


class VisitController(QObject):
    """The state of the current visit and the rules for moving between steps.

    Signals:
        step_changed(Step): read `language`, `lines`, `form`, `ticket` to render the step.
        invalid(tuple): field errors found when building the ticket (`FieldError`s).
        ready(TicketRequest): the answers are complete and valid; create the ticket.
    """

    step_changed = Signal(Step)
    invalid = Signal(tuple)
    ready = Signal(TicketRequest)

    def __init__(self, labels: tuple[str, ...] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._location: Location | None = None
        self.step = Step.WELCOME
        self.language = "en"
        self.line: Line | None = None
        self.form: FormSpec | None = None
        self.answers: dict[str, Answer] = {}
        self.ticket: CheckInResult | None = None
        """The ticket Qminder gave this visit (the Ticket step shows it)."""
        self.appointments_offered = False
        """The Service screen offers "I have an appointment" (so it is shown for one line too)."""
        self.appointment_name: str | None = None
        """The first name of the appointment checked in this visit (None: a walk-in)."""
        self.prefilled_phone = ""
        """The number typed to find an appointment, filled in on the walk-in path."""

    @property
    def location(self) -> Location | None:
        return self._location

    def set_location(self, location: Location) -> None:
        """Use this configuration from the next visit on (a visit in progress keeps its form)."""
        self._location = location
        if self.step == Step.WELCOME:
            self.language = location.primary_language

    @property
    def default_region(self) -> str | None:
        code = self._location.country_code if self._location else ""
        return code.upper() or None

    def lines(self) -> list[tuple[str, str]]:
        """The offered lines as (id, name in the visitor's language)."""
        if self._location is None:
            return []
        primary = self._location.primary_language
        return [
            (line.id, line_name(line, self.language, primary))
            for line in self._location.offered_lines
        ]

    def line_label(self) -> str:
        if self.line is None or self._location is None:
            return ""
        return line_name(self.line, self.language, self._location.primary_language)

    # -- intents -------------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        if self._location is None:
            return
        offered = self._location.offered_lines
        if not offered:
            self.start_over()  # nothing to join: back to Welcome, which says so
            return
        self._clear_visit()
        self.language = code
        if len(offered) == 1 and not self.appointments_offered:
            self.choose_line(offered[0].id)
        else:
            self._go(Step.SERVICE)

    def choose_line(self, line_id: str) -> None:
        if self._location is None:
            return
        line = self._location.line(line_id)
        if line is None or not line.offered:
            return
        self.line = line
        self.form = build_form(self._location, line_id, self.language)
        self.answers = {}
        self._go(Step.DETAILS)

    def start_appointment(self) -> None:
        """ "I have an appointment" was tapped on the Service screen."""
        if self.step == Step.SERVICE and self.appointments_offered:
            self._go(Step.APPOINTMENT)

    def walk_in(self, phone: str) -> None:
        """No appointment found: the walk-in path, with the typed number filled in."""
        if self._location is None or self.step != Step.APPOINTMENT:
            return
        self.prefilled_phone = phone.strip()
        offered = self._location.offered_lines
        if len(offered) == 1:
            self.choose_line(offered[0].id)
        else:
            self._go(Step.SERVICE)

    def appointment_checked_in(self, result: AppointmentCheckedIn) -> None:
        """Qminder has the visitor in the queue for their appointment: the Ticket step."""
        if self._location is None or self.step != Step.APPOINTMENT:
            return
        self.line = self._location.line(result.line_id)
        self.appointment_name = result.first_name
        self.show_ticket(CheckInResult(ticket_id=result.ticket_id, public_id=result.public_id))

    def complete_details(self, answers: dict[str, Answer]) -> None:
        if self.form is None:
            return
        self.answers.update(answers)
        if self.form.questions:
            self._go(Step.QUESTIONS)
        else:
            self.check_in({})

    def check_in(self, answers: dict[str, Answer]) -> None:
        """Validate everything the visitor answered and emit `ready` with the request."""
        if self.form is None:
            return
        self.answers.update(answers)
        try:
            request: TicketRequest = build_ticket_request(
                self.form, self.answers, default_region=self.default_region, labels=self._labels
            )
        except InvalidAnswers as exc:
            self.invalid.emit(exc.errors)
            return
        self.ready.emit(request)

    def caller_name(self) -> tuple[str, str | None]:
        """How the ticket screen addresses the visitor: first name, last name's initial."""
        if self.appointment_name is not None:
            return self.appointment_name, None
        first, last = "", None
        for spec in self.form.details if self.form is not None else ():
            value = self.answers.get(spec.id)
            if spec.kind == "first_name" and isinstance(value, str):
                first = value.strip()
            elif spec.kind == "last_name" and isinstance(value, str) and value.strip():
                last = value.strip()[0].upper()
        return first, last

    def show_ticket(self, ticket: CheckInResult) -> None:
        """The visitor is checked in: the Ticket step, with the ticket it shows."""
        self.ticket = ticket
        self._go(Step.TICKET)

    def back(self) -> None:
        if self.step == Step.APPOINTMENT:
            self._go(Step.SERVICE)
        elif self.step == Step.QUESTIONS:
            self._go(Step.DETAILS)
        elif self.step == Step.DETAILS and self._offers_choice():
            self._go(Step.SERVICE)
        else:
            self.start_over()

    def start_over(self) -> None:
        """Forget the visitor entirely and return to the welcome screen in the default language."""
        self._clear_visit()
        self.language = self._location.primary_language if self._location else "en"
        self._go(Step.WELCOME)

    # -- helpers -------------------------------------------------------------------------------

    def _offers_choice(self) -> bool:
        if self._location is None:
            return False
        return len(self._location.offered_lines) > 1 or self.appointments_offered

    def _clear_visit(self) -> None:
        self.line = None
        self.form = None
        self.answers = {}
        self.ticket = None
        self.appointment_name = None
        self.prefilled_phone = ""

    def _go(self, step: Step) -> None:
        self.step = step
        self.step_changed.emit(step)
