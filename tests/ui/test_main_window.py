"""The kiosk window, and rules every screen keeps: names, touch sizes, nothing cut off."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, QTranslator
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from kiosk.ui.bidi import strip_isolates
from kiosk.ui.keyboard_inset import keyboard_overlap
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.widgets.date_field import DateFieldWidget
from kiosk.ui.widgets.field_base import FieldWidget
from tests.ui.conftest import (
    LANDSCAPE,
    LANGUAGES,
    LINES,
    PORTRAIT,
    button_label,
    form,
    show,
    visible_buttons,
    visible_line_edits,
)


def populated(qtbot: Any, size: tuple[int, int] = LANDSCAPE) -> KioskWindow:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_location_name("City Service Centre")
    window.welcome.set_languages(LANGUAGES)
    window.service.set_lines(LINES)
    window.details.set_form(form(), "EE")
    window.questions.set_form(form(), "EE")
    window.ticket.show_ticket("A-42", "Passports and ID cards", "Ada", "L")
    window.message.show_message(MessageKind.QUEUED)
    show(window, qtbot, size)
    return window


def test_every_screen_is_built_once_and_exposed(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    screens = [
        window.welcome,
        window.service,
        window.details,
        window.questions,
        window.ticket,
        window.message,
        window.appointment_phone,
        window.appointment_result,
    ]
    assert window.screens() == screens
    assert [window.stack.indexOf(s) for s in screens] == list(range(len(screens)))
    for screen in screens:
        window.show_screen(screen)
        assert window.current_screen() is screen
    with pytest.raises(ValueError, match="not a screen"):
        window.show_screen(QWidget())


def test_demo_badge_toggles(qtbot: Any) -> None:
    window = populated(qtbot)
    assert not window.is_demo()
    window.set_demo(True)
    assert window.is_demo()
    assert window.demo_badge.isVisible()
    assert window.demo_badge.text() == "Demo"
    window.set_demo(False)
    assert not window.demo_badge.isVisible()


def test_header_shows_the_location_except_on_welcome(qtbot: Any) -> None:
    window = populated(qtbot)
    window.show_screen(window.service)
    assert window.location_label.text() == "City Service Centre"
    window.show_screen(window.welcome)
    assert window.location_label.text() == ""
    assert window.welcome.location_label.text() == "City Service Centre"


def test_logo_appears_scaled_to_the_header(qtbot: Any) -> None:
    window = populated(qtbot)
    logo = QPixmap(400, 200)
    window.set_logo(logo)
    assert window.logo_label.isVisible()
    assert window.logo_label.pixmap().height() < window.header.height()
    window.set_logo(None)
    assert not window.logo_label.isVisible()


def test_windowed_size_and_fullscreen(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_fullscreen(False)
    assert window.size() == QSize(1280, 800)
    window.set_fullscreen(True)
    assert window.isFullScreen()
    window.set_fullscreen(False)
    assert not window.isFullScreen()


def test_kiosk_mode_is_frameless_on_top_and_cannot_be_closed(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    refused: list[bool] = []
    window.close_refused.connect(lambda: refused.append(True))
    window.set_kiosk_mode(True, hide_cursor=True)
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isFullScreen()
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    assert window.close() is False  # Alt+F4 and the window manager's close end up here
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert refused == [True]
    window.allow_close()  # an admin confirmed Exit
    assert window.close() is True


def test_an_ordinary_window_closes(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_kiosk_mode(False)
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.close() is True


def each_screen(window: KioskWindow) -> Iterator[QWidget]:
    for screen in window.screens():
        window.show_screen(screen)
        QApplication.processEvents()
        yield screen
        if screen is window.questions:
            for page in range(1, window.questions.page_count()):
                window.questions.go_to_page(page)
                QApplication.processEvents()
                yield screen


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1920, 1080)])
def test_touch_targets_are_big_and_nothing_is_cut_off(qtbot: Any, size: tuple[int, int]) -> None:
    window = populated(qtbot, size)
    bounds = window.rect()
    for screen in each_screen(window):
        for control in visible_buttons(screen) + visible_line_edits(screen):
            name = f"{type(screen).__name__}: {control.accessibleName()!r}"
            assert control.height() >= 48, name
            assert control.width() >= 48, name
            area = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
            assert bounds.contains(area), f"{name} is cut off at {area}"


def field_of(widget: QWidget) -> FieldWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, FieldWidget):
        parent = parent.parentWidget()
    return parent


def test_every_control_is_named_as_it_is_labelled(qtbot: Any) -> None:
    window = populated(qtbot)
    checked = 0
    for screen in each_screen(window):
        for button in visible_buttons(screen):
            label = button_label(button)
            if any(character.isalnum() for character in label):
                assert button.accessibleName() == label != ""
            else:  # a glyph ("+") is named by its purpose, never by the glyph
                assert button.accessibleName() not in ("", label)
            checked += 1
        for edit in visible_line_edits(screen):
            field = field_of(edit)
            assert field is not None
            if isinstance(field, DateFieldWidget):
                captions = {part.caption.text() for part in field.parts.values()}
                assert edit.accessibleName() in captions
            else:
                assert edit.accessibleName() == field.label_text()
            checked += 1
    assert checked > 40


def test_body_text_is_at_least_20_px(qtbot: Any) -> None:
    window = populated(qtbot)
    for screen in each_screen(window):
        for widget in screen.findChildren(QWidget):
            if widget.isVisible() and widget.font().pixelSize() > 0:
                assert widget.font().pixelSize() >= 20, type(widget).__name__


def test_inputs_are_at_least_56_px_tall(qtbot: Any) -> None:
    window = populated(qtbot)
    window.show_screen(window.details)
    QApplication.processEvents()
    edits = window.details.findChildren(QLineEdit)
    assert edits
    assert all(edit.height() >= 56 for edit in edits)


def test_screens_retranslate_on_language_change(qtbot: Any) -> None:
    window = populated(qtbot)

    class Upper(QTranslator):
        """Translates every text to capitals, so a missed retranslation shows."""

        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return source.upper()

        def isEmpty(self) -> bool:  # Qt sends LanguageChange only for non-empty translators
            return False

    translator = Upper()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        QApplication.processEvents()
        assert window.details.title_label.text() == "YOUR DETAILS"
        assert window.details.nav.back_button.text() == "BACK"
        assert window.service.title_label.text() == "WHAT CAN WE HELP YOU WITH?"
        assert window.welcome.prompt_label.text() == "WELCOME! PLEASE CHOOSE YOUR LANGUAGE"
        assert strip_isolates(window.ticket.thanks_label.text()) == "THANK YOU, Ada!"
        assert window.demo_badge.text() == "DEMO"
        first = window.details.field_widget("firstName")
        assert first is not None
        assert first.label_text() == "FIRST NAME"
        assert window.service.buttons["l1"].label() == "Passports and ID cards"
    finally:
        app.removeTranslator(translator)
        QApplication.processEvents()
    assert window.details.title_label.text() == "Your details"


def test_keyboard_overlap_is_measured_from_the_window_bottom() -> None:
    assert keyboard_overlap(800, QRectF(0, 464, 1280, 336), True) == 336
    assert keyboard_overlap(800, QRectF(0, 464, 1280, 336), False) == 0
    assert keyboard_overlap(800, QRectF(), True) == 0
    assert keyboard_overlap(800, QRectF(0, 900, 1280, 336), True) == 0


def test_screens_shrink_above_the_keyboard_and_reveal_the_focus(qtbot: Any) -> None:
    window = populated(qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_screen(window.details)
    QApplication.processEvents()
    email = window.details.field_widget("em")
    assert email is not None
    email.focus_input()
    window.keyboard_inset.set_overlap(336)
    QApplication.processEvents()
    assert not window.header.isVisible()
    assert not window.details.subtitle_label.isVisible()
    nav = window.details.nav
    assert nav.mapTo(window, nav.rect().bottomLeft()).y() <= 800 - 336
    viewport = email.parentWidget()
    while viewport is not None and not isinstance(viewport.parentWidget(), QScrollArea):
        viewport = viewport.parentWidget()
    assert viewport is not None
    top = email.label_widget().mapTo(viewport, email.label_widget().rect().topLeft()).y()
    bottom = email.inputs()[0].mapTo(viewport, email.inputs()[0].rect().bottomLeft()).y()
    assert top >= 0
    assert bottom <= viewport.height()
    window.keyboard_inset.set_overlap(0)
    QApplication.processEvents()
    assert window.header.isVisible()
    assert window.details.subtitle_label.isVisible()
    assert nav.mapTo(window, nav.rect().bottomLeft()).y() > 800 - 336
