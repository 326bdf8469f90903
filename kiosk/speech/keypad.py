"""Keys of a tactile keypad (EZ Access style) or a keyboard, while audio guidance is used.

Any keypad key turns guidance on (and reads the screen; that first press does nothing else,
so a blind visitor exploring the keys presses nothing by chance). While it is on:
Up/Left and Shift+Tab go to the previous control, Down/Right and Tab to the next (Left and
Right swap on a right-to-left screen), Enter and Space press, Escape and Backspace go back,
F1 and ``?`` repeat the screen's instructions, ``+`` and ``-`` change the volume.
In an edit field, keys that type or move the cursor belong to the field; with the on-screen
keyboard open, the arrows, Enter, Space and Escape work its keys instead (`keyboard_cursor`).
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.speech.guidance import GuidanceController
from kiosk.speech.keyboard_cursor import KeyboardCursor


class Action(Enum):
    NEXT = auto()
    PREVIOUS = auto()
    ACTIVATE = auto()
    BACK = auto()
    HELP = auto()
    LOUDER = auto()
    SOFTER = auto()


Key = Qt.Key

_ALWAYS = {
    Key.Key_Up: Action.PREVIOUS,
    Key.Key_Down: Action.NEXT,
    Key.Key_Tab: Action.NEXT,
    Key.Key_Backtab: Action.PREVIOUS,
    Key.Key_Return: Action.ACTIVATE,
    Key.Key_Enter: Action.ACTIVATE,
    Key.Key_Escape: Action.BACK,
    Key.Key_F1: Action.HELP,
    Key.Key_Help: Action.HELP,
}
_OUTSIDE_TEXT = {
    Key.Key_Space: Action.ACTIVATE,
    Key.Key_Backspace: Action.BACK,
    Key.Key_Question: Action.HELP,
    Key.Key_Plus: Action.LOUDER,
    Key.Key_Minus: Action.SOFTER,
    Key.Key_VolumeUp: Action.LOUDER,
    Key.Key_VolumeDown: Action.SOFTER,
}


def key_action(
    key: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    in_text: bool = False,
    right_to_left: bool = False,
) -> Action | None:
    """What a key does while guidance is on (None: it is not guidance's key)."""
    if key == Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier:
        return Action.PREVIOUS
    if key in (Key.Key_Left, Key.Key_Right):
        if in_text:
            return None  # the cursor moves in the text
        forward = (key == Key.Key_Right) != right_to_left
        return Action.NEXT if forward else Action.PREVIOUS
    if key in _ALWAYS:
        return _ALWAYS[Key(key)]
    if not in_text and key in _OUTSIDE_TEXT:
        return _OUTSIDE_TEXT[Key(key)]
    return None


class KeypadFilter(QObject):
    """An event filter for the window's QWindow: keypad keys drive `guidance`.

    Key presses reach the QWindow before the focused widget, so guidance decides first.
    """

    def __init__(
        self,
        guidance: GuidanceController,
        parent: QObject | None = None,
        keyboard: KeyboardCursor | None = None,
    ) -> None:
        super().__init__(parent)
        self.guidance = guidance
        self.keyboard = keyboard
        self._taken: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.KeyRelease:
            # The release of a key the on-screen keyboard's cursor took stays with it too: Qt
            # Virtual Keyboard would otherwise reopen on Escape's release.
            if event.key() in self._taken:
                if not event.isAutoRepeat():
                    self._taken.discard(event.key())
                return True
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if self.guidance.mode == "off":
            return False
        focus = QApplication.focusWidget()
        in_text = isinstance(focus, QLineEdit) and not focus.isReadOnly()
        keyboard = self.keyboard
        if (
            in_text
            and keyboard is not None
            and keyboard.available()
            and keyboard.handle(event.key(), event.isAutoRepeat())
        ):
            self._taken.add(event.key())
            return True
        action = key_action(
            event.key(),
            event.modifiers(),
            in_text=in_text,
            right_to_left=QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        )
        if action is None:
            if self.guidance.is_active() and not in_text:
                self.guidance.stop()  # the visitor is doing something else
            return False
        if not self.guidance.is_active():
            if event.isAutoRepeat():
                return True
            self.guidance.turn_on("key")
            return True
        return self._do(action, event)

    def _do(self, action: Action, event: QKeyEvent) -> bool:
        guidance = self.guidance
        match action:
            case Action.NEXT:
                guidance.move(1)
            case Action.PREVIOUS:
                guidance.move(-1)
            case Action.ACTIVATE:
                if event.isAutoRepeat():
                    return True
                guidance.activate()
            case Action.BACK:
                guidance.stop()
                guidance.back_requested.emit()
            case Action.HELP:
                guidance.help()
            case Action.LOUDER:
                guidance.change_volume(1)
            case Action.SOFTER:
                guidance.change_volume(-1)
        return True
