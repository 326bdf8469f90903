"""Phone normalisation to E.164."""

from __future__ import annotations

import pytest

from kiosk.domain.phone import example_number, normalise_phone


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("+372 5123 4567", None, "+37251234567"),
        ("5123 4567", "EE", "+37251234567"),
        ("5123 4567", "ee", "+37251234567"),
        ("(201) 555-0123", "US", "+12015550123"),
        ("201.555.0123", "US", "+12015550123"),
        ("+1 (201) 555-0123", "EE", "+12015550123"),
        ("(+44) 20 7946 0958", None, "+442079460958"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("٠٥١٢٣٤٥٦٧٨", "SA", "+966512345678"),
        ("５１２３ ４５６７", "EE", "+37251234567"),
    ],
)
def test_normalised(typed: str, region: str | None, expected: str) -> None:
    assert normalise_phone(typed, region) == expected


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("5123 4567", None),  # no country code and no region
        ("5123 4567", " "),
        ("5123 4567", "XX"),  # unknown region
        ("555-0123", "US"),  # local only: no area code
        ("1-800-FLOWERS", "US"),  # letters
        ("+372 5123 4567 x12", None),
        ("+372 5123 4567;ext=12", None),
        ("+372*5123*4567", None),
        ("372+5123 4567", None),  # '+' after a digit
        ("++372 5123 4567", None),
        ("", "EE"),
        ("()", "EE"),
        ("+1 201 555 0123 4567 8901", None),  # too long
    ],
)
def test_refused(typed: str, region: str | None) -> None:
    assert normalise_phone(typed, region) is None


def test_the_placeholder_example_is_a_local_mobile_in_international_form() -> None:
    assert example_number("EE") == "+372 5123 4567"
    assert example_number(None) is None
    assert example_number("ZZ") is None
