"""The widget factory and each field widget: kinds, labels, values, steps, errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.form import FieldKind, FieldSpec, FormSpec
from kiosk.domain.validation import ErrorCode, FieldError, validate_answers
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.widgets.choice_fields import ChoiceFieldWidget
from kiosk.ui.widgets.date_field import DateFieldWidget, Part, part_order
from kiosk.ui.widgets.factory import UnsupportedFieldError, create_field_widget
from kiosk.ui.widgets.field_base import FieldWidget
from kiosk.ui.widgets.numeric_field import NumericFieldWidget
from kiosk.ui.widgets.text_fields import PhoneFieldWidget, TextFieldWidget
from tests.ui.conftest import spec

Hint = Qt.InputMethodHint


def build(qtbot: Any, field: FieldSpec, **kwargs: Any) -> Any:
    widget = create_field_widget(field, **kwargs)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("kind", "cls"),
    [
        (FieldKind.FIRST_NAME, TextFieldWidget),
        (FieldKind.LAST_NAME, TextFieldWidget),
        (FieldKind.EMAIL, TextFieldWidget),
        (FieldKind.TEXT, TextFieldWidget),
        (FieldKind.PHONE, PhoneFieldWidget),
        (FieldKind.SINGLE_SELECT, ChoiceFieldWidget),
        (FieldKind.MULTI_SELECT, ChoiceFieldWidget),
        (FieldKind.NUMERIC, NumericFieldWidget),
        (FieldKind.DATE, DateFieldWidget),
    ],
)
def test_every_kind_gets_its_widget(qtbot: Any, kind: FieldKind, cls: type) -> None:
    widget = build(qtbot, spec("f", kind, "Title", options=("A", "B")))
    assert type(widget) is cls
    assert isinstance(widget, FieldWidget)
    assert widget.field_id == "f"
    assert widget.value() is None


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (FieldKind.FIRST_NAME, "First name"),
        (FieldKind.LAST_NAME, "Last name"),
        (FieldKind.PHONE, "Phone number"),
        (FieldKind.EMAIL, "Email"),
    ],
)
def test_built_in_fields_use_the_kiosks_own_labels(qtbot: Any, kind: FieldKind, label: str) -> None:
    widget = build(qtbot, FieldSpec("x", kind, "Server title"))
    assert widget.label_text() == label
    assert widget.label_widget().text() == label
    assert widget.inputs()[0].accessibleName() == label


def test_questions_use_their_title_as_plain_text(qtbot: Any) -> None:
    widget = build(qtbot, spec("t", FieldKind.TEXT, "<b>Reason</b> & more"))
    assert widget.label_widget().text() == "<b>Reason</b> & more"
    assert widget.label_widget().textFormat() == Qt.TextFormat.PlainText
    assert widget.line_edit.accessibleName() == "<b>Reason</b> & more"


@pytest.mark.parametrize("kind", list(FieldKind))
def test_required_fields_are_marked_with_words(qtbot: Any, kind: FieldKind) -> None:
    required = build(qtbot, spec("r", kind, "R", required=True, options=("A",)))
    optional = build(qtbot, spec("o", kind, "O", options=("A",)))
    assert not required.required_tag().isHidden()
    assert required.required_tag().text() == "Required"
    assert optional.required_tag().isHidden()


def test_select_without_options_and_unknown_kinds_are_refused(qtbot: Any) -> None:
    with pytest.raises(UnsupportedFieldError, match="no options"):
        create_field_widget(spec("s", FieldKind.SINGLE_SELECT, "S"))
    strange = FieldSpec("u", "hologram", "U")  # type: ignore[arg-type]
    with pytest.raises(UnsupportedFieldError, match="unknown kind"):
        create_field_widget(strange)


# -- text, email, phone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "hint"),
    [
        (FieldKind.EMAIL, Hint.ImhEmailCharactersOnly),
        (FieldKind.PHONE, Hint.ImhDialableCharactersOnly),
        (FieldKind.FIRST_NAME, Hint.ImhNoPredictiveText),
    ],
)
def test_keyboard_layout_follows_the_kind(qtbot: Any, kind: FieldKind, hint: Hint) -> None:
    widget = build(qtbot, spec("f", kind))
    assert widget.line_edit.inputMethodHints() & hint


def test_text_round_trips_and_respects_max_length(qtbot: Any) -> None:
    widget = build(qtbot, spec("t", FieldKind.TEXT, max_length=5))
    assert widget.line_edit.maxLength() == 5
    widget.set_value("Ada")
    assert widget.value() == "Ada"
    qtbot.keyClicks(widget.line_edit, "123456")
    assert widget.value() == "Ada12"
    widget.clear()
    assert widget.value() is None


def test_phone_plus_button_adds_the_plus_once(qtbot: Any) -> None:
    widget = build(qtbot, spec("p", FieldKind.PHONE), phone_example="5123 4567")
    assert widget.line_edit.placeholderText() == "5123 4567"
    widget.set_value("372 5123")
    qtbot.mouseClick(widget.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.plus_button, Qt.MouseButton.LeftButton)
    assert widget.value() == "+372 5123"
    assert widget.plus_button.label() == "+"
    assert widget.plus_button.accessibleName() == "Add a country code"
    assert widget.plus_button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_email_has_an_example_placeholder(qtbot: Any) -> None:
    widget = build(qtbot, spec("e", FieldKind.EMAIL))
    assert "@" in widget.line_edit.placeholderText()


def test_enter_asks_for_the_next_field(qtbot: Any) -> None:
    widget = build(qtbot, spec("t", FieldKind.TEXT))
    with qtbot.waitSignal(widget.next_requested, timeout=1000):
        qtbot.keyClick(widget.line_edit, Qt.Key.Key_Return)


# -- errors ----------------------------------------------------------------------------------


def test_an_error_shows_under_the_field_and_is_announced(qtbot: Any) -> None:
    widget = build(qtbot, spec("t", FieldKind.TEXT, "Title"))
    widget.set_error("Please fill this in.")
    assert not widget.error_label().isHidden()
    assert widget.error_label().text() == "Please fill this in."
    assert widget.error_text() == "Please fill this in."
    assert widget.line_edit.property("state") == "error"
    assert widget.line_edit.accessibleDescription() == "Please fill this in."
    widget.set_error(None)
    assert widget.error_label().isHidden()
    assert widget.line_edit.property("state") == ""
    assert widget.line_edit.accessibleDescription() == ""


def test_typing_clears_the_error(qtbot: Any) -> None:
    widget = build(qtbot, spec("t", FieldKind.TEXT))
    widget.show_field_error(FieldError("t", ErrorCode.REQUIRED))
    assert widget.error_text() == "Please fill this in."
    qtbot.keyClicks(widget.line_edit, "x")
    assert widget.error_text() is None


def test_option_buttons_are_marked_wrong_too(qtbot: Any) -> None:
    widget = build(qtbot, spec("s", FieldKind.SINGLE_SELECT, options=("A", "B")))
    widget.show_field_error(FieldError("s", ErrorCode.REQUIRED))
    assert widget.error_text() == "Please choose one of the options."
    assert all(b.property("state") == "error" for b in widget.buttons.values())
    assert [b.accessibleName() for b in widget.buttons.values()] == ["A", "B"]


# -- selects ---------------------------------------------------------------------------------


def test_single_select_is_exclusive(qtbot: Any) -> None:
    widget = build(qtbot, spec("s", FieldKind.SINGLE_SELECT, options=("Red", "Green", "Blue")))
    first, second, _ = widget.buttons.values()
    assert widget.group.exclusive()
    with qtbot.waitSignal(widget.value_changed, timeout=1000):
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert widget.value() == "s-1"
    assert not first.isChecked()
    widget.set_value("s-2")
    assert widget.value() == "s-2"
    widget.set_value(None)
    assert widget.value() is None


def test_multi_select_toggles_in_option_order(qtbot: Any) -> None:
    widget = build(qtbot, spec("m", FieldKind.MULTI_SELECT, options=("A", "B", "C")))
    a, _, c = widget.buttons.values()
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(a, Qt.MouseButton.LeftButton)
    assert widget.value() == ("m-0", "m-2")
    qtbot.mouseClick(a, Qt.MouseButton.LeftButton)
    assert widget.value() == ("m-2",)
    widget.set_value(("m-0", "m-1"))
    assert widget.value() == ("m-0", "m-1")
    widget.clear()
    assert widget.value() is None


def test_option_labels_wrap_instead_of_being_cut(qtbot: Any) -> None:
    long = "A really rather long answer option that will not fit on one line of a button"
    widget = build(qtbot, spec("s", FieldKind.SINGLE_SELECT, options=(long, "Short")))
    button = widget.buttons["s-0"]
    assert button.label() == long
    assert button.heightForWidth(300) > button.heightForWidth(2000)


# -- numbers ---------------------------------------------------------------------------------


def test_numeric_steps_stay_within_min_and_max(qtbot: Any) -> None:
    widget = build(qtbot, spec("n", FieldKind.NUMERIC, minimum="1", maximum="3", scale=0))
    assert strip_isolates(widget.hint_label().text()) == "From 1 to 3"
    assert not widget.hint_label().isHidden()
    qtbot.mouseClick(widget.plus_button, Qt.MouseButton.LeftButton)
    assert widget.value() == "1"
    for _ in range(5):
        widget.plus_button.click()
    assert widget.value() == "3"
    assert not widget.plus_button.isEnabled()
    widget.minus_button.click()
    assert widget.value() == "2"
    widget.minus_button.click()
    widget.minus_button.click()
    assert widget.value() == "1"
    assert not widget.minus_button.isEnabled()


def test_numeric_steps_keep_decimals_and_clamp_typed_values(qtbot: Any) -> None:
    widget = build(qtbot, spec("n", FieldKind.NUMERIC, maximum="5", scale=1))
    widget.set_value("2,5")
    widget.plus_button.click()
    assert widget.value() == "3.5"
    widget.set_value("40")
    assert not widget.plus_button.isEnabled()
    widget.minus_button.click()
    assert widget.value() == "5"
    assert strip_isolates(widget.hint_label().text()) == "Up to 5"


def test_numeric_field_takes_digits_only_when_whole(qtbot: Any) -> None:
    widget = build(qtbot, spec("n", FieldKind.NUMERIC, minimum="0", scale=0))
    assert widget.line_edit.inputMethodHints() & Hint.ImhDigitsOnly
    qtbot.keyClicks(widget.line_edit, "1a2.-3")
    assert widget.value() == "123"
    assert strip_isolates(widget.hint_label().text()) == "0 or more"


def test_numeric_field_accepts_negative_decimals_when_allowed(qtbot: Any) -> None:
    widget = build(qtbot, spec("n", FieldKind.NUMERIC, scale=2))
    assert widget.line_edit.inputMethodHints() & Hint.ImhFormattedNumbersOnly
    qtbot.keyClicks(widget.line_edit, "-1,25")
    assert widget.value() == "-1,25"
    assert widget.hint_label().isHidden()
    widget.minus_button.click()
    assert widget.value() == "-2.25"


def test_numeric_steppers_are_named_by_their_purpose_not_their_glyph(qtbot: Any) -> None:
    widget = build(qtbot, spec("n", FieldKind.NUMERIC, "Guests"))
    assert widget.line_edit.accessibleName() == "Guests"
    assert widget.plus_button.label() == "+"
    assert widget.plus_button.accessibleName() == "Increase"
    assert widget.minus_button.accessibleName() == "Decrease"
    widget.retranslate_ui()
    assert widget.minus_button.accessibleName() == "Decrease"


# -- dates -----------------------------------------------------------------------------------

TODAY = dt.date(2024, 1, 31)


def date_widget(qtbot: Any, **kwargs: Any) -> DateFieldWidget:
    widget = DateFieldWidget(
        spec("d", FieldKind.DATE, "Date of birth", **kwargs), today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    return widget


def test_date_is_unset_until_touched_then_starts_today(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    assert widget.value() is None
    assert widget.clear_button.isHidden()
    qtbot.mouseClick(widget.parts[Part.YEAR].minus_button, Qt.MouseButton.LeftButton)
    assert widget.value() == TODAY
    assert not widget.clear_button.isHidden()


def test_date_parts_step_and_keep_the_day_inside_the_month(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    widget.set_value(TODAY)
    widget.step(Part.MONTH, 1)
    assert widget.value() == dt.date(2024, 2, 29)
    widget.step(Part.YEAR, -1)
    assert widget.value() == dt.date(2023, 2, 28)
    widget.step(Part.DAY, 1)
    assert widget.value() == dt.date(2023, 2, 1)
    widget.step(Part.MONTH, -2)
    assert widget.value() == dt.date(2023, 12, 1)
    assert widget.month_label.text() == "December"


def test_date_round_trips_and_clears(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    widget.set_value(dt.date(1985, 9, 14))
    assert widget.value() == dt.date(1985, 9, 14)
    assert isinstance(widget.value(), dt.date)
    widget.set_value("2001-02-03")
    assert widget.value() == dt.date(2001, 2, 3)
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert widget.value() is None


def test_typed_year_and_day_make_a_date(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    widget.set_value(TODAY)
    widget.day_edit.clear()
    qtbot.keyClicks(widget.day_edit, "7")
    widget.year_edit.clear()
    qtbot.keyClicks(widget.year_edit, "1990x")
    assert widget.value() == dt.date(1990, 1, 7)


def test_an_incomplete_or_impossible_date_is_refused_by_the_domain(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    qtbot.keyClicks(widget.day_edit, "31")
    assert isinstance(widget.value(), str)
    the_form = FormSpec("l", "en", questions=(widget.spec,))
    errors = validate_answers(the_form, {"d": widget.value()}, default_region=None)
    assert [e.code for e in errors] == [ErrorCode.INVALID_DATE]
    widget.set_value(dt.date(2023, 4, 1))
    widget.day_edit.setText("31")
    errors = validate_answers(the_form, {"d": widget.value()}, default_region=None)
    assert [e.code for e in errors] == [ErrorCode.INVALID_DATE]


def test_date_parts_follow_the_locale_order() -> None:
    assert part_order("M/d/yy") == [Part.MONTH, Part.DAY, Part.YEAR]
    assert part_order("dd.MM.yy") == [Part.DAY, Part.MONTH, Part.YEAR]
    assert part_order("yyyy-MM-dd") == [Part.YEAR, Part.MONTH, Part.DAY]
    assert part_order("") == [Part.DAY, Part.MONTH, Part.YEAR]


def test_date_controls_are_named(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    assert widget.day_edit.accessibleName() == "Day"
    assert widget.year_edit.accessibleName() == "Year"
    assert widget.day_edit.inputMethodHints() & Hint.ImhDigitsOnly
    names = {
        (part.minus_button.accessibleName(), part.plus_button.accessibleName())
        for part in widget.parts.values()
    }
    assert names == {
        ("Previous day", "Next day"),
        ("Previous month", "Next month"),
        ("Previous year", "Next year"),
    }


def test_the_chosen_month_is_exposed_to_screen_readers(qtbot: Any) -> None:
    widget = date_widget(qtbot)
    month = widget.parts[Part.MONTH].editor
    assert month.accessibleName() == "Month"
    assert month.accessibleDescription() == ""
    widget.set_value(dt.date(2020, 12, 24))
    assert month.accessibleDescription() == widget.locale().standaloneMonthName(12)
    widget.parts[Part.MONTH].plus_button.click()
    assert month.accessibleDescription() == widget.locale().standaloneMonthName(1)


def test_values_round_trip_for_every_kind(qtbot: Any) -> None:
    samples: list[tuple[FieldSpec, Any]] = [
        (spec("a", FieldKind.FIRST_NAME), "Ada"),
        (spec("b", FieldKind.PHONE), "+372 5123 4567"),
        (spec("c", FieldKind.EMAIL), "ada@example.com"),
        (spec("d", FieldKind.TEXT), "Hello"),
        (spec("e", FieldKind.SINGLE_SELECT, options=("X", "Y")), "e-1"),
        (spec("f", FieldKind.MULTI_SELECT, options=("X", "Y")), ("f-0", "f-1")),
        (spec("g", FieldKind.NUMERIC), "12"),
        (spec("h", FieldKind.DATE), dt.date(2020, 5, 17)),
    ]
    for field, value in samples:
        widget = build(qtbot, field)
        widget.set_value(value)
        assert widget.value() == value, field.kind
        widget.clear()
        assert widget.value() is None, field.kind
        assert isinstance(widget.inputs()[0], QLineEdit | object)
