"""Staff open the admin panel with a hidden gesture and a PIN; strangers cannot."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.config.pin import hash_pin
from kiosk.controllers.admin import AdminAccess
from kiosk.shell.first_window import build_window
from kiosk.shell.staff import AdminDesk
from kiosk.shell.wiring import Kiosk
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.main_window import KioskWindow
from tests.e2e.driver import running_kiosk, tap

pytestmark = pytest.mark.e2e

PIN = "2468"
PIN_HASH = hash_pin(PIN)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def corner_taps(window: KioskWindow, count: int = 5, at: QPoint | None = None) -> None:
    """Taps as the screen delivers them: to the window's QWindow, before any widget."""
    handle = window.windowHandle()
    assert handle is not None
    for _ in range(count):
        QTest.mouseClick(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or QPoint(12, 12)
        )
        QTest.qWait(20)


def enter(window: KioskWindow, pin: str, qtbot: QtBot) -> None:
    for digit in pin:
        tap(window.pin_pad.card, digit, qtbot)
    qtbot.mouseClick(window.pin_pad.ok_button, Qt.MouseButton.LeftButton)


def desk_for(kiosk: Kiosk, access: AdminAccess) -> AdminDesk:
    desk = AdminDesk(kiosk, access, kiosk.settings)
    desk.start()
    return desk


def test_the_gesture_and_the_right_pin_open_the_panel(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        desk = desk_for(kiosk, AdminAccess(PIN_HASH))
        window = kiosk.window
        corner_taps(window, 4)
        corner_taps(window, 1, at=QPoint(640, 400))  # elsewhere
        corner_taps(window, 1)
        assert not window.pin_pad.isVisible()  # the count started again
        corner_taps(window, 5)
        qtbot.waitUntil(window.pin_pad.isVisible, timeout=2_000)
        assert window.pin_pad.dots_label.text().strip() == ""
        enter(window, PIN, qtbot)
        assert not window.pin_pad.isVisible()
        assert window.admin_panel.isVisible()
        values = {k: strip_isolates(v.text()) for k, v in window.admin_panel.values.items()}
        assert values["version"].startswith(__version__)
        assert values["outbox"].startswith("0 waiting to be sent, 0 expired, 0 rejected")
        assert values["connection"].startswith("Connected")
        desk.remove()


def test_wrong_pins_lock_the_pad_for_five_minutes(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    clock = Clock()
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        desk = desk_for(kiosk, AdminAccess(PIN_HASH, clock=clock))
        window = kiosk.window
        desk.open_pad()
        enter(window, "1111", qtbot)
        assert strip_isolates(window.pin_pad.message_label.text()) == "Wrong PIN. Attempts left: 4."
        for _ in range(4):
            enter(window, "1111", qtbot)
        assert "Try again in 5:00" in strip_isolates(window.pin_pad.message_label.text())
        assert not window.pin_pad.ok_button.isEnabled()
        window.pin_pad.close_pad()
        clock.now += 120
        desk.open_pad()  # still locked, even for the right PIN
        assert "Try again in 3:00" in strip_isolates(window.pin_pad.message_label.text())
        assert desk.access.check(PIN).verdict == "locked"
        clock.now += 181
        window.pin_pad.close_pad()
        desk.open_pad()
        enter(window, PIN, qtbot)
        assert window.admin_panel.isVisible()
        desk.remove()


def test_exit_asks_for_confirmation(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        desk = desk_for(kiosk, AdminAccess(PIN_HASH))
        window = kiosk.window
        window.set_kiosk_mode(False)
        desk.open_pad()
        enter(window, PIN, qtbot)
        panel = window.admin_panel
        exits: list[bool] = []
        desk.exit_requested.connect(lambda: exits.append(True))
        tap(panel.card, "Exit kiosk", qtbot)
        assert panel.confirm_label.isVisible()
        assert "Visitors cannot check in" in panel.confirm_label.text()
        tap(panel.card, "Cancel", qtbot)
        assert exits == []
        assert panel.exit_button.isVisible()
        tap(panel.card, "Exit kiosk", qtbot)
        tap(panel.card, "Exit", qtbot)
        assert exits == [True]
        desk.remove()


def test_without_a_pin_the_gesture_does_nothing(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        desk = desk_for(kiosk, AdminAccess(None, demo=False))
        corner_taps(kiosk.window, 5)
        QTest.qWait(50)
        assert not kiosk.window.pin_pad.isVisible()
        desk.remove()


def test_the_demo_pin_is_0000_and_the_badge_says_so(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        access = AdminAccess(None, demo=True)
        kiosk.window.set_demo(True, pin=access.demo_pin)
        assert "0000" in kiosk.window.demo_badge.text()
        desk = desk_for(kiosk, access)
        desk.open_pad()
        enter(kiosk.window, "0000", qtbot)
        assert kiosk.window.admin_panel.isVisible()
        desk.remove()


def test_a_rebuilt_kiosk_keeps_the_pin_pad_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Five wrong PINs, then a crash-rebuild (or a restart): the new window's pad is locked."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = KioskSettings(api_key="k", location_id="41205", admin_pin_hash=PIN_HASH)
    first = build_window(app, settings, demo=False)
    qtbot.addWidget(first.window)
    for _ in range(5):
        first.access.check("1111")
    second = build_window(app, settings, demo=False)
    qtbot.addWidget(second.window)
    assert 295 <= second.access.locked_seconds() <= 300
    assert second.access.check(PIN).verdict == "locked"
    record = tmp_path / "data" / "qminder-kiosk" / "admin-lockout.json"
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
