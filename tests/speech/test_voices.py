"""Which voice speaks which language; a language without one is never read with a wrong one."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kiosk.speech import voices
from kiosk.speech.engine import SpeechEngine

UI_LANGUAGES = ("en", "es", "et", "ru", "ar", "fr", "de")
ESPEAK_LIKE = [QLocale(name) for name in ("en_GB", "en_US", "es_ES", "et_EE", "ar_EG", "de_DE")]


def test_a_voice_is_picked_by_language_preferring_the_locations_country() -> None:
    assert voices.pick_locale(ESPEAK_LIKE, "en", "US") == QLocale("en_US")
    assert voices.pick_locale(ESPEAK_LIKE, "en", "EE") == QLocale("en_GB")
    assert voices.pick_locale(ESPEAK_LIKE, "ar") == QLocale("ar_EG")
    assert voices.pick_locale(ESPEAK_LIKE, "ET-ee") == QLocale("et_EE")
    assert voices.pick_locale(ESPEAK_LIKE, "ru") is None
    assert voices.pick_locale(ESPEAK_LIKE, "xx") is None


def test_languages_without_a_voice_are_reported() -> None:
    assert voices.missing_languages(ESPEAK_LIKE, UI_LANGUAGES) == ["ru", "fr"]


def test_without_a_voice_the_locations_default_is_spoken_then_english() -> None:
    assert voices.spoken_language(ESPEAK_LIKE, "et", "es") == "et"
    assert voices.spoken_language(ESPEAK_LIKE, "ru", "es") == "es"
    assert voices.spoken_language(ESPEAK_LIKE, "ru", "fr") == "en"
    assert voices.spoken_language([QLocale("fi_FI")], "ru", "fr") is None


def test_the_mock_engine_reports_every_ui_language_but_english_as_missing(
    engine: SpeechEngine,
) -> None:
    assert engine.missing_languages(UI_LANGUAGES) == ["es", "et", "ru", "ar", "fr", "de"]
    assert engine.spoken_language("es", "en") == "en"
    assert engine.spoken_language("ar", None) == "en"
