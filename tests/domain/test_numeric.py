"""Number parsing and the canonical decimal string."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk.domain.numeric import decimal_places, parse_number, plain


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2", Decimal(2)),
        ("12,50", Decimal("12.50")),
        ("-0.5", Decimal("-0.5")),
        (".5", Decimal("0.5")),
        ("5.", Decimal(5)),
        ("\u22123", Decimal(-3)),
        ("١٢٫٥", Decimal("12.5")),
        ("+7", Decimal(7)),
    ],
)
def test_parse_number(typed: str, expected: Decimal) -> None:
    assert parse_number(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "-", ".", "1e3", "1E3", "nan", "inf", "1,2,3", "1.2.3", "1 2", "0x10", "--1", "½"]
)
def test_not_a_number(typed: str) -> None:
    assert parse_number(typed) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.50"), "12.5"),
        (Decimal("3.000"), "3"),
        (Decimal("1E+3"), "1000"),
        (Decimal("-0.000"), "0"),
        (Decimal("0.010"), "0.01"),
        (Decimal("100"), "100"),
        (Decimal("1" * 40 + ".5"), "1" * 40 + ".5"),
    ],
)
def test_plain(value: Decimal, expected: str) -> None:
    assert plain(value) == expected


def test_decimal_places() -> None:
    assert decimal_places(Decimal("12.50")) == 1
    assert decimal_places(Decimal("3.0")) == 0
    assert decimal_places(Decimal("1E+2")) == 0
    assert decimal_places(Decimal("0.001")) == 3
