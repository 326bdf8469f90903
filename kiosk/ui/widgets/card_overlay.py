"""A card centred over the dimmed window: the base of the staff PIN pad and the admin panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme

SCRIM_ALPHA = 190
"""How much the screen behind the card is dimmed (0-255)."""


class CardOverlay(QWidget):
    """Covers its parent, dims it, and shows `card` in the middle; taps outside do nothing.

    Subclasses fill `card_layout`.
    """

    def __init__(
        self, parent: QWidget, max_width: int = 720, scrim_alpha: int = SCRIM_ALPHA
    ) -> None:
        super().__init__(parent)
        self._host = parent
        self._scrim_alpha = scrim_alpha
        space = active_theme().space
        self.card = QFrame()
        set_role(self.card, "ticket-card")
        self._max_width = max_width
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(space.xl, space.xl, space.xl, space.xl)
        self.card_layout.setSpacing(space.md)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(space.page_margin, space.md, space.page_margin, space.md)
        layout.addStretch(1)
        layout.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self._fit()
        self.raise_()
        self.show()

    def _fit(self) -> None:
        """Cover the host; a fixed card width lets wrapped texts take the height they need."""
        self.setGeometry(self._host.rect())
        margin = active_theme().space.page_margin
        # Wider than `max_width` where the card's buttons need it (Large text), never wider
        # than the host: a label is never cut.
        wanted = max(self._max_width, self.card.minimumSizeHint().width())
        self.card.setFixedWidth(max(320, min(wanted, self._host.width() - 2 * margin)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scrim = QColor(active_theme().color.scrim)
        scrim.setAlpha(self._scrim_alpha)
        painter.fillRect(self.rect(), scrim)
        painter.end()
