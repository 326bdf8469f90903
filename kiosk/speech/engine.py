"""The kiosk's voice: one `QTextToSpeech`, a voice per language, rate, volume, interruption.

`SpeechEngine.say` always stops what is being said before it speaks: a visitor who moves on
hears the new thing at once, never the end of a stale sentence first (EN 301 549 §5.1.3.4).
The `QTextToSpeech` object itself lives in a thread of its own (`voice_thread`), so a slow
engine (Speech Dispatcher answers each call by a round trip) never stalls the screen.
The language is chosen by `voices.spoken_language`: the visitor's if the platform has a voice
for it, else the location's default, else English (never a sentence read with a wrong voice).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.speech import voices
from kiosk.speech.voice_thread import VoiceThread

log = logging.getLogger("kiosk.speech")

RATE_RANGE = (-1.0, 1.0)
VOLUME_RANGE = (0.0, 1.0)


def clamp(value: float, bounds: tuple[float, float]) -> float:
    low, high = bounds
    return min(high, max(low, value))


def available_engines() -> list[str]:
    """The text-to-speech engines Qt found on this platform (``speechd``, ``sapi``...)."""
    return list(QTextToSpeech.availableEngines())


def platform_engine() -> str | None:
    """The name of the platform's text-to-speech engine (not Qt's test engine), if any."""
    usable = [name for name in available_engines() if name != "mock"]
    return usable[0] if usable else None


class SpeechEngine(QObject):
    """Speaks sentences in a language, interrupting whatever was being said.

    Calls return at once: the engine works in its own thread (`voice_thread`).

    Args:
        engine: a Qt engine name (``"mock"`` in tests, ``"speechd"``...); None for the
            platform's default.
        region: the location's country code, to prefer that country's voice.

    Signals:
        said(str, str): a sentence and the language it is spoken in, as it is handed to the
            engine (what a listener hears; tests read it).
        speaking_changed(bool): the engine started or stopped speaking the newest sentence.
        saying_word(str): the word being said, where the engine reports words.
    """

    said = Signal(str, str)
    speaking_changed = Signal(bool)
    saying_word = Signal(str)

    # Requests to the voice thread (queued: they cross threads).
    _say = Signal(int, str, int, float, float)
    _stop = Signal(int)
    _rate = Signal(float)
    _volume = Signal(float)

    def __init__(
        self, engine: str | None = None, region: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        voice = VoiceThread(engine)
        self._voice = voice
        self.destroyed.connect(lambda *_: voice.close())
        worker = voice.worker
        self._name = worker.name
        self._locales = list(worker.locales)
        self._error = worker.error
        self._region = region
        self._language: str | None = None
        self._locale = -1
        self._refused: set[int] = set()
        self._rate_value = 0.0
        self._volume_value = 1.0
        self._number = 0
        self._speaking = False
        self._say.connect(worker.say)
        self._stop.connect(worker.stop)
        self._rate.connect(worker.set_rate)
        self._volume.connect(worker.set_volume)
        worker.state.connect(self._on_state)
        worker.word.connect(self.saying_word)
        worker.refused.connect(self._on_refused)

    def close(self) -> None:
        """Silence and end the voice thread (also done when the engine is deleted)."""
        self._voice.close()

    @property
    def tts(self) -> QTextToSpeech | None:
        """The `QTextToSpeech` object (it lives in the voice thread: look, do not call)."""
        return self._voice.worker.tts

    # -- voices ------------------------------------------------------------------------------

    def engine_name(self) -> str:
        return self._name

    def error_string(self) -> str:
        """What the engine reported when it started ("" when it started well)."""
        return self._error

    def locales(self) -> list[QLocale]:
        return list(self._locales)

    def has_voice(self, code: str) -> bool:
        return voices.pick_locale(self.locales(), code, self._region) is not None

    def missing_languages(self, codes: Iterable[str]) -> list[str]:
        """The languages among `codes` no voice speaks (check-config and the admin panel)."""
        return voices.missing_languages(self.locales(), codes)

    def spoken_language(self, visitor: str, default: str | None) -> str | None:
        """The language a sentence for a visitor in `visitor` is spoken in (None: silence)."""
        return voices.spoken_language(self.locales(), visitor, default)

    # -- rate and volume ---------------------------------------------------------------------

    def rate(self) -> float:
        return self._rate_value

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) to 1 (fastest); 0 is the voice's normal pace."""
        self._rate_value = clamp(rate, RATE_RANGE)
        self._rate.emit(self._rate_value)

    def volume(self) -> float:
        return self._volume_value

    def set_volume(self, volume: float) -> None:
        """0 (silent) to 1 (loudest)."""
        self._volume_value = round(clamp(volume, VOLUME_RANGE), 2)
        self._volume.emit(self._volume_value)

    # -- speaking ----------------------------------------------------------------------------

    def is_speaking(self) -> bool:
        """The newest sentence is being spoken."""
        return self._speaking

    def say(self, text: str, language: str) -> bool:
        """Stop what is being said and speak `text` with a voice of `language`.

        Returns False (and says nothing) when no voice speaks `language` or the engine refused
        it before: a wrong voice is worse than silence.
        """
        text = " ".join(text.split())
        self.stop()
        if not text or not self._use_language(language):
            return False
        number = self._next()
        self.said.emit(text, self._language or language)
        self._say.emit(number, text, self._locale, self._rate_value, self._volume_value)
        return True

    def stop(self) -> None:
        """Silence at once (the visitor did something else)."""
        self._stop.emit(self._next())
        self._set_speaking(False)

    def _next(self) -> int:
        """A new request: every one sent before it is stale from now on."""
        self._number += 1
        self._voice.worker.newest = self._number
        return self._number

    def _use_language(self, code: str) -> bool:
        code = voices.base_code(code)
        if code == self._language:
            return True
        locale = voices.pick_locale(self.locales(), code, self._region)
        if locale is None:
            log.warning("no voice for language %r: nothing said", code)
            return False
        index = self._locales.index(locale)
        if index in self._refused:
            log.warning("the speech engine refused language %r", code)
            return False
        self._language, self._locale = code, index
        return True

    def _on_state(self, number: int, speaking: bool) -> None:
        if number == self._number:
            self._set_speaking(speaking)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    def _on_refused(self, index: int, message: str) -> None:
        # Speech Dispatcher reports an error at start when the system's locale has no voice
        # (a lobby PC running in C.UTF-8); it speaks once a locale it has is chosen, though
        # the error state stays. So the chosen locale is what counts.
        log.warning("the speech engine refused a voice: %s", message)
        self._refused.add(index)
        if self._locale == index:
            self._language, self._locale = None, -1
