"""The appointment, remote-join and privacy texts in the visitor's language, names kept whole."""

from __future__ import annotations

import pytest

from kiosk.ui.appointment_texts import AppointmentTexts, fill
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.language import UiLanguage
from tests.i18n.conftest import SHIPPED


def test_english_is_the_source() -> None:
    texts = AppointmentTexts()
    assert texts.offer() == "I have an appointment"
    assert strip_isolates(texts.summary("Maria T.", "10:30", "General enquiries")) == (
        "Maria T., 10:30, General enquiries"
    )
    assert strip_isolates(texts.too_early("14:30", "13:30")) == (
        "Your appointment is at 14:30; you can check in from 13:30."
    )
    assert strip_isolates(texts.checked_in("Maria")) == (
        "You're checked in, Maria. Please take a seat."
    )
    assert texts.checked_in("") == "You're checked in. Please take a seat."
    assert strip_isolates(texts.summary("", "10:30", "General enquiries")) == (
        "10:30, General enquiries"
    )


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_has_a_translation(ui_language: UiLanguage, code: str) -> None:
    english = AppointmentTexts()
    sentences = {
        name: getattr(english, name)()
        for name in (
            "offer",
            "lookup_heading",
            "phone_prompt",
            "find",
            "searching",
            "paused",
            "confirm_one",
            "choose_one",
            "check_in",
            "not_found",
            "try_again",
            "walk_in",
            "not_checked_in",
            "remote_join",
            "privacy_notice",
            "privacy_policy",
        )
    }
    ui_language.switch(code)
    translated = AppointmentTexts()
    for name, source in sentences.items():
        assert getattr(translated, name)() != source, (code, name)
    early = strip_isolates(translated.too_early("14:30", "13:30"))
    assert "14:30" in early
    assert "13:30" in early
    assert early.index("14:30") < early.index("13:30") or code == "ar"
    assert "Maria" in translated.checked_in("Maria")


def test_spanish_reads_as_spanish(ui_language: UiLanguage) -> None:
    ui_language.switch("es")
    texts = AppointmentTexts()
    assert texts.offer() == "Tengo una cita"
    assert texts.not_found() == "No hemos encontrado ninguna cita para hoy con este número."
    assert strip_isolates(texts.too_late("10:00")) == (
        "Su cita era a las 10:00. Por favor, diríjase a recepción."
    )


def test_arabic_keeps_a_latin_name_and_the_time_whole(ui_language: UiLanguage) -> None:
    ui_language.switch("ar")
    shown = AppointmentTexts().summary("Maria T.", "10:30", "General enquiries")
    assert "\u2068Maria T.\u2069" in shown
    assert "\u206610:30\u2069" in shown
    assert "،" in shown


def test_placeholders_are_filled_in_one_pass() -> None:
    assert fill("%1 and %2", "50%2 off", "x") == "50%2 off and x"
    assert fill("%1 %3", "a") == "a %3"
