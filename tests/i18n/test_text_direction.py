"""Mixed-direction text: names and numbers keep their order inside sentences of either direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.language import UiLanguage
from kiosk.ui.messages import error_message
from kiosk.ui.screens.ticket import TicketScreen


def positions(label: QLabel) -> tuple[str, list[float]]:
    """The label's text and the x of each character's centre, laid out as the label does."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000.0)
    layout.endLayout()
    # A character spans its leading to its trailing edge. (At the first character of a run
    # Qt reports the run boundary instead: the checks below look inside runs.)
    leading, trailing = QTextLine.Edge.Leading, QTextLine.Edge.Trailing
    centres = [
        (line.cursorToX(i, leading)[0] + line.cursorToX(i, trailing)[0]) / 2
        for i in range(len(text))
    ]
    return text, centres


def x_of(label: QLabel, part: str) -> list[float]:
    text, xs = positions(label)
    start = text.index(part)
    return xs[start : start + len(part)]


def ticket(qtbot: Any, first: str, last: str | None) -> TicketScreen:
    screen = TicketScreen()
    qtbot.addWidget(screen)
    screen.show_ticket(None, "Passports", first, last)
    screen.stop_countdown()
    return screen


def test_an_arabic_name_in_an_english_sentence(qtbot: Any) -> None:
    screen = ticket(qtbot, "محمد", "ع")
    label = screen.by_name_label  # "We will call you by name, محمد ع."
    name, initial = x_of(label, "حمد"), x_of(label, "ع")[0]
    assert name == sorted(name, reverse=True), "Arabic letters run right to left"
    assert initial < min(name), "the initial follows the name, to its left"
    full_stop = x_of(label, ".")[-1]
    assert full_stop > max(name), "the sentence's full stop stays at its end, on the right"
    assert x_of(label, "We")[0] < min(name)


def test_a_latin_name_in_an_arabic_sentence(qtbot: Any, ui_language: UiLanguage) -> None:
    ui_language.switch("ar")
    screen = ticket(qtbot, "Ada", "L")
    QApplication.processEvents()
    label = screen.by_name_label  # "سننادي عليك باسمك، Ada L."
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ada, initial = x_of(label, "da"), x_of(label, "L")[0]
    assert ada == sorted(ada), "Ada reads left to right"
    assert len(ada) == 2
    assert initial > max(ada), "Ada L, not L Ada"
    arabic = x_of(label, "ننادي")
    assert min(arabic) > initial, "the Arabic sentence starts on the right"
    assert x_of(label, ".")[-1] < min(ada), "the full stop ends the sentence on the left"


def test_a_phone_number_keeps_its_digit_groups_in_arabic(ui_language: UiLanguage) -> None:
    ui_language.switch("ar")
    label = QLabel(
        error_message(FieldError("p", ErrorCode.INVALID_PHONE), phone_example="5123 4567")
    )
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    first, second = x_of(label, "123"), x_of(label, "567")
    assert first == sorted(first)
    assert max(first) < min(second), "5123 4567, not 4567 5123"
