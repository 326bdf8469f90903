"""Numbers a visitor types on the number pad: parsing and the canonical form sent to Qminder."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
