"""The header's buttons at the right-hand end: Audio (where the kiosk can speak) just inside
Accessibility, measured and placed as one piece by the header's layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.spoken import mark_switch
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.touch_button import TouchButton


class HeaderButtons(QWidget):
    """Audio and Accessibility side by side; Accessibility stays at the right-hand end in every
    language. Each label may take two lines between its words when the header is narrow.

    Attributes:
        audio_button: hidden unless the kiosk can speak (checkable: on while it speaks).
        accessibility_button: opens the Large text / High contrast panel.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audio_button = TouchButton(role="secondary", wrap=True)
        self.audio_button.setObjectName("audio-button")
        self.audio_button.setCheckable(True)
        mark_switch(self.audio_button)
        self.audio_button.hide()
        self.accessibility_button = TouchButton(role="secondary", wrap=True)
        self.accessibility_button.setObjectName("accessibility-button")
        for button in self._buttons():
            button.setParent(self)
            button.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _buttons(self) -> tuple[TouchButton, TouchButton]:
        return self.audio_button, self.accessibility_button

    def _shown(self) -> list[TouchButton]:
        return [b for b in self._buttons() if not b.isHidden()]

    def _gap(self) -> int:
        return active_theme().space.sm

    # -- measured by the header's layout -----------------------------------------------------

    def width_for_lines(self, lines: int) -> int:
        """The narrowest width showing every shown label whole on `lines` lines."""
        shown = self._shown()
        return sum(b.width_for_lines(lines) for b in shown) + self._gap() * (len(shown) - 1)

    def _widths(self, width: int) -> list[int]:
        """Each shown button's width within `width`: the fewest lines that fit, the rest of
        the room to Accessibility."""
        shown = self._shown()
        lines = 1 if self.width_for_lines(1) <= width else 2
        widths = [b.width_for_lines(lines) for b in shown]
        if widths:
            widths[-1] += max(0, width - self.width_for_lines(lines))
        return widths

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = self._shown()
        return max(
            (b.heightForWidth(w) for b, w in zip(shown, self._widths(width), strict=True)),
            default=0,
        )

    def sizeHint(self) -> QSize:
        width = self.width_for_lines(1)
        return QSize(width, self.heightForWidth(width))

    # -- placing the buttons -----------------------------------------------------------------

    def resizeEvent(self, event: object) -> None:
        x = 0
        height = self.height()
        for button, width in zip(self._shown(), self._widths(self.width()), strict=True):
            tall = button.heightForWidth(width)
            button.setGeometry(QRect(x, (height - tall) // 2, width, tall))
            x += width + self._gap()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # A button's size changed (a new label: "Audio" → "Audio on"): this widget has no
            # layout, so Qt asks it directly; the header's layout measures the pair again.
            self.updateGeometry()
            self.resizeEvent(None)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.FontChange):
            self.updateGeometry()  # the header's layout measures the pair again
            self.resizeEvent(None)
        return False
