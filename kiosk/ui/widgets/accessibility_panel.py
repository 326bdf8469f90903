"""The Accessibility button's panel: Large text and High contrast switches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.accessibility import AccessibilityOptions
from kiosk.ui.spoken import mark_switch
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.indicators import Mark, choice_icon
from kiosk.ui.widgets.touch_button import TouchButton


class AccessibilityPanel(QFrame):
    """A card under the header's Accessibility button with two toggles and Close.

    The toggles act at once (the whole kiosk re-styles); Close or Escape hides the card and
    gives the keyboard focus back to the button that opened it.

    Signals:
        closed(): the panel was hidden by the visitor.
    """

    closed = Signal()

    def __init__(self, options: AccessibilityOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = options
        space = active_theme().space
        set_role(self, "ticket-card")
        self.setObjectName("accessibility-panel")
        self.title_label = plain_label(role="field-label")
        self.title_label.setWordWrap(True)
        self.large_text_button = self._toggle()
        self.high_contrast_button = self._toggle()
        self.close_button = TouchButton(role="primary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.lg, space.lg, space.lg, space.lg)
        layout.setSpacing(space.sm)
        layout.addWidget(self.title_label)
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.high_contrast_button)
        layout.addSpacing(space.xs)
        layout.addWidget(self.close_button)
        self.large_text_button.toggled.connect(options.set_large_text)
        self.high_contrast_button.toggled.connect(options.set_high_contrast)
        self.close_button.clicked.connect(self.close_panel)
        options.changed.connect(self.sync)
        self.hide()
        self.sync()
        self.retranslate_ui()

    def sync(self) -> None:
        """Show the options' current state (after a reset, say)."""
        for button, on in (
            (self.large_text_button, self.options.large_text()),
            (self.high_contrast_button, self.options.high_contrast()),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self._update_icons()

    def open_panel(self) -> None:
        self.sync()
        self.show()
        self.raise_()
        self.large_text_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), active_theme().space.option_min_width * 2), hint.height())

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Make the screen easier to read"))
        self.large_text_button.setText(self.tr("Large text"))
        self.large_text_button.setAccessibleDescription(self.tr("Makes all text larger"))
        self.high_contrast_button.setText(self.tr("High contrast"))
        self.high_contrast_button.setAccessibleDescription(
            self.tr("Black text on white, strong outlines")
        )
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icons()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)

    def _toggle(self) -> TouchButton:
        button = TouchButton(role="option", wrap=True, alignment=Qt.AlignmentFlag.AlignLeft)
        button.setCheckable(True)
        mark_switch(button)
        size = active_theme().size.indicator
        button.setIconSize(QSize(size, size))
        return button

    def _update_icons(self) -> None:
        icon = choice_icon(Mark.CHECK, self.palette(), active_theme().size.indicator)
        self.large_text_button.setIcon(icon)
        self.high_contrast_button.setIcon(icon)
