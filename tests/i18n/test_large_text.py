"""Large text (with High contrast, the largest type the kiosk has) cuts nothing off, in any
shipped language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.language import UiLanguage
from kiosk.ui.theme import active_theme, apply_theme, load_theme
from tests.i18n.conftest import SHIPPED
from tests.i18n.test_screens import clipped, kiosk_window, texts_on, walk
from tests.ui.test_accessibility import delete_windows


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
    window.toggle_accessibility_panel()
    QApplication.processEvents()
    check("accessibility panel", window.accessibility_panel)
    assert seen > 60
    assert cut == []
