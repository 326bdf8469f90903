"""Drive the kiosk as a blind visitor does: keypad keys to the window, and what is said."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.shell.wiring import Kiosk
from kiosk.speech.engine import SpeechEngine
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.voices import base_code

MAX_MOVES = 40

VOICED = ("es", "et", "ar")


class EveryLanguageMock(SpeechEngine):
    """Qt's ``mock`` engine, with a voice for Spanish, Estonian and Arabic besides its own.

    The mock engine's voices are English, Norwegian and Finnish only. To hear the visit in
    the visitor's language, this one also accepts those three languages (the mock voice reads
    the text; what counts is the sentence and the language it is asked for). Everything else
    is the real engine: the locale chosen, interruption, rate and volume.
    """

    def __init__(self) -> None:
        super().__init__("mock")

    def locales(self) -> list[QLocale]:
        return [*super().locales(), *(QLocale(code) for code in VOICED)]

    def _use_language(self, code: str) -> bool:
        if base_code(code) in VOICED:
            self._language = base_code(code)
            return True
        return super()._use_language(code)


@dataclass
class Heard:
    """What the engine was asked to say: (text, language), in order."""

    said: list[tuple[str, str]] = field(default_factory=list)

    def last(self) -> str:
        assert self.said, "nothing was said"
        return self.said[-1][0]

    def language(self) -> str:
        assert self.said, "nothing was said"
        return self.said[-1][1]

    def texts(self) -> list[str]:
        return [text for text, _ in self.said]

    def clear(self) -> None:
        self.said.clear()


def listen(engine: SpeechEngine) -> Heard:
    heard = Heard()
    engine.said.connect(lambda text, language: heard.said.append((text, language)))
    return heard


class Keypad:
    """Keys sent as a keypad sends them: to the kiosk's window."""

    def __init__(self, kiosk: Kiosk, qtbot: QtBot) -> None:
        assert kiosk.speech is not None
        self.kiosk = kiosk
        self.guidance: GuidanceController = kiosk.speech.guidance
        self.qtbot = qtbot

    def press(self, key: Qt.Key) -> None:
        window = self.kiosk.window.windowHandle()
        assert window is not None
        self.qtbot.keyClick(window, key)

    def type(self, text: str) -> None:
        """Keys of a hardware keyboard into the field the visitor is at."""
        focus = QApplication.focusWidget()
        assert focus is not None
        self.qtbot.keyClicks(focus, text)

    def move_to(self, wanted: Callable[[QWidget], bool], what: str) -> QWidget:
        """Down until guidance is at the wanted control."""
        seen: list[str] = []
        for _ in range(MAX_MOVES):
            current = self.guidance.current()
            if current is not None and wanted(current):
                return current
            self.press(Qt.Key.Key_Down)
            current = self.guidance.current()
            seen.append(current.accessibleName() if current is not None else "-")
        raise AssertionError(f"Down never reached {what}; went through {seen}")

    def move_to_name(self, name: str) -> QWidget:
        return self.move_to(lambda w: w.accessibleName() == name, repr(name))
