"""Checking a visitor's answers against a `FormSpec` and turning them into a `TicketRequest`.

Screens call `validate_answers` for their own fields when the visitor taps Next; the check-in
step calls `build_ticket_request`, which checks everything again and either returns a request
Qminder's documented rules accept or raises `InvalidAnswers`. Errors are codes with an
optional bound (`FieldError.limit`); the UI turns them into sentences in the visitor's language.

Every typed answer is cleaned with `kiosk.domain.text.clean_text` first; what is sent is the
cleaned (and, for phones, numbers and dates, normalised) value, so nothing invisible reaches
a request body. A first name must show at least two letters, a last name (when given) one:
"..", "12" or a row of Hangul fillers is not a name. Maximum lengths count UTF-16
code units (`utf16_length`), so an emoji counts 2, as in Qt's line edits and, presumably,
Qminder's Java-based validation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from kiosk.domain.form import (
    EMAIL_MAX,
    FIRST_NAME_ID,
    FIRST_NAME_MAX,
    LAST_NAME_MAX,
    TEXT_MAX,
    FieldKind,
    FieldSpec,
    FormSpec,
)
from kiosk.domain.numeric import decimal_places, parse_number, plain
from kiosk.domain.phone import normalise_phone
from kiosk.domain.text import clean_text, letter_count, utf16_length
from kiosk.domain.ticket import FieldAnswer, Label, TicketRequest

FIRST_NAME_MIN = 2
"""Letters a first name must show (Qminder asks for 2 characters; dots and digits do not
make a name)."""
LAST_NAME_MIN = 1
"""Letters a last name must show when one is given (an initial is enough)."""

_NAME_MIN: Mapping[FieldKind, int] = {
    FieldKind.FIRST_NAME: FIRST_NAME_MIN,
    FieldKind.LAST_NAME: LAST_NAME_MIN,
}

Answer: TypeAlias = str | tuple[str, ...] | dt.date | None
"""A visitor's answer to one field.

Text, phone, email and numeric fields: the typed string (numbers may use a decimal comma).
Selects: a tuple of option ids (a single id as a string is accepted too). Date: a `date`, or
an ISO ``"YYYY-MM-DD"`` string. None, an empty string or an empty tuple mean unanswered.
"""


class ErrorCode(StrEnum):
    """Why an answer was refused; the UI owns the wording."""

    REQUIRED = "required"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    INVALID_PHONE = "invalid_phone"
    INVALID_EMAIL = "invalid_email"
    NOT_A_NUMBER = "not_a_number"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    TOO_MANY_DECIMALS = "too_many_decimals"
    INVALID_DATE = "invalid_date"
    INVALID_CHOICE = "invalid_choice"
    TOO_MANY_CHOICES = "too_many_choices"
    INVALID_VALUE = "invalid_value"
    """The answer has the wrong Python type for its field (a bug in the caller, not the visitor)."""


@dataclass(frozen=True, slots=True)
class FieldError:
    """One refused answer.

    `limit` is the bound that was crossed, as display text, for TOO_SHORT / TOO_LONG
    (characters), BELOW_MINIMUM / ABOVE_MAXIMUM (the number), TOO_MANY_DECIMALS (places) and
    TOO_MANY_CHOICES (choices); None otherwise.
    """

    field_id: str
    code: ErrorCode
    limit: str | None = None


class InvalidAnswers(ValueError):
    """The answers cannot make a ticket.

    `errors` holds one error per refused field, in form order.
    """

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(" ".join(f"{e.field_id}:{e.code.value}" for e in self.errors))


Value: TypeAlias = str | tuple[str, ...]
"""A checked answer, ready for the request body: a string, or option ids."""


class _Refused(Exception):
    def __init__(self, code: ErrorCode, limit: object = None) -> None:
        super().__init__(code)
        self.code = code
        self.limit = None if limit is None else str(limit)


_API_MAX_LENGTH: Mapping[FieldKind, int] = {
    FieldKind.FIRST_NAME: FIRST_NAME_MAX,
    FieldKind.LAST_NAME: LAST_NAME_MAX,
    FieldKind.EMAIL: EMAIL_MAX,
    FieldKind.TEXT: TEXT_MAX,
    FieldKind.NUMERIC: TEXT_MAX,
}
"""Qminder's own limits: a spec may ask for less, never for more."""

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
"""One ``@``, a non-empty local part, a dotted domain without empty labels, no whitespace."""

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _max_length(spec: FieldSpec) -> int:
    api = _API_MAX_LENGTH.get(spec.kind)
    return spec.max_length if api is None else min(spec.max_length, api)


