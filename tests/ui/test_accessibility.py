"""The visitor's accessibility options, touch sizes at every scale, and keyboard operation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.ui.bidi import strip_isolates
from kiosk.ui.location_look import apply_location_look
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.welcome import welcome_text_for
from kiosk.ui.theme import active_theme, apply_theme, load_theme
from tests.ui.conftest import (
    DETAILS,
    LANDSCAPE,
    PORTRAIT,
    QUESTIONS,
    button_label,
    delete_windows,
    form,
)
from tests.ui.test_main_window import each_screen, populated


@pytest.fixture(autouse=True)
def default_look_afterwards(qapp: QApplication) -> Iterator[None]:
    """Each test's windows are gone and the default theme is back before the next test.

    Re-styling the application re-styles every widget alive, so windows left for later
    deletion would make every theme switch slower.
    """
    yield
    delete_windows()
    if active_theme() != load_theme("default"):
        apply_theme(qapp, load_theme("default"))


def interactive(root: QWidget) -> list[QWidget]:
    """Every control a visitor can touch or tab to that is on screen now."""
    found: list[QWidget] = list(root.findChildren(QAbstractButton) + root.findChildren(QLineEdit))
    return [w for w in found if w.isVisible() and w.isEnabled()]


def views(window: KioskWindow) -> Iterator[str]:
    """Walk every screen (and page), the header and the open Accessibility panel."""
    for screen in each_screen(window):
        yield type(screen).__name__
    window.toggle_accessibility_panel()
    QApplication.processEvents()
    yield "accessibility panel"
    window.accessibility_panel.close_panel()


OPTIONS = {
    "large text": (True, False),
    "high contrast": (False, True),
    "both": (True, True),
}


@pytest.mark.parametrize(
    ("options", "size"),
    [
        ("large text", LANDSCAPE),
        ("high contrast", LANDSCAPE),
        ("both", LANDSCAPE),
        ("both", PORTRAIT),
    ],
)
def test_every_touch_target_is_at_least_48_px_at_every_scale(
    qtbot: Any, size: tuple[int, int], options: str
) -> None:
    # The default look is checked by tests/ui/test_main_window.py at three screen sizes.
    delete_windows()
    window = populated(qtbot, size)
    large, contrast = OPTIONS[options]
    window.accessibility.set_large_text(large)
    window.accessibility.set_high_contrast(contrast)
    QApplication.processEvents()
    small: list[str] = []
    checked = 0
    for view in views(window):
        for control in interactive(window):
            checked += 1
            if control.width() < 48 or control.height() < 48:
                name = control.accessibleName() or type(control).__name__
                small.append(f"{view}: {name!r} {control.width()}x{control.height()}")
    assert small == []
    assert checked > 40


def test_the_accessibility_button_is_on_every_screen_and_never_top_left(qtbot: Any) -> None:
    window = populated(qtbot)
    button = window.accessibility_button
    for screen in each_screen(window):
        assert button.isVisible(), type(screen).__name__
        corner = button.mapTo(window, QPoint(0, 0))
        assert corner.x() > window.width() // 2, "the top-left corner belongs to staff"
    assert button.accessibleName() == button_label(button) == "Accessibility"
    assert button.accessibleDescription()


def test_large_text_and_high_contrast_restyle_the_kiosk_and_the_visit_reset_undoes_them(
    qtbot: Any,
) -> None:
    window = populated(qtbot)
    window.show_screen(window.details)
    base = active_theme()
    title_size = window.details.title_label.fontInfo().pixelSize()
    qtbot.mouseClick(window.accessibility_button, Qt.MouseButton.LeftButton)
    panel = window.accessibility_panel
    assert panel.isVisible()
    qtbot.mouseClick(panel.large_text_button, Qt.MouseButton.LeftButton)
    assert active_theme().size.text_body == round(base.size.text_body * 1.5)
    assert window.details.title_label.fontInfo().pixelSize() > title_size
    qtbot.mouseClick(panel.high_contrast_button, Qt.MouseButton.LeftButton)
    assert active_theme().name == "high_contrast"
    assert active_theme().size.text_body == round(load_theme("high_contrast").size.text_body * 1.5)
    assert panel.large_text_button.isChecked()
    assert panel.high_contrast_button.isChecked()
    window.clear_visit()
    assert active_theme() == base
    assert not panel.isVisible()
    assert not panel.large_text_button.isChecked()
    assert not panel.high_contrast_button.isChecked()
    assert window.details.title_label.fontInfo().pixelSize() == title_size


def test_the_panel_is_operated_by_keyboard_and_gives_the_focus_back(qtbot: Any) -> None:
    window = populated(qtbot)
    window.activateWindow()
    window.show_screen(window.welcome)
    button = window.accessibility_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    panel = window.accessibility_panel
    assert panel.isVisible()
    assert QApplication.focusWidget() is panel.large_text_button
    qtbot.keyClick(panel.large_text_button, Qt.Key.Key_Space)
    assert window.accessibility.large_text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.high_contrast_button
    qtbot.keyClick(panel.high_contrast_button, Qt.Key.Key_Return)
    assert window.accessibility.high_contrast()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert QApplication.focusWidget() is button


def test_arrow_keys_move_between_the_cells_of_a_grid(qtbot: Any) -> None:
    window = populated(qtbot)
    window.show_screen(window.welcome)
    QApplication.processEvents()
    buttons = window.welcome.buttons
    english, spanish = buttons["en"], buttons["es"]
    english.setFocus()
    qtbot.keyClick(english, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is spanish
    qtbot.keyClick(spanish, Qt.Key.Key_Down)
    below = QApplication.focusWidget()
    assert below is not spanish
    assert below in buttons.values()
    assert below.y() > spanish.y()
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert QApplication.focusWidget().y() == spanish.y()
    chosen: list[str] = []
    window.welcome.language_chosen.connect(chosen.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    assert chosen
    assert chosen[0] in {"es", "et", "en", "ru"}


def focus_ring_colour(button: QAbstractButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(button.width() // 2, 1)


@pytest.mark.parametrize("theme", ["default", "dark", "high_contrast"])
def test_the_keyboard_focus_is_always_visible(qtbot: Any, theme: str) -> None:
    delete_windows()
    apply_theme(QApplication.instance(), load_theme(theme))  # type: ignore[arg-type]
    window = populated(qtbot)
    window.show_screen(window.details)
    QApplication.processEvents()
    focus = QColor(active_theme().color.focus)
    for button in (window.details.nav.primary_button, window.details.nav.back_button):
        before = focus_ring_colour(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert focus_ring_colour(button) == focus != before
        button.clearFocus()
    edit = next(e for e in window.details.findChildren(QLineEdit) if e.isVisible())
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert edit.grab().toImage().pixelColor(edit.width() // 2, 1) == focus


def test_a_tap_does_not_leave_a_focus_ring(qtbot: Any) -> None:
    window = populated(qtbot)
    window.show_screen(window.details)
    back = window.details.nav.back_button
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not back.hasFocus()


def test_the_location_brands_the_kiosk(qtbot: Any, tmp_path: Any) -> None:
    logo = QPixmap(200, 100)
    logo.fill(QColor(0, 0, 0, 0))
    path = tmp_path / "logo.png"
    assert logo.save(str(path))
    window = populated(qtbot)
    apply_location_look(
        window,
        theme="dark",
        primary_color="#FFCC00",
        logo=path,
        welcome_text={"en": "Welcome to the City Service Centre", "es": "Bienvenidos"},
    )
    assert not window.logo_label.isHidden()
    assert window.welcome.prompt_label.text() == "Welcome to the City Service Centre"
    window.accessibility.set_high_contrast(True)
    assert active_theme().name == "high_contrast"
    window.accessibility.set_high_contrast(False)
    assert active_theme().name == "dark"
    assert active_theme().color.accent == "#FFCC00"


def test_welcome_text_follows_the_language() -> None:
    texts = {"en": "Hello", "es": "Hola", "pt-BR": "Olá"}
    assert welcome_text_for(texts, QLocale("es_ES")) == "Hola"
    assert welcome_text_for(texts, QLocale("en_EE")) == "Hello"
    assert welcome_text_for(texts, QLocale("pt_BR")) == "Olá"
    assert welcome_text_for(texts, QLocale("et_EE")) is None
    assert welcome_text_for({}, QLocale("en")) is None


def test_an_unreadable_logo_is_left_out(qtbot: Any, tmp_path: Any) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"not an image")
    window = populated(qtbot)
    apply_location_look(window, logo=path)
    assert window.logo_label.isHidden()


def test_the_ticket_number_is_announced(qtbot: Any) -> None:
    window = populated(qtbot)
    window.ticket.show_ticket("B-7", "Passports", "Ada", None)
    assert strip_isolates(window.ticket.announcement()) == "Your number is B-7."
    window.ticket.show_ticket(None, "Passports", "Ada", None)
    assert "Ada" in window.ticket.announcement()


def test_building_a_form_flashes_no_window_that_would_take_the_keyboard_focus(
    qtbot: Any,
) -> None:
    window = populated(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    shown: list[str] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched is not window
            ):
                shown.append(type(watched).__name__)
            return False

    spy = Spy()
    QApplication.instance().installEventFilter(spy)  # type: ignore[union-attr]
    try:
        required = form(
            details=tuple(replace(f, required=True) for f in DETAILS),
            questions=tuple(replace(q, required=True) for q in QUESTIONS),
        )
        window.details.set_form(required, "EE")
        window.questions.set_form(required, "EE")
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)  # type: ignore[union-attr]
    assert shown == []
    assert window.isActiveWindow()


def tab_sequence(window: KioskWindow, qtbot: Any, count: int) -> list[str]:
    names = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        names.append(focus.accessibleName() if focus is not None else "")
    return names


def test_tab_follows_the_reading_order_fields_before_the_bottom_bar(qtbot: Any) -> None:
    window = populated(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.show_screen(window.details)
    window.accessibility_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert tab_sequence(window, qtbot, 8) == [
        "First name",
        "Last name",
        "Phone number",
        "Add a country code",
        "Email",
        "Start over",
        "Back",
        "Next",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().accessibleName() == "Back"  # type: ignore[union-attr]
