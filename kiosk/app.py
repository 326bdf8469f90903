"""Composition root: the QApplication, the qasync loop, one Qminder client, controllers, screens.

Nothing else creates clients, starts the sandbox or connects screens to controllers.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import signal
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.config import ConfigError, KioskSettings
from kiosk.controllers.checkin import CheckInController, CheckInFailure, CheckInResult
from kiosk.controllers.idle import IdleController
from kiosk.controllers.location import LocationController
from kiosk.controllers.printing import PrintController
from kiosk.controllers.visit import Step, VisitController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.domain.languages import native_name
from kiosk.domain.models import Location
from kiosk.domain.ticket import TicketRequest
from kiosk.log import setup_logging
from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.spec import make_target
from kiosk.printing.targets import PrintTarget
from kiosk.ticket_extras import IssuedTicket, TicketExtras
from kiosk.ui.fonts import register_fonts
from kiosk.ui.input_method import install_keyboard, request_virtual_keyboard
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.theme import apply_theme, load_theme

log = logging.getLogger("kiosk.app")

APP_NAME = "qminder-kiosk"


@dataclass(frozen=True, slots=True)
class Target:
    """Where the kiosk sends its requests."""

    api: ApiConfig
    location_id: str
    demo: bool
    printer: PrintTarget | None = None


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
        ui_language: UiLanguage | None = None,
        wait_info: WaitInfoController | None = None,
        printer: PrintController | None = None,
        idle: IdleController | None = None,
    ) -> None:
        super().__init__()
        self.window = window
        self.settings = settings
        self.ui_language = ui_language
        self.printer = printer
        self.wait_info = wait_info
        self.extras = TicketExtras(window.ticket, settings, wait_info, printer, parent=self)
        self.idle = idle or IdleController(
            settings.idle_timeout, settings.idle_warning, parent=self
        )
        self.visit = VisitController(labels=settings.labels, parent=self)
        self.checkin = CheckInController(client, parent=self)
        self.location = LocationController(
            client,
            location_id,
            cache,
            refresh_ms=int(settings.refresh_minutes * 60_000),
            parent=self,
        )
        self._rendered_form: object | None = None
        self._wire()

    def start(self) -> None:
        self.window.message.show_message(MessageKind.LOADING)
        self.window.show_screen(self.window.message)
        self.location.start()

    async def stop(self) -> None:
        """Stop refreshing; let a check-in in flight finish so its outcome is known."""
        self.location.stop()
        self.extras.forget()
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

    # -- location ----------------------------------------------------------------------------

    def _on_location_loaded(self, location: Location) -> None:
        self.visit.set_location(location)
        self._sync_language()
        if self.visit.step == Step.WELCOME:
            self._render_welcome(location)
            if self.window.current_screen() is self.window.message and not self.checkin.busy:
                self.window.show_screen(self.window.welcome)
                log.info("ready: the welcome screen is shown")

    def _on_location_failed(self, kind: str) -> None:
        message = MessageKind.UNAVAILABLE if kind == "auth" else MessageKind.LOAD_FAILED
        self.window.message.show_message(message)
        self.window.show_screen(self.window.message)

    def _render_welcome(self, location: Location) -> None:
        self.window.set_location_name(location.name)
        self.window.welcome.set_languages(
            [(language.code, native_name(language)) for language in location.languages]
        )

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
                self._render_welcome(visit.location)
            w.show_screen(w.welcome)
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
                w.details.set_form(form, visit.default_region)
                w.details.set_final(not form.questions)
                w.questions.set_form(form, visit.default_region)
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
                )
            )

    def _on_check_in_failed(self, kind: str) -> None:
        message = {
            CheckInFailure.REJECTED: MessageKind.SEE_FRONT_DESK,
            CheckInFailure.UNAVAILABLE: MessageKind.UNAVAILABLE,
            CheckInFailure.NETWORK: MessageKind.NETWORK_FAILED,
        }[CheckInFailure(kind)]
        self.window.message.show_message(message)
        self.window.show_screen(self.window.message)
        self.idle.arm()

    def _retry(self) -> None:
        if self.checkin.can_retry:
            self.window.message.show_message(MessageKind.LOADING)
            self.checkin.retry()
        elif self.location.location is None:
            self.window.message.show_message(MessageKind.LOADING)
            self.location.reload()

    def _start_over(self) -> None:
        self.checkin.forget()
        self.extras.forget()
        self._rendered_form = None
        self.window.clear_visit()
        self.visit.start_over()


# -- start-up ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Qminder self-service check-in kiosk."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="run against the built-in Qminder sandbox"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--windowed", action="store_true", help="a 1280x800 window (development)")
    mode.add_argument(
        "--fullscreen", action="store_true", help="full screen (the default outside demo mode)"
    )
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument(
        "--smoke-test",
        nargs="?",
        const="start",
        choices=("start", "keyboard"),
        help="check this installation (demo mode, off screen) and exit; 'keyboard' also types"
        " on the on-screen keyboard (needs a display, e.g. Xvfb)",
    )
    return parser.parse_args(argv)


def _target(settings: KioskSettings, stack: ExitStack) -> Target:
    printer = make_target(settings.printer, settings.paper_mm)
    if settings.is_demo:
        from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer

        server = stack.enter_context(SandboxServer(port=0))
        log.info("demo mode: the built-in Qminder sandbox runs at %s", server.url)
        return Target(
            api=ApiConfig(base_url=server.url, api_key=DEMO_API_KEY),
            location_id=DEMO_LOCATION_ID,
            demo=True,
            printer=printer,
        )
    assert settings.api_key is not None
    assert settings.location_id is not None
    return Target(
        api=ApiConfig(base_url=settings.base_url, api_key=settings.api_key.get_secret_value()),
        location_id=settings.location_id,
        demo=False,
        printer=printer,
    )


class StopRequests(QObject):
    """Turns every way of asking the kiosk to stop into one asyncio event.

    SIGINT/SIGTERM (Ctrl+C, a service manager) and closing the window set `stopping`; the main
    coroutine then shuts down while Qt's loop still runs, so the HTTP client closes cleanly.
    Python runs signal handlers only between bytecodes: a timer gives it the chance while Qt
    waits for events.
    """

    def __init__(self) -> None:
        super().__init__()
        self.stopping = asyncio.Event()
        self._poll = QTimer(self)
        self._poll.setObjectName("signal-poll")
        self._poll.timeout.connect(lambda: None)

    def install(self, window: QObject) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)
        self._poll.start(250)
        window.installEventFilter(self)

    def uninstall(self) -> None:
        self._poll.stop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stopping.set()
        return False

    def _on_signal(self, signum: int, _frame: object) -> None:
        log.info("stopping on signal %s", signal.Signals(signum).name)
        self.stopping.set()


async def run_kiosk(
    app: QApplication, settings: KioskSettings, target: Target, fullscreen: bool
) -> None:
    """Run until asked to stop; leaving closes the HTTP client."""
    stop = StopRequests()
    app.aboutToQuit.connect(stop.stopping.set)
    cache = LocationCache(Path(platformdirs.user_cache_dir(APP_NAME)))
    async with QminderClient(target.api) as client:
        window = KioskWindow()
        window.set_demo(target.demo)
        language = UiLanguage(parent=window)
        install_keyboard(window, language)
        printer = None
        if target.printer is not None:
            printer = PrintController(target.printer)
            printer.start()
        kiosk = Kiosk(
            window,
            client,
            settings,
            target.location_id,
            cache,
            ui_language=language,
            wait_info=WaitInfoController(client),
            printer=printer,
        )
        stop.install(window)
        window.set_fullscreen(fullscreen)
        kiosk.start()
        try:
            await stop.stopping.wait()
            await kiosk.stop()
        finally:
            stop.uninstall()
            window.removeEventFilter(stop)
            window.hide()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from kiosk.smoke import run_smoke_test

        return run_smoke_test(args.smoke_test, debug=args.debug)
    setup_logging(logging.DEBUG if args.debug else logging.INFO)
    try:
        settings = KioskSettings()
        if args.demo:
            settings = settings.model_copy(update={"demo": True})
        settings.check()
    except (ConfigError, ValueError) as exc:
        sys.stderr.write(f"kiosk: configuration error: {exc}\n")
        return 2

    request_virtual_keyboard(settings.keyboard)  # Qt reads it once, when it starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    register_fonts()
    apply_theme(app, load_theme("default"))
    app.setQuitOnLastWindowClosed(False)
    with ExitStack() as stack:
        try:
            target = _target(settings, stack)
        except BadPrinterSpec as exc:
            sys.stderr.write(f"kiosk: configuration error: KIOSK_PRINTER: {exc}\n")
            return 2
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            fullscreen = args.fullscreen or (not args.windowed and not target.demo)
            runner.run(run_kiosk(app, settings, target, fullscreen=fullscreen))
    log.info("stopped")
    return 0
