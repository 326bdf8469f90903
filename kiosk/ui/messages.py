"""What the visitor reads when an answer is refused: one sentence per `ErrorCode`.

The domain says *why* an answer was refused (`FieldError`: a code and the bound crossed);
this module says it in words a visitor understands, in their language. The sentences are
translated with Qt Linguist in the ``FieldErrors`` context (spelled out in every call so
``pyside6-lupdate`` finds them). Counts of one have their own source text, so English reads
right without a .qm file; other counts use Qt's numerus forms (%n) for languages with several
plurals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.domain.validation import FieldError

_CHOICE_KINDS = frozenset({FieldKind.SINGLE_SELECT, FieldKind.MULTI_SELECT})
_NAME_KINDS = frozenset({FieldKind.FIRST_NAME, FieldKind.LAST_NAME})


def _count(limit: str | None) -> int | None:
    try:
        return int(limit) if limit is not None else None
    except ValueError:
        return None


def format_number(limit: str) -> str:
    """A bound such as ``"2.5"`` written the visitor's way (``"2,5"`` in Estonian)."""
    locale = QLocale()
    if limit.startswith("-"):
        limit = locale.negativeSign() + limit[1:]
    return limit.replace(".", locale.decimalPoint())


def _required(kind: FieldKind | None) -> str:
    if kind is FieldKind.SINGLE_SELECT:
        return QCoreApplication.translate("FieldErrors", "Please choose one of the options.")
    if kind is FieldKind.MULTI_SELECT:
        return QCoreApplication.translate("FieldErrors", "Please choose at least one option.")
    if kind is FieldKind.DATE:
        return QCoreApplication.translate("FieldErrors", "Please choose a date.")
    return QCoreApplication.translate("FieldErrors", "Please fill this in.")


def _too_short(kind: FieldKind | None, limit: int | None) -> str:
    if limit is None:
        return QCoreApplication.translate("FieldErrors", "Please enter a little more.")
    if kind in _NAME_KINDS:
        if limit == 1:
            return QCoreApplication.translate("FieldErrors", "Please enter at least one letter.")
        return QCoreApplication.translate(
            "FieldErrors", "Please enter at least %n letters.", None, limit
        )
    if limit == 1:
        return QCoreApplication.translate("FieldErrors", "Please enter at least one character.")
    return QCoreApplication.translate(
        "FieldErrors", "Please enter at least %n characters.", None, limit
    )


def _too_long(limit: int | None) -> str:
    if limit is None:
        return QCoreApplication.translate("FieldErrors", "Please make this shorter.")
    if limit == 1:
        return QCoreApplication.translate("FieldErrors", "Please use only one character.")
    return QCoreApplication.translate(
        "FieldErrors", "Please use no more than %n characters.", None, limit
    )


def _phone(example: str | None) -> str:
    if example:
        return QCoreApplication.translate(
            "FieldErrors", "Please enter a phone number, for example %1."
        ).replace("%1", example)
    return QCoreApplication.translate(
        "FieldErrors", "Please enter a phone number with its area code."
    )


def _decimals(limit: int | None) -> str:
    if limit == 0:
        return QCoreApplication.translate("FieldErrors", "Please enter a whole number.")
    if limit is None:
        return QCoreApplication.translate("FieldErrors", "Please use fewer decimal places.")
    if limit == 1:
        return QCoreApplication.translate(
            "FieldErrors", "Please use no more than one decimal place."
        )
    return QCoreApplication.translate(
        "FieldErrors", "Please use no more than %n decimal places.", None, limit
    )


def _choices(limit: int | None) -> str:
    if limit == 1:
        return QCoreApplication.translate("FieldErrors", "Please choose only one option.")
    if limit is None:
        return QCoreApplication.translate("FieldErrors", "Please choose fewer options.")
    return QCoreApplication.translate(
        "FieldErrors", "Please choose no more than %n options.", None, limit
    )


def error_message(
    error: FieldError, spec: FieldSpec | None = None, *, phone_example: str | None = None
) -> str:
    """The sentence shown under a refused field.

    Args:
        error: what the domain refused.
        spec: the field, when known: lets the wording fit it ("choose" for options).
        phone_example: a phone number written the local way, quoted in INVALID_PHONE.
    """
    kind = spec.kind if spec is not None else None
    code = str(error.code)
    limit = error.limit
    match code:
        case "required":
            return _required(kind)
        case "too_short":
            return _too_short(kind, _count(limit))
        case "too_long":
            return _too_long(_count(limit))
        case "invalid_phone":
            return _phone(phone_example)
        case "invalid_email":
            return QCoreApplication.translate(
                "FieldErrors", "Please enter an email address, like name@example.com."
            )
        case "not_a_number":
            return QCoreApplication.translate("FieldErrors", "Please enter a number.")
        case "below_minimum" if limit is not None:
            return QCoreApplication.translate(
                "FieldErrors", "Please enter a number of at least %1."
            ).replace("%1", format_number(limit))
        case "above_maximum" if limit is not None:
            return QCoreApplication.translate(
                "FieldErrors", "Please enter a number no larger than %1."
            ).replace("%1", format_number(limit))
        case "below_minimum" | "above_maximum":
            return QCoreApplication.translate(
                "FieldErrors", "Please enter a number in the allowed range."
            )
        case "too_many_decimals":
            return _decimals(_count(limit))
        case "invalid_date":
            return QCoreApplication.translate("FieldErrors", "Please choose a real date.")
        case "invalid_choice":
            return QCoreApplication.translate(
                "FieldErrors", "Please choose one of the options shown."
            )
        case "too_many_choices":
            return _choices(_count(limit))
        case _ if kind in _CHOICE_KINDS:
            return QCoreApplication.translate("FieldErrors", "Please check your choice.")
        case _:
            return QCoreApplication.translate("FieldErrors", "Please check this answer.")
