"""Your details: built from the form, checked by the domain rules, busy while checking in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.details import DetailsScreen
from kiosk.ui.widgets.text_fields import PhoneFieldWidget
from tests.ui.conftest import DETAILS, form, show

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot: Any) -> DetailsScreen:
    details = DetailsScreen()
    qtbot.addWidget(details)
    details.set_form(form(), "EE")
    show(details, qtbot)
    details.activateWindow()
    qtbot.waitActive(details)
    return details


def fill(screen: DetailsScreen, **values: str) -> None:
    for field_id, value in values.items():
        widget = screen.field_widget(field_id)
        assert widget is not None
        widget.set_value(value)


def test_builds_the_detail_fields_with_the_kiosks_labels(screen: DetailsScreen) -> None:
    assert screen.title_label.text() == "Your details"
    labels = [w.label_text() for w in screen.field_widgets()]
    assert labels == ["First name", "Last name", "Phone number", "Email"]
    required = [not w.required_tag().isHidden() for w in screen.field_widgets()]
    assert required == [True, False, True, False]
    assert isinstance(screen.field_widget("ph"), PhoneFieldWidget)


def test_a_one_letter_first_name_is_refused_under_the_field(
    qtbot: Any, screen: DetailsScreen
) -> None:
    fill(screen, firstName="A", ph="5123 4567")
    with qtbot.assertNotEmitted(screen.completed):
        qtbot.mouseClick(screen.primary_button, LEFT)
    first = screen.field_widget("firstName")
    assert first is not None
    assert strip_isolates(first.error_text()) == "Please enter at least 2 letters."
    assert first.error_label().isVisible()
    assert QApplication.focusWidget() is first.inputs()[0]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("\u3164\u3164\u3164", "Please fill this in."),  # HANGUL FILLER
        ("\u200c\u200d\u00ad\u034f", "Please fill this in."),  # joiners, soft hyphen, CGJ
        ("\ue000\ufffe", "Please fill this in."),  # private use, noncharacter
        ("A\u3164", "Please enter at least 2 letters."),
        ("12", "Please enter at least 2 letters."),
    ],
)
def test_a_name_that_looks_blank_is_refused_under_the_field(
    qtbot: Any, screen: DetailsScreen, typed: str, message: str
) -> None:
    fill(screen, firstName=typed, ph="5123 4567")
    with qtbot.assertNotEmitted(screen.completed):
        qtbot.mouseClick(screen.primary_button, LEFT)
    first = screen.field_widget("firstName")
    assert first is not None
    assert strip_isolates(first.error_text()) == message
    assert first.error_label().isVisible()


def test_a_phone_with_letters_is_refused(qtbot: Any, screen: DetailsScreen) -> None:
    fill(screen, firstName="Ada", ph="12ab34")
    with qtbot.assertNotEmitted(screen.completed):
        qtbot.mouseClick(screen.primary_button, LEFT)
    phone = screen.field_widget("ph")
    assert phone is not None
    assert phone.error_text() == "Please enter a phone number with its area code."
    assert QApplication.focusWidget() is phone.inputs()[0]


def test_missing_required_fields_are_reported_in_order(qtbot: Any, screen: DetailsScreen) -> None:
    with qtbot.assertNotEmitted(screen.completed):
        qtbot.mouseClick(screen.primary_button, LEFT)
    errors = {w.field_id: w.error_text() for w in screen.field_widgets()}
    assert errors == {
        "firstName": "Please fill this in.",
        "ln": None,
        "ph": "Please fill this in.",
        "em": None,
    }
    assert QApplication.focusWidget() is screen.field_widgets()[0].inputs()[0]


def test_a_valid_form_completes_with_the_answers(qtbot: Any, screen: DetailsScreen) -> None:
    fill(screen, firstName="Ada", ln="Lovelace", ph="5123 4567")
    with qtbot.waitSignal(screen.completed, timeout=1000) as blocker:
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert blocker.args == [{"firstName": "Ada", "ln": "Lovelace", "ph": "5123 4567", "em": None}]
    assert all(w.error_text() is None for w in screen.field_widgets())


def test_typing_into_the_fields(qtbot: Any, screen: DetailsScreen) -> None:
    first = screen.field_widget("firstName")
    phone = screen.field_widget("ph")
    assert first is not None
    assert phone is not None
    qtbot.keyClicks(first.inputs()[0], "Grace")
    qtbot.keyClick(first.inputs()[0], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.field_widget("ln").inputs()[0]  # type: ignore[union-attr]
    qtbot.keyClicks(phone.inputs()[0], "+1 201-555-0123")
    with qtbot.waitSignal(screen.completed, timeout=1000) as blocker:
        qtbot.mouseClick(screen.primary_button, LEFT)
    assert blocker.args[0]["firstName"] == "Grace"
    assert blocker.args[0]["ph"] == "+1 201-555-0123"


def test_primary_button_reads_check_in_when_no_questions_follow(screen: DetailsScreen) -> None:
    assert screen.primary_button.text() == "Next"
    screen.set_final(True)
    assert screen.primary_button.text() == "Check in"
    assert screen.primary_button.accessibleName() == "Check in"
    screen.set_final(False)
    assert screen.primary_button.text() == "Next"


def test_busy_disables_the_primary_button_and_shows_a_spinner(
    qtbot: Any, screen: DetailsScreen
) -> None:
    fill(screen, firstName="Ada", ph="5123 4567")
    screen.set_busy(True)
    assert not screen.primary_button.isEnabled()
    assert screen.nav.busy_indicator.isVisible()
    assert screen.nav.busy_indicator.is_animating()
    with qtbot.assertNotEmitted(screen.completed):
        qtbot.mouseClick(screen.primary_button, LEFT)
        screen.nav.primary_button.click()
        screen._on_primary_clicked()
    screen.set_busy(False)
    assert screen.primary_button.isEnabled()
    assert not screen.nav.busy_indicator.isVisible()
    assert not screen.nav.busy_indicator.is_animating()


def test_errors_from_the_check_in_are_shown_and_focused(screen: DetailsScreen) -> None:
    screen.show_errors(
        (FieldError("em", ErrorCode.INVALID_EMAIL), FieldError("zz", ErrorCode.REQUIRED))
    )
    email = screen.field_widget("em")
    assert email is not None
    assert email.error_text() == "Please enter an email address, like name@example.com."
    assert QApplication.focusWidget() is email.inputs()[0]


def test_clear_forgets_everything(screen: DetailsScreen) -> None:
    fill(screen, firstName="Ada", ph="x")
    screen.show_errors((FieldError("ph", ErrorCode.INVALID_PHONE),))
    screen.set_busy(True)
    screen.clear()
    assert all(v is None for v in screen.answers().values())
    assert all(w.error_text() is None for w in screen.field_widgets())
    assert screen.primary_button.isEnabled()


def test_the_same_form_reuses_its_widgets(screen: DetailsScreen) -> None:
    before = screen.field_widgets()
    fill(screen, firstName="Ada")
    screen.set_form(form(), "EE")
    assert screen.field_widgets() == before
    assert screen.answers()["firstName"] is None
    screen.set_form(form(details=DETAILS[:1]), "EE")
    assert [w.field_id for w in screen.field_widgets()] == ["firstName"]


def test_phone_example_reaches_the_field_and_its_message(qtbot: Any) -> None:
    details = DetailsScreen()
    qtbot.addWidget(details)
    details.set_form(form(), "EE", phone_example="5123 4567")
    phone = details.field_widget("ph")
    assert phone is not None
    phone.set_value("12")
    details.field_widget("firstName").set_value("Ada")  # type: ignore[union-attr]
    details.primary_button.click()
    assert strip_isolates(phone.error_text() or "") == (
        "Please enter a phone number, for example 5123 4567."
    )


def test_back_and_start_over(qtbot: Any, screen: DetailsScreen) -> None:
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        qtbot.mouseClick(screen.back_button, LEFT)
    with qtbot.waitSignal(screen.start_over_requested, timeout=1000):
        qtbot.mouseClick(screen.start_over_button, LEFT)
