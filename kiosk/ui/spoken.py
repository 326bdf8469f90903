"""What a screen says about itself to audio guidance: texts by their catalogue key.

Audio guidance (`kiosk.speech`) reads a screen through three methods, `speech_heading`,
`speech_instructions` and `speech_controls` (`kiosk.speech.screen.SpokenScreen`). The kiosk's
own texts are given as `Phrase` (the catalogue context and English source), so that they are
said in the spoken language even when it is not the one on screen (the visitor's language has
no voice here); texts from Qminder are plain strings, said as they are. The on-screen
keyboard's keys are given as `VirtualKey` (`kiosk.ui.virtual_keys` finds them).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.focus_order import reading_order

SWITCH = "kioskSwitch"
"""Property of a button that turns a setting on and off (Audio, Large text, High contrast)."""


def mark_switch(button: QAbstractButton) -> None:
    """`button` turns a setting on and off: audio guidance calls it a switch, not a check box
    (Qt reports every checkable button as a check box; an answer to tick stays one)."""
    button.setProperty(SWITCH, True)


@dataclass(frozen=True)
class Phrase:
    """A kiosk text by its catalogue key; ``%1``, ``%2``... are filled from `args`.

    `n`: the count of a plural text (``"%n services."``), chosen in the spoken language's
    plural forms. `comment`: the text's disambiguation in the catalogue, where it has one.
    """

    context: str
    source: str
    args: tuple[str, ...] = ()
    n: int | None = None
    comment: str | None = None


class _Plural:
    """Marks a text said with a count: lupdate reads ``x.translate(context, source, None, n)``
    as a plural (numerus) message, which QT_TRANSLATE_NOOP cannot express."""

    @staticmethod
    def translate(context: str, source: str, _disambiguation: None = None, _n: int = 0) -> str:
        return source


PLURAL = _Plural()


Text = str | Phrase | tuple[str | Phrase, ...]
"""A sentence as a screen gives it (a tuple: several, said one after the other)."""


class KeyRole(StrEnum):
    """What a key does, as it is said."""

    CHARACTER = "character"
    SHIFT = "shift"
    BACKSPACE = "backspace"
    SPACE = "space"
    ENTER = "enter"
    HIDE = "hide"
    LANGUAGE = "language"
    SYMBOLS = "symbols"
    OTHER = "other"


@dataclass(frozen=True)
class VirtualKey:
    """One key of the on-screen keyboard.

    Attributes:
        text: what it shows (``"q"``, ``"Q"`` while shifted, ``"2"``); "" for keys that
            show no character.
        role: a character, or which function key it is.
        rect: where it is drawn, in the keyboard widget's coordinates.
    """

    text: str
    role: KeyRole
    rect: QRectF

    def center(self) -> QPointF:
        return self.rect.center()


def reading_order_controls(screen: QWidget) -> list[QWidget]:
    """The controls on `screen` now, in reading order.

    Every control that takes the focus, not only Tab's stops: Tab stops once in a group of
    options (Qt takes the Tab stop off the others), but audio guidance says each option.
    """
    window = screen.window()
    found: list[tuple[QRect, QWidget]] = []
    for widget in [screen, *screen.findChildren(QWidget)]:
        if (
            (isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
            and widget.isVisibleTo(window)
            and not widget.isHidden()
        ):
            found.append((QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()), widget))
    return reading_order(found, right_to_left=window.isRightToLeft())
