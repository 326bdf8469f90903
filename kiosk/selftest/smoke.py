"""``kiosk --smoke-test``: does this installation start, speak its languages and type?

Runs the real kiosk (`kiosk.shell.run.run_kiosk`) in demo mode against the built-in sandbox, off
screen unless a platform is chosen, and checks what a packaged build most often loses:

* the Welcome screen gets painted (the time from process start to that paint is printed);
* every shipped translation catalogue (``resources/i18n/kiosk_<lang>.qm``) is there and loads,
  and Qt's own catalogue loads for at least one of those languages;
* Qt Virtual Keyboard loads: its input-context plugin, its QML module, and the kiosk's
  keyboard panel;
* the ticket printer's libraries (Pillow, segno, python-escpos with its printer profiles) load;
* audio guidance's parts load: QtTextToSpeech with an engine plugin, QMediaDevices.

The check-in outbox and its key go to a scratch folder (`isolate_user_data`), so the test
leaves nothing behind.

``--smoke-test keyboard`` also walks to the details form, taps a text field and a key on the
on-screen keyboard, and checks the letter arrives. That needs a real platform (``xcb`` under
Xvfb on Linux): the panel does not open off screen.

One line goes to stdout: ``kiosk smoke test: OK key=value ...``; on failure a
``kiosk smoke test: FAILED`` line lists every problem on stderr and the exit status is 1.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress
from pathlib import Path

import qasync
from PySide6.QtCore import (
    QPointF,
    Qt,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk import __version__
from kiosk.api.config import ApiConfig
from kiosk.config import KioskSettings
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.selftest.checks import (
    SmokeReport,
    check_keyboard_plugin,
    check_printing,
    check_speech,
    check_translations,
    isolate_user_data,
)
from kiosk.selftest.startup_trace import PaintWatch, process_started_at
from kiosk.shell.logs import setup_logging
from kiosk.shell.run import APP_NAME, Target, run_kiosk
from kiosk.ui.fonts import register_fonts
from kiosk.ui.input_method import request_virtual_keyboard
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import apply_theme, load_theme

log = logging.getLogger("kiosk.selftest.smoke")

START_TIMEOUT_S = 60.0
"""How long the Welcome screen may take to appear (a cold start on a slow disk is ~3 s)."""

STEP_TIMEOUT_S = 15.0
"""How long each step of the keyboard walk may take."""

KEY_TO_TYPE = "q"
"""A key every Latin layout has in the same place; the walk chooses English."""


async def wait_until(condition: Callable[[], bool], limit_s: float, what: str) -> None:
    """Poll `condition` while the Qt loop runs; TimeoutError names `what`."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def run_smoke_test(mode: str = "start", debug: bool = False) -> int:
    """The ``--smoke-test`` command: returns the exit status (0 when everything works)."""
    started_at, clock = process_started_at()
    if mode != "keyboard":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging(logging.DEBUG if debug else logging.WARNING)
    report = SmokeReport()
    report.facts["version"] = __version__
    report.facts["frozen"] = "yes" if getattr(sys, "frozen", False) else "no"
    with tempfile.TemporaryDirectory(prefix="kiosk-smoke-") as scratch:
        report.facts["data"] = "scratch" if isolate_user_data(Path(scratch)) else "user"
        try:
            _run(report, mode, started_at)
        except Exception as exc:  # the report must say what broke, whatever it was
            log.debug("smoke test crashed", exc_info=True)
            report.fail(f"{type(exc).__name__}: {exc}")
    report.facts["clock"] = clock
    # A Windows GUI executable has no console streams at all: the exit status still tells.
    stream = sys.stdout if report.ok else sys.stderr
    if stream is not None:
        stream.write(report.line() + "\n")
        stream.flush()
    return 0 if report.ok else 1


