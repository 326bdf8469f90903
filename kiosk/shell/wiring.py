"""One running kiosk: its controllers, and the connectors that tie them to the screens.

Built by `kiosk.shell.run` (which owns the QApplication, the event loop, the one Qminder client
and the outbox). Each part of the visit has its connector: what shows between visits
(`mode_view`), the visitor's path (`visit_flow`), the end of a visit (`ticket_flow`), audio
guidance (`speech_flow`, when there is a voice); the staff side is `kiosk.shell.staff`.
Nothing else connects screens to controllers.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.controllers.appointments import AppointmentController, AppointmentSender
from kiosk.controllers.checkin import CheckInController, CheckInSender
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.hours import HoursController, utc_now
from kiosk.controllers.idle import IdleController
from kiosk.controllers.location import LocationController
from kiosk.controllers.mode import ModeController
from kiosk.controllers.printing import PrintController
from kiosk.controllers.visit import Step, VisitController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.domain.checkin_window import WindowRule
from kiosk.shell.appointment_flow import AppointmentFlow
from kiosk.shell.connector import Hall
from kiosk.shell.mode_view import ModeView
from kiosk.shell.notices import VisitNotices
from kiosk.shell.speech_flow import SpeechFlow
from kiosk.shell.ticket import TicketExtras
from kiosk.shell.ticket_flow import TicketFlow
from kiosk.shell.visit_flow import VisitFlow
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow

log = logging.getLogger("kiosk.shell.wiring")


class KioskSender(CheckInSender, AppointmentSender, Protocol):
    """The durable outbox's sender (`kiosk.delivery.Sender`), for walk-ins and appointments."""


class Kiosk(QObject):
    """The controllers of one running kiosk and the connectors between them and the screens."""

    def __init__(
        self,
        window: KioskWindow,
        client: QminderClient,
        settings: KioskSettings,
        location_id: str,
        cache: LocationCache | None,
        *,
        sender: KioskSender,
        delivery: DeliveryMonitor | None = None,
        ui_language: UiLanguage | None = None,
        wait_info: WaitInfoController | None = None,
        printer: PrintController | None = None,
        idle: IdleController | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        speech: SpeechEngine | None = None,
        watch_outputs: bool = True,
    ) -> None:
        # A child of the window: the kiosk and every controller with a timer are deleted with
        # the window, in the GUI thread. (A parentless QObject freed by Python's cyclic garbage
        # collector may be freed in another thread, where Qt cannot stop its timers.)
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.printer = printer
        self.wait_info = wait_info
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
        self.location = LocationController(
            client,
            location_id,
            cache,
            refresh_ms=int(settings.refresh_minutes * 60_000),
            parent=self,
        )
        self.hours = HoursController(clock, parent=self)
        self.mode = ModeController(parent=self)
        self.hall = hall = Hall(window, self.visit, self.idle, settings)
        self.mode_view = ModeView(hall, self.mode, self.checkin, self.hours, parent=self)
        self.visit_flow = VisitFlow(
            hall,
            self.checkin,
            self.hours,
            self.mode_view,
            ui_language=ui_language,
            wait_info=wait_info,
            parent=self,
        )
        self.extras = TicketExtras(window.ticket, settings, wait_info, printer, parent=self)
        self.ticket_flow = TicketFlow(hall, self.checkin, self.extras, parent=self)
        self.appointments = AppointmentController(
            client,
            sender,
            location_id,
            rule=WindowRule(
                early_minutes=settings.appointment_early_minutes,
                late_minutes=settings.appointment_late_minutes,
                allow_early=settings.appointment_allow_early,
                allow_late=settings.appointment_allow_late,
            ),
            clock=clock,
            wait_seconds=settings.wait_seconds,
            offline=settings.offline,
            parent=self,
        )
        self.appointment_flow = AppointmentFlow(
            hall, self.appointments, self.visit_flow, self.ticket_flow, parent=self
        )
        self.notices = VisitNotices(hall, parent=self)
        self.speech: SpeechFlow | None = None
        if speech is not None:
            if speech.parent() is None:
                speech.setParent(self)
            self.speech = SpeechFlow(hall, speech, outputs=watch_outputs, parent=self)
            self.visit_flow.ended.connect(self.speech.end_visit)
        self._wire()

    def _wire(self) -> None:
        self.location.loaded.connect(self.visit_flow.location_loaded)
        self.location.loaded.connect(self.appointment_flow.location_loaded)
        self.location.loaded.connect(self.notices.location_loaded)
        self.location.failed.connect(self.mode_view.location_failed)
        self.hours.checked.connect(self.mode_view.hours_checked)
        self.delivery.changed.connect(self.mode_view.delivery_changed)
        self.ticket_flow.done.connect(self.visit_flow.start_over)
        self.window.message.retry_requested.connect(self._retry)

    def start(self) -> None:
        """Call once the window is shown (its native window exists)."""
        if self.speech is not None:
            self.speech.start()  # before the idle watch, which must see every key first
        self.idle.watch(self.window.windowHandle() or self.window)
        self.mode_view.delivery_changed(self.delivery.status)
        self.mode_view.render()
        self.location.start()

    def is_quiet(self) -> bool:
        """Nobody is using the kiosk: the Welcome screen, nothing in flight."""
        return (
            self.visit.step == Step.WELCOME and not self.checkin.busy and not self.appointments.busy
        )

    def is_closed(self) -> bool:
        return self.hours.closed

    def halt(self) -> None:
        """Stop every timer and background fetch (the check-in in flight goes on)."""
        self.location.stop()
        if self.speech is not None:
            self.speech.remove()
            self.speech.engine.stop()
        self.idle.disarm()
        self.hours.stop()
        self.ticket_flow.forget()
        self.appointments.forget()

    async def stop(self) -> None:
        """Halt; let a check-in in flight finish so its outcome is known."""
        self.halt()
        await self.checkin.wait()
        if self.printer is not None:
            self.printer.close()

    def _retry(self) -> None:
        if self.location.location is None:
            self.mode_view.location_retrying()
            self.location.reload()
