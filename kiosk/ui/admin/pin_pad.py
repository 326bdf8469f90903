"""The staff PIN pad: ten digits, Delete and OK, over the dimmed kiosk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.bidi import fill, isolate, left_to_right
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.card_overlay import CardOverlay
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.touch_button import TouchButton

MAX_DIGITS = 12


class PinPad(CardOverlay):
    """Asks for the admin PIN. The digits typed show only as dots.

    Signals:
        submitted(str): OK was tapped with the digits entered.
        cancelled(): Cancel was tapped.
    """

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, max_width=560)
        space = active_theme().space
        self._pin = ""
        self._wrong_left: int | None = None
        self._locked_seconds = 0
        self.setObjectName("pin-pad")
        self._lock_timer = QTimer(self)
        self._lock_timer.setObjectName("pin-pad-lock")
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._count_down)
        self.title_label = plain_label(role="title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.dots_label = plain_label(role="subtitle")
        self.dots_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = plain_label(role="error")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        # A keypad reads 1 2 3 from the left in every language, as on phones and card
        # terminals (it is not mirrored in Arabic).
        self.keypad = QWidget()
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self.keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(space.sm)
        self.digit_buttons: list[TouchButton] = []
        for digit in range(10):
            button = TouchButton(str(digit))
            button.setAccessibleName(str(digit))
            button.clicked.connect(lambda _=False, d=str(digit): self._type(d))
            self.digit_buttons.append(button)
            row, column = (3, 1) if digit == 0 else divmod(digit - 1, 3)
            grid.addWidget(button, row, column)
        self.delete_button = TouchButton()
        self.delete_button.clicked.connect(self._delete)
        self.ok_button = TouchButton(role="primary")
        self.ok_button.clicked.connect(self._submit)
        grid.addWidget(self.delete_button, 3, 0)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = TouchButton()
        self.cancel_button.clicked.connect(self._cancel)
        self.card_layout.addWidget(self.title_label)
        self.card_layout.addWidget(self.dots_label)
        self.card_layout.addWidget(self.message_label)
        self.card_layout.addWidget(self.keypad)
        self.card_layout.addWidget(self.cancel_button)
        self.retranslate_ui()

    # -- what the wiring tells it ------------------------------------------------------------

    def ask(self) -> None:
        """Open empty, ready for a PIN."""
        self._pin = ""
        self._wrong_left = None
        self._locked_seconds = 0
        self._refresh()
        self.open()
        self.ok_button.setFocus()

    def show_wrong(self, tries_left: int) -> None:
        self._pin = ""
        self._wrong_left = tries_left
        self._refresh()

    def show_locked(self, seconds: int) -> None:
        """Too many wrong PINs: the pad refuses digits for `seconds`."""
        self._pin = ""
        self._wrong_left = None
        self._locked_seconds = max(1, seconds)
        self._lock_timer.start()
        self.open()
        self._refresh()

    def _count_down(self) -> None:
        self._locked_seconds = max(0, self._locked_seconds - 1)
        if not self._locked_seconds:
            self._lock_timer.stop()
        self._refresh()

    def close_pad(self) -> None:
        self._pin = ""
        self._lock_timer.stop()
        self._locked_seconds = 0
        self.hide()

    def entered(self) -> str:
        return self._pin

    # -- input -------------------------------------------------------------------------------

    def _type(self, digit: str) -> None:
        if self._locked_seconds or len(self._pin) >= MAX_DIGITS:
            return
        self._pin += digit
        self._refresh()

    def _delete(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()

    def _submit(self) -> None:
        if self._pin and not self._locked_seconds:
            pin, self._pin = self._pin, ""
            self._refresh()
            self.submitted.emit(pin)

    def _cancel(self) -> None:
        self.close_pad()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self._type(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._delete()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif event.key() == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    # -- texts -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.dots_label.setText(" ".join("●" for _ in self._pin) or " ")
        self.dots_label.setAccessibleName(
            fill(self.tr("Digits entered: %1"), isolate(str(len(self._pin))))
        )
        if self._locked_seconds:
            minutes, seconds = divmod(self._locked_seconds, 60)
            # One value, "4:05": two isolates around a colon would swap in a right-to-left line.
            wait = left_to_right(f"{minutes}:{seconds:02d}")
            message = fill(self.tr("Too many wrong PINs. Try again in %1."), wait)
        elif self._wrong_left is not None:
            left = isolate(str(self._wrong_left))
            message = fill(self.tr("Wrong PIN. Attempts left: %1."), left)
        else:
            message = ""
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.message_label.setAccessibleName(message)
        enabled = not self._locked_seconds
        for button in (*self.digit_buttons, self.delete_button, self.ok_button):
            button.setEnabled(enabled)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Admin PIN"))
        self.delete_button.setText(self.tr("Delete"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