def _run(report: SmokeReport, mode: str, started_at: float) -> None:
    # The same start as `kiosk.cli.run_kiosk_command`, with the keyboard on and no printer.
    settings = KioskSettings(demo=True, keyboard=True, printer=None)
    request_virtual_keyboard(True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    register_fonts()
    apply_theme(app, load_theme("default"))
    app.setQuitOnLastWindowClosed(False)
    report.facts["qt"] = qVersion()
    report.facts["platform"] = app.platformName()

    with ExitStack() as stack:
        server = stack.enter_context(SandboxServer(port=0))
        target = Target(
            api=ApiConfig(base_url=server.url, api_key=DEMO_API_KEY),
            location_id=DEMO_LOCATION_ID,
            demo=True,
        )
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            runner.run(_drive(app, settings, target, report, mode, started_at))


async def _drive(
    app: QApplication,
    settings: KioskSettings,
    target: Target,
    report: SmokeReport,
    mode: str,
    started_at: float,
) -> None:
    painted = FirstPaint(app)
    kiosk = asyncio.ensure_future(run_kiosk(app, settings, target, fullscreen=False))
    window: KioskWindow | None = None
    try:
        await asyncio.wait_for(painted.event.wait(), START_TIMEOUT_S)
        report.facts["welcome_ms"] = str(round((painted.at - started_at) * 1000))
        window = next(w for w in app.topLevelWidgets() if isinstance(w, KioskWindow))
        # After the timing: these load what the kiosk itself loads later or never.
        check_translations(report)
        check_keyboard_plugin(report)
        check_printing(report)
        check_speech(report)
        keyboard = window.keyboard_inset.keyboard()
        if keyboard is None or not keyboard.is_ready():
            report.fail(
                "the kiosk window has no on-screen keyboard: its QML did not load"
                " (the warning above from kiosk.ui names the missing piece)"
            )
        elif mode == "keyboard":
            report.facts["keyboard"] = await _type_on_keyboard(window, report)
        else:
            report.facts["keyboard"] = "loaded"
    except TimeoutError as exc:
        report.fail(f"timed out waiting for {exc or 'the Welcome screen to be painted'}")
    finally:
        painted.remove()
        if window is not None:
            window.close()  # run_kiosk stops on the window's Close event
        else:
            kiosk.cancel()
        with suppress(asyncio.CancelledError):
            await asyncio.wait_for(kiosk, STEP_TIMEOUT_S)


class FirstPaint:
    """Notes the first paint of the Welcome screen, as an asyncio event."""

    def __init__(self, app: QApplication) -> None:
        self.event = asyncio.Event()
        self._watch = PaintWatch(app, lambda _at: self.event.set())

    @property
    def at(self) -> float:
        """Epoch seconds of the paint (0 before it)."""
        return self._watch.at

    def remove(self) -> None:
        self._watch.remove()


async def _type_on_keyboard(window: KioskWindow, report: SmokeReport) -> str:
    """Tap through to a text field, tap it, tap a key; returns what was seen."""
    keyboard = window.keyboard_inset.keyboard()
    assert keyboard is not None
    # A bare X server has no window manager to hand out the focus.
    window.raise_()
    window.activateWindow()
    await wait_until(window.isActiveWindow, STEP_TIMEOUT_S, "the kiosk window to be active")

    language = "en" if "en" in window.welcome.buttons else next(iter(window.welcome.buttons))
    QTest.mouseClick(window.welcome.buttons[language], Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: window.current_screen() in (window.service, window.details),
        STEP_TIMEOUT_S,
        "the Service screen",
    )
    if window.current_screen() is window.service:
        QTest.mouseClick(next(iter(window.service.buttons.values())), Qt.MouseButton.LeftButton)
        await wait_until(
            lambda: window.current_screen() is window.details, STEP_TIMEOUT_S, "the details form"
        )
    edits = [
        widget
        for field_widget in window.details.field_widgets()
        for widget in field_widget.inputs()
        if isinstance(widget, QLineEdit) and widget.isVisible()
    ]
    if not edits:
        report.fail("the details form has no text field to tap")
        return "no-field"
    edit = edits[0]
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton)
    method = QGuiApplication.inputMethod()
    try:
        await wait_until(
            lambda: method.isVisible() and keyboard.isVisible() and keyboard.height() > 0,
            STEP_TIMEOUT_S,
            "the on-screen keyboard to open on a tapped field",
        )
    except TimeoutError as exc:
        focused = type(QApplication.focusWidget()).__name__
        root = keyboard.rootObject()
        wanted = root.property("panelHeight") if root is not None else None
        raise TimeoutError(
            f"{exc} (focus on {focused}, input method visible={method.isVisible()},"
            f" panel visible={keyboard.isVisible()}, panel height={keyboard.height()},"
            f" panel wants {wanted})"
        ) from None
    report.facts["keyboard_px"] = f"{keyboard.width()}x{keyboard.height()}"

    def key_item() -> QQuickItem | None:
        root = keyboard.rootObject()
        if root is None:
            return None
        for item in root.findChildren(QQuickItem):
            if (
                item.property("text") == KEY_TO_TYPE
                and item.isVisible()
                and item.width() > 0
                and item.metaObject().className().startswith("Key")
            ):
                return item
        return None

    await wait_until(lambda: key_item() is not None, STEP_TIMEOUT_S, f"the {KEY_TO_TYPE!r} key")
    key = key_item()
    assert key is not None
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    before = edit.text()
    QTest.mouseClick(keyboard, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    try:
        await wait_until(
            lambda: edit.text() != before, STEP_TIMEOUT_S, "the tapped key to type into the field"
        )
    except TimeoutError:
        report.fail(f"tapping {KEY_TO_TYPE!r} on the on-screen keyboard typed nothing")
        return "shown"
    typed = edit.text()[len(before) :]
    return f"shown,typed:{typed}"
