"""Audio guidance connected to the kiosk: what the screens show is said, and a keypad, a
touch, a 3 s hold on Welcome or a new headset drive it (DESIGN.md section 10).

The speech package knows screens only through `SpokenScreen` (the screens implement it);
this connector feeds the guidance controller what happens in the visit: the screen on show,
the visitor's language, refused answers and where the focus went, the ticket number, the idle
warning and its countdown, messages that appear without a tap, and the end of the visit.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.config import KioskSettings
from kiosk.controllers.idle import IdleController
from kiosk.shell.connector import Connector, Hall
from kiosk.speech.engine import SpeechEngine, platform_engine
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.hold import HoldGesture
from kiosk.speech.keyboard_cursor import KeyboardCursor
from kiosk.speech.keypad import KeypadFilter
from kiosk.speech.narrator import Narrator
from kiosk.speech.outputs import AudioOutputWatcher
from kiosk.speech.phrasebook import Phrasebook
from kiosk.speech.screen import Phrase, SpokenScreen, Text
from kiosk.speech.touch import TouchExplorer
from kiosk.ui.screens.base import NavigableScreen
from kiosk.ui.screens.form_screen import FormScreen

log = logging.getLogger("kiosk.shell.speech")

IDLE_QUESTION = Phrase("IdleOverlay", "Need more time?")


@dataclass(frozen=True)
class WithHeader:
    """A screen as guidance reads it: its own controls, then the header's (Audio,
    Accessibility), so that a keypad or a finger reaches those too."""

    screen: SpokenScreen
    header: tuple[QWidget, ...]

    def speech_heading(self) -> Text:
        return self.screen.speech_heading()

    def speech_instructions(self) -> Text:
        return self.screen.speech_instructions()

    def speech_controls(self) -> Sequence[QWidget]:
        header = [control for control in self.header if control.isVisible()]
        return [*self.screen.speech_controls(), *header]


def make_engine(settings: KioskSettings, parent: QObject | None = None) -> SpeechEngine | None:
    """The platform's voice, or None when speech is off or the platform has no engine."""
    if settings.speech == "off":
        return None
    name = platform_engine()
    if name is None:
        log.warning("audio guidance: no text-to-speech engine on this computer")
        return None
    return SpeechEngine(name, parent=parent)


class SpeechFlow(Connector):
    """Connects audio guidance to one running kiosk's window and visit.

    Args:
        window: the kiosk window.
        visit: the visit (its language and location).
        idle: the idle watch (its warning and countdown).
        engine: the voice (`make_engine`; Qt's ``mock`` engine in tests).
        settings: ``speech``, ``speech_rate``, ``speech_volume``, ``speech_private``.
        outputs: watch for a newly plugged headset (QMediaDevices).
    """

    def __init__(
        self,
        hall: Hall,
        engine: SpeechEngine,
        *,
        outputs: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(hall, parent)
        settings, window = hall.settings, hall.window
        self.engine = engine
        self.narrator = Narrator(Phrasebook(parent=self), private=settings.speech_private)
        self.guidance = GuidanceController(
            engine,
            self.narrator,
            mode=settings.speech,
            volume=settings.speech_volume,
            rate=settings.speech_rate,
            parent=self,
        )
        self.keys = KeyboardCursor(self.guidance, window.keyboard_inset.keyboard)
        self.keypad = KeypadFilter(self.guidance, self, keyboard=self.keys)
        self.touch = TouchExplorer(self.guidance, window)
        self.hold = HoldGesture(window)
        self.outputs = AudioOutputWatcher(self) if outputs else None
        self._language: str | None = None
        self._watched: QObject | None = None
        self._header = (window.audio_button, window.accessibility_button)
        self._wire(hall.idle)

    def _wire(self, idle: IdleController) -> None:
        w, guidance = self.window, self.guidance
        w.stack.currentChanged.connect(self._on_screen_changed)
        w.message.message_changed.connect(self._on_message_changed)
        for screen in (w.details, w.questions):
            screen.errors_shown.connect(lambda s=screen: self._on_errors(s))
        w.questions.page_changed.connect(self._on_page_changed)
        idle.warning.connect(lambda seconds: guidance.idle_warning(IDLE_QUESTION, seconds))
        idle.tick.connect(guidance.idle_tick)
        self.hold.held.connect(lambda: guidance.turn_on("hold"))
        w.audio_button.setVisible(guidance.mode != "off")
        w.audio_button.setChecked(guidance.is_active())
        w.audio_button.clicked.connect(self._on_audio_button_clicked)
        guidance.active_changed.connect(w.audio_button.setChecked)
        guidance.back_requested.connect(self._back)
        if self.outputs is not None:
            self.outputs.output_added.connect(self._on_output_added)

    # -- lifetime ----------------------------------------------------------------------------

    def start(self) -> None:
        """Install the keypad, touch and hold filters on the window's QWindow (call once it is
        shown, before the idle watch, so that the idle watch still sees every key and tap)."""
        self.remove()
        self._watched = self.window.windowHandle() or self.window
        for gesture in (self.hold, self.touch, self.keypad):
            self._watched.installEventFilter(gesture)
        self._on_screen_changed()

    def remove(self) -> None:
        if self._watched is not None:
            for gesture in (self.keypad, self.touch, self.hold):
                self._watched.removeEventFilter(gesture)
            self._watched = None

    def end_visit(self) -> None:
        """Done, Start over or the idle timeout: off for the next visitor (unless "always")."""
        self._language = None
        self.guidance.end_visit()

    # -- what is on screen -------------------------------------------------------------------

    def _sync_language(self) -> None:
        location = self.visit.location
        if location is not None:
            self.guidance.set_default_language(location.primary_language)
        if self.visit.language != self._language:
            self._language = self.visit.language
            self.guidance.set_language(self.visit.language)

    def _current(self) -> QWidget | None:
        return self.window.current_screen()

    def _on_screen_changed(self, _index: int = -1) -> None:
        screen = self._current()
        self.hold.enabled = screen is self.window.welcome
        if not self.hold.enabled:
            self.hold.cancel()
        if not isinstance(screen, SpokenScreen):
            return
        self._sync_language()
        ticket = self.window.ticket
        public_id = ticket.public_id() if screen is ticket else None
        read = WithHeader(screen, self._header)
        if public_id is not None:
            self.guidance.show_screen(read, speak=False)
            self.guidance.show_ticket(public_id, ticket.speech_instructions())
        else:
            self.guidance.show_screen(read)

    def _on_message_changed(self) -> None:
        message = self.window.message
        if self._current() is message:
            self.guidance.show_screen(WithHeader(message, self._header), speak=False)
            self.guidance.show_message(message.speech_heading(), message.speech_instructions())

    def _on_page_changed(self, _page: int) -> None:
        if self._current() is self.window.questions:
            self.guidance.show_screen(WithHeader(self.window.questions, self._header))

    def _on_errors(self, screen: FormScreen) -> None:
        if self._current() is screen:
            self.guidance.show_errors(screen.shown_errors(), QApplication.focusWidget())

    # -- the keypad's Back, a headset --------------------------------------------------------

    def _back(self) -> None:
        screen = self._current()
        if not isinstance(screen, NavigableScreen):
            return
        button = screen.back_button
        if isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled():
            button.click()

    def _on_audio_button_clicked(self) -> None:
        self.guidance.toggle()
        self.window.audio_button.setChecked(self.guidance.is_active())

    def _on_output_added(self, description: str) -> None:
        log.info("a new audio output appeared: audio guidance on")
        self.guidance.turn_on("headset")
