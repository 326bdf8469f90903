"""The real kiosk in this process, on a qasync loop, driven the way a visitor drives it.

The same parts as ``kiosk.shell.run.run_kiosk`` (window, wiring, controllers, the one client, a real
outbox on disk and its sender, the UI language), without the on-screen keyboard, against a
sandbox URL (`bench.sandbox_process`). Taps are real mouse events (`QTest.mouseClick`);
"painted" means the screen and every widget in it have been painted (`Paints`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.config import KioskSettings
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.delivery import Backoff, Cipher, DeliveryPolicy, Outbox, Sender
from kiosk.sandbox.seed import (
    DEMO_API_KEY,
    DEMO_LOCATION_ID,
    FIELD_CONTACT,
    FIELD_FIRST_NAME,
    FIELD_PHONE,
    LINE_GENERAL,
)
from kiosk.shell.gui_gc import GuiThreadCollector
from kiosk.shell.wiring import Kiosk
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import apply_theme, load_theme
from kiosk.ui.widgets.field_base import FieldWidget

T = TypeVar("T")
LEFT = Qt.MouseButton.LeftButton
STEP_TIMEOUT_S = 30.0


def make_app() -> QApplication:
    """The QApplication as the kiosk sets it up (fonts, theme), off screen unless chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The kiosk's warnings (Qminder down, on purpose) would drown the figures.
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(["bench"])
    assert isinstance(app, QApplication)
    register_fonts()
    apply_theme(app, load_theme("default"))
    app.setQuitOnLastWindowClosed(False)
    return app


