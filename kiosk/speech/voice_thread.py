"""The `QTextToSpeech` object, in a thread of its own.

Each call into Speech Dispatcher is a synchronous round trip (``say`` alone took up to 26 ms),
so on the GUI thread the screen stalled while the kiosk spoke. Here the object lives in a
`QThread` of its own: `SpeechEngine` sends it requests by queued signals and hears its state
by signals coming back. Every request carries a number; a request older than the newest one
sent is dropped unheard, so a new utterance never queues behind a stale one.
"""

from __future__ import annotations

import atexit
import logging
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger("kiosk.speech")

_RUNNING: weakref.WeakSet[VoiceThread] = weakref.WeakSet()
BLOCKING = Qt.ConnectionType.BlockingQueuedConnection


class VoiceWorker(QObject):
    """Owns the `QTextToSpeech` object; its slots run in the voice thread.

    Signals:
        state(int, bool): the request number being served and whether it is speaking.
        word(str): the word being said (where the engine reports words).
        refused(int, str): a voice (index into `locales`) the engine would not take; why.
    """

    state = Signal(int, bool)
    word = Signal(str)
    refused = Signal(int, str)

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self._engine = engine
        self.tts: QTextToSpeech | None = None
        self.name = ""
        self.locales: list[QLocale] = []
        self.error = ""
        self.newest = 0
        """The number of the newest request sent (written by the GUI thread)."""
        self._serving = 0
        self._locale = -1

    @Slot()
    def open(self) -> None:
        """Create the engine in this thread and read what it offers (called once, blocking)."""
        # No parent: the worker's reference is the only one, so dropping it deletes the
        # engine here, in its own thread.
        tts = QTextToSpeech(self._engine) if self._engine else QTextToSpeech()
        self.tts = tts
        self.name = str(tts.engine())
        self.locales = list(tts.availableLocales())
        self.error = tts.errorString()
        tts.stateChanged.connect(self._on_state_changed)
        tts.errorOccurred.connect(self._on_error)
        tts.sayingWord.connect(self._on_word)

    @Slot(int, str, int, float, float)
    def say(self, number: int, text: str, locale: int, rate: float, volume: float) -> None:
        if number != self.newest or self.tts is None:
            return  # a newer request is on its way: this one is already stale
        self._serving = number
        self._silence()
        if locale >= 0 and locale != self._locale:
            chosen = self.locales[locale]
            self.tts.setLocale(chosen)
            if self.tts.locale().language() != chosen.language():
                self.refused.emit(locale, self.tts.errorString())
                return
            self._locale = locale
        self.tts.setRate(rate)
        self.tts.setVolume(volume)
        self.tts.say(text)

    @Slot(int)
    def stop(self, number: int) -> None:
        if number != self.newest:
            return  # what comes next stops it anyway
        self._serving = number
        self._silence()

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self.tts is not None:
            self.tts.setRate(rate)

    @Slot(float)
    def set_volume(self, volume: float) -> None:
        if self.tts is not None:
            self.tts.setVolume(volume)

    @Slot()
    def close(self) -> None:
        if self.tts is not None:
            self._silence()
            self.tts = None
        thread = self.thread()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        thread.quit()

    def _silence(self) -> None:
        assert self.tts is not None
        if self.tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self.tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        self.state.emit(self._serving, state == QTextToSpeech.State.Speaking)

    def _on_word(self, word: str, _id: int, _start: int, _length: int) -> None:
        self.word.emit(word)

    def _on_error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine error: %s", message)


class VoiceThread:
    """The voice thread and its worker: started at once, closed by `close` (or at exit)."""

    def __init__(self, engine: str | None) -> None:
        self.thread = QThread()
        self.thread.setObjectName("voice")
        self.worker = VoiceWorker(engine)
        self.worker.moveToThread(self.thread)
        self.thread.start()
        _RUNNING.add(self)
        opener = _Call()
        opener.call.connect(self.worker.open, BLOCKING)
        opener.call.emit()
        opener.call.disconnect()

    def close(self) -> None:
        """Silence, delete the engine in its thread and end the thread (idempotent).

        Safe however late it comes: after Qt has deleted the thread object (the application
        torn down first), there is nothing left to end.
        """
        _RUNNING.discard(self)
        if not shiboken6.isValid(self.thread) or not self.thread.isRunning():
            return
        closer = _Call()
        closer.call.connect(self.worker.close, BLOCKING)
        closer.call.emit()
        self.thread.wait()


class _Call(QObject):
    call = Signal()


def _close_all() -> None:
    for voice in list(_RUNNING):
        voice.close()


atexit.register(_close_all)
