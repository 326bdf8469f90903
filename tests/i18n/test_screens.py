"""Every screen in every shipped language: translated, not cut off, switched in place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.widgets.fitted_label import FittedLabel, text_height
from kiosk.ui.widgets.touch_button import TouchButton
from tests.i18n.conftest import SHIPPED, read_ts
from tests.ui.conftest import LANGUAGES, LINES, QUESTIONS, form, show

ELLIPSIS = "…"
SERVER_TEXT = (
    {name for _, name in LANGUAGES}
    | {name for _, name in LINES}
    | {q.label for q in QUESTIONS}
    | {o.label for q in QUESTIONS for o in q.options}
    | {"City Service Centre", "A-42", "+", "\u2212", "1 / 3", "2 / 3", "3 / 3"}
)
ERRORS = (
    FieldError("firstName", ErrorCode.TOO_SHORT, "2"),
    FieldError("ph", ErrorCode.INVALID_PHONE),
    FieldError("em", ErrorCode.INVALID_EMAIL),
)


def kiosk_window(qtbot: Any) -> KioskWindow:
    """Every screen filled in, with error lines showing, at 1280x800."""
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_location_name("City Service Centre")
    window.set_demo(True)
    window.welcome.set_languages(LANGUAGES)
    window.service.set_lines(LINES)
    window.details.set_form(form(), "EE", phone_example="5123 4567")
    window.questions.set_form(form(), "EE")
    window.details.show_errors(ERRORS)
    window.questions.show_errors((FieldError("reason", ErrorCode.REQUIRED),))
    window.ticket.show_ticket("A-42", "Passports and ID cards", "Ada", "L")
    show(window, qtbot)
    return window


def texts_on(screen: QWidget) -> dict[QWidget, str]:
    """Each visible label and button of `screen` with the text a visitor reads on it."""
    found: dict[QWidget, str] = {}
    for widget in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.property("role") == "date-value":
            continue
        text = widget.label() if isinstance(widget, TouchButton) else widget.text()
        if text:
            found[widget] = strip_isolates(text)
    return found


def each_view(window: KioskWindow) -> Iterator[tuple[str, QWidget]]:
    """(name, screen) for every screen and page, each shown when it is yielded."""
    yield ("header", window.header)
    for screen in window.screens():
        if screen is window.message:
            continue
        window.show_screen(screen)
        QApplication.processEvents()
        yield (type(screen).__name__, screen)
        if screen is window.questions:
            for page in range(1, window.questions.page_count()):
                window.questions.go_to_page(page)
                QApplication.processEvents()
                yield (f"QuestionsScreen page {page + 1}", screen)


def walk(window: KioskWindow, check: Any) -> None:
    """Call `check(view name, screen)` on every view of the kiosk, in the current state."""
    for name, screen in each_view(window):
        check(name, screen)
    window.show_screen(window.message)
    for kind in MessageKind:
        window.message.show_message(kind)
        QApplication.processEvents()
        check(f"MessageScreen {kind.value}", window.message)


def clipped(widget: QWidget, text: str) -> bool:
    """The widget is too small for its text (its size hint says more than it got, or it had
    to cut the text short with "…")."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, TouchButton) and widget.hasHeightForWidth():
        shown = widget.shown_text()
        if ELLIPSIS in shown and ELLIPSIS not in text:
            return True
        return widget.heightForWidth(width) > height + 1
    if isinstance(widget, FittedLabel):
        if ELLIPSIS in widget.shown_text() and ELLIPSIS not in text:
            return True
        lines = widget.shown_text().count("\n") + 1
        return text_height(widget.fontMetrics(), lines) > widget.contentsRect().height() + 1
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.heightForWidth(width) > height + 1
    hint = widget.sizeHint()
    return hint.width() > width + 1 or hint.height() > height + 1


@pytest.mark.parametrize("code", ["en", *SHIPPED])
def test_every_screen_is_translated_and_nothing_is_cut_off(
    code: str, qtbot: Any, ui_language: UiLanguage
) -> None:
    ui_language.switch(code, "EE")
    window = kiosk_window(qtbot)
    translated = {
        m.source: m.forms[0] for m in (read_ts(code) if code != "en" else []) if not m.numerus
    }
    english: list[str] = []
    cut: list[str] = []

    def check(view: str, screen: QWidget) -> None:
        for widget, text in texts_on(screen).items():
            if text in translated and translated[text] != text and text not in SERVER_TEXT:
                english.append(f"{view}: {text!r}")
            if clipped(widget, text):
                cut.append(f"{view}: {text!r} in {widget.width()}x{widget.height()}")

    walk(window, check)
    assert english == []
    assert cut == []


def test_switching_mid_path_retranslates_the_screen_in_place(
    qtbot: Any, ui_language: UiLanguage
) -> None:
    window = kiosk_window(qtbot)
    views = {name: dict(texts_on(s).items()) for name, s in each_view(window)}
    for code in ("es", "ar", "et"):
        same = {m.source for m in read_ts(code) if m.forms[0] == m.source}  # "Demo", "%1 / %2"
        ui_language.switch(code)
        QApplication.processEvents()
        unchanged: list[str] = []
        for name, screen in each_view(window):
            for widget, text in texts_on(screen).items():
                before = views[name].get(widget)
                if before == text and text not in SERVER_TEXT | same:
                    unchanged.append(f"{name}: {text!r}")
        assert unchanged == [], code
        assert window.locale().name() == QLocale().name()


def test_arabic_mirrors_the_screens_but_not_numbers_and_addresses(
    qtbot: Any, ui_language: UiLanguage
) -> None:
    ui_language.switch("ar")
    window = kiosk_window(qtbot)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for screen in (window.details, window.questions):
        window.show_screen(screen)
        QApplication.processEvents()
        nav = screen.nav
        start_over, back, primary = (
            nav.start_over_button.mapTo(window, nav.start_over_button.rect().center()).x(),
            nav.back_button.mapTo(window, nav.back_button.rect().center()).x(),
            nav.primary_button.mapTo(window, nav.primary_button.rect().center()).x(),
        )
        assert primary < back < start_over, "Next leads to the left, Start over on the right"
        assert screen.isRightToLeft()
    phone = window.details.field_widget("ph")
    email = window.details.field_widget("em")
    first = window.details.field_widget("firstName")
    assert phone is not None
    assert email is not None
    assert first is not None
    assert phone.inputs()[0].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert email.inputs()[0].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert first.inputs()[0].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.ticket.number_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    label = first.label_widget()
    assert label.mapTo(window, label.rect().topRight()).x() > window.width() / 2
    ui_language.switch("es")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("NavBar", "Back") == "Atrás"
