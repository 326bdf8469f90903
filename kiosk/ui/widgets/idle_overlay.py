"""The "Need more time?" card over a dimmed screen, with a visible countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.bidi import isolate_count
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.card_overlay import CardOverlay
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.touch_button import TouchButton

SCRIM_ALPHA = 150
"""How much the screen behind the card is dimmed (0-255): lighter than the staff cards'."""


class IdleOverlay(CardOverlay):
    """Covers its parent while the idle warning runs; any tap on it continues the visit.

    Signals:
        continue_requested(): the visitor tapped (the card's button or anywhere on the overlay).
    """

    continue_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, max_width=640, scrim_alpha=SCRIM_ALPHA)
        space = active_theme().space
        self._seconds = 0
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.title_label = plain_label(role="title")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.count_label = plain_label(role="subtitle")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setWordWrap(True)
        self.continue_button = TouchButton(role="primary")
        self.continue_button.clicked.connect(self.continue_requested)
        self.card_layout.addWidget(self.title_label)
        self.card_layout.addWidget(self.count_label)
        self.card_layout.addSpacing(space.sm)
        self.card_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate_ui()

    def show_warning(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate_ui()
        self.open()
        self.continue_button.setFocus()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate_ui()

    def hide_warning(self) -> None:
        self.hide()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Need more time?"))
        seconds = self._seconds
        self.count_label.setText(
            isolate_count(
                self.tr("The screen will start over in %n seconds.", "", seconds), seconds
            )
        )
        self.count_label.setAccessibleName(self.count_label.text())
        self.continue_button.setText(self.tr("Yes, continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.continue_requested.emit()
