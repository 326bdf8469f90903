"""`validate_answers`: every rule, accepted and refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

import pytest

from kiosk.domain.form import FIRST_NAME_ID, FieldKind, FieldSpec, FormSpec, OptionSpec
from kiosk.domain.validation import (
    Answer,
    ErrorCode,
    FieldError,
    InvalidAnswers,
    check_answer,
    validate_answers,
)

REGION = "EE"


def _check(form: FormSpec, field_id: str, answer: Answer) -> tuple[FieldError, ...]:
    return validate_answers(form, {field_id: answer}, fields=[field_id], default_region=REGION)


def _ok(form: FormSpec, field_id: str, answer: Answer) -> None:
    assert _check(form, field_id, answer) == ()


def _refused(
    form: FormSpec, field_id: str, answer: Answer, code: ErrorCode, limit: str | None = None
) -> None:
    assert _check(form, field_id, answer) == (FieldError(field_id, code, limit),)


# First name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Jo",
        "Jane",
        " Jane  Mary ",
        "李明",
        "J" * 50,
        "Zoë",
        "ab\u202e",
        "Jo\U0001f600",
        "\u0645\u06cc\u200c\u062e",
    ],
)
def test_first_name_accepted(form_a: FormSpec, name: str) -> None:
    _ok(form_a, "fn", name)


@pytest.mark.parametrize(
    "name",
    [
        None,
        "",
        "   ",
        "\u200b\u202e",
        "\n\t",
        "\u3164\u3164",  # HANGUL FILLER
        "\u115f\u1160\uffa0",  # the other Hangul fillers
        "\u00ad\u00ad",  # SOFT HYPHEN
        "\u034f\u034f",  # COMBINING GRAPHEME JOINER
        "\u200c\u200d",  # ZWNJ + ZWJ
        "\u2061\u2063\u180e",  # invisible operators, MONGOLIAN VOWEL SEPARATOR
        "\ue000\U000f0001",  # private use
        "\ufffe\uffff\ufdd0",  # noncharacters
        "\u2800\u2800",  # BRAILLE PATTERN BLANK
    ],
)
def test_first_name_required(form_a: FormSpec, name: Answer) -> None:
    _refused(form_a, "fn", name, ErrorCode.REQUIRED)


@pytest.mark.parametrize(
    "name",
    [
        "J",
        " J ",
        "\u202eJ\u202c",
        "e\u0301",
        "\U0001f600",
        "\U0001f600\U0001f600",
        "12",
        "..",
        "J.",
        "J\u3164\u3164",
        "\u200dJ\u200c",
    ],
)
def test_first_name_too_short(form_a: FormSpec, name: str) -> None:
    _refused(form_a, "fn", name, ErrorCode.TOO_SHORT, "2")


@pytest.mark.parametrize("name", ["J" * 51, "Jo" + "\U0001f600" * 25])
def test_first_name_too_long(form_a: FormSpec, name: str) -> None:
    _refused(form_a, "fn", name, ErrorCode.TOO_LONG, "50")


def test_first_name_length_counts_after_cleaning(form_a: FormSpec) -> None:
    _ok(form_a, "fn", " " * 20 + "J" * 50 + "\u200b" * 20)


def test_first_name_is_required_even_if_the_spec_says_otherwise() -> None:
    spec = FieldSpec(id=FIRST_NAME_ID, kind=FieldKind.FIRST_NAME, label="", required=False)
    with pytest.raises(InvalidAnswers) as raised:
        check_answer(spec, None, default_region=None)
    assert raised.value.errors == (FieldError(FIRST_NAME_ID, ErrorCode.REQUIRED),)


# Last name ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["D", "Doe", "van der Berg", "L" * 50])
def test_last_name_accepted(form_a: FormSpec, name: str) -> None:
    _ok(form_a, "ln", name)


def test_last_name_too_long(form_a: FormSpec) -> None:
    _refused(form_a, "ln", "L" * 51, ErrorCode.TOO_LONG, "50")


def test_last_name_required_when_mandatory(form_a: FormSpec) -> None:
    _refused(form_a, "ln", " ", ErrorCode.REQUIRED)


@pytest.mark.parametrize("name", ["\u3164", "\u00ad\u034f", "\u200c\u200d"])
def test_a_blank_looking_last_name_is_no_answer(form_a: FormSpec, name: str) -> None:
    _refused(form_a, "ln", name, ErrorCode.REQUIRED)


@pytest.mark.parametrize("name", [".", "-", "7", "\U0001f600"])
def test_a_last_name_shows_a_letter(form_a: FormSpec, name: str) -> None:
    _refused(form_a, "ln", name, ErrorCode.TOO_SHORT, "1")


# Phone --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone", ["+372 5123 4567", "5123 4567", "+3725123-4567", "(+372) 5123 4567", "00372 5123 4567"]
)
def test_phone_accepted(form_a: FormSpec, phone: str) -> None:
    _ok(form_a, "ph", phone)


@pytest.mark.parametrize(
    "phone",
    [
        "5123 456a",
        "+372 5123 4567 ext 5",
        "1-800-FLOWERS",
        "+372 5123 4567#",
        "12",
        "+",
        "---",
        "5123+4567",
        "+372 51",
        "+999 1234 5678",
    ],
)
def test_phone_refused(form_a: FormSpec, phone: str) -> None:
    _refused(form_a, "ph", phone, ErrorCode.INVALID_PHONE)


def test_phone_too_long(form_a: FormSpec) -> None:
    _refused(form_a, "ph", "+372 " + "5" * 36, ErrorCode.TOO_LONG, "40")


def test_phone_is_optional_when_not_mandatory(form_a: FormSpec) -> None:
    _ok(form_a, "ph", "")
    _ok(form_a, "ph", None)


def test_phone_without_region_needs_a_plus(form_a: FormSpec) -> None:
    answers = {"ph": "5123 4567"}
    assert validate_answers(form_a, answers, fields=["ph"], default_region=None) == (
        FieldError("ph", ErrorCode.INVALID_PHONE),
    )
    answers = {"ph": "+372 5123 4567"}
    assert validate_answers(form_a, answers, fields=["ph"], default_region=None) == ()
    assert validate_answers(form_a, answers, fields=["ph"], default_region="") == ()


# Email --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    ["jane@example.com", "j.doe+kiosk@mail.example.ee", " jane@example.com ", "ü@bü.ee"],
)
def test_email_accepted(form_a: FormSpec, email: str) -> None:
    _ok(form_a, "em", email)


@pytest.mark.parametrize(
    "email",
    [
        "jane",
        "jane@",
        "@example.com",
        "jane@example",
        "jane@@example.com",
        "ja@ne@example.com",
        "jane doe@example.com",
        "jane@exa mple.com",
        "jane@.example.com",
        "jane@example.com.",
        "jane@example..com",
    ],
)
def test_email_refused(form_a: FormSpec, email: str) -> None:
    _refused(form_a, "em", email, ErrorCode.INVALID_EMAIL)


def test_email_too_long(form_a: FormSpec) -> None:
    _ok(form_a, "em", "j" * 88 + "@example.com")
    _refused(form_a, "em", "j" * 89 + "@example.com", ErrorCode.TOO_LONG, "100")


# Text ---------------------------------------------------------------------------------------


def test_text(form_a: FormSpec) -> None:
    _ok(form_a, "reason", "Lost my passport")
    _ok(form_a, "reason", "x" * 500)
    _ok(form_a, "reason", "")
    _refused(form_a, "reason", "x" * 501, ErrorCode.TOO_LONG, "500")


def test_text_of_the_wrong_type(form_a: FormSpec) -> None:
    _refused(form_a, "reason", ("a",), ErrorCode.INVALID_VALUE)
    _refused(form_a, "reason", dt.date(2026, 1, 1), ErrorCode.INVALID_VALUE)


# Numeric ------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["1", "10", " 2 ", "3.0", "3,", "+4", "٣", "05"])
def test_whole_number_accepted(form_a: FormSpec, number: str) -> None:
    _ok(form_a, "count", number)


@pytest.mark.parametrize(
    ("number", "code", "limit"),
    [
        ("0", ErrorCode.BELOW_MINIMUM, "1"),
        ("-1", ErrorCode.BELOW_MINIMUM, "1"),
        ("11", ErrorCode.ABOVE_MAXIMUM, "10"),
        ("10.5", ErrorCode.TOO_MANY_DECIMALS, "0"),
        ("2,5", ErrorCode.TOO_MANY_DECIMALS, "0"),
        ("two", ErrorCode.NOT_A_NUMBER, None),
        ("1e1", ErrorCode.NOT_A_NUMBER, None),
        ("NaN", ErrorCode.NOT_A_NUMBER, None),
        ("Infinity", ErrorCode.NOT_A_NUMBER, None),
        ("1 000", ErrorCode.NOT_A_NUMBER, None),
        ("1.000,5", ErrorCode.NOT_A_NUMBER, None),
        ("1..2", ErrorCode.NOT_A_NUMBER, None),
        (".", ErrorCode.NOT_A_NUMBER, None),
        ("-", ErrorCode.NOT_A_NUMBER, None),
        ("1" * 41, ErrorCode.TOO_LONG, "40"),
    ],
)
def test_whole_number_refused(
    form_a: FormSpec, number: str, code: ErrorCode, limit: str | None
) -> None:
    _refused(form_a, "count", number, code, limit)


@pytest.mark.parametrize("number", ["0", "12,50", "12.5", "999.99", "0.01", ".5", "7,"])
def test_decimal_accepted(form_a: FormSpec, number: str) -> None:
    _ok(form_a, "amount", number)


@pytest.mark.parametrize(
    ("number", "code", "limit"),
    [
        ("0.001", ErrorCode.TOO_MANY_DECIMALS, "2"),
        ("999.991", ErrorCode.TOO_MANY_DECIMALS, "2"),
        ("1000", ErrorCode.ABOVE_MAXIMUM, "999.99"),
        ("-0.01", ErrorCode.BELOW_MINIMUM, "0"),
    ],
)
def test_decimal_refused(form_a: FormSpec, number: str, code: ErrorCode, limit: str) -> None:
    _refused(form_a, "amount", number, code, limit)


def test_number_without_constraints() -> None:
    spec = FieldSpec(id="n", kind=FieldKind.NUMERIC, label="")
    form = FormSpec(line_id="1", language="en", questions=(spec,))
    _ok(form, "n", "-123456789.123456789")
    _refused(form, "n", "x", ErrorCode.NOT_A_NUMBER)


def test_bound_limits_are_plain_numbers() -> None:
    spec = FieldSpec(
        id="n", kind=FieldKind.NUMERIC, label="", minimum=Decimal("1E+2"), maximum=Decimal("2.50")
    )
    form = FormSpec(line_id="1", language="en", questions=(spec,))
    _refused(form, "n", "99", ErrorCode.BELOW_MINIMUM, "100")
    _refused(form, "n", "1000", ErrorCode.ABOVE_MAXIMUM, "2.5")


# Date ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer", [dt.date(1990, 5, 17), "1990-05-17", " 2024-02-29 ", dt.datetime(1990, 5, 17, 8, 0)]
)
def test_date_accepted(form_a: FormSpec, answer: Answer) -> None:
    _ok(form_a, "born", answer)


@pytest.mark.parametrize(
    "answer", ["2026-02-30", "2025-02-29", "2026-13-01", "17.05.1990", "19900517", "1990-5-17", "x"]
)
def test_date_refused(form_a: FormSpec, answer: str) -> None:
    _refused(form_a, "born", answer, ErrorCode.INVALID_DATE)


def test_date_of_the_wrong_type(form_a: FormSpec) -> None:
    _refused(form_a, "born", ("1990-05-17",), ErrorCode.INVALID_VALUE)


# Selects ------------------------------------------------------------------------------------


def test_single_select(form_a: FormSpec) -> None:
    _ok(form_a, "service", ("o-new",))
    _ok(form_a, "service", "o-renew")
    _refused(form_a, "service", (), ErrorCode.REQUIRED)
    _refused(form_a, "service", None, ErrorCode.REQUIRED)
    _refused(form_a, "service", ("o-new", "o-renew"), ErrorCode.TOO_MANY_CHOICES, "1")
    _refused(form_a, "service", ("t1",), ErrorCode.INVALID_CHOICE)
    _refused(form_a, "service", ("O-NEW",), ErrorCode.INVALID_CHOICE)
    _refused(form_a, "service", (1,), ErrorCode.INVALID_VALUE)  # type: ignore[arg-type]
    _refused(form_a, "service", dt.date(2026, 1, 1), ErrorCode.INVALID_VALUE)


def test_multi_select(form_a: FormSpec) -> None:
    _ok(form_a, "topics", ("t1",))
    _ok(form_a, "topics", ("t3", "t1", "t2"))
    _ok(form_a, "topics", ())
    _refused(form_a, "topics", ("t1", "t1"), ErrorCode.INVALID_CHOICE)
    _refused(form_a, "topics", ("t1", "o-new"), ErrorCode.INVALID_CHOICE)


def test_multi_select_required() -> None:
    options = (OptionSpec("a", "A"), OptionSpec("b", "B"))
    spec = FieldSpec(id="m", kind=FieldKind.MULTI_SELECT, label="", required=True, options=options)
    form = FormSpec(line_id="1", language="en", questions=(spec,))
    _refused(form, "m", (), ErrorCode.REQUIRED)
    _ok(form, "m", ("a", "b"))


# The entry point ----------------------------------------------------------------------------


def test_all_errors_in_form_order(form_a: FormSpec) -> None:
    answers: Mapping[str, Answer] = {
        "born": "2026-02-30",
        "count": "0",
        "em": "nope",
        "fn": "J",
        "ph": "abc",
    }
    assert [e.field_id for e in validate_answers(form_a, answers, default_region=REGION)] == [
        "fn",
        "ln",
        "ph",
        "em",
        "service",
        "count",
        "born",
    ]


def test_only_the_given_fields_are_checked(form_a: FormSpec) -> None:
    answers = {"fn": "Jane", "em": "nope"}
    assert validate_answers(form_a, answers, fields=["fn", "ln"], default_region=REGION) == (
        FieldError("ln", ErrorCode.REQUIRED),
    )
    assert validate_answers(form_a, answers, fields=["em", "missing"], default_region=None) == (
        FieldError("em", ErrorCode.INVALID_EMAIL),
    )
    assert validate_answers(form_a, answers, fields=[], default_region=None) == ()


def test_a_complete_form_is_valid(form_a: FormSpec) -> None:
    answers: Mapping[str, Answer] = {"fn": "Jane", "ln": "Doe", "service": ("o-new",)}
    assert validate_answers(form_a, answers, default_region=REGION) == ()


def test_check_answer_returns_the_normalised_value(form_a: FormSpec) -> None:
    spec = form_a.field("ph")
    assert spec is not None
    assert check_answer(spec, " 5123 4567 ", default_region="EE") == "+37251234567"
    assert check_answer(spec, "", default_region="EE") is None


def test_invalid_answers_is_a_value_error_with_codes() -> None:
    error = InvalidAnswers([FieldError("fn", ErrorCode.TOO_SHORT, "2")])
    assert isinstance(error, ValueError)
    assert error.errors == (FieldError("fn", ErrorCode.TOO_SHORT, "2"),)
    assert str(error) == "fn:too_short"


def test_error_codes_are_stable_strings() -> None:
    assert ErrorCode("required") is ErrorCode.REQUIRED
    assert len({code.value for code in ErrorCode}) == len(ErrorCode)
