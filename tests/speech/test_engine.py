"""The engine wrapper with Qt's mock engine: what is said, when, how loud, and interruption."""

from __future__ import annotations

from PySide6.QtCore import QThread
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
    tts = engine.tts
    assert tts is not None
    assert tts.locale().language() == tts.locale().Language.English


def test_a_language_without_a_voice_is_not_read_with_another(
    engine: SpeechEngine, heard: Heard
) -> None:
    assert not engine.say("Bienvenido", "es")
    assert heard.said == []
    assert not engine.is_speaking()


def test_a_new_sentence_never_waits_behind_a_stale_one(qtbot: QtBot, engine: SpeechEngine) -> None:
    words: list[str] = []
    engine.saying_word.connect(words.append)
    engine.say("one two three four five six seven eight nine ten", "en")
    qtbot.waitUntil(lambda: "one" in words)
    engine.say("Back", "en")
    qtbot.waitUntil(lambda: "Back" in words)
    qtbot.waitUntil(lambda: not engine.is_speaking())
    assert words[-1] == "Back"
    assert "ten" not in words, "the stale sentence went on"


def test_rate_and_volume_are_applied_and_kept_in_range(qtbot: QtBot, engine: SpeechEngine) -> None:
    engine.set_rate(0.5)
    engine.set_volume(1.7)
    engine.say("Louder", "en")
    qtbot.waitUntil(engine.is_speaking)
    tts = engine.tts
    assert tts is not None
    assert tts.rate() == 0.5
    assert engine.volume() == 1.0
    assert tts.volume() == 1.0
    engine.set_volume(-3)
    engine.set_rate(-9)
    assert (engine.volume(), engine.rate()) == (0.0, -1.0)


def test_the_voice_works_outside_the_gui_thread(qtbot: QtBot, engine: SpeechEngine) -> None:
    """A slow engine (Speech Dispatcher answers every call by a round trip) must not hold the
    screen: the speech object lives in a thread of its own."""
    tts = engine.tts
    assert tts is not None
    assert tts.thread() is not QThread.currentThread()
    assert tts.thread().isRunning()
    engine.say("One two three", "en")
    qtbot.waitUntil(engine.is_speaking)
    assert tts.state() == QTextToSpeech.State.Speaking


def test_a_burst_of_sentences_speaks_only_the_last(qtbot: QtBot, engine: SpeechEngine) -> None:
    """Requests sent faster than the engine serves them: the stale ones are never started."""
    words: list[str] = []
    engine.saying_word.connect(words.append)
    for index in range(20):
        engine.say(f"stale{index} and more words after it", "en")
    engine.say("fresh", "en")
    qtbot.waitUntil(lambda: "fresh" in words)
    qtbot.waitUntil(lambda: not engine.is_speaking())
    assert words[-1] == "fresh"
    assert not [word for word in words if word.startswith("stale1")], words


def test_closing_ends_the_voice_thread(engine: SpeechEngine) -> None:
    tts = engine.tts
    assert tts is not None
    thread = tts.thread()
    engine.close()
    assert engine.tts is None
    assert not thread.isRunning()
    engine.close()  # twice is harmless
