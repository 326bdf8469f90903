"""The platform path on Linux: QtTextToSpeech's ``speechd`` engine through a real Speech
Dispatcher, started here on a private socket with an output module that writes down the text
and language it is given instead of playing sound (`tests/speech/dispatcher.py`).

Needs Debian's speech-dispatcher (with sd_generic) and Qt's speechd plugin (libspeechd2);
outside CI the test is skipped without them, in CI it must run (.ci/run installs them).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.speech.engine import SpeechEngine, available_engines
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.narrator import Narrator
from kiosk.speech.screen import StaticScreen
from tests.speech.dispatcher import LANGUAGES, private_dispatcher, recorded, what_is_missing


def missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: CI installs it (.ci/run)")
    pytest.skip(f"{what} is not installed")


@pytest.fixture
def dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private Speech Dispatcher; yields the file its output module writes to."""
    absent = what_is_missing()
    if absent is not None:
        missing(absent)
    if "speechd" not in available_engines():
        missing("Qt's speechd plugin (libspeechd2)")
    with private_dispatcher(tmp_path) as (spoken, address):
        monkeypatch.setenv("SPEECHD_ADDRESS", address)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
        yield spoken


def test_speech_dispatcher_says_each_language_with_its_voice(
    qtbot: QtBot, dispatcher: Path, narrator: Narrator
) -> None:
    engine = SpeechEngine("speechd")
    try:
        assert engine.engine_name() == "speechd"
        assert engine.missing_languages(LANGUAGES) == []
        guidance = GuidanceController(engine, narrator, mode="always")
        guidance.set_default_language("en")
        screen = StaticScreen("Your number", "")
        for code in ("en", "es", "et", "ar"):
            guidance.set_language(code)
            guidance.show_screen(screen)
            guidance.show_ticket("A-42")

            def arrived(code: str = code) -> bool:
                return any(lang == code and "4" in text for lang, _, text in recorded(dispatcher))

            qtbot.waitUntil(arrived, timeout=10_000)
    finally:
        engine.stop()
        engine.deleteLater()
    heard = recorded(dispatcher)
    tickets = {language: text for language, _voice, text in heard if "4" in text}
    assert tickets["en"].startswith("Your number is A, 4, 2.")
    assert tickets["es"].startswith("Su número es A, 4, 2.")
    assert tickets["et"].startswith("Teie number on A, 4, 2.")
    assert tickets["ar"].startswith("رقمك هو A، 4، 2.")
    voices = {voice for language, voice, _text in heard if language == voice}
    assert voices == {"en", "es", "et", "ar"}
