"""A plain-text label that keeps to one line while there is room and wraps when squeezed."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.style import set_role
from kiosk.ui.widgets.text_fit import natural_width


class WrapLabel(QLabel):
    """A word-wrapping label whose preferred width is its whole text on one line.

    A plain word-wrapping QLabel asks for a guessed, often narrow, width and breaks short
    titles in two beside other widgets. This one asks for all the width its text needs and
    gives way (wrapping) only when the layout has less. The text is always plain: titles
    come from the server and are never markup.

    Signals:
        None.
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, role: str = "body"
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        set_role(self, role)
        self.setText(text)

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        lines = self.text().splitlines() or [""]
        widest = math.ceil(max(self._natural_width(line) for line in lines))
        margins = self.contentsMargins()
        width = widest + margins.left() + margins.right() + 2 * self.margin() + 1
        return QSize(width, self.heightForWidth(width))

    def _natural_width(self, line: str) -> float:
        """The width the label's own text layout gives `line`, fractions included.

        Font metrics alone can be a pixel or two short for text shaped from several fonts
        (Arabic with Latin spaces), and the label would then wrap for want of them.
        """
        return natural_width(line, self.font(), self.layoutDirection())