def _typed_text(answer: Answer) -> str:
    if not isinstance(answer, str):
        raise _Refused(ErrorCode.INVALID_VALUE)
    return clean_text(answer)


def _check_length(spec: FieldSpec, text: str) -> None:
    limit = _max_length(spec)
    if utf16_length(text) > limit:
        raise _Refused(ErrorCode.TOO_LONG, limit)


_Check: TypeAlias = Callable[[FieldSpec, Answer, str | None], Value | None]
"""Checks one answer of a kind of field: its value, or None when unanswered."""


def _entered(spec: FieldSpec, answer: Answer, least_letters: int | None = None) -> str | None:
    """The typed text, cleaned, with at least `least_letters` letters and within the field's
    length; None when nothing was typed."""
    text = _typed_text(answer)
    if not text:
        return None
    if least_letters is not None and letter_count(text) < least_letters:
        raise _Refused(ErrorCode.TOO_SHORT, least_letters)
    _check_length(spec, text)
    return text


def _text(spec: FieldSpec, answer: Answer, region: str | None) -> Value | None:
    return _entered(spec, answer, _NAME_MIN.get(spec.kind))


def _typed(check: Callable[[FieldSpec, str, str | None], Value]) -> _Check:
    """A check of what was typed, run only when something was (see `_entered`)."""

    def checked(spec: FieldSpec, answer: Answer, region: str | None) -> Value | None:
        text = _entered(spec, answer)
        return None if text is None else check(spec, text, region)

    return checked


def _phone(spec: FieldSpec, text: str, region: str | None) -> Value:
    number = normalise_phone(text, region)
    if number is None:
        raise _Refused(ErrorCode.INVALID_PHONE)
    return number


def _email(spec: FieldSpec, text: str, region: str | None) -> Value:
    if not _EMAIL.fullmatch(text):
        raise _Refused(ErrorCode.INVALID_EMAIL)
    return text


def _numeric(spec: FieldSpec, text: str, region: str | None) -> Value:
    number = parse_number(text)
    if number is None:
        raise _Refused(ErrorCode.NOT_A_NUMBER)
    if spec.scale is not None and decimal_places(number) > spec.scale:
        raise _Refused(ErrorCode.TOO_MANY_DECIMALS, spec.scale)
    if spec.minimum is not None and number < spec.minimum:
        raise _Refused(ErrorCode.BELOW_MINIMUM, plain(spec.minimum))
    if spec.maximum is not None and number > spec.maximum:
        raise _Refused(ErrorCode.ABOVE_MAXIMUM, plain(spec.maximum))
    value = plain(number)
    _check_length(spec, value)
    return value


def _date(spec: FieldSpec, answer: Answer, region: str | None) -> Value | None:
    if isinstance(answer, dt.date):
        return dt.date(answer.year, answer.month, answer.day).isoformat()
    text = _typed_text(answer)
    if not text:
        return None
    if not _ISO_DATE.fullmatch(text):
        raise _Refused(ErrorCode.INVALID_DATE)
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise _Refused(ErrorCode.INVALID_DATE) from None


def _choices(spec: FieldSpec, answer: Answer, region: str | None) -> Value | None:
    if isinstance(answer, str):
        chosen: tuple[object, ...] = (answer,) if answer else ()
    elif isinstance(answer, tuple | list):
        chosen = tuple(answer)
    else:
        raise _Refused(ErrorCode.INVALID_VALUE)
    if not chosen:
        return None
    if not all(isinstance(option_id, str) for option_id in chosen):
        raise _Refused(ErrorCode.INVALID_VALUE)
    known = [option.id for option in spec.options]
    if len(set(chosen)) != len(chosen) or not set(chosen) <= set(known):
        raise _Refused(ErrorCode.INVALID_CHOICE)
    if spec.kind is FieldKind.SINGLE_SELECT and len(chosen) > 1:
        raise _Refused(ErrorCode.TOO_MANY_CHOICES, 1)
    return tuple(option_id for option_id in known if option_id in chosen)


_CHECKS: Mapping[FieldKind, _Check] = {
    FieldKind.FIRST_NAME: _text,
    FieldKind.LAST_NAME: _text,
    FieldKind.TEXT: _text,
    FieldKind.PHONE: _typed(_phone),
    FieldKind.EMAIL: _typed(_email),
    FieldKind.NUMERIC: _typed(_numeric),
    FieldKind.DATE: _date,
    FieldKind.SINGLE_SELECT: _choices,
    FieldKind.MULTI_SELECT: _choices,
}


