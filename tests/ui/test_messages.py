"""Error codes in words a visitor understands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from kiosk.domain.form import FieldKind
from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.messages import error_message, format_number
from tests.ui.conftest import spec


@pytest.mark.parametrize(
    ("kind", "code", "limit", "expected"),
    [
        (FieldKind.TEXT, ErrorCode.REQUIRED, None, "Please fill this in."),
        (FieldKind.SINGLE_SELECT, ErrorCode.REQUIRED, None, "Please choose one of the options."),
        (FieldKind.MULTI_SELECT, ErrorCode.REQUIRED, None, "Please choose at least one option."),
        (FieldKind.DATE, ErrorCode.REQUIRED, None, "Please choose a date."),
        (FieldKind.FIRST_NAME, ErrorCode.TOO_SHORT, "2", "Please enter at least 2 letters."),
        (FieldKind.TEXT, ErrorCode.TOO_SHORT, "1", "Please enter at least one character."),
        (FieldKind.TEXT, ErrorCode.TOO_LONG, "500", "Please use no more than 500 characters."),
        (
            FieldKind.EMAIL,
            ErrorCode.INVALID_EMAIL,
            None,
            "Please enter an email address, like name@example.com.",
        ),
        (FieldKind.NUMERIC, ErrorCode.NOT_A_NUMBER, None, "Please enter a number."),
        (FieldKind.NUMERIC, ErrorCode.BELOW_MINIMUM, "1", "Please enter a number of at least 1."),
        (
            FieldKind.NUMERIC,
            ErrorCode.ABOVE_MAXIMUM,
            "10",
            "Please enter a number no larger than 10.",
        ),
        (FieldKind.NUMERIC, ErrorCode.TOO_MANY_DECIMALS, "0", "Please enter a whole number."),
        (
            FieldKind.NUMERIC,
            ErrorCode.TOO_MANY_DECIMALS,
            "2",
            "Please use no more than 2 decimal places.",
        ),
        (FieldKind.DATE, ErrorCode.INVALID_DATE, None, "Please choose a real date."),
        (
            FieldKind.SINGLE_SELECT,
            ErrorCode.INVALID_CHOICE,
            None,
            "Please choose one of the options shown.",
        ),
        (
            FieldKind.SINGLE_SELECT,
            ErrorCode.TOO_MANY_CHOICES,
            "1",
            "Please choose only one option.",
        ),
        (FieldKind.TEXT, ErrorCode.INVALID_VALUE, None, "Please check this answer."),
    ],
)
def test_each_code_has_a_plain_sentence(
    kind: FieldKind, code: ErrorCode, limit: str | None, expected: str
) -> None:
    error = FieldError("f", code, limit)
    assert strip_isolates(error_message(error, spec("f", kind))) == expected


def test_every_error_code_has_words() -> None:
    for code in ErrorCode:
        text = error_message(FieldError("f", code, "3"))
        assert text.startswith("Please")
        assert text.endswith(".")


def test_phone_message_quotes_a_local_example_when_known() -> None:
    error = FieldError("p", ErrorCode.INVALID_PHONE)
    # The example is isolated as left to right, so an Arabic sentence keeps its digit groups.
    assert error_message(error, phone_example="5123 4567") == (
        "Please enter a phone number, for example \u20665123 4567\u2069."
    )
    assert error_message(error) == "Please enter a phone number with its area code."


def test_bounds_are_written_the_visitors_way() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("et"))
        assert format_number("2.5") == "2,5"
        QLocale.setDefault(QLocale("en"))
        assert format_number("-2.5") == "-2.5"
    finally:
        QLocale.setDefault(previous)
