"""The running kiosk's wiring: every screen connected to the controllers that serve it.

Built by `kiosk.shell.run` (which owns the QApplication, the event loop, the one Qminder client and
the outbox); nothing else connects screens to controllers.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.controllers.checkin import (
    CheckInController,
    CheckInFailure,
    CheckInResult,
    CheckInSender,
)
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.hours import HoursController, utc_now
from kiosk.controllers.idle import IdleController
from kiosk.controllers.location import LocationController
from kiosk.controllers.printing import PrintController
from kiosk.controllers.visit import Step, VisitController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.delivery.outcome import DeliveryStatus
from kiosk.domain.hours import OpeningState, location_zone
from kiosk.domain.models import Location
from kiosk.domain.offer import tailor
from kiosk.domain.phone import example_number
from kiosk.domain.ticket import TicketRequest
from kiosk.shell.first_window import render_welcome
from kiosk.shell.ticket import IssuedTicket, TicketExtras
from kiosk.ui.closed_notice import ClosedNotice
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind

log = logging.getLogger("kiosk.shell.wiring")


class Kiosk(QObject):
    """Connects the screens to the controllers for one running kiosk."""

    def __init__(
        self,
        window: KioskWindow,
        client: QminderClient,
        settings: KioskSettings,
        location_id: str,
        cache: LocationCache | None,
        *,
        sender: CheckInSender,
        delivery: DeliveryMonitor | None = None,
        ui_language: UiLanguage | None = None,
        wait_info: WaitInfoController | None = None,
        printer: PrintController | None = None,
        idle: IdleController | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        # A child of the window: the kiosk and every controller with a timer are deleted with
        # the window, in the GUI thread. (A parentless QObject freed by Python's cyclic garbage
        # collector may be freed in another thread, where Qt cannot stop its timers.)
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.ui_language = ui_language
        self.printer = printer
        self.wait_info = wait_info
        self.extras = TicketExtras(window.ticket, settings, wait_info, printer, parent=self)
        self.idle = idle or IdleController(settings.idle_timeout, settings.idle_warning)
        for owned in (self.idle, wait_info, printer, delivery):
            if owned is not None and owned.parent() is None:
                owned.setParent(self)
        self.visit = VisitController(labels=settings.labels, parent=self)
        self.checkin = CheckInController(
            sender,
            wait_seconds=settings.wait_seconds,
            offline=settings.offline,
            follow_seconds=settings.ticket_seconds,
            parent=self,
        )
        self.delivery = delivery or DeliveryMonitor(parent=self)
        self._leave_timer = QTimer(self)
        self._leave_timer.setObjectName("leave-message")
        self._leave_timer.setSingleShot(True)
        self._leave_timer.timeout.connect(self._start_over)
        window.message.set_queue_minutes(round(settings.max_age_minutes))
        self.location = LocationController(
            client,
            location_id,
            cache,
            refresh_ms=int(settings.refresh_minutes * 60_000),
            parent=self,
        )
        self._rendered_form: object | None = None
        self.hours = HoursController(clock, parent=self)
        self._problems: tuple[str, ...] = ()
        self.closed_notice = ClosedNotice(parent=self)
        self._wire()

    def start(self) -> None:
        """Call once the window is shown (its native window exists)."""
        self.idle.watch(self.window.windowHandle() or self.window)
        self.window.message.show_message(MessageKind.LOADING)
        self.window.show_screen(self.window.message)
        self.location.start()

    def is_quiet(self) -> bool:
        """Nobody is using the kiosk: the Welcome screen, nothing in flight."""
        return self.visit.step == Step.WELCOME and not self.checkin.busy

    def halt(self) -> None:
        """Stop every timer and background fetch (the check-in in flight goes on)."""
        self.location.stop()
        self.idle.disarm()
        self._leave_timer.stop()
        self.hours.stop()
        self.extras.forget()
        self.checkin.forget()

    async def stop(self) -> None:
        """Halt; let a check-in in flight finish so its outcome is known."""
        self.halt()
        await self.checkin.wait()
        if self.printer is not None:
            self.printer.close()

    # -- wiring ------------------------------------------------------------------------------

    def _wire(self) -> None:
        w = self.window
        # First: the screens render each step already in the visit's language.
        self.visit.step_changed.connect(self._sync_language)
        self.location.loaded.connect(self._on_location_loaded)
        self.location.failed.connect(self._on_location_failed)
        self.hours.checked.connect(self._on_hours)

        w.welcome.language_chosen.connect(self.visit.choose_language)
        w.service.line_chosen.connect(self.visit.choose_line)
        w.details.completed.connect(self.visit.complete_details)
        w.questions.check_in_requested.connect(self.visit.check_in)
        for screen in (w.service, w.details, w.questions):
            screen.back_requested.connect(self.visit.back)
            screen.start_over_requested.connect(self._start_over)
        w.ticket.done_requested.connect(self._start_over)
        w.message.start_over_requested.connect(self._start_over)
        w.message.retry_requested.connect(self._retry)

        self.visit.step_changed.connect(self._render_step)
        self.visit.step_changed.connect(self._watch_idle)
        self.idle.warning.connect(w.idle_overlay.show_warning)
        self.idle.tick.connect(w.idle_overlay.set_seconds)
        self.idle.resumed.connect(w.idle_overlay.hide_warning)
        self.idle.timed_out.connect(self._on_idle_timeout)
        w.idle_overlay.continue_requested.connect(self.idle.note_activity)
        self.visit.invalid.connect(self._on_invalid)
        self.visit.ready.connect(self._submit)

        if self.wait_info is not None:
            self.wait_info.waiting_count_ready.connect(w.service.set_waiting_count)
        self.checkin.busy_changed.connect(self._on_busy)
        self.checkin.succeeded.connect(self._on_checked_in)
        self.checkin.failed.connect(self._on_check_in_failed)
        self.checkin.queued.connect(self._on_check_in_queued)
        self.checkin.delivered_late.connect(self._on_delivered_late)
        self.delivery.changed.connect(self._on_delivery_changed)

    # -- location ----------------------------------------------------------------------------

    def _on_location_loaded(self, location: Location) -> None:
        s = self.settings
        tailored = tailor(location, s.lines, s.languages, s.default_language)
        if tailored.problems != self._problems:
            self._problems = tailored.problems
            for problem in tailored.problems:
                log.warning("configuration does not fit the location: %s", problem)
        location = tailored.location
        self.visit.set_location(location)
        self._sync_language()
        w = self.window
        if self.visit.step == Step.WELCOME:
            render_welcome(w, location)
            on_message = w.current_screen() is w.message and not self.checkin.busy
            if on_message or w.current_screen() is w.welcome:
                self._show_home()
                if on_message and w.current_screen() is w.welcome:
                    log.info("ready: the welcome screen is shown")
                    self._on_delivery_changed(self.delivery.status)
        elif self.visit.step == Step.SERVICE:
            # The lines changed under a visitor choosing one: show what can be joined now.
            if location.offered_lines:
                w.service.set_lines(self.visit.lines())
            else:
                self._start_over()
        self.hours.watch(location)

    def _show_home(self) -> None:
        """Welcome; or "no service" while the location offers no line a visitor can join."""
        w = self.window
        location = self.visit.location
        if location is None or location.offered_lines:
            w.show_screen(w.welcome)
            return
        if w.current_screen() is not w.message or w.message.kind() is not MessageKind.NO_SERVICE:
            log.warning("no line of the location can be joined: showing 'no service'")
            w.message.show_message(MessageKind.NO_SERVICE)
            w.show_screen(w.message)

    # -- opening hours -----------------------------------------------------------------------

    def is_closed(self) -> bool:
        return self.hours.closed

    def _on_hours(self, state: OpeningState) -> None:
        """Closed outside opening hours (on Welcome only: a visit in progress finishes), and
        Welcome again once open."""
        w = self.window
        location = self.visit.location
        if not state.open:
            if location is not None and self.visit.step == Step.WELCOME and not self.checkin.busy:
                self._show_closed(location, state, self.hours.now())
        elif w.current_screen() is w.message and w.message.kind() is MessageKind.CLOSED:
            self._show_home()

    def _show_closed(self, location: Location, state: OpeningState, now: dt.datetime) -> None:
        zone = location_zone(location)
        opening = state.next_opening.astimezone(zone) if state.next_opening else None
        lines = self.closed_notice.lines(
            [language.code for language in location.languages] or ["en"],
            opening,
            state.reason,
            now.astimezone(zone),
            self.visit.default_region,
        )
        w = self.window
        w.message.show_message(MessageKind.CLOSED, "\n".join(lines))
        w.show_screen(w.message)

    def _on_location_failed(self, kind: str) -> None:
        message = MessageKind.UNAVAILABLE if kind == "auth" else MessageKind.LOAD_FAILED
        self.window.message.show_message(message)
        self.window.show_screen(self.window.message)

    def _sync_language(self, _step: str = "") -> None:
        """Speak the visit's language: the visitor's choice, else the location's default."""
        if self.ui_language is None:
            return
        location = self.visit.location
        offered = [language.code for language in location.languages] if location else None
        self.ui_language.switch(self.visit.language, self.visit.default_region, offered)

    # -- the visitor's path ------------------------------------------------------------------

    def _render_step(self, step: str) -> None:
        w = self.window
        visit = self.visit
        if step == Step.WELCOME:
            if visit.location is not None:
                render_welcome(self.window, visit.location)
            self._show_home()
            if self.hours.closed:
                self.hours.check()
            self._on_delivery_changed(self.delivery.status)  # still nobody can check in?
        elif step == Step.SERVICE:
            lines = visit.lines()
            w.service.set_lines(lines)
            if self.wait_info is not None and self.settings.show_waiting_count:
                for line_id, _name in lines:
                    self.wait_info.waiting_count(line_id)
            w.show_screen(w.service)
        elif step in (Step.DETAILS, Step.QUESTIONS):
            form = visit.form
            assert form is not None
            if form is not self._rendered_form:
                self._rendered_form = form
                example = example_number(visit.default_region)
                w.details.set_form(form, visit.default_region, phone_example=example)
                w.details.set_final(not form.questions)
                w.questions.set_form(form, visit.default_region, phone_example=example)
            w.show_screen(w.details if step == Step.DETAILS else w.questions)
        elif step == Step.TICKET:
            w.show_screen(w.ticket)

    def _on_invalid(self, errors: tuple[object, ...]) -> None:
        screen = self.window.questions if self.visit.step == Step.QUESTIONS else self.window.details
        screen.show_errors(errors)  # type: ignore[arg-type]

    def _submit(self, request: TicketRequest) -> None:
        if not self.checkin.submit(request):
            log.info("ignored a second check-in while one is in flight")

    def _watch_idle(self, step: str) -> None:
        if step in (Step.WELCOME, Step.TICKET):
            self.idle.disarm()
        else:
            self.idle.arm()

    def _on_idle_timeout(self) -> None:
        log.info("idle: the visitor walked away; starting over")
        self._start_over()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.idle.disarm()
        self.window.details.set_busy(busy)
        self.window.questions.set_busy(busy)

    def _on_checked_in(self, result: CheckInResult) -> None:
        answers = self.visit.answers
        form = self.visit.form
        first, last = "", None
        if form is not None:
            for spec in form.details:
                value = answers.get(spec.id)
                if spec.kind == "first_name" and isinstance(value, str):
                    first = value.strip()
                elif spec.kind == "last_name" and isinstance(value, str) and value.strip():
                    last = value.strip()[0].upper()
        self.window.ticket.set_return_after(self.settings.ticket_seconds)
        self.window.ticket.show_ticket(result.public_id, self.visit.line_label(), first, last)
        self.visit.show_ticket()
        line, location = self.visit.line, self.visit.location
        if line is not None and location is not None:
            self.extras.show(
                IssuedTicket(
                    ticket_id=result.ticket_id,
                    public_id=result.public_id,
                    line_id=line.id,
                    line_name=self.visit.line_label(),
                    language=self.visit.language,
                    location_name=location.name,
                    issued_at=dt.datetime.now(dt.UTC),
                    zone=location_zone(location),
                )
            )

    def _on_check_in_failed(self, kind: str) -> None:
        message = {
            CheckInFailure.REJECTED: MessageKind.SEE_FRONT_DESK,
            CheckInFailure.UNAVAILABLE: MessageKind.UNAVAILABLE,
        }[CheckInFailure(kind)]
        self._show_message_for_visitor(message)

    def _on_check_in_queued(self) -> None:
        self._show_message_for_visitor(MessageKind.QUEUED)

    def _on_delivered_late(self, result: CheckInResult) -> None:
        """The number came while "saved, will be sent" is still on screen: show it."""
        w = self.window
        if w.current_screen() is not w.message or w.message.kind() is not MessageKind.QUEUED:
            return
        self._leave_timer.stop()
        self._on_checked_in(result)

    def _show_message_for_visitor(self, message: MessageKind) -> None:
        self.window.message.show_message(message)
        self.window.show_screen(self.window.message)
        # The visitor leaves with the message on screen: it must not wait for the next one.
        self._leave_timer.start(self.settings.ticket_seconds * 1000)

    def _retry(self) -> None:
        if self.location.location is None:
            self.window.message.show_message(MessageKind.LOADING)
            self.location.reload()

    def _on_delivery_changed(self, status: DeliveryStatus) -> None:
        """Welcome turns into "please see the front desk" while nobody can check in."""
        blocked = status.refusing or (self.settings.offline == "refuse" and not status.online)
        if self.visit.step != Step.WELCOME or self.visit.location is None or self.is_closed():
            return
        w = self.window
        if blocked and w.current_screen() is w.welcome:
            log.info("check-in unavailable: %s", _why(status))
            w.message.show_message(MessageKind.UNAVAILABLE)
            w.show_screen(w.message)
        elif (
            not blocked
            and w.current_screen() is w.message
            and w.message.kind() is MessageKind.UNAVAILABLE
        ):
            self._show_home()

    def _start_over(self) -> None:
        self._leave_timer.stop()
        self.checkin.forget()
        self.extras.forget()
        self._rendered_form = None
        self.window.clear_visit()
        self.visit.start_over()


def _why(status: DeliveryStatus) -> str:
    """Why visitors are sent to the desk, for the log (English, no personal data)."""
    if status.unreadable:
        return f"the check-in store cannot be read with this key: {status.unreadable} waiting"
    if status.store_problem is not None:
        return f"the check-in store cannot take check-ins ({status.store_problem})"
    return status.last_error or "Qminder not answering"
