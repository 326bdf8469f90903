"""Explore by touch while audio guidance is on, as screen-reader users do on their phones.

A single tap on a control says it (and presses nothing); a double tap anywhere presses the
control said last; sliding a finger across the screen says each control it passes over.
With guidance off, taps reach the screen untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QWidget

from kiosk.speech.guidance import GuidanceController

_SAME_PRESS_S = 0.005
"""A touch and the mouse press Qt makes of it arrive this close together: one tap."""


class TouchExplorer(QObject):
    """An event filter for the window's QWindow that turns taps into speech while guidance
    is on.

    Args:
        guidance: the controller that says and presses.
        window: the kiosk window (positions are found in it).
        clock: seconds, for the double tap (tests pass their own).
    """

    def __init__(
        self,
        guidance: GuidanceController,
        window: QWidget,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.guidance = guidance
        self._window = window
        self._clock = clock
        self._last_press = -1.0
        self._pressed = False
        self._under: QWidget | None = None

    def control_at(self, where: QPoint) -> QWidget | None:
        """The screen's control under a global position, if any."""
        for control in self.guidance.controls():
            local = control.mapFromGlobal(where)
            if control.rect().contains(local):
                return control
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.guidance.is_active():
            return False
        kind = event.type()
        if isinstance(event, QMouseEvent):
            where = event.globalPosition().toPoint()
            if kind == QEvent.Type.MouseButtonPress:
                self._press(where)
                return True
            if kind == QEvent.Type.MouseMove:
                if self._pressed:
                    self._slide(where)
                return self._pressed
            if kind == QEvent.Type.MouseButtonRelease:
                self._pressed = False
                return True
            return kind == QEvent.Type.MouseButtonDblClick
        if isinstance(event, QTouchEvent) and event.points():
            where = event.points()[0].globalPosition().toPoint()
            if kind == QEvent.Type.TouchBegin:
                self._press(where)
            elif kind == QEvent.Type.TouchUpdate:
                self._slide(where)
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._pressed = False
            return True
        return False

    def _press(self, where: QPoint) -> None:
        now = self._clock()
        since = now - self._last_press
        if since < _SAME_PRESS_S:
            return
        self._pressed = True
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000
        if since <= interval:
            self._last_press = -1.0  # a third tap starts afresh
            self.guidance.activate(self.guidance.last_said())
            return
        self._last_press = now
        self._under = self.control_at(where)
        if self._under is not None:
            self.guidance.say_control(self._under)
        else:
            self.guidance.stop()

    def _slide(self, where: QPoint) -> None:
        under = self.control_at(where)
        if under is not None and under is not self._under:
            self._under = under
            self.guidance.say_control(under)
