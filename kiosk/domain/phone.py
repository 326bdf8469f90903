"""Phone numbers typed by a visitor, normalised to what `POST /tickets` accepts.

A number is accepted when `phonenumbers` parses it (with the location's country as the
default region) and finds it *possible*: right length for its country, area code included.
It is not required to be *valid* (in a range Qminder's library metadata knows to be
allocated): that test rejects fictional test numbers and numbers from ranges opened after the
kiosk's copy of the metadata was built, and a kiosk may go years without an update.
"""

from __future__ import annotations

import re

import phonenumbers

from kiosk.domain.ticket import PHONE_PATTERN

_PHONE = re.compile(PHONE_PATTERN)
_SEPARATORS = frozenset(" -()./")


def _plausible_characters(raw: str) -> bool:
    """Digits (of any script) and separators only; at most one ``+``, before the first digit."""
    digits = [i for i, ch in enumerate(raw) if ch.isdecimal()]
    if not digits:
        return False
    plus = [i for i, ch in enumerate(raw) if ch == "+"]
    if len(plus) > 1 or (plus and plus[0] > digits[0]):
        return False
    return all(ch.isdecimal() or ch in _SEPARATORS or ch == "+" for ch in raw)


def normalise_phone(raw: str, default_region: str | None) -> str | None:
    """The E.164 form (``"+37251234567"``) of `raw`, or None when it is not a usable number.

    `raw` should already be cleaned (`kiosk.domain.text.clean_text`). Without a
    `default_region` only numbers written with a leading ``+`` and country code are accepted.
    Letters (vanity numbers, "ext."), local-only numbers without an area code and impossible
    lengths are rejected.
    """
    if not _plausible_characters(raw):
        return None
    region = default_region.strip().upper() if default_region and default_region.strip() else None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    e164: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164 if _PHONE.fullmatch(e164) else None


def example_number(region: str | None) -> str | None:
    """A mobile number of the region written the way people there write it, for a placeholder.

    International format ("+372 5123 4567"), so it also shows the country code to type.
    """
    if not region:
        return None
    number = phonenumbers.example_number_for_type(
        region.upper(), phonenumbers.PhoneNumberType.MOBILE
    )
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
