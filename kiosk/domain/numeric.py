"""Numbers a visitor types on the number pad: parsing and the canonical form sent to Qminder."""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, Context, Decimal, InvalidOperation, localcontext

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
"""Plain decimal notation; ``\\d`` admits the decimal digits of any script."""

_SEPARATORS = str.maketrans({",": ".", "\u066b": ".", "\u2212": "-"})
"""Comma and ARABIC DECIMAL SEPARATOR mean a decimal point; MINUS SIGN means a minus."""


def parse_number(raw: str) -> Decimal | None:
    """The exact value of `raw` ("2", "12,50", "-0.5", ".5"), or None if it is not a number.

    Exponents, thousands separators, spaces, NaN and infinities are not numbers here.
    """
    text = raw.translate(_SEPARATORS)
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def plain(value: Decimal) -> str:
    """`value` in plain notation without exponent or trailing zeros: ``12.50`` → ``"12.5"``.

    Exact for any number of digits (no context rounding); zero is ``"0"``, never ``"-0"``.
    """
    if value.is_zero():
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def decimal_places(value: Decimal) -> int:
    """Decimal places `value` really needs: ``12.50`` → 1, ``3.0`` → 0."""
    text = plain(value)
    return len(text) - text.index(".") - 1 if "." in text else 0


BOUND_LIMIT = Decimal(10) ** 30
"""Bounds at or beyond ±10^30 are no bounds: no visitor types a 31-digit number."""

PLACES_TYPED = 8
"""Decimal places worth typing at a kiosk."""


def first_answer(low: Decimal, high: Decimal, scale: int | None) -> Decimal | None:
    """The smallest number in [`low`, `high`] with at most `scale` (and `PLACES_TYPED`)
    decimal places, or None when no number a visitor can type fits.

    Both bounds must be finite and below `BOUND_LIMIT` in size.
    """
    places = PLACES_TYPED if scale is None else min(scale, PLACES_TYPED)
    with localcontext(Context(prec=80)):
        for digits in range(places + 1):
            candidate = low.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_CEILING)
            if candidate <= high:
                return candidate
    return None
