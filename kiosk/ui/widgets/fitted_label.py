"""A label for a server's name that never asks for more room than the screen has."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

from kiosk.ui.style import set_role
from kiosk.ui.widgets.text_fit import fitted_text, narrowest_width, natural_width

_SHORTEST = 6
"""The narrowest the label goes, in average letters (then it cuts with "…")."""


class FittedLabel(QLabel):
    """Plain text on up to `max_lines` lines, broken inside a word when it must be, cut with
    "…" after that; its preferred size is the whole text on one line.

    For the location's and a line's name, which come from Qminder in any length: the label
    shrinks with its layout instead of widening the window, and its accessible name is always
    the whole text. `text()` is the whole text too. With `keep_whole` (the kiosk's own words,
    such as the Demo badge) it never gets narrower than its whole text on `max_lines` lines.

    Signals:
        None.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        role: str = "body",
        max_lines: int = 1,
        keep_whole: bool = False,
    ) -> None:
        super().__init__(parent)
        self._max_lines = max(1, max_lines)
        self._keep_whole = keep_whole
        self._whole_widths: dict[tuple[str, str, int, bool], int] = {}
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self, role)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(self._max_lines > 1)
        self.setSizePolicy(policy)
        self.setWordWrap(self._max_lines > 1)
        self.setText(text)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        self.setAccessibleName(text)
        if changed:
            # Only a new text needs measuring again: the header's name is set again on every
            # screen, and its layout would otherwise arrange the whole header anew each time.
            self.updateGeometry()

    def shown_text(self, width: int | None = None) -> str:
        """What the label draws at `width` (its own width by default)."""
        room = self.contentsRect().width() if width is None else width - self._chrome().width()
        return fitted_text(self.text(), self.font(), room, self._max_lines, self.layoutDirection())

    def natural_width(self) -> int:
        """The width of the whole text on one line, whatever the label's maximum width."""
        self.ensurePolished()
        # Fractions count: a pixel short and the last letter would go to a line of its own.
        font, direction = self.font(), self.layoutDirection()
        lines = self.text().split("\n")
        widest = max((natural_width(line, font, direction) for line in lines), default=0.0)
        return math.ceil(widest) + self._chrome().width() + 1

    def sizeHint(self) -> QSize:
        width = min(self.natural_width(), self.maximumWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        if self._keep_whole:
            width = self.whole_width(self._max_lines)
        else:
            width = min(self.sizeHint().width(), metrics.averageCharWidth() * _SHORTEST)
        # One line at the least: the height for a given width comes from `heightForWidth`.
        return QSize(width, text_height(metrics, 1) + self._chrome().height())

    def hasHeightForWidth(self) -> bool:
        return self._max_lines > 1

    def heightForWidth(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        lines = len(self.shown_text(width).split("\n")) if self._max_lines > 1 else 1
        return text_height(metrics, lines) + self._chrome().height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.drawFrame(painter)
        rect: QRect = self.contentsRect()
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter,
            rect,
            int(align),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def whole_width(self, lines: int) -> int:
        """The narrowest width (frame and padding included) that shows the whole text on
        `lines` lines, broken between words only (0 for no text)."""
        if not self.text():
            return 0
        self.ensurePolished()
        key = (self.text(), self.font().key(), lines, self.isRightToLeft())
        if key not in self._whole_widths:
            self._whole_widths[key] = narrowest_width(
                self.text(), self.font(), lines, self.layoutDirection()
            )
        return self._whole_widths[key] + self._chrome().width()

    def _chrome(self) -> QSize:
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        return QSize(
            margins.left() + margins.right() + extra, margins.top() + margins.bottom() + extra
        )


def text_height(metrics: QFontMetrics, lines: int) -> int:
    """The height of `lines` lines of text, as a label measures it (no leading under the last)."""
    return metrics.height() + metrics.lineSpacing() * (max(1, lines) - 1)
