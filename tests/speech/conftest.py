"""Audio guidance tests: Qt's mock text-to-speech engine, and a small screen to read."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.speech.engine import SpeechEngine
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.narrator import Narrator
from kiosk.speech.phrasebook import Phrasebook
from kiosk.speech.screen import Phrase, Text
from kiosk.ui.widgets.touch_button import TouchButton

LANGUAGE_NAMES = ("English", "Español", "Eesti", "Русский", "العربية", "Français", "Deutsch")


@dataclass
class Heard:
    """What the mock engine was given to say: (text, language), in order."""

    said: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [text for text, _ in self.said]

    def last(self) -> str:
        assert self.said, "nothing was said"
        return self.said[-1][0]

    def clear(self) -> None:
        self.said.clear()


@pytest.fixture
def engine(qtbot: QtBot) -> Iterator[SpeechEngine]:
    speech = SpeechEngine("mock")
    assert speech.engine_name() == "mock"
    yield speech
    speech.close()
    speech.deleteLater()


@pytest.fixture
def heard(engine: SpeechEngine) -> Heard:
    out = Heard()
    engine.said.connect(lambda text, language: out.said.append((text, language)))
    return out


@pytest.fixture(scope="session")
def phrasebook() -> Phrasebook:
    return Phrasebook()


@pytest.fixture
def narrator(phrasebook: Phrasebook) -> Narrator:
    return Narrator(phrasebook)


class WelcomeLike(QWidget):
    """A screen like Welcome: a heading, seven language buttons, a name field, Start."""

    def __init__(self) -> None:
        super().__init__()
        self.resize(800, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Welcome"))
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        self.languages = []
        for index, name in enumerate(LANGUAGE_NAMES):
            button = TouchButton(name, role="choice")
            grid.addWidget(button, index // 4, index % 4)
            self.languages.append(button)
        layout.addWidget(grid_host)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName("First name")
        layout.addWidget(self.name_edit)
        self.start = TouchButton("Start", role="primary")
        layout.addWidget(self.start)
        layout.addStretch(1)
        self.clicked: list[str] = []
        for button in [*self.languages, self.start]:
            button.clicked.connect(lambda _=False, b=button: self.clicked.append(b.label()))

    def speech_heading(self) -> Text:
        return Phrase("SpeechTest", "Welcome")

    def speech_instructions(self) -> Text:
        return "Choose your language."

    def speech_controls(self) -> Sequence[QWidget]:
        return [*self.languages, self.name_edit, self.start]


@pytest.fixture
def welcome(qtbot: QtBot) -> WelcomeLike:
    screen = WelcomeLike()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


@pytest.fixture
def guidance(engine: SpeechEngine, narrator: Narrator) -> GuidanceController:
    return GuidanceController(engine, narrator, volume=0.8)


def press(qtbot: QtBot, screen: QWidget, key: Qt.Key, text: str = "") -> None:
    """A key as a keypad sends it: to the window, which hands it to the focused widget."""
    window = screen.windowHandle()
    assert window is not None
    qtbot.keyClick(window, key)
