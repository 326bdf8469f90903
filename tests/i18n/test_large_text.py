"""Large text (with High contrast, the largest type the kiosk has) cuts nothing off, in any
shipped language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk.ui.language import UiLanguage
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.theme import active_theme, apply_theme, load_theme
from tests.i18n.conftest import SHIPPED
from tests.i18n.test_screens import clipped, kiosk_window, texts_on, walk
from tests.ui.test_accessibility import delete_windows

OPENING = "We open again on Monday at 08:00."


@pytest.fixture
def default_look_afterwards(qapp: QApplication) -> Iterator[None]:
    """Earlier windows deleted first (a theme switch re-styles every live widget); the
    default theme back afterwards."""
    delete_windows()
    yield
    delete_windows()
    apply_theme(qapp, load_theme("default"))


@pytest.mark.parametrize("code", ["en", *SHIPPED])
def test_large_text_cuts_nothing_off(
    code: str, qtbot: Any, ui_language: UiLanguage, default_look_afterwards: None
) -> None:
    ui_language.switch(code, "EE")
    window = kiosk_window(qtbot)
    window.accessibility.set_high_contrast(True)
    window.accessibility.set_large_text(True)
    QApplication.processEvents()
    assert active_theme().size.text_body >= 36
    cut: list[str] = []
    seen = 0

    def check(view: str, screen: QWidget) -> None:
        nonlocal seen
        for widget, text in texts_on(screen).items():
            seen += 1
            if clipped(widget, text):
                cut.append(f"{view}: {text!r} in {widget.width()}x{widget.height()}")

    walk(window, check)
    # The longest message: Closed, with the opening time in each of seven languages.
    window.message.show_message(MessageKind.CLOSED, "\n".join([OPENING] * 7))
    QApplication.processEvents()
    check("MessageScreen closed, seven languages", window.message)
    detail = window.message.detail_label
    area = next(a for a in window.message.findChildren(QScrollArea) if a.isAncestorOf(detail))
    area.ensureWidgetVisible(detail)
    window.toggle_accessibility_panel()
    QApplication.processEvents()
    check("accessibility panel", window.accessibility_panel)
    assert seen > 60
    assert cut == []


def test_the_accessibility_button_stays_at_the_right_in_arabic(
    qtbot: Any, ui_language: UiLanguage
) -> None:
    ui_language.switch("ar", "EE")
    window = kiosk_window(qtbot)
    assert window.isRightToLeft()
    button = window.accessibility_button
    assert button.mapTo(window, button.rect().topLeft()).x() > window.width() // 2
    window.toggle_accessibility_panel()
    QApplication.processEvents()
    panel = window.accessibility_panel
    assert panel.geometry().right() > window.width() // 2
    assert panel.geometry().top() >= window.header.geometry().bottom()
    assert button.text() == "سهولة الوصول"
