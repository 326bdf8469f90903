"""What is said: screens, controls, errors, the ticket number and warnings as sentences.

Pure: every method takes what is on screen and the spoken language and returns the sentence;
nothing here speaks or keeps state. The words are the catalogues' (context ``SpeechNarrator``),
so they are translated like every other text of the kiosk.

Private data (EN 301 549 §5.1.3.9): what a visitor typed is said only when the kiosk is set to
allow it (`private` true: a headset or handset); otherwise only how many characters there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from kiosk.speech.describe import ControlInfo, Kind
from kiosk.speech.phrasebook import Phrasebook
from kiosk.speech.screen import Phrase, SpokenScreen, Text
from kiosk.speech.voices import base_code
from kiosk.ui.spoken import PLURAL, KeyRole, VirtualKey

CONTEXT = "SpeechNarrator"


_PLURAL = PLURAL

SEPARATOR = str(QT_TRANSLATE_NOOP("SpeechNarrator", ", "))
LABEL_VALUE = str(QT_TRANSLATE_NOOP("SpeechNarrator", "%1: %2"))
POSITION = str(QT_TRANSLATE_NOOP("SpeechNarrator", "%1 of %2"))
BUTTON = str(QT_TRANSLATE_NOOP("SpeechNarrator", "button"))
TOGGLE = str(QT_TRANSLATE_NOOP("SpeechNarrator", "switch"))
CHECK_BOX = str(QT_TRANSLATE_NOOP("SpeechNarrator", "check box"))
EDIT = str(QT_TRANSLATE_NOOP("SpeechNarrator", "edit field"))
SELECTED = str(QT_TRANSLATE_NOOP("SpeechNarrator", "selected"))
NOT_SELECTED = str(QT_TRANSLATE_NOOP("SpeechNarrator", "not selected"))
ON = str(QT_TRANSLATE_NOOP("SpeechNarrator", "on"))
OFF = str(QT_TRANSLATE_NOOP("SpeechNarrator", "off"))
UNAVAILABLE = str(QT_TRANSLATE_NOOP("SpeechNarrator", "unavailable"))
EMPTY = str(QT_TRANSLATE_NOOP("SpeechNarrator", "empty"))
CHARACTERS = _PLURAL.translate("SpeechNarrator", "%n characters entered", None, 0)
CHARACTER = str(QT_TRANSLATE_NOOP("SpeechNarrator", "1 character entered"))
"""A count of one has its own text, so that English (which has no catalogue) says it right."""
ERRORS = _PLURAL.translate("SpeechNarrator", "%n answers need correcting.", None, 0)
NOW_AT = str(QT_TRANSLATE_NOOP("SpeechNarrator", "Now at: %1"))
NUMBER = str(QT_TRANSLATE_NOOP("SpeechNarrator", "Your number is %1."))
REPEAT = str(QT_TRANSLATE_NOOP("SpeechNarrator", "Press Help to hear it again."))
SECONDS_LEFT = _PLURAL.translate("SpeechNarrator", "%n seconds left.", None, 0)
SECOND_LEFT = str(QT_TRANSLATE_NOOP("SpeechNarrator", "1 second left."))
KEEP_GOING = str(
    QT_TRANSLATE_NOOP("SpeechNarrator", "Press Enter or touch the screen to continue.")
)
GUIDANCE_ON = str(
    QT_TRANSLATE_NOOP(
        "SpeechNarrator",
        "Audio guidance is on. Arrow keys move, Enter chooses, Back goes back, Help repeats."
        " On the screen: tap to hear, double-tap to choose.",
    )
)
VOLUME = str(QT_TRANSLATE_NOOP("SpeechNarrator", "Volume %1 percent."))
KEY_NAMES = {
    KeyRole.SHIFT: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Shift")),
    KeyRole.BACKSPACE: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Backspace")),
    KeyRole.SPACE: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Space")),
    KeyRole.ENTER: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Enter")),
    KeyRole.HIDE: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Hide keyboard")),
    KeyRole.LANGUAGE: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Keyboard language")),
    KeyRole.SYMBOLS: str(QT_TRANSLATE_NOOP("SpeechNarrator", "Symbols")),
}
KEY = str(QT_TRANSLATE_NOOP("SpeechNarrator", "key"))
NO_VOICE = str(
    QT_TRANSLATE_NOOP(
        "SpeechNarrator", "Audio guidance is not available in %1. It continues in %2."
    )
)


class Narrator:
    """Sentences for what the visitor meets, in a given language.

    Args:
        phrasebook: the catalogues the words come from.
        private: typed text may be said (a headset or handset: nobody else hears it).
    """

    def __init__(self, phrasebook: Phrasebook, *, private: bool = False) -> None:
        self.phrasebook = phrasebook
        self.private = private

    def word(self, language: str, source: str, n: int | None = None) -> str:
        return self.phrasebook.text(language, Phrase(CONTEXT, source, n=n))

    def resolve(self, language: str, text: Text) -> str:
        return self.phrasebook.resolve(language, text)

    def join(self, language: str, parts: Sequence[str]) -> str:
        return self.word(language, SEPARATOR).join(part for part in parts if part)

    # -- screens and controls ----------------------------------------------------------------

    def screen(self, language: str, screen: SpokenScreen, first: ControlInfo | None) -> str:
        """Heading, instructions, then the first control."""
        parts = [
            sentence(self.resolve(language, screen.speech_heading())),
            sentence(self.resolve(language, screen.speech_instructions())),
        ]
        if first is not None:
            parts.append(self.control(language, first))
        return " ".join(part for part in parts if part)

    def control(self, language: str, control: ControlInfo) -> str:
        """``"English, button, 1 of 7"``; ``"Preferred contact, SMS, selected"``."""
        parts = [control.group, control.name]
        match control.kind:
            case Kind.BUTTON:
                parts.append(self.word(language, BUTTON))
            case Kind.TOGGLE:
                parts += [
                    self.word(language, TOGGLE),
                    self.word(language, ON if control.checked else OFF),
                ]
            case Kind.OPTION:
                parts.append(self.word(language, SELECTED if control.checked else NOT_SELECTED))
            case Kind.CHECK_BOX:
                parts += [
                    self.word(language, CHECK_BOX),
                    self.word(language, SELECTED if control.checked else NOT_SELECTED),
                ]
            case Kind.EDIT:
                parts += [self.word(language, EDIT), self.typed(language, control)]
            case _:
                pass
        parts.append(control.value)
        if not control.enabled:
            parts.append(self.word(language, UNAVAILABLE))
        if control.position is not None:
            index, count = control.position
            locale = QLocale(base_code(language))
            parts.append(
                self.word(language, POSITION)
                .replace("%1", locale.toString(index))
                .replace("%2", locale.toString(count))
            )
        if control.description and control.description != control.name:
            parts.append(control.description)
        return self.join(language, parts)

    def typed(self, language: str, control: ControlInfo) -> str:
        """What an edit field holds: the text itself only when private speech is allowed."""
        if not control.typed:
            return self.word(language, EMPTY)
        if self.private and not control.secret:
            return control.typed
        typed = len(control.typed)
        return (
            self.word(language, CHARACTER) if typed == 1 else self.word(language, CHARACTERS, typed)
        )

    def key(self, language: str, key: VirtualKey) -> str:
        """A key of the on-screen keyboard: its character ("q", "2") or its name ("Shift")."""
        if key.role is KeyRole.CHARACTER:
            return key.text
        name = KEY_NAMES.get(key.role)
        if name is not None:
            return self.word(language, name)
        return key.text or self.word(language, KEY)

    # -- errors, the ticket, warnings, messages ----------------------------------------------

    def errors(
        self, language: str, errors: Sequence[tuple[str, str]], focus: ControlInfo | None
    ) -> str:
        """Every error at once (field label, message), then where the focus is now."""
        parts = [self.word(language, ERRORS, len(errors))] if len(errors) > 1 else []
        for label, message in errors:
            line = self.word(language, LABEL_VALUE).replace("%1", label).replace("%2", message)
            parts.append(sentence(line if label else message))
        if focus is not None:
            parts.append(self.word(language, NOW_AT).replace("%1", self.control(language, focus)))
        return " ".join(parts)

    def ticket(self, language: str, public_id: str, next_steps: Text = "") -> str:
        """``"Your number is A, 4, 2."``, what to do next, and how to hear it again."""
        number = self.word(language, NUMBER).replace("%1", self.spell(language, public_id))
        return " ".join(
            part
            for part in (
                number,
                sentence(self.resolve(language, next_steps)),
                self.word(language, REPEAT),
            )
            if part
        )

    def spell(self, language: str, public_id: str) -> str:
        """One character at a time, so a number is understood: ``"A-42"`` → ``"A, 4, 2"``."""
        return self.join(language, [c for c in public_id if c.isalnum()])

    def idle_warning(self, language: str, question: Text, seconds: int) -> str:
        """``"Need more time? 20 seconds left. Press Enter or touch the screen to continue."``"""
        return " ".join(
            (
                sentence(self.resolve(language, question)),
                self.seconds_left(language, seconds),
                self.word(language, KEEP_GOING),
            )
        )

    def seconds_left(self, language: str, seconds: int) -> str:
        if seconds == 1:
            return self.word(language, SECOND_LEFT)
        return self.word(language, SECONDS_LEFT, seconds)

    def message(self, language: str, *texts: Text) -> str:
        """A message that appeared on its own (Closed, saved for later, see the front desk)."""
        return " ".join(sentence(self.resolve(language, text)) for text in texts if text)

    def guidance_on(self, language: str) -> str:
        return self.word(language, GUIDANCE_ON)

    def volume(self, language: str, volume: float) -> str:
        percent = QLocale(base_code(language)).toString(round(volume * 100))
        return self.word(language, VOLUME).replace("%1", percent)

    def no_voice(self, language: str, wanted: str, spoken: str) -> str:
        """Said in `spoken` when the visitor's language `wanted` has no voice."""
        return (
            self.word(language, NO_VOICE)
            .replace("%1", language_name(wanted))
            .replace("%2", language_name(spoken))
        )


def language_name(code: str) -> str:
    """A language's name in its own words, as the Welcome screen's button shows it."""
    code = base_code(code)
    if code == "en":
        return "English"  # Qt's native name for plain "en" is "American English"
    return QLocale(code).nativeLanguageName() or code


def sentence(text: str) -> str:
    """`text` with an end mark, so the voice pauses after it (empty stays empty)."""
    text = " ".join(text.split())
    if not text or text[-1] in ".!?…:;。؟":
        return text
    return text + "."
