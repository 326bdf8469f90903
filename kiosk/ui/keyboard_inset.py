"""Keeping the focused field and the bottom bar above the on-screen keyboard.

The keyboard takes a strip at the bottom of the screen (about 40 % of it). The kiosk window
reserves that strip while the keyboard is open, so the screens get shorter: the bottom bar
(Next, Check in) stays reachable and the form scrolls the focused field into view. With an
attached `OnScreenKeyboard` the window also draws the keyboard in the strip; without one (Qt
Virtual Keyboard in its own window) the strip follows the input method's keyboard rectangle.

Closing waits until no finger or mouse button is down: tapping a button moves the focus and
closes the keyboard on press, and the screen must not move under the finger before release.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget

from kiosk.ui.widgets.field_base import FieldWidget

if TYPE_CHECKING:
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

CLOSE_DELAY_MS = 120
"""How long a closed keyboard keeps its strip (more while a button is held): a tap from one
field to another closes and reopens it, which should not shake the screen."""


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
        self._keyboard: OnScreenKeyboard | None = None
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(CLOSE_DELAY_MS)
        self._close_timer.timeout.connect(self._on_close_timer_timeout)
        # Opening waits for the event loop: the keyboard reports its rectangle from inside its
        # own bindings, which must not be resized while they run.
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(0)
        self._open_timer.timeout.connect(self._open)
        window.installEventFilter(self)
        method = QGuiApplication.inputMethod()
        method.keyboardRectangleChanged.connect(self._on_input_method_changed)
        method.visibleChanged.connect(self._on_input_method_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def overlap(self) -> int:
        return self._overlap

    def attach(self, keyboard: OnScreenKeyboard) -> None:
        """Draw this keyboard in the reserved strip whenever the input method is visible."""
        self._keyboard = keyboard
        keyboard.setParent(self._window)
        keyboard.hide()
        self._on_input_method_changed()

    def keyboard(self) -> OnScreenKeyboard | None:
        return self._keyboard

    def keyboard_rect(self) -> QRect:
        """Where the keyboard is drawn, in window coordinates (empty when closed)."""
        if self._keyboard is None or self._keyboard.isHidden():
            return QRect()
        return self._keyboard.geometry()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self._overlap:
            self._open_timer.start()
        return False

    def _on_input_method_changed(self) -> None:
        if QGuiApplication.inputMethod().isVisible():
            self._close_timer.stop()
            if self._keyboard is None:
                self._open()
            else:
                self._open_timer.start()
        elif self._overlap:
            self._close_timer.start()

    def _open(self) -> None:
        if self._keyboard is None:
            method = QGuiApplication.inputMethod()
            self.set_overlap(
                keyboard_overlap(
                    self._window.height(), method.keyboardRectangle(), method.isVisible()
                )
            )
            return
        window = self._window
        size = self._keyboard.fit(window.width(), window.height())
        if size.height() <= 0:
            return
        self._keyboard.setGeometry(0, window.height() - size.height(), size.width(), size.height())
        self._keyboard.show()
        self._keyboard.raise_()
        self.set_overlap(size.height())

    def _on_close_timer_timeout(self) -> None:
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._close_timer.start()
            return
        if QGuiApplication.inputMethod().isVisible():
            return
        if self._keyboard is not None:
            self._keyboard.hide()
        self.set_overlap(0)

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._overlap:
            reveal_focus(self._margin)
