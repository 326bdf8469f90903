"""What the visitor reads when an answer is refused: one sentence per `ErrorCode`.

The domain says *why* an answer was refused (`FieldError`: a code and the bound crossed);
this module says it in words a visitor understands, in their language. The sentences are
translated with Qt Linguist in the ``FieldErrors`` context: they are methods of the
`FieldErrors` object, so ``pyside6-lupdate`` files them under that name and marks the counted
ones (``self.tr(text, "", n)``) as plural messages. Counts of one have their own source text,
so English reads right without a .qm file; other counts use Qt's numerus forms (%n) for
languages with several plurals.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, QObject

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.domain.validation import FieldError
from kiosk.ui.bidi import fill, isolate, isolate_count, left_to_right

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


class FieldErrors(QObject):
    """The translation context of every error sentence; one method per kind of refusal.

    Signals:
        None.
    """

    def required(self, kind: FieldKind | None) -> str:
        if kind is FieldKind.SINGLE_SELECT:
            return self.tr("Please choose one of the options.")
        if kind is FieldKind.MULTI_SELECT:
            return self.tr("Please choose at least one option.")
        if kind is FieldKind.DATE:
            return self.tr("Please choose a date.")
        return self.tr("Please fill this in.")

    def too_short(self, kind: FieldKind | None, limit: int | None) -> str:
        if limit is None:
            return self.tr("Please enter a little more.")
        if kind in _NAME_KINDS:
            if limit == 1:
                return self.tr("Please enter at least one letter.")
            return isolate_count(self.tr("Please enter at least %n letters.", "", limit), limit)
        if limit == 1:
            return self.tr("Please enter at least one character.")
        return isolate_count(self.tr("Please enter at least %n characters.", "", limit), limit)

    def too_long(self, limit: int | None) -> str:
        if limit is None:
            return self.tr("Please make this shorter.")
        if limit == 1:
            return self.tr("Please use only one character.")
        return isolate_count(self.tr("Please use no more than %n characters.", "", limit), limit)

    def phone(self, example: str | None) -> str:
        if example:
            return fill(
                self.tr("Please enter a phone number, for example %1."), left_to_right(example)
            )
        return self.tr("Please enter a phone number with its area code.")

    def email(self) -> str:
        return self.tr("Please enter an email address, like name@example.com.")

    def not_a_number(self) -> str:
        return self.tr("Please enter a number.")

    def below_minimum(self, limit: str) -> str:
        return fill(self.tr("Please enter a number of at least %1."), isolate(format_number(limit)))

    def above_maximum(self, limit: str) -> str:
        return fill(
            self.tr("Please enter a number no larger than %1."), isolate(format_number(limit))
        )

    def out_of_range(self) -> str:
        return self.tr("Please enter a number in the allowed range.")

    def decimals(self, limit: int | None) -> str:
        if limit == 0:
            return self.tr("Please enter a whole number.")
        if limit is None:
            return self.tr("Please use fewer decimal places.")
        if limit == 1:
            return self.tr("Please use no more than one decimal place.")
        return isolate_count(
            self.tr("Please use no more than %n decimal places.", "", limit), limit
        )

    def invalid_date(self) -> str:
        return self.tr("Please choose a real date.")

    def invalid_choice(self) -> str:
        return self.tr("Please choose one of the options shown.")

    def choices(self, limit: int | None) -> str:
        if limit == 1:
            return self.tr("Please choose only one option.")
        if limit is None:
            return self.tr("Please choose fewer options.")
        return isolate_count(self.tr("Please choose no more than %n options.", "", limit), limit)

    def check_choice(self) -> str:
        return self.tr("Please check your choice.")

    def check_answer(self) -> str:
        return self.tr("Please check this answer.")


@cache
def _sentences() -> FieldErrors:
    return FieldErrors()


def error_message(
    error: FieldError, spec: FieldSpec | None = None, *, phone_example: str | None = None
) -> str:
    """The sentence shown under a refused field.

    Args:
        error: what the domain refused.
        spec: the field, when known: lets the wording fit it ("choose" for options).
        phone_example: a phone number written the local way, quoted in INVALID_PHONE.
    """
    say = _sentences()
    kind = spec.kind if spec is not None else None
    code = str(error.code)
    limit = error.limit
    match code:
        case "required":
            return say.required(kind)
        case "too_short":
            return say.too_short(kind, _count(limit))
        case "too_long":
            return say.too_long(_count(limit))
        case "invalid_phone":
            return say.phone(phone_example)
        case "invalid_email":
            return say.email()
        case "not_a_number":
            return say.not_a_number()
        case "below_minimum" if limit is not None:
            return say.below_minimum(limit)
        case "above_maximum" if limit is not None:
            return say.above_maximum(limit)
        case "below_minimum" | "above_maximum":
            return say.out_of_range()
        case "too_many_decimals":
            return say.decimals(_count(limit))
        case "invalid_date":
            return say.invalid_date()
        case "invalid_choice":
            return say.invalid_choice()
        case "too_many_choices":
            return say.choices(_count(limit))
        case _ if kind in _CHOICE_KINDS:
            return say.check_choice()
        case _:
            return say.check_answer()
