"""Your number (ticket, countdown) and the message screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.message import MessageKind, MessageScreen
from kiosk.ui.screens.ticket import TicketScreen
from kiosk.ui.theme import active_theme
from tests.ui.conftest import show

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ticket(qtbot: Any) -> TicketScreen:
    screen = TicketScreen()
    qtbot.addWidget(screen)
    return screen


def test_shows_the_number_exactly_and_very_large(qtbot: Any, ticket: TicketScreen) -> None:
    ticket.show_ticket("A-42", "Passports and ID cards", "Ada", "L")
    show(ticket, qtbot)
    assert ticket.number_label.text() == "A-42"
    assert ticket.number_label.textFormat() == Qt.TextFormat.PlainText
    assert ticket.number_label.isVisible()
    assert ticket.number_label.font().pixelSize() >= 96
    assert ticket.number_label.font().pixelSize() == active_theme().size.text_ticket
    assert ticket.line_label.text() == "Passports and ID cards"
    assert strip_isolates(ticket.thanks_label.text()) == "Thank you, Ada!"
    assert ticket.seat_label.text() == "Please take a seat, we will call you."
    assert not ticket.by_name_label.isVisible()


def test_odd_numbers_are_shown_as_given(ticket: TicketScreen) -> None:
    ticket.show_ticket("<b>007</b> &", "X", "Ada", None)
    assert ticket.number_label.text() == "<b>007</b> &"


def test_without_a_number_the_visitor_is_called_by_name(qtbot: Any, ticket: TicketScreen) -> None:
    ticket.show_ticket(None, "Passports and ID cards", "Ada", "L")
    show(ticket, qtbot)
    assert strip_isolates(ticket.by_name_label.text()) == "We will call you by name, Ada L."
    assert ticket.by_name_label.isVisible()
    assert not ticket.number_label.isVisible()
    ticket.show_ticket(None, "X", "Ada", None)
    assert strip_isolates(ticket.by_name_label.text()) == "We will call you by name, Ada."


def test_done_returns_at_once_and_only_once(qtbot: Any, ticket: TicketScreen) -> None:
    ticket.show_ticket("A-1", "X", "Ada", None)
    show(ticket, qtbot)
    assert ticket.done_button.text() == "Done"
    with qtbot.waitSignal(ticket.done_requested, timeout=1000):
        qtbot.mouseClick(ticket.done_button, LEFT)
    assert not ticket.is_counting_down()
    with qtbot.assertNotEmitted(ticket.done_requested, wait=100):
        qtbot.mouseClick(ticket.done_button, LEFT)


def test_returns_by_itself_after_the_set_time(qtbot: Any, ticket: TicketScreen) -> None:
    assert ticket.return_after() == 15
    ticket.set_return_after(0.2)
    ticket.show_ticket("A-1", "X", "Ada", None)
    assert ticket.is_counting_down()
    assert strip_isolates(ticket.countdown_label.text()) == "Returning to the start in 1 second."
    with qtbot.waitSignal(ticket.done_requested, timeout=2000):
        pass
    assert not ticket.is_counting_down()


def test_countdown_text_counts_seconds(ticket: TicketScreen) -> None:
    ticket.set_return_after(15)
    ticket.show_ticket("A-1", "X", "Ada", None)
    assert strip_isolates(ticket.countdown_label.text()) == "Returning to the start in 15 seconds."
    assert ticket.seconds_left() == 15


def test_hiding_the_screen_stops_the_countdown(qtbot: Any, ticket: TicketScreen) -> None:
    ticket.set_return_after(0.2)
    ticket.show_ticket("A-1", "X", "Ada", None)
    show(ticket, qtbot)
    ticket.hide()
    assert not ticket.is_counting_down()
    with qtbot.assertNotEmitted(ticket.done_requested, wait=400):
        pass


@pytest.fixture
def message(qtbot: Any) -> MessageScreen:
    screen = MessageScreen()
    qtbot.addWidget(screen)
    show(screen, qtbot)
    return screen


@pytest.mark.parametrize(
    ("kind", "text", "retry", "start_over"),
    [
        (MessageKind.LOADING, "Getting ready…", False, False),
        (MessageKind.LOAD_FAILED, "We can't reach the queue right now.", True, False),
        (
            MessageKind.SEE_FRONT_DESK,
            "We couldn't check you in. Please see the front desk.",
            False,
            True,
        ),
        (
            MessageKind.UNAVAILABLE,
            "This kiosk is temporarily unavailable. Please see the front desk.",
            False,
            False,
        ),
        (
            MessageKind.QUEUED,
            "We could not reach the queue right now. Your check-in is saved and will be sent "
            "automatically. If you have not been called within 20 minutes",
            False,
            True,
        ),
        (MessageKind.CLOSED, "We are closed right now.", False, False),
        (
            MessageKind.NO_SERVICE,
            "No service is available at the moment. Please see the front desk.",
            False,
            False,
        ),
    ],
)
def test_each_message_says_what_happened_and_offers_what_applies(
    message: MessageScreen, kind: MessageKind, text: str, retry: bool, start_over: bool
) -> None:
    message.show_message(kind)
    assert message.kind() is kind
    assert strip_isolates(message.text()).startswith(text)
    assert message.retry_button.isVisible() is retry
    assert message.start_over_button.isVisible() is start_over
    assert message.spinner.isVisible() is (kind is MessageKind.LOADING)
    assert message.spinner.is_animating() is (kind is MessageKind.LOADING)


def test_message_buttons_emit(qtbot: Any, message: MessageScreen) -> None:
    message.show_message(MessageKind.LOAD_FAILED)
    assert message.retry_button.text() == "Try again"
    with qtbot.waitSignal(message.retry_requested, timeout=1000):
        qtbot.mouseClick(message.retry_button, LEFT)
    message.show_message(MessageKind.QUEUED)
    assert message.start_over_button.text() == "Done"
    with qtbot.waitSignal(message.start_over_requested, timeout=1000):
        qtbot.mouseClick(message.start_over_button, LEFT)


def test_a_saved_check_in_says_for_how_long_it_is_tried(message: MessageScreen) -> None:
    message.set_queue_minutes(45)
    message.show_message(MessageKind.QUEUED)
    assert "within 45 minutes" in strip_isolates(message.text())


def test_closed_can_say_when_it_opens(message: MessageScreen) -> None:
    message.show_message(MessageKind.CLOSED, "We open on Monday at 9:00.")
    assert message.detail_label.text() == "We open on Monday at 9:00."
    assert message.detail_label.isVisible()
    message.show_message(MessageKind.CLOSED)
    assert not message.detail_label.isVisible()
