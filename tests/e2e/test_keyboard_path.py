"""A visitor with a keypad or a switch device: the whole path by keyboard alone, with Large
text and High contrast switched on from the keyboard too. No mouse event is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import (
    FIELD_BIRTH_DATE,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_FIRST_NAME,
    FIELD_GROUP_SIZE,
    FIELD_PHONE,
    LINE_PASSPORTS,
    OPTION_ID_CARD,
    OPTION_PASSPORT,
    OPTION_SMS,
)
from kiosk.shell.wiring import Kiosk
from kiosk.ui.theme import active_theme, apply_theme, load_theme
from kiosk.ui.widgets.date_field import DateFieldWidget
from tests.e2e.driver import running_kiosk
from tests.e2e.test_visitor_path import line_label, option_label

pytestmark = pytest.mark.e2e

MAX_TABS = 80


@pytest.fixture
def kiosk(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Iterator[Kiosk]:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as running:
        running.window.activateWindow()
        qtbot.waitUntil(running.window.isActiveWindow, timeout=5000)
        yield running
    apply_theme(QApplication.instance(), load_theme("default"))  # type: ignore[arg-type]


class Keyboard:
    """Keys sent where a real keyboard sends them: to the widget with the focus."""

    def __init__(self, kiosk: Kiosk, qtbot: QtBot) -> None:
        self.window = kiosk.window
        self.qtbot = qtbot

    def focus(self) -> QWidget | None:
        return QApplication.focusWidget()

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus() or self.window, key, modifier)

    def type(self, text: str) -> None:
        target = self.focus()
        assert isinstance(target, QLineEdit), f"typing into {target!r}"
        self.qtbot.keyClicks(target, text)

    def tab_to(self, wanted: Callable[[QWidget], bool], what: str) -> QWidget:
        """Press Tab until the focus is on the wanted control (and it is on screen)."""
        seen: list[str] = []
        for _ in range(MAX_TABS):
            focus = self.focus()
            seen.append(focus.accessibleName() if focus is not None else "(nothing)")
            if focus is not None and focus.isVisible() and wanted(focus):
                return focus
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {what}; went through {seen[:30]}")

    def tab_to_name(self, name: str) -> QWidget:
        return self.tab_to(lambda w: w.accessibleName() == name, repr(name))


def test_a_visitor_checks_in_by_keyboard_alone_with_large_text_and_high_contrast(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    keys = Keyboard(kiosk, qtbot)

    # Welcome: the Accessibility panel, then a language chosen with the arrow keys.
    keys.tab_to(lambda w: w is window.accessibility_button, "Accessibility")
    keys.press(Qt.Key.Key_Return)
    assert keys.focus() is window.accessibility_panel.large_text_button
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Escape)
    assert not window.accessibility_panel.isVisible()
    assert active_theme().name == "high_contrast"
    assert active_theme().size.text_body >= 36
    english = keys.tab_to_name("English")
    while keys.focus() is not window.welcome.buttons["es"]:
        before = keys.focus()
        keys.press(Qt.Key.Key_Right)
        assert keys.focus() is not before, "Right did not move past English"
        assert keys.focus().x() > english.x()  # type: ignore[union-attr]
    keys.press(Qt.Key.Key_Return)
    assert window.current_screen() is window.service

    # Service.
    keys.tab_to_name(line_label(kiosk, LINE_PASSPORTS))
    keys.press(Qt.Key.Key_Enter)
    assert window.current_screen() is window.details

    # Your details.
    details = window.details
    first = details.field_widget(FIELD_FIRST_NAME)
    phone = details.field_widget(FIELD_PHONE)
    assert first is not None
    assert phone is not None
    keys.tab_to(lambda w: w in first.inputs(), "first name")
    keys.type("Ada")
    keys.tab_to(lambda w: w in phone.inputs() and isinstance(w, QLineEdit), "phone")
    keys.type("+372 5123 4567")
    keys.tab_to(lambda w: w is details.primary_button, "Next")
    keys.press(Qt.Key.Key_Return)
    assert window.current_screen() is window.questions

    # Questions, page by page: whatever is on the page is answered, then Next / Check in.
    questions = window.questions
    todo = {
        FIELD_CONTACT: lambda: answer_option(keys, kiosk, FIELD_CONTACT, [OPTION_SMS]),
        FIELD_DOCUMENTS: lambda: answer_option(
            keys, kiosk, FIELD_DOCUMENTS, [OPTION_PASSPORT, OPTION_ID_CARD]
        ),
        FIELD_GROUP_SIZE: lambda: answer_number(keys, kiosk, FIELD_GROUP_SIZE, "2"),
        FIELD_BIRTH_DATE: lambda: answer_date(keys, kiosk, FIELD_BIRTH_DATE, "1990"),
    }
    for _ in range(questions.page_count()):
        for field_id in list(todo):
            field = questions.field_widget(field_id)
            assert field is not None
            if field.isVisible():
                todo.pop(field_id)()
        last = questions.is_last_page()
        keys.tab_to(lambda w: w is questions.primary_button, "Next / Check in")
        keys.press(Qt.Key.Key_Return)
        if last:
            break
    assert todo == {}

    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    body = ticket.body
    assert body["languageCode"] == "es"
    assert body["firstName"] == "Ada"
    assert body["phoneNumber"] == "+37251234567"
    answers = {f["inputFieldId"]: f for f in body["fields"]}
    assert answers[FIELD_CONTACT]["optionIds"] == [OPTION_SMS]
    assert sorted(answers[FIELD_DOCUMENTS]["optionIds"]) == sorted(
        [OPTION_PASSPORT, OPTION_ID_CARD]
    )
    assert answers[FIELD_GROUP_SIZE]["value"] == "2"
    assert answers[FIELD_BIRTH_DATE]["value"].startswith("1990-")
    assert ticket.public_id in window.ticket.announcement()
    assert active_theme().name == "high_contrast"

    # Done: the next visitor starts with the location's own look.
    keys.tab_to(lambda w: w is window.ticket.done_button, "Done")
    keys.press(Qt.Key.Key_Space)
    assert window.current_screen() is window.welcome
    assert active_theme() == load_theme("default")


def answer_option(keys: Keyboard, kiosk: Kiosk, field_id: str, option_ids: list[str]) -> None:
    """Tab into the options (one stop for a single choice, as with radio buttons), then walk
    to each wanted option with the arrow keys, as a visitor looking at the screen would, and
    press Space."""
    field = kiosk.window.questions.field_widget(field_id)
    assert field is not None
    keys.tab_to(lambda w: w in field.inputs(), field_id)
    for option_id in option_ids:
        name = option_label(kiosk, field_id, option_id)
        target = next(w for w in field.inputs() if w.accessibleName() == name)
        for _ in range(len(field.inputs()) * 2):
            focus = keys.focus()
            assert focus is not None
            if focus is target:
                break
            here, there = focus.geometry().center(), target.geometry().center()
            if abs(there.y() - here.y()) > focus.height() // 2:
                keys.press(Qt.Key.Key_Down if there.y() > here.y() else Qt.Key.Key_Up)
            else:
                keys.press(Qt.Key.Key_Right if there.x() > here.x() else Qt.Key.Key_Left)
        assert keys.focus() is target, f"the arrows never reached {name!r}"
        keys.press(Qt.Key.Key_Space)
        assert isinstance(target, QAbstractButton)
        assert target.isChecked()


def answer_number(keys: Keyboard, kiosk: Kiosk, field_id: str, text: str) -> None:
    field = kiosk.window.questions.field_widget(field_id)
    assert field is not None
    keys.tab_to(lambda w: w in field.inputs() and isinstance(w, QLineEdit), field_id)
    keys.type(text)


def answer_date(keys: Keyboard, kiosk: Kiosk, field_id: str, year: str) -> None:
    field = kiosk.window.questions.field_widget(field_id)
    assert isinstance(field, DateFieldWidget)
    # "Next month" fills in today's date; then the year is typed over.
    plus = field.parts[next(p for p in field.parts if p.value == "month")].plus_button
    keys.tab_to(lambda w: w is plus, "next month")
    keys.press(Qt.Key.Key_Return)
    keys.tab_to(lambda w: w is field.year_edit, "year")
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(year)
    assert field.year_edit.text() == year