def check_answer(spec: FieldSpec, answer: Answer, *, default_region: str | None) -> Value | None:
    """The cleaned, normalised value of one answer; None when it is (acceptably) unanswered.

    A first name is required whatever the spec says: Qminder refuses a ticket without one.

    Raises:
        InvalidAnswers: with the one error for this field.
    """
    if answer is None:
        value = None
    else:
        try:
            value = _CHECKS[spec.kind](spec, answer, default_region)
        except _Refused as refused:
            raise InvalidAnswers((FieldError(spec.id, refused.code, refused.limit),)) from None
    if value is None and (spec.required or spec.kind is FieldKind.FIRST_NAME):
        raise InvalidAnswers((FieldError(spec.id, ErrorCode.REQUIRED),))
    return value


def _check_all(
    specs: Iterable[FieldSpec], answers: Mapping[str, Answer], region: str | None
) -> tuple[dict[str, Value], tuple[FieldError, ...]]:
    values: dict[str, Value] = {}
    errors: list[FieldError] = []
    for spec in specs:
        try:
            value = check_answer(spec, answers.get(spec.id), default_region=region)
        except InvalidAnswers as invalid:
            errors.extend(invalid.errors)
            continue
        if value is not None:
            values[spec.id] = value
    return values, tuple(errors)


def validate_answers(
    form: FormSpec,
    answers: Mapping[str, Answer],
    *,
    fields: Iterable[str] | None = None,
    default_region: str | None,
) -> tuple[FieldError, ...]:
    """The errors of the answers to `fields` (ids; default: every field of the form), in form order.

    `default_region` is the location's country code ("EE"), used to read phone numbers typed
    without a country code. Ids in `fields` that are not in the form are ignored.
    """
    wanted = None if fields is None else frozenset(fields)
    specs = [spec for spec in form.fields if wanted is None or spec.id in wanted]
    return _check_all(specs, answers, default_region)[1]


_TOP_LEVEL_KEYS: Mapping[FieldKind, str] = {  # the `BUILTIN_KINDS`
    FieldKind.FIRST_NAME: "first_name",
    FieldKind.LAST_NAME: "last_name",
    FieldKind.PHONE: "phone_number",
    FieldKind.EMAIL: "email",
}


def _labels(labels: Sequence[str]) -> tuple[Label, ...]:
    cleaned = (clean_text(label) for label in labels)
    return tuple(Label(value=value) for value in dict.fromkeys(cleaned) if value)


def build_ticket_request(
    form: FormSpec,
    answers: Mapping[str, Answer],
    *,
    default_region: str | None,
    labels: Sequence[str] = (),
) -> TicketRequest:
    """The `POST /tickets` request for a visitor's answers to `form`.

    Details (`BUILTIN_KINDS`) go to the top-level keys (`lastName`, `phoneNumber` and `email`
    only when answered), questions to `fields[]` (NUMERIC as a plain decimal with ``.``, DATE
    as ``YYYY-MM-DD``, selects as `optionIds`); unanswered optional fields and answers to ids
    the form does not have are left out. `languageCode` is the form's language when it fits
    Qminder's 2–5 characters. `labels` are cleaned; blank and repeated ones are dropped, and
    one longer than 50 characters raises `pydantic.ValidationError` (a configuration error).

    Raises:
        InvalidAnswers: every refused answer, in form order. A form without a first-name
            field (never built by `build_form`) reports the first name as REQUIRED.
    """
    values, errors = _check_all(form.fields, answers, default_region)
    if not any(spec.kind is FieldKind.FIRST_NAME for spec in form.fields):
        errors = (FieldError(FIRST_NAME_ID, ErrorCode.REQUIRED), *errors)
    if errors:
        raise InvalidAnswers(errors)

    top_level: dict[str, str] = {}
    field_answers: list[FieldAnswer] = []
    for spec in form.fields:
        value = values.get(spec.id)
        if value is None:
            continue
        key = _TOP_LEVEL_KEYS.get(spec.kind)
        if key is not None and isinstance(value, str):
            top_level.setdefault(key, value)
        elif isinstance(value, str):
            field_answers.append(FieldAnswer(input_field_id=spec.id, value=value))
        else:
            field_answers.append(FieldAnswer(input_field_id=spec.id, option_ids=value))

    language = form.language if 2 <= len(form.language) <= 5 else None
    return TicketRequest(
        line_id=form.line_id,
        first_name=top_level["first_name"],
        last_name=top_level.get("last_name"),
        phone_number=top_level.get("phone_number"),
        email=top_level.get("email"),
        language_code=language,
        fields=tuple(field_answers),
        labels=_labels(labels),
    )
