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
from collections.abc import AsyncIterator, Sequence
from contextlib import ExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.config import ConfigError, KioskSettings
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.printing import PrintController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.delivery import (
    Cipher,
    KeyUnavailable,
    LockedError,
    Outbox,
    OutboxError,
    Sender,
    default_key_file,
    default_outbox_path,
)
from kiosk.gui_gc import GuiThreadCollector
from kiosk.log import setup_logging
from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.spec import make_target
from kiosk.printing.targets import PrintTarget
from kiosk.resources import resource_path
from kiosk.ui.branding import theme_for
from kiosk.ui.fonts import register_fonts
from kiosk.ui.input_method import install_keyboard, request_virtual_keyboard
from kiosk.ui.language import UiLanguage
from kiosk.ui.location_look import apply_location_look
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import apply_theme
from kiosk.wiring import Kiosk

log = logging.getLogger("kiosk.app")

APP_NAME = "qminder-kiosk"


@dataclass(frozen=True, slots=True)
class Target:
    """Where the kiosk sends its requests."""

    api: ApiConfig
    location_id: str
    demo: bool
    printer: PrintTarget | None = None


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


@asynccontextmanager
async def running_delivery(
    client: QminderClient, settings: KioskSettings, demo: bool
) -> AsyncIterator[tuple[Sender, DeliveryMonitor]]:
    """The outbox on disk and its sender task, for as long as the kiosk runs.

    The demo keeps its own outbox, so trying the demo never touches a real kiosk's queue.
    """
    path = default_outbox_path()
    if demo:
        path = path.with_name("outbox-demo.sqlite3")
    outbox = Outbox.open(path, Cipher.load(default_key_file()))
    monitor = DeliveryMonitor()
    sender = Sender(
        outbox,
        client,
        max_age=dt.timedelta(minutes=settings.max_age_minutes),
        on_change=monitor.refresh,
    )
    monitor.attach(sender.status)
    task = asyncio.ensure_future(sender.run())
    try:
        yield sender, monitor
    finally:
        sender.stop()
        task.cancel()
        await sender.aclose()
        outbox.close()


async def run_kiosk(
    app: QApplication, settings: KioskSettings, target: Target, fullscreen: bool
) -> None:
    """Run until asked to stop; leaving closes the HTTP client."""
    stop = StopRequests()
    app.aboutToQuit.connect(stop.stopping.set)
    cache = LocationCache(Path(platformdirs.user_cache_dir(APP_NAME)))
    async with (
        QminderClient(target.api) as client,
        running_delivery(client, settings, target.demo) as (sender, delivery),
    ):
        window = KioskWindow()
        window.set_demo(target.demo)
        apply_location_look(
            window,
            theme=settings.theme,
            primary_color=settings.primary_color,
            logo=settings.logo,
            welcome_text=settings.welcome_text,
        )
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
            sender=sender,
            delivery=delivery,
            ui_language=language,
            wait_info=WaitInfoController(client),
            printer=printer,
        )
        stop.install(window)
        collector = GuiThreadCollector(quiet=kiosk.is_quiet, parent=window)
        collector.start()
        window.set_fullscreen(fullscreen)
        kiosk.start()
        try:
            await stop.stopping.wait()
            await kiosk.stop()
        finally:
            collector.stop()
            stop.uninstall()
            window.removeEventFilter(stop)
            window.hide()
            window.deleteLater()  # with the kiosk's controllers, in this (the GUI) thread
            await asyncio.sleep(0)


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
    app.setWindowIcon(QIcon(str(resource_path("icons", "kiosk.png"))))
    register_fonts()
    apply_theme(app, theme_for(settings.theme, settings.primary_color))
    app.setQuitOnLastWindowClosed(False)
    with ExitStack() as stack:
        try:
            target = _target(settings, stack)
        except BadPrinterSpec as exc:
            sys.stderr.write(f"kiosk: configuration error: KIOSK_PRINTER: {exc}\n")
            return 2
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            fullscreen = args.fullscreen or (not args.windowed and not target.demo)
            try:
                runner.run(run_kiosk(app, settings, target, fullscreen=fullscreen))
            except LockedError:
                sys.stderr.write("kiosk: another kiosk is already running on this computer\n")
                return 2
            except (OutboxError, KeyUnavailable) as exc:
                sys.stderr.write(f"kiosk: the check-in outbox cannot be opened: {exc}\n")
                return 2
    log.info("stopped")
    return 0
