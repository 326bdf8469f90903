"""The on-screen keyboard for a blind visitor: a spoken cursor moved over its keys.

While audio guidance is on and a text field has the focus with the on-screen keyboard open,
the arrow keys move over the keyboard's keys (Left and Right along a row, on to the next row;
Up and Down to the nearest key in the row above or below) and each key is said ("q",
"Shift", "Backspace", "Space"; digits on a phone field's dial pad). Enter or Space presses the
key as a tap would; Escape closes the keyboard and says the field again. What was typed is
said as for any typing: the characters only where private speech is allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.ui.spoken import KeyRole, VirtualKey

if TYPE_CHECKING:
    from kiosk.speech.guidance import GuidanceController

Key = Qt.Key
_MOVES = {
    Key.Key_Left: (-1, 0),
    Key.Key_Right: (1, 0),
    Key.Key_Up: (0, -1),
    Key.Key_Down: (0, 1),
}
_PRESS = (Key.Key_Return, Key.Key_Enter, Key.Key_Space)


class Keyboard(Protocol):
    """What the cursor needs of the on-screen keyboard (`OnScreenKeyboard` is one)."""

    def is_open(self) -> bool: ...

    def keys(self) -> list[VirtualKey]: ...

    def press(self, key: VirtualKey) -> None: ...


def rows(keys: Sequence[VirtualKey]) -> list[list[VirtualKey]]:
    """The keys in rows from the top, each row from the left."""
    ordered = sorted(keys, key=lambda k: (k.center().y(), k.center().x()))
    out: list[list[VirtualKey]] = []
    for key in ordered:
        if out and abs(out[-1][0].center().y() - key.center().y()) < key.rect.height() / 2:
            out[-1].append(key)
        else:
            out.append([key])
    return [sorted(row, key=lambda k: k.center().x()) for row in out]


def nearest(keys: Sequence[VirtualKey], point: QPointF) -> VirtualKey:
    def distance(key: VirtualKey) -> float:
        offset = key.center() - point
        return offset.x() ** 2 + offset.y() ** 2

    return min(keys, key=distance)


def step(keys: Sequence[VirtualKey], point: QPointF | None, dx: int, dy: int) -> VirtualKey:
    """The key an arrow leads to from the key at `point` (None: the first key)."""
    grid = rows(keys)
    if point is None:
        return grid[0][0]
    here = nearest(keys, point)
    row_index = next(i for i, row in enumerate(grid) if here in row)
    if dx:
        flat = [key for row in grid for key in row]
        return flat[(flat.index(here) + dx) % len(flat)]
    row = grid[(row_index + dy) % len(grid)]
    return min(row, key=lambda k: abs(k.center().x() - here.center().x()))


class KeyboardCursor:
    """Moves a spoken cursor over the on-screen keyboard's keys (see the module's text).

    Args:
        guidance: says the keys and follows the typing.
        keyboard: the on-screen keyboard now (None: the kiosk has none).
    """

    def __init__(
        self, guidance: GuidanceController, keyboard: Callable[[], Keyboard | None]
    ) -> None:
        self.guidance = guidance
        self._keyboard = keyboard
        self._point: QPointF | None = None
        self._field: QWidget | None = None

    def available(self) -> bool:
        """Guidance is on and a text field has the focus with the keyboard open."""
        keyboard = self._keyboard()
        focus = QApplication.focusWidget()
        return (
            self.guidance.is_active()
            and isinstance(focus, QLineEdit)
            and not focus.isReadOnly()
            and keyboard is not None
            and keyboard.is_open()
        )

    def current(self) -> VirtualKey | None:
        keyboard = self._keyboard()
        if keyboard is None or self._point is None:
            return None
        keys = keyboard.keys()
        return nearest(keys, self._point) if keys else None

    def handle(self, key: int, auto_repeat: bool = False) -> bool:
        """A keypad key while `available`: True when the keyboard took it."""
        keyboard = self._keyboard()
        if keyboard is None:
            return False
        focus = QApplication.focusWidget()
        if focus is not self._field:
            self._field, self._point = focus, None
        if key in _MOVES:
            keys = keyboard.keys()
            if keys:
                target = step(keys, self._point, *_MOVES[Key(key)])
                self._point = target.center()
                self.guidance.say_key(target)
            return True
        if key in _PRESS:
            if not auto_repeat:
                self._press(keyboard)
            return True
        if key == Key.Key_Escape:
            self.leave()
            return True
        return False

    def leave(self) -> None:
        """Close the keyboard; the field keeps the focus and is said again."""
        self._point = None
        QGuiApplication.inputMethod().hide()
        focus = QApplication.focusWidget()
        if focus is not None:
            self.guidance.say_control(focus)

    def _press(self, keyboard: Keyboard) -> None:
        target = self.current()
        if target is None:
            self.guidance.help()
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            self.guidance.follow_typing(focus)
        keyboard.press(target)
        if target.role in (KeyRole.SHIFT, KeyRole.LANGUAGE, KeyRole.SYMBOLS, KeyRole.OTHER):
            self.guidance.say_key(target)
        elif target.role is KeyRole.HIDE:
            self.leave()
