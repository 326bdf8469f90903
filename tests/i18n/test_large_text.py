"""Large text (with High contrast, the largest type the kiosk has) cuts nothing off, in any
shipped language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from kiosk.ui.bidi import strip_isolates
from kiosk.ui.language import UiLanguage
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.theme import active_theme, apply_theme, load_theme
from kiosk.ui.widgets.fitted_label import FittedLabel
from kiosk.ui.widgets.touch_button import TouchButton
from tests.i18n.conftest import SHIPPED
from tests.i18n.test_screens import clipped, kiosk_window, texts_on, walk
from tests.ui.conftest import LANDSCAPE, PORTRAIT, delete_windows

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
    window.set_demo(True, "1234")
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


HEADER_CASES = [
    pytest.param(
        code,
        size,
        large,
        id="-".join(
            (code, "portrait" if size == PORTRAIT else "landscape", "large" if large else "regular")
        ),
    )
    for code in ("en", *SHIPPED)
    for size in (LANDSCAPE, PORTRAIT)
    for large in (False, True)
]


def broken_words(widget: QWidget, text: str) -> list[str]:
    """The drawn lines' words that are not words of `text` (a word broken in two; a line
    may end after a hyphen, as in "Admin-" / "PIN")."""
    wraps = isinstance(widget, FittedLabel) or (
        isinstance(widget, TouchButton) and widget.hasHeightForWidth()
    )
    shown = widget.shown_text() if wraps else text  # else one line, as `clipped` checks

    def words(line: str) -> list[str]:
        return [word for word in re.split(r"\s+|(?<=-)", line) if word]

    whole = set(words(text))
    return [word for word in words(strip_isolates(shown)) if word not in whole]


@pytest.mark.parametrize(("code", "size", "large"), HEADER_CASES)
def test_the_header_and_its_badge_cut_nothing_off(
    code: str,
    size: tuple[int, int],
    large: bool,
    qtbot: Any,
    ui_language: UiLanguage,
    default_look_afterwards: None,
) -> None:
    """The location's name, the Demo badge with its PIN and the Accessibility button, whole
    (no "…", no word broken in two), apart from each other and inside the header, on every
    screen that shows them; the button stays a full touch target."""
    ui_language.switch(code, "EE")
    window = kiosk_window(qtbot)
    window.set_demo(True, "1234")  # the longest badge: "Demo · PIN de administración 1234"
    window.accessibility.set_large_text(large)
    window.resize(*size)
    QApplication.processEvents()
    header = window.header
    cut: list[str] = []
    for screen in (window.welcome, window.service, window.ticket):
        window.show_screen(screen)
        QApplication.processEvents()
        view = type(screen).__name__
        shown = texts_on(header)
        assert strip_isolates(window.demo_badge.text()) in shown.values()
        places = {w: QRect(w.mapTo(header, QPoint(0, 0)), w.size()) for w in shown}
        for widget, text in shown.items():
            place = places[widget]
            if clipped(widget, text) or not header.rect().contains(place):
                cut.append(f"{view}: {text!r} in {widget.width()}x{widget.height()} at {place}")
            if broken := broken_words(widget, text):
                cut.append(f"{view}: {text!r} drawn with broken words {broken}")
            cut.extend(
                f"{view}: {text!r} overlaps {other!r}"
                for neighbour, other in shown.items()
                if neighbour is not widget and place.intersects(places[neighbour])
            )
        button = window.accessibility_button
        assert min(button.width(), button.height()) >= active_theme().size.touch_min
    assert cut == []
