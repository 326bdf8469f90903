"""A press held on empty background turns guidance on; on a control, or let go early, not."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.speech.guidance import GuidanceController
from kiosk.speech.hold import HoldGesture, is_background
from tests.speech.conftest import Heard, WelcomeLike

HOLD_MS = 150  # the kiosk holds for 3000 ms; the rule is the same


def gesture(welcome: WelcomeLike) -> HoldGesture:
    hold = HoldGesture(welcome, milliseconds=HOLD_MS)
    window = welcome.windowHandle()
    assert window is not None
    window.installEventFilter(hold)
    return hold


def empty_spot(welcome: WelcomeLike) -> QPoint:
    spot = QPoint(welcome.width() // 2, welcome.height() - 20)
    assert is_background(welcome.childAt(spot)), "the test needs empty background there"
    return spot


def test_holding_the_background_turns_guidance_on(
    qtbot: QtBot, welcome: WelcomeLike, guidance: GuidanceController, heard: Heard
) -> None:
    hold = gesture(welcome)
    hold.held.connect(lambda: guidance.turn_on("hold"))
    guidance.show_screen(welcome)
    window = welcome.windowHandle()
    with qtbot.waitSignal(hold.held, timeout=5000):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
    assert guidance.is_active()
    assert heard.last().startswith("Audio guidance is on.")


def test_a_hold_on_a_button_or_let_go_early_does_nothing(
    qtbot: QtBot, welcome: WelcomeLike
) -> None:
    hold = gesture(welcome)
    window = welcome.windowHandle()
    button = welcome.languages[0]
    on_button = button.mapTo(welcome, button.rect().center())
    with qtbot.assertNotEmitted(hold.held, wait=HOLD_MS * 3):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=on_button)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=on_button)
    with qtbot.assertNotEmitted(hold.held, wait=HOLD_MS * 3):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
    with qtbot.assertNotEmitted(hold.held, wait=HOLD_MS * 3):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
        qtbot.mouseMove(window, pos=empty_spot(welcome) - QPoint(200, 0))
    assert not hold.is_holding()
    hold.enabled = False
    with qtbot.assertNotEmitted(hold.held, wait=HOLD_MS * 3):
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=empty_spot(welcome))
