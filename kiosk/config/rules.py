"""What a setting's value must look like, beyond its type: Qminder's own rules for what the kiosk
sends (labels, ids, the API key) and the shapes of language codes and texts.

Each checker returns the value (perhaps cleaned) or raises ValueError saying what is wrong,
never echoing the value itself. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated

from pydantic import AfterValidator, SecretStr

from kiosk.domain.text import clean_text, utf16_length

LABEL_MAX = 50
"""Qminder takes labels of up to 50 characters ("Up to 50 characters", /labels/add)."""

API_KEY_MAX = 256
WELCOME_TEXT_MAX = 200

_LOCATION_ID = re.compile(r"[0-9]{1,20}")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")


def check_label(value: str) -> str:
    """A label as Qminder takes it: not blank, at most 50 characters once cleaned."""
    cleaned = clean_text(value)
    if not cleaned:
        raise ValueError("a label must not be blank (Qminder refuses blank labels)")
    if utf16_length(cleaned) > LABEL_MAX:
        raise ValueError(
            f"a label has at most {LABEL_MAX} characters (Qminder refuses longer ones);"
            f" this one has {utf16_length(cleaned)}"
        )
    return cleaned


def check_location_id(value: str) -> str:
    """The location's number, as in the dashboard's address (digits only)."""
    value = value.strip()
    if not _LOCATION_ID.fullmatch(value):
        raise ValueError(
            "must be the location's number, digits only (the number in the Qminder"
            " dashboard's address: https://dashboard.qminder.com/locations/<number>/...)"
        )
    return value


def check_api_key(key: SecretStr | None) -> SecretStr | None:
    """An API key Qminder can be sent: printable ASCII, no spaces, not absurdly long."""
    if key is None:
        return None
    value = key.get_secret_value()
    if not value:
        raise ValueError("the API key is empty: store one with `kiosk set-key`")
    if any(ch.isspace() for ch in value):
        raise ValueError(
            "the API key contains a space or a line break: copy it again from Qminder's"
            " dashboard and store it with `kiosk set-key`"
        )
    if not value.isascii() or not value.isprintable():
        raise ValueError(
            "the API key contains characters an API key never has (only printable ASCII):"
            " copy it again and store it with `kiosk set-key`"
        )
    if len(value) > API_KEY_MAX:
        raise ValueError(f"the API key is longer than {API_KEY_MAX} characters")
    return key


def check_language_code(value: str) -> str:
    """A language code such as ``en``, ``et`` or ``fr-CA``."""
    value = value.strip()
    if not _LANGUAGE_CODE.fullmatch(value):
        raise ValueError("not a language code (like 'en', 'et' or 'fr-CA')")
    return value


def check_text_list(values: tuple[str, ...]) -> tuple[str, ...]:
    """Names or ids (lines, languages): none blank."""
    for index, value in enumerate(values):
        if not clean_text(value):
            raise ValueError(f"entry {index + 1} is blank")
    return values


def check_welcome_text(values: Mapping[str, str]) -> dict[str, str]:
    """Language code = a short text, not blank."""
    checked: dict[str, str] = {}
    for code, text in values.items():
        try:
            checked[check_language_code(code)] = clean_text(text, multiline=True)
        except ValueError:
            raise ValueError("a key is not a language code (like 'en' or 'fr-CA')") from None
        if not checked[code.strip()]:
            raise ValueError(f"the text for '{code.strip()}' is blank")
        if utf16_length(checked[code.strip()]) > WELCOME_TEXT_MAX:
            raise ValueError(
                f"the text for '{code.strip()}' is longer than {WELCOME_TEXT_MAX} characters"
            )
    return checked


Label = Annotated[str, AfterValidator(check_label)]
LanguageCode = Annotated[str, AfterValidator(check_language_code)]
