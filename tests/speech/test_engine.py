"""The engine wrapper with Qt's mock engine: what is said, when, how loud, and interruption."""

from __future__ import annotations

from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from kiosk.speech.engine import SpeechEngine
from tests.speech.conftest import Heard


def test_a_sentence_is_spoken_with_the_languages_voice(
    qtbot: QtBot, engine: SpeechEngine, heard: Heard
) -> None:
    assert engine.say("Welcome. Choose your language.", "en")
    qtbot.waitUntil(engine.is_speaking)
    assert heard.said == [("Welcome. Choose your language.", "en")]
    assert engine.tts.locale().language() == engine.tts.locale().Language.English


def test_a_language_without_a_voice_is_not_read_with_another(
    engine: SpeechEngine, heard: Heard
) -> None:
    assert not engine.say("Bienvenido", "es")
    assert heard.said == []
    assert engine.tts.state() != QTextToSpeech.State.Speaking


def test_a_new_sentence_never_waits_behind_a_stale_one(qtbot: QtBot, engine: SpeechEngine) -> None:
    words: list[str] = []
    engine.tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    engine.say("one two three four five six seven eight nine ten", "en")
    qtbot.waitUntil(lambda: "one" in words)
    engine.say("Back", "en")
    qtbot.waitUntil(lambda: "Back" in words)
    qtbot.waitUntil(lambda: not engine.is_speaking())
    assert words[-1] == "Back"
    assert "ten" not in words, "the stale sentence went on"


def test_rate_and_volume_are_applied_and_kept_in_range(engine: SpeechEngine) -> None:
    engine.set_rate(0.5)
    engine.set_volume(1.7)
    engine.say("Louder", "en")
    assert engine.tts.rate() == 0.5
    assert engine.volume() == 1.0
    assert engine.tts.volume() == 1.0
    engine.set_volume(-3)
    engine.set_rate(-9)
    assert (engine.volume(), engine.rate()) == (0.0, -1.0)
