"""What a screen says about itself to audio guidance: texts by their catalogue key.

Audio guidance (`kiosk.speech`) reads a screen through three methods, `speech_heading`,
`speech_instructions` and `speech_controls` (`kiosk.speech.screen.SpokenScreen`). The kiosk's
own texts are given as `Phrase` (the catalogue context and English source), so that they are
said in the spoken language even when it is not the one on screen (the visitor's language has
no voice here); texts from Qminder are plain strings, said as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.focus_order import reading_order


@dataclass(frozen=True)
class Phrase:
    """A kiosk text by its catalogue key; ``%1``, ``%2``... are filled from `args`."""

    context: str
    source: str
    args: tuple[str, ...] = ()


Text = str | Phrase | tuple[str | Phrase, ...]
"""A sentence as a screen gives it (a tuple: several, said one after the other)."""


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
