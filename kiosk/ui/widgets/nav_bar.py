"""The bottom bar of every screen after Welcome: Start over, Back, and the forward action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.busy_indicator import BusyIndicator
from kiosk.ui.widgets.touch_button import TouchButton


class NavBar(QWidget):
    """Start over on the leading edge; Back and the primary button on the trailing edge.

    The primary button's text belongs to the screen (it knows whether it reads "Next" or
    "Check in"); the bar translates Back and Start over itself. While busy, the primary button
    is disabled and a spinner turns beside it.

    Signals:
        back_clicked(): Back was tapped.
        start_over_clicked(): Start over was tapped.
        primary_clicked(): the primary button was tapped (never while busy).
    """

    back_clicked = Signal()
    start_over_clicked = Signal()
    primary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, primary: bool = True) -> None:
        super().__init__(parent)
        self._busy = False
        self.start_over_button = TouchButton(role="secondary")
        self.back_button = TouchButton(role="secondary")
        self.primary_button = TouchButton(role="primary")
        self.busy_indicator = BusyIndicator()
        self.busy_indicator.hide()
        self.primary_button.setVisible(primary)

        space = active_theme().space
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space.sm)
        # Start over leads one row; where the three do not fit side by side (a portrait screen
        # in Large text), it takes a row of its own above Back and the forward action, so
        # that no label is ever cut.
        self._top = QHBoxLayout()
        self._top.setSpacing(space.md)
        self._row = QHBoxLayout()
        self._row.setSpacing(space.md)
        self._row.addWidget(self.start_over_button)
        self._row.addStretch(1)
        self._row.addWidget(self.busy_indicator)
        self._row.addWidget(self.back_button)
        self._row.addWidget(self.primary_button)
        layout.addLayout(self._top)
        layout.addLayout(self._row)
        self._stacked = False

        self.back_button.clicked.connect(self.back_clicked)
        self.start_over_button.clicked.connect(self.start_over_clicked)
        self.primary_button.clicked.connect(self._on_primary_button_clicked)
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        """Disable the primary button and show the spinner (or undo that)."""
        self._busy = busy
        self.primary_button.setEnabled(not busy)
        self.busy_indicator.setVisible(busy)
        if busy:
            self.busy_indicator.start()
        else:
            self.busy_indicator.stop()

    def is_busy(self) -> bool:
        return self._busy

    def set_primary_text(self, text: str) -> None:
        self.primary_button.setText(text)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.start_over_button.setText(self.tr("Start over"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _one_row_width(self) -> int:
        shown = [
            b
            for b in (self.start_over_button, self.back_button, self.primary_button)
            if not b.isHidden()
        ]
        spacing = self._row.spacing() * (len(shown) - 1)
        return sum(b.sizeHint().width() for b in shown) + spacing

    def _arrange(self, width: int) -> None:
        """Start over beside the others, or on a row of its own when they do not fit."""
        stacked = width > 0 and self._one_row_width() > width
        if stacked == self._stacked:
            return
        self._stacked = stacked
        if stacked:
            self._row.removeWidget(self.start_over_button)
            self._top.addWidget(self.start_over_button)
            self._top.addStretch(1)
        else:
            self._top.removeWidget(self.start_over_button)
            while self._top.count():
                self._top.takeAt(0)
            self._row.insertWidget(0, self.start_over_button)

    def _on_primary_button_clicked(self) -> None:
        if not self._busy:
            self.primary_clicked.emit()
