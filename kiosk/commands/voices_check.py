"""``kiosk check-config``'s audio guidance lines: which offered languages have no voice.

A language without a voice is not read with another language's voice: the kiosk says so and
speaks the location's default language instead (`kiosk.speech.voices`). The operator learns
it here, and installs the voice (README, "Audio guidance").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from kiosk.config import KioskSettings
from kiosk.domain.languages import native_name
from kiosk.domain.models import Language
from kiosk.speech.engine import SpeechEngine, platform_engine


class Lines(Protocol):
    def add(self, label: str, text: str) -> None: ...


LABEL = "Audio guidance"


def describe_voices(
    report: Lines,
    settings: KioskSettings,
    languages: Sequence[Language],
    default: str,
    engine: str | None = None,
) -> list[str]:
    """Add the audio guidance line to `report`; the codes of the languages without a voice.

    `engine`: a Qt text-to-speech engine by name (default: the platform's).
    """
    if settings.speech == "off":
        report.add(LABEL, 'off (speech = "off")')
        return []
    # The engine needs an application object; one made here is shut down again.
    made = None if QCoreApplication.instance() is not None else QCoreApplication([])
    try:
        name = engine or platform_engine()
        if name is None:
            report.add(LABEL, "no text-to-speech engine on this computer: nothing can be said")
            return [language.code for language in languages]
        voice = SpeechEngine(name)
        locales = voice.locales()
        if not locales:
            detail = voice.error_string() or "it lists no voice"
            report.add(LABEL, f"the {name} engine does not answer ({detail}): nothing is said")
            voice.close()
            return [language.code for language in languages]
        missing = voice.missing_languages(language.code for language in languages)
        voice.close()
        voice.deleteLater()
    finally:
        if made is not None:
            made.shutdown()
    names = {language.code: f"{native_name(language)} ({language.code})" for language in languages}
    text = f"{settings.speech}, voices from {name}"
    if missing:
        fallback = names.get(default, default)
        listed = ", ".join(names.get(code, code) for code in missing)
        text += f"; no voice for {listed}: said in {fallback} instead"
    else:
        text += " for every offered language"
    report.add(LABEL, text)
    return missing