def run(app: QApplication, main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run `main()` on a qasync loop over `app`, as the kiosk does."""
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(main())


async def wait_until(
    condition: Callable[[], bool], what: str, limit: float = STEP_TIMEOUT_S
) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.002)


class Paints(QObject):
    """Tells when a screen has been painted: its own paint and its children's, one pass."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._screens: tuple[QWidget, ...] = ()
        self._painted: QWidget | None = None
        self._done: asyncio.Future[tuple[float, QWidget]] | None = None
        self._last = 0.0
        app.installEventFilter(self)

    def expect(self, *screens: QWidget) -> asyncio.Future[tuple[float, QWidget]]:
        """A future set to the `perf_counter()` time at which one of `screens` is next fully
        painted, and that screen."""
        self._screens = screens
        self._painted = None
        self._last = 0.0
        self._done = asyncio.get_running_loop().create_future()
        return self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._screens and isinstance(watched, QWidget):
            screen = self._painted or next(
                (s for s in self._screens if watched is s or s.isAncestorOf(watched)), None
            )
            if screen is not None and (watched is screen or screen.isAncestorOf(watched)):
                if self._painted is None:
                    # One repaint pass paints the screen and then its children, all within
                    # this event's processing: the pass is over when the loop next runs a timer.
                    self._painted = screen
                    QTimer.singleShot(0, self._finish)
                self._last = time.perf_counter()
        return False

    def _finish(self) -> None:
        if self._done is not None and not self._done.done() and self._painted is not None:
            self._done.set_result((self._last, self._painted))
        self._screens = ()

    def remove(self) -> None:
        self._app.removeEventFilter(self)


class Heartbeat(QObject):
    """A 10 ms timer whose ticks show how long the event loop was kept from running."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> list[float]:
        """Stop; the gaps between ticks in milliseconds."""
        self._timer.stop()
        self.ticks.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


@asynccontextmanager
async def running_kiosk(url: str, folder: Path, **settings_changes: Any) -> AsyncIterator[Kiosk]:
    """The kiosk on `url`, shown at 1280x800, on the Welcome screen; closed afterwards."""
    settings = KioskSettings(
        demo=True, keyboard=False, printer=None, ticket_seconds=300, **settings_changes
    )
    async with QminderClient(ApiConfig(base_url=url, api_key=DEMO_API_KEY)) as client:
        outbox = Outbox.open(folder / "outbox.sqlite3", Cipher([Cipher.generate_key()]))
        monitor = DeliveryMonitor()
        policy = DeliveryPolicy(
            max_age=dt.timedelta(minutes=settings.max_age_minutes),
            backoff=Backoff(base=0.2, cap=1.0, slow_interval=1.0),
        )
        sender = Sender(outbox, client, policy, on_change=monitor.refresh)
        monitor.attach(sender.status)
        sending = asyncio.ensure_future(sender.run())
        window = KioskWindow()
        kiosk = Kiosk(
            window,
            client,
            settings,
            DEMO_LOCATION_ID,
            LocationCache(folder),
            sender=sender,
            delivery=monitor,
            ui_language=UiLanguage(parent=window),
            wait_info=WaitInfoController(client),
        )
        collector = GuiThreadCollector(quiet=kiosk.is_quiet, parent=window)
        collector.start()
        window.resize(1280, 800)
        window.show()
        kiosk.start()
        try:
            await wait_until(lambda: window.current_screen() is window.welcome, "Welcome")
            yield kiosk
        finally:
            kiosk.halt()
            await kiosk.checkin.wait()
            collector.stop()
            sender.stop()
            sending.cancel()
            await sender.aclose()
            outbox.close()
            window.close()
            window.deleteLater()
            await asyncio.sleep(0)


def tap(widget: QWidget) -> float:
    """A real click; returns the `perf_counter()` time just before it."""
    started = time.perf_counter()
    QTest.mouseClick(widget, LEFT)
    return started


def type_into(field: FieldWidget | None, text: str) -> None:
    assert field is not None
    edit = next(w for w in field.inputs() if isinstance(w, QLineEdit))
    edit.setText(text)


class Visitor:
    """Walks one visit: language, service, details, the questions, Check in, Done."""

    def __init__(self, kiosk: Kiosk, paints: Paints) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.paints = paints

    async def step(self, widget: QWidget, screen: QWidget) -> float:
        """Tap `widget`; milliseconds until `screen` is painted."""
        painted = self.paints.expect(screen)
        started = tap(widget)
        done, _screen = await asyncio.wait_for(painted, STEP_TIMEOUT_S)
        return (done - started) * 1000

    async def to_check_in(self, first_name: str = "Ada", language: str = "en") -> dict[str, float]:
        """From Welcome to the last questions page, filled in; the time of each transition."""
        w = self.window
        times: dict[str, float] = {}
        times["Welcome → Service"] = await self.step(w.welcome.buttons[language], w.service)
        times["Service → Details"] = await self.step(w.service.buttons[LINE_GENERAL], w.details)
        type_into(w.details.field_widget(FIELD_FIRST_NAME), first_name)
        type_into(w.details.field_widget(FIELD_PHONE), "+372 5123 4567")
        times["Details → Questions"] = await self.step(w.details.primary_button, w.questions)
        contact = w.questions.field_widget(FIELD_CONTACT)
        assert contact is not None
        option = next(b for b in contact.inputs() if isinstance(b, QAbstractButton))
        QTest.mouseClick(option, LEFT)
        while not w.questions.is_last_page():
            QTest.mouseClick(w.questions.primary_button, LEFT)
        return times

    async def check_in(self) -> tuple[float, QWidget]:
        """Tap Check in; milliseconds until the outcome screen is painted, and that screen."""
        w = self.window
        painted = self.paints.expect(w.ticket, w.message)
        started = tap(w.questions.primary_button)
        # The outcome is the number, or a message (saved for later, see the front desk).
        done, screen = await asyncio.wait_for(painted, STEP_TIMEOUT_S)
        return (done - started) * 1000, screen

    async def done(self) -> float:
        """Tap Done (or Start over on a message); milliseconds until Welcome is painted."""
        w = self.window
        if w.current_screen() is w.ticket:
            return await self.step(w.ticket.done_button, w.welcome)
        return await self.step(w.message.start_over_button, w.welcome)
