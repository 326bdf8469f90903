"""The kiosk's voice: one `QTextToSpeech`, a voice per language, rate, volume, interruption.

`SpeechEngine.say` always stops what is being said before it speaks: a visitor who moves on
hears the new thing at once, never the end of a stale sentence first (EN 301 549 §5.1.3.4).
The language is chosen by `voices.spoken_language`: the visitor's if the platform has a voice
for it, else the location's default, else English (never a sentence read with a wrong voice).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.speech import voices

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

    Args:
        engine: a Qt engine name (``"mock"`` in tests, ``"speechd"``...); None for the
            platform's default.
        region: the location's country code, to prefer that country's voice.

    Signals:
        said(str, str): a sentence and the language it is spoken in, as it is handed to the
            engine (what a listener hears; tests read it).
        speaking_changed(bool): the engine started or stopped speaking.
    """

    said = Signal(str, str)
    speaking_changed = Signal(bool)

    def __init__(
        self, engine: str | None = None, region: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self._region = region
        self._language: str | None = None
        self._rate = 0.0
        self._volume = 1.0
        self.tts.stateChanged.connect(self._on_state_changed)
        self.tts.errorOccurred.connect(self._on_error)

    # -- voices ------------------------------------------------------------------------------

    def engine_name(self) -> str:
        return str(self.tts.engine())

    def locales(self) -> list[QLocale]:
        return list(self.tts.availableLocales())

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
        return self._rate

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) to 1 (fastest); 0 is the voice's normal pace."""
        self._rate = clamp(rate, RATE_RANGE)
        self.tts.setRate(self._rate)

    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0 (silent) to 1 (loudest)."""
        self._volume = round(clamp(volume, VOLUME_RANGE), 2)
        self.tts.setVolume(self._volume)

    # -- speaking ----------------------------------------------------------------------------

    def is_speaking(self) -> bool:
        return self.tts.state() == QTextToSpeech.State.Speaking

    def say(self, text: str, language: str) -> bool:
        """Stop what is being said and speak `text` with a voice of `language`.

        Returns False (and says nothing) when no voice speaks `language` or the engine failed:
        a wrong voice is worse than silence.
        """
        text = " ".join(text.split())
        self.stop()
        if not text or not self._use_language(language):
            return False
        self.tts.setRate(self._rate)
        self.tts.setVolume(self._volume)
        self.said.emit(text, self._language or language)
        self.tts.say(text)
        return True

    def stop(self) -> None:
        """Silence at once (the visitor did something else)."""
        if self.tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _use_language(self, code: str) -> bool:
        code = voices.base_code(code)
        if code == self._language:
            return True
        locale = voices.pick_locale(self.locales(), code, self._region)
        if locale is None:
            log.warning("no voice for language %r: nothing said", code)
            return False
        # Speech Dispatcher reports an error at start when the system's locale has no voice
        # (a lobby PC running in C.UTF-8); it speaks once a locale it has is chosen, though
        # the error state stays. So the chosen locale is what counts.
        self.tts.setLocale(locale)
        if self.tts.locale().language() != locale.language():
            log.warning("the speech engine refused language %r: %s", code, self.tts.errorString())
            return False
        self._language = code
        return True

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)

    def _on_error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine error: %s", message)
