"""Audio guidance's state: on or off, the screen being read, the control the visitor is at.

`GuidanceController` is the speech view's controller. The composition root feeds it (the
screen that appeared, the visitor's language, errors, the ticket number, the idle warning,
the end of the visit) and installs the input filters (`keypad`, `touch`, `hold`) that turn it
on and move through the screen. It knows screens only through `SpokenScreen`.

Modes (setting ``speech``): ``"on-demand"`` starts off and a visitor turns it on; ``"always"``
is on from the start and stays on; ``"off"`` never speaks. The end of a visit turns it off
again (unless ``"always"``) and puts the volume back to the kiosk's start volume
(EN 301 549 §5.1.3.13).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from kiosk.speech.describe import ControlInfo, describe, position
from kiosk.speech.engine import SpeechEngine
from kiosk.speech.narrator import Narrator
from kiosk.speech.screen import SpokenScreen, StaticScreen, Text
from kiosk.speech.voices import SOURCE_LANGUAGE, base_code
from kiosk.ui.spoken import VirtualKey

log = logging.getLogger("kiosk.speech")

Mode = Literal["on-demand", "always", "off"]
VOLUME_STEP = 0.1


class GuidanceController(QObject):
    """Says the kiosk's state aloud while guidance is on, and moves through the controls.

    Args:
        engine: the voice.
        narrator: the sentences.
        mode: ``"on-demand"``, ``"always"`` or ``"off"`` (setting ``speech``).
        volume: the start volume, 0..1 (setting ``speech_volume``).
        rate: -1..1 (setting ``speech_rate``).

    Signals:
        active_changed(bool): guidance was turned on or off (the Audio control shows it).
        back_requested(): the visitor pressed Back (Escape or Backspace) on the keypad.
        language_fallback(str, str): the visitor's language has no voice; the second is spoken.
    """

    active_changed = Signal(bool)
    back_requested = Signal()
    language_fallback = Signal(str, str)

    def __init__(
        self,
        engine: SpeechEngine,
        narrator: Narrator,
        *,
        mode: Mode = "on-demand",
        volume: float = 1.0,
        rate: float = 0.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.narrator = narrator
        self.mode: Mode = mode
        self._start_volume = volume
        self._active = False
        self._default = SOURCE_LANGUAGE
        self._visitor = SOURCE_LANGUAGE
        self._screen: SpokenScreen | None = None
        self._index = -1
        self._watched: QLineEdit | None = None
        self._last_said: QWidget | None = None
        self._notice = ""
        """"Not available in your language": said again before the next screen."""
        engine.set_rate(rate)
        engine.set_volume(volume)
        if mode == "always":
            self._active = True

    # -- on and off --------------------------------------------------------------------------

    def is_active(self) -> bool:
        return self._active

    def turn_on(self, reason: str = "") -> None:
        """A key, the 3 s hold, the Audio control or a new headset: speak from now on.

        Already on, it reads the screen again (the visitor may have missed it).
        """
        if self.mode == "off":
            return
        if not self._active:
            self._active = True
            log.info("audio guidance on (%s)", reason or "asked")
            self.active_changed.emit(True)
        self._read_screen(intro=True)

    def turn_off(self) -> None:
        if not self._active:
            return
        self._active = False
        self.engine.stop()
        self._watch(None)
        log.info("audio guidance off")
        self.active_changed.emit(False)

    def toggle(self) -> None:
        """The Audio control in the header."""
        if self._active and self.mode != "always":
            self.turn_off()
        else:
            self.turn_on("audio control")

    def end_visit(self) -> None:
        """Done, Start over or the idle timeout: the next visitor starts afresh."""
        self.engine.set_volume(self._start_volume)
        self._visitor = self._default
        self._last_said = None
        self._notice = ""
        if self.mode != "always":
            self.turn_off()

    # -- languages ---------------------------------------------------------------------------

    def set_default_language(self, code: str) -> None:
        """The location's default language (spoken when the visitor's has no voice)."""
        self._default = base_code(code) or SOURCE_LANGUAGE

    def set_language(self, code: str) -> None:
        """The visitor chose a language; say so if it has no voice here."""
        self._visitor = base_code(code) or self._default
        spoken = self.spoken_language()
        self._notice = ""
        if spoken is not None and spoken != self._visitor:
            self.language_fallback.emit(self._visitor, spoken)
            self._notice = self.narrator.no_voice(spoken, self._visitor, spoken)
            if self._active:
                self._say(self._notice)

    def spoken_language(self) -> str | None:
        """The language sentences are said in now (None: no voice at all)."""
        return self.engine.spoken_language(self._visitor, self._default)

    # -- what the visitor sees ---------------------------------------------------------------

    def show_screen(self, screen: SpokenScreen, *, speak: bool = True) -> None:
        """A screen appeared: its heading, instructions and first control are said (not with
        `speak` False: what follows says it, as `show_ticket` does)."""
        self._screen = screen
        self._index = -1
        self._last_said = None
        if self._active and speak:
            self._read_screen(intro=False)

    def screen(self) -> SpokenScreen | None:
        return self._screen

    def show_errors(self, errors: Sequence[tuple[str, str]], focus: QWidget | None = None) -> None:
        """Every error at once (field label, message), then the control the focus is on."""
        if not self._active or not errors:
            return
        info = None
        if focus is not None:
            self._index = self._index_of(focus)
            info = self._info(focus)
            self._watch(focus)
        self._say_with(lambda lang: self.narrator.errors(lang, errors, info))

    def show_ticket(self, public_id: str, next_steps: Text = "") -> None:
        """The number, spelled, and what to do next; Help repeats it (it is the instructions)."""
        spoken = self.spoken_language() or SOURCE_LANGUAGE
        before = self._screen
        self._screen = StaticScreen(
            before.speech_heading() if before is not None else "",
            self.narrator.ticket(spoken, public_id, next_steps),
            tuple(before.speech_controls()) if before is not None else (),
        )
        self._index = -1
        if self._active:
            self._say_with(lambda lang: self.narrator.ticket(lang, public_id, next_steps))

    def show_message(self, *texts: Text) -> None:
        """A message that appeared without a tap (Closed, saved for later, see the desk)."""
        if self._active:
            self._say_with(lambda lang: self.narrator.message(lang, *texts))

    def idle_warning(self, question: Text, seconds: int) -> None:
        """ "Need more time?" with its countdown (a warning through more than one sense)."""
        if self._active:
            self._say_with(lambda lang: self.narrator.idle_warning(lang, question, seconds))

    def idle_tick(self, seconds: int) -> None:
        """The countdown: said at 10 and 5 seconds left."""
        if self._active and seconds in (10, 5):
            self._say_with(lambda lang: self.narrator.seconds_left(lang, seconds))

    # -- moving and acting (keypad and touch call these) -------------------------------------

    def controls(self) -> list[QWidget]:
        if self._screen is None:
            return []
        return [c for c in self._screen.speech_controls() if c.isVisible()]

    def current(self) -> QWidget | None:
        controls = self.controls()
        return controls[self._index] if 0 <= self._index < len(controls) else None

    def move(self, step: int) -> None:
        """To the next (1) or previous (-1) control in reading order, round the end."""
        controls = self.controls()
        if not controls:
            self.help()
            return
        current = self.current()
        index = controls.index(current) if current in controls else (-1 if step > 0 else 0)
        self._index = (index + step) % len(controls)
        target = controls[self._index]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self.say_control(target)

    def activate(self, control: QWidget | None = None) -> None:
        """Press the control the visitor is at (or `control`); an edit field takes the focus."""
        target = control or self.current() or self._last_said
        if target is None or not target.isEnabled():
            return
        if isinstance(target, QAbstractButton):
            target.click()
            if target.isCheckable() and target.isVisible():
                self.say_control(target)
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit) and not target.isReadOnly():
                QGuiApplication.inputMethod().show()  # the on-screen keyboard, where there is one
            self.say_control(target)

    def say_control(self, control: QWidget) -> None:
        """Say one control (a keypad move, a tap, a finger passing over it)."""
        self._last_said = control
        controls = self.controls()
        if control in controls:
            self._index = controls.index(control)
        self._watch(control)
        info = self._info(control)
        self._say_with(lambda lang: self.narrator.control(lang, info))

    def say_key(self, key: VirtualKey) -> None:
        """Say a key of the on-screen keyboard ("q", "Shift", "Space")."""
        self._say_with(lambda lang: self.narrator.key(lang, key))

    def follow_typing(self, edit: QLineEdit) -> None:
        """Say what is typed into `edit` from now on (per the private-data rule)."""
        if edit is not self._watched:
            self._watch(edit)

    def last_said(self) -> QWidget | None:
        return self._last_said

    def help(self) -> None:
        """The Help key: the screen's heading and instructions again."""
        if self._active:
            self._read_screen(intro=False, first=False)

    def change_volume(self, steps: int) -> None:
        self.engine.set_volume(self.engine.volume() + steps * VOLUME_STEP)
        self._say_with(lambda lang: self.narrator.volume(lang, self.engine.volume()))

    def stop(self) -> None:
        """Silence (the visitor is doing something else)."""
        self.engine.stop()

    # -- internals ---------------------------------------------------------------------------

    def _read_screen(self, *, intro: bool, first: bool = True) -> None:
        screen = self._screen
        current = self.current() if not first else None
        if current is None and first:
            controls = self.controls()
            if controls:
                self._index = 0
                current = controls[0]
                current.setFocus(Qt.FocusReason.TabFocusReason)
                self._last_said = current
                self._watch(current)
        info = self._info(current) if current is not None and first else None

        notice, self._notice = self._notice, ""

        def sentence(lang: str) -> str:
            parts = [self.narrator.guidance_on(lang)] if intro else []
            if notice:
                parts.append(notice)
            if screen is not None:
                parts.append(self.narrator.screen(lang, screen, info))
            return " ".join(parts)

        self._say_with(sentence)

    def _info(self, control: QWidget) -> ControlInfo:
        return describe(control, position(control, self.controls()))

    def _index_of(self, control: QWidget) -> int:
        controls = self.controls()
        return controls.index(control) if control in controls else -1

    def _say_with(self, make: Callable[[str], str]) -> None:
        language = self.spoken_language()
        if language is None:
            return
        self.engine.say(make(language), language)

    def _say(self, text: str) -> None:
        language = self.spoken_language()
        if language is not None:
            self.engine.say(text, language)

    def _watch(self, control: QWidget | None) -> None:
        """Follow typing in the edit field the visitor is at ("4 characters entered")."""
        if self._watched is not None:
            self._watched.textEdited.disconnect(self._on_text_edited)
            self._watched = None
        if isinstance(control, QLineEdit):
            self._watched = control
            control.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, _text: str) -> None:
        edit = self._watched
        if not self._active or edit is None:
            return
        info = describe(edit)
        self._say_with(lambda lang: self.narrator.typed(lang, info))
