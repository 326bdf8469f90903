"""The visitor's path on screen: each step of the visit rendered, the location's changes taken
in, the idle watch, the visit's language, and errors shown under their fields.

The visit controller decides which step comes next; this connector only renders it and
passes the screens' intents back. The Ticket step is the ticket connector's
(`kiosk.shell.ticket_flow`); what shows between visits is the mode view's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kiosk.controllers.checkin import CheckInController
from kiosk.controllers.hours import HoursController
from kiosk.controllers.visit import Step
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.domain.form import FormSpec
from kiosk.domain.models import Location
from kiosk.domain.offer import tailor
from kiosk.domain.phone import example_number
from kiosk.shell.connector import Connector, Hall
from kiosk.shell.first_window import render_welcome
from kiosk.shell.mode_view import ModeView
from kiosk.ui.language import UiLanguage

log = logging.getLogger("kiosk.shell.visit")


class VisitFlow(Connector):
    """Connects the visit's screens to the visit controller for one running kiosk.

    Signals:
        ended(): the visit is over (Done, Start over, the idle timeout), before anything of
            it is cleared.
    """

    ended = Signal()

    def __init__(
        self,
        hall: Hall,
        checkin: CheckInController,
        hours: HoursController,
        mode: ModeView,
        *,
        ui_language: UiLanguage | None = None,
        wait_info: WaitInfoController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(hall, parent)
        self._checkin = checkin
        self._hours = hours
        self._mode = mode
        self._ui_language = ui_language
        self._wait_info = wait_info
        self._rendered_form: FormSpec | None = None
        self._problems: tuple[str, ...] = ()
        self._wire()

    def _wire(self) -> None:
        w, visit = self.window, self.visit
        # First: the screens render each step already in the visit's language.
        visit.step_changed.connect(self._sync_language)
        visit.step_changed.connect(self._render_step)
        visit.step_changed.connect(self._watch_idle)
        w.welcome.language_chosen.connect(visit.choose_language)
        w.service.line_chosen.connect(visit.choose_line)
        w.details.completed.connect(visit.complete_details)
        w.questions.check_in_requested.connect(visit.check_in)
        for screen in (w.service, w.details, w.questions):
            screen.back_requested.connect(visit.back)
            screen.start_over_requested.connect(self.start_over)
        visit.invalid.connect(self._on_invalid)
        visit.ready.connect(self._checkin.submit)
        self._idle.warning.connect(w.idle_overlay.show_warning)
        self._idle.tick.connect(w.idle_overlay.set_seconds)
        self._idle.resumed.connect(w.idle_overlay.hide_warning)
        self._idle.timed_out.connect(self._on_idle_timeout)
        w.idle_overlay.continue_requested.connect(self._idle.note_activity)
        self._checkin.busy_changed.connect(self._on_busy)
        if self._wait_info is not None:
            self._wait_info.waiting_count_ready.connect(w.service.set_waiting_count)

    # -- the location ------------------------------------------------------------------------

    def location_loaded(self, location: Location) -> None:
        """Take the location's (new) configuration in, as far as the kiosk's choices allow."""
        s = self._settings
        tailored = tailor(location, s.lines, s.languages, s.default_language)
        if tailored.problems != self._problems:
            self._problems = tailored.problems
            for problem in tailored.problems:
                log.warning("configuration does not fit the location: %s", problem)
        location = tailored.location
        self.visit.set_location(location)
        self._sync_language()
        if self.visit.step == Step.WELCOME:
            render_welcome(self.window, location)
        elif self.visit.step == Step.SERVICE:
            # The lines changed under a visitor choosing one: show what can be joined now.
            if location.offered_lines:
                self.window.service.set_lines(self.visit.lines())
            else:
                self.start_over()
        self._hours.watch(location)
        self._mode.location_loaded(location)

    # -- the visit ---------------------------------------------------------------------------

    def start_over(self) -> None:
        """Forget the visitor: every screen emptied, Welcome (or the mode) in the default
        language."""
        self.ended.emit()
        self._rendered_form = None
        self.window.clear_visit()
        self.visit.start_over()

    def _sync_language(self, _step: Step | None = None) -> None:
        """Speak the visit's language: the visitor's choice, else the location's default."""
        if self._ui_language is None:
            return
        location = self.visit.location
        offered = [language.code for language in location.languages] if location else None
        self._ui_language.switch(self.visit.language, self.visit.default_region, offered)

    def _render_step(self, step: Step) -> None:
        w, visit = self.window, self.visit
        if step == Step.WELCOME:
            if visit.location is not None:
                render_welcome(w, visit.location)
            self._mode.render()
            if self._hours.closed:
                self._hours.check()
        elif step == Step.SERVICE:
            lines = visit.lines()
            w.service.set_lines(lines)
            if self._wait_info is not None and self._settings.show_waiting_count:
                for line_id, _name in lines:
                    self._wait_info.waiting_count(line_id)
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

    def _on_invalid(self, errors: tuple[object, ...]) -> None:
        screen = self.window.questions if self.visit.step == Step.QUESTIONS else self.window.details
        screen.show_errors(errors)  # type: ignore[arg-type]

    def _watch_idle(self, step: Step) -> None:
        if step in (Step.WELCOME, Step.TICKET):
            self._idle.disarm()
        else:
            self._idle.arm()

    def _on_idle_timeout(self) -> None:
        log.info("idle: the visitor walked away; starting over")
        self.start_over()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._idle.disarm()
        self.window.details.set_busy(busy)
        self.window.questions.set_busy(busy)
        if not busy:
            self._mode.render()  # shown only if the visit is back at Welcome by now
