"""Welcome (languages) and Service (lines): render methods and intent signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from tests.ui.conftest import LANGUAGES, LINES, show

LEFT = Qt.MouseButton.LeftButton


def welcome(qtbot: Any) -> WelcomeScreen:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.set_location_name("City Service Centre")
    screen.set_languages(LANGUAGES)
    return screen


def test_welcome_shows_the_location_and_a_prompt(qtbot: Any) -> None:
    screen = welcome(qtbot)
    assert screen.location_label.text() == "City Service Centre"
    assert screen.location_label.textFormat() == Qt.TextFormat.PlainText
    assert screen.prompt_label.text() == "Welcome! Please choose your language"


def test_one_button_per_language_in_its_own_name(qtbot: Any) -> None:
    screen = welcome(qtbot)
    assert [(code, b.label()) for code, b in screen.buttons.items()] == LANGUAGES
    assert all(b.accessibleName() == b.label() for b in screen.buttons.values())


def test_arabic_is_laid_out_right_to_left(qtbot: Any) -> None:
    screen = welcome(qtbot)
    assert screen.buttons["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.buttons["en"].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_tapping_a_language_chooses_it(qtbot: Any) -> None:
    screen = welcome(qtbot)
    show(screen, qtbot)
    with qtbot.waitSignal(screen.language_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(screen.buttons["et"], LEFT)
    assert blocker.args == ["et"]


def test_two_to_ten_languages_fit(qtbot: Any) -> None:
    screen = welcome(qtbot)
    for count in (2, 5, 10):
        languages = [(f"l{i}", f"Language {i}") for i in range(count)]
        screen.set_languages(languages)
        show(screen, qtbot)
        for button in screen.buttons.values():
            assert screen.rect().contains(button.mapTo(screen, button.rect().bottomRight()))
            assert button.height() >= 48


def test_service_lists_lines_and_emits_the_chosen_one(qtbot: Any) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.set_lines(LINES)
    show(screen, qtbot)
    assert screen.title_label.text() == "What can we help you with?"
    assert [(i, b.label()) for i, b in screen.buttons.items()] == LINES
    with qtbot.waitSignal(screen.line_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(screen.buttons["l2"], LEFT)
    assert blocker.args == ["l2"]


def test_service_relabels_in_place_for_another_language(qtbot: Any) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.set_lines(LINES)
    before = dict(screen.buttons)
    screen.set_lines([(i, f"{label} (es)") for i, label in LINES])
    assert screen.buttons == before
    assert screen.buttons["l1"].label() == "Passports and ID cards (es)"
    screen.set_lines(LINES[:2])
    assert list(screen.buttons) == ["l1", "l2"]


def test_service_back_and_start_over(qtbot: Any) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    show(screen, qtbot)
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        qtbot.mouseClick(screen.back_button, LEFT)
    with qtbot.waitSignal(screen.start_over_requested, timeout=1000):
        qtbot.mouseClick(screen.start_over_button, LEFT)
    assert screen.back_button.text() == "Back"
    assert screen.start_over_button.text() == "Start over"


def test_service_names_stay_plain_text(qtbot: Any) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.set_lines([("x", "Tax & <i>customs</i>")])
    assert screen.buttons["x"].label() == "Tax & <i>customs</i>"
    assert screen.buttons["x"].accessibleName() == "Tax & <i>customs</i>"
