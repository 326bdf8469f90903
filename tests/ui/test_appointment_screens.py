"""The appointment screens: what they show of an appointment, and the intents they emit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.appointment_display import AppointmentDisplay
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.appointment import (
    AppointmentPhoneScreen,
    AppointmentResultScreen,
    ResultKind,
)

LEFT = Qt.MouseButton.LeftButton


def shown(
    ticket_id: str, name: str = "Maria T.", service: str = "General enquiries"
) -> AppointmentDisplay:
    start = dt.datetime(2026, 12, 7, 10, 30, tzinfo=dt.UTC)
    return AppointmentDisplay(ticket_id, "l1", name, "10:30", service, start)


def test_one_appointment_is_shown_as_typed_and_check_in_sends_its_id(qtbot: QtBot) -> None:
    screen = AppointmentResultScreen()
    qtbot.addWidget(screen)
    screen.show_found([shown("t1")])
    assert "Maria T., 10:30, General enquiries" in strip_isolates(screen.summary_label.text())
    with qtbot.waitSignal(screen.check_in_requested) as signal:
        qtbot.mouseClick(screen.check_in_button, LEFT)
    assert signal.args == ["t1"]


def test_several_are_offered_as_buttons_and_busy_blocks_a_second_tap(qtbot: QtBot) -> None:
    screen = AppointmentResultScreen()
    qtbot.addWidget(screen)
    screen.show_found([shown("t1"), shown("t2", service="Passports")])
    assert screen.check_in_button.isHidden()
    with qtbot.waitSignal(screen.check_in_requested) as signal:
        qtbot.mouseClick(screen.choices[1], LEFT)
    assert signal.args == ["t2"]
    screen.set_busy(True)
    with qtbot.assertNotEmitted(screen.check_in_requested):
        qtbot.mouseClick(screen.choices[0], LEFT)


def test_in_a_right_to_left_language_the_sentence_reads_right_to_left(qtbot: QtBot) -> None:
    screen = AppointmentResultScreen()
    qtbot.addWidget(screen)
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.show_found([shown("t1")])  # begins with a Latin name
    assert screen.summary_label.text().startswith("\u200f")
    screen.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert screen.summary_label.text().startswith("\u200e")


def test_nothing_found_offers_try_again_and_the_walk_in_path(qtbot: QtBot) -> None:
    screen = AppointmentResultScreen()
    qtbot.addWidget(screen)
    screen.show_found([shown("t1")])
    screen.show_not_found()
    assert screen.kind() is ResultKind.NOT_FOUND
    assert screen.summary_label.isHidden()
    with qtbot.waitSignal(screen.walk_in_requested):
        qtbot.mouseClick(screen.walk_in_button, LEFT)
    with qtbot.waitSignal(screen.retry_requested):
        qtbot.mouseClick(screen.retry_button, LEFT)


def test_the_phone_screen_sends_the_number_as_typed(qtbot: QtBot) -> None:
    screen = AppointmentPhoneScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.phone.line_edit, "5550 1001")
    with qtbot.waitSignal(screen.lookup_requested) as signal:
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert signal.args == ["5550 1001"]
    screen.show_paused()
    assert screen.notice_label.text()
    qtbot.keyClicks(screen.phone.line_edit, "2")  # typing again clears the notice
    assert screen.notice_label.isHidden()
    screen.clear()
    assert screen.number() == ""
