"""Questions: pages that fit the screen, checked page by page, all answers on check-in."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.form import FieldKind
from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.questions import QuestionsScreen
from tests.ui.conftest import LANDSCAPE, PORTRAIT, QUESTIONS, form, many_questions, show, spec

LEFT = Qt.MouseButton.LeftButton


def questions_screen(
    qtbot: Any, questions: tuple = QUESTIONS, size: tuple[int, int] = LANDSCAPE
) -> QuestionsScreen:
    screen = QuestionsScreen()
    qtbot.addWidget(screen)
    screen.set_form(form(questions=questions), "EE")
    show(screen, qtbot, size)
    qtbot.wait(1)
    return screen


def no_page_scrolls(screen: QuestionsScreen, qtbot: Any) -> None:
    for page in range(screen.page_count()):
        screen.go_to_page(page)
        qtbot.wait(1)
        area = screen.pages.currentWidget()
        assert isinstance(area, QScrollArea)
        assert area.verticalScrollBar().maximum() == 0, f"page {page + 1} scrolls"


def answer(screen: QuestionsScreen, **values: Any) -> None:
    for field_id, value in values.items():
        widget = screen.field_widget(field_id)
        assert widget is not None
        widget.set_value(value)


def test_many_questions_are_paged_not_scrolled(qtbot: Any) -> None:
    screen = questions_screen(qtbot, many_questions(10))
    assert screen.page_count() >= 3
    pages = [screen.page_field_ids(i) for i in range(screen.page_count())]
    assert [i for page in pages for i in page] == [f"q{i}" for i in range(10)]
    assert all(1 <= len(page) <= 4 for page in pages)
    assert strip_isolates(screen.page_label.text()) == f"1 / {screen.page_count()}"
    assert screen.page_label.isVisible()
    assert screen.primary_button.text() == "Next"


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT])
def test_every_page_fits_without_scrolling(qtbot: Any, size: tuple[int, int]) -> None:
    screen = questions_screen(qtbot, QUESTIONS + many_questions(6), size)
    no_page_scrolls(screen, qtbot)


def test_next_and_back_move_between_pages(qtbot: Any) -> None:
    screen = questions_screen(qtbot, many_questions(10))
    qtbot.mouseClick(screen.primary_button, LEFT)
    assert screen.current_page() == 1
    assert strip_isolates(screen.page_label.text()) == f"2 / {screen.page_count()}"
    with qtbot.assertNotEmitted(screen.back_requested):
        qtbot.mouseClick(screen.back_button, LEFT)
    assert screen.current_page() == 0
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        qtbot.mouseClick(screen.back_button, LEFT)


def test_an_unanswered_required_choice_keeps_the_visitor_on_the_page(qtbot: Any) -> None:
    screen = questions_screen(qtbot)
    assert screen.page_field_ids(0)[0] == "reason"
    with qtbot.assertNotEmitted(screen.check_in_requested):
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert screen.current_page() == 0
    reason = screen.field_widget("reason")
    assert reason is not None
    assert reason.error_text() == "Please choose one of the options."
    assert reason.error_label().isVisible()


def test_a_number_outside_the_range_is_refused(qtbot: Any) -> None:
    screen = questions_screen(
        qtbot, (spec("people", FieldKind.NUMERIC, "People", minimum="1", maximum="10"),)
    )
    answer(screen, people="11")
    with qtbot.assertNotEmitted(screen.check_in_requested):
        qtbot.mouseClick(screen.primary_button, LEFT)
    people = screen.field_widget("people")
    assert people is not None
    assert strip_isolates(people.error_text()) == "Please enter a number no larger than 10."
    answer(screen, people="0")
    screen.primary_button.click()
    assert strip_isolates(people.error_text()) == "Please enter a number of at least 1."


def test_the_last_page_checks_in_with_every_answer(qtbot: Any) -> None:
    screen = questions_screen(qtbot)
    answer(
        screen,
        reason="reason-1",
        needs=("needs-0", "needs-2"),
        people="2",
        dob=dt.date(1985, 9, 14),
        notes="Thanks",
    )
    for _ in range(screen.page_count() - 1):
        with qtbot.assertNotEmitted(screen.check_in_requested):
            qtbot.mouseClick(screen.primary_button, LEFT)
    assert screen.is_last_page()
    assert screen.primary_button.text() == "Check in"
    with qtbot.waitSignal(screen.check_in_requested, timeout=1000) as blocker:
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert blocker.args == [
        {
            "reason": "reason-1",
            "needs": ("needs-0", "needs-2"),
            "people": "2",
            "dob": dt.date(1985, 9, 14),
            "notes": "Thanks",
        }
    ]


def test_a_single_page_form_checks_in_at_once(qtbot: Any) -> None:
    screen = questions_screen(qtbot, (spec("notes", FieldKind.TEXT, "Notes"),))
    assert screen.page_count() == 1
    assert not screen.page_label.isVisible()
    assert screen.primary_button.text() == "Check in"
    with qtbot.waitSignal(screen.check_in_requested, timeout=1000) as blocker:
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert blocker.args == [{"notes": None}]


def test_errors_from_the_check_in_open_their_page(qtbot: Any) -> None:
    screen = questions_screen(qtbot, many_questions(10))
    screen.show_errors((FieldError("q9", ErrorCode.TOO_LONG, "500"),))
    assert screen.current_page() == screen.page_count() - 1
    widget = screen.field_widget("q9")
    assert widget is not None
    assert strip_isolates(widget.error_text()) == "Please use no more than 500 characters."


def test_busy_blocks_a_second_check_in(qtbot: Any) -> None:
    screen = questions_screen(qtbot, (spec("notes", FieldKind.TEXT, "Notes"),))
    screen.set_busy(True)
    assert not screen.primary_button.isEnabled()
    with qtbot.assertNotEmitted(screen.check_in_requested):
        screen._on_primary_clicked()
    screen.set_busy(False)
    assert screen.primary_button.isEnabled()


def test_clear_empties_and_returns_to_the_first_page(qtbot: Any) -> None:
    screen = questions_screen(qtbot, many_questions(10))
    answer(screen, q0="a")
    screen.go_to_page(2)
    screen.clear()
    assert screen.current_page() == 0
    assert all(value is None for value in screen.answers().values())


def test_start_over(qtbot: Any) -> None:
    screen = questions_screen(qtbot)
    with qtbot.waitSignal(screen.start_over_requested, timeout=1000):
        qtbot.mouseClick(screen.start_over_button, LEFT)


def test_a_long_form_shows_its_first_page_before_the_rest_is_built(qtbot: Any) -> None:
    screen = QuestionsScreen()
    qtbot.addWidget(screen)
    show(screen, qtbot, LANDSCAPE)
    screen.set_form(form(questions=many_questions(40)), "EE")
    # Only the first page exists yet; "1 / ?" is never shown, and this is not the last page.
    assert 1 <= screen.pages.count() < 10
    assert not screen.page_label.isVisible()
    assert screen.primary_button.text() == "Next"
    # The rest is built while the event loop is idle, then the count appears.
    qtbot.waitUntil(lambda: screen.page_label.isVisible(), timeout=5000)
    assert screen.pages.count() == screen.page_count() >= 10
    assert strip_isolates(screen.page_label.text()) == f"1 / {screen.page_count()}"


def test_tapping_through_a_long_form_before_it_is_built_reaches_every_question(
    qtbot: Any,
) -> None:
    screen = QuestionsScreen()
    qtbot.addWidget(screen)
    show(screen, qtbot, LANDSCAPE)
    screen.set_form(form(questions=many_questions(40)), "EE")
    submitted: list[dict[str, Any]] = []
    screen.check_in_requested.connect(submitted.append)
    taps = 0
    while not submitted and taps < 60:
        qtbot.mouseClick(screen.primary_button, LEFT)  # no waiting: faster than the builder
        taps += 1
    assert submitted, "Check in was never offered"
    assert sorted(submitted[0]) == sorted(f"q{i}" for i in range(40))
    assert taps == screen.page_count()  # Next on every page but the last, then Check in


TALL = tuple(
    spec(
        f"q{i}",
        FieldKind.MULTI_SELECT,
        f"Question {i + 1}",
        options=tuple(f"Option {n}" for n in range(3)),
    )
    for i in range(8)
)
"""Questions tall enough that a page's room decides how many it holds."""


def test_when_the_bottom_bar_grows_the_pages_make_room(qtbot: Any) -> None:
    # The bottom bar grows (Start over on a row of its own, Large text) while the screen
    # keeps its size: only the pages lose room, and no page may then scroll.
    holder = QWidget()  # as the window's stack: the screen's size is not its own to change
    qtbot.addWidget(holder)
    holder.setFixedSize(*PORTRAIT)
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    screen = QuestionsScreen()
    screen.set_form(form(questions=TALL), "EE")
    holder.layout().addWidget(screen)
    show(holder, qtbot, PORTRAIT)
    qtbot.wait(50)
    before = screen.pages.height()
    screen.nav.setMinimumHeight(screen.nav.height() + 300)
    qtbot.waitUntil(lambda: screen.pages.height() < before - 200)
    qtbot.wait(50)
    no_page_scrolls(screen, qtbot)
