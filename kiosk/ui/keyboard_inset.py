"""Keeping the focused field and the bottom bar above the on-screen keyboard.

Qt Virtual Keyboard opens as its own window over the bottom of the screen (about 40 % of
it) and covers whatever is there. The kiosk window reserves that strip at its bottom while
the keyboard is open, so the screens get shorter: the bottom bar (Next, Check in) stays
reachable and the form scrolls the focused field into view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget

from kiosk.ui.widgets.field_base import FieldWidget


def keyboard_overlap(window_height: int, keyboard: QRectF, visible: bool) -> int:
    """How many pixels of a window's bottom the keyboard covers (its rectangle in window
    coordinates, as `QInputMethod.keyboardRectangle` gives it)."""
    if not visible or keyboard.isEmpty():
        return 0
    return max(0, min(window_height, window_height - int(keyboard.top())))


def reveal_focus(margin: int = 0) -> None:
    """Scroll the focused field (label, input and error line) into view in its scroll area."""
    focus = QApplication.focusWidget()
    if focus is None:
        return
    target: QWidget = focus
    parent = focus.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        if isinstance(parent, FieldWidget):
            target = parent
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        if target.height() + 2 * margin > parent.viewport().height():
            target = focus  # the whole field does not fit: at least the input
        parent.ensureWidgetVisible(target, 0, margin)


class KeyboardInset(QObject):
    """Follows the input method and pads the bottom of `layout` by the keyboard's overlap.

    `compact` is called with True while the keyboard is open (and False after), so the
    window can give up decoration (header, subtitles) for room.

    Signals:
        None.
    """

    def __init__(
        self,
        window: QWidget,
        layout: QLayout,
        margin: int,
        compact: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._compact = compact
        self._window = window
        self._layout = layout
        self._margin = margin
        self._overlap = 0
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self._on_input_method_changed)
        method.visibleChanged.connect(self._on_input_method_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def overlap(self) -> int:
        return self._overlap

    def set_overlap(self, pixels: int) -> None:
        """Reserve `pixels` at the bottom of the window (0: none) and reveal the focus."""
        pixels = max(0, pixels)
        if pixels == self._overlap:
            return
        self._overlap = pixels
        margins = self._layout.contentsMargins()
        self._layout.setContentsMargins(margins.left(), margins.top(), margins.right(), pixels)
        if self._compact is not None:
            self._compact(bool(pixels))
        self._layout.activate()
        if pixels:
            reveal_focus(self._margin)

    def _on_input_method_changed(self) -> None:
        method = QGuiApplication.inputMethod()
        self.set_overlap(
            keyboard_overlap(self._window.height(), method.keyboardRectangle(), method.isVisible())
        )

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._overlap:
            reveal_focus(self._margin)
