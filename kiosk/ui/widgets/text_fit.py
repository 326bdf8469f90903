"""Fitting a server's text into a width: wrapped, broken inside a word when it must, and cut
short with an ellipsis after a number of lines.

Qminder's names have no length a screen can rely on: a line, option or location name may be
one 300-letter word. Wrapped at word boundaries only, such a word runs past its button and
the visitor reads a middle slice of it; sized to its text, it pushes everything else off the
screen. Fitted here, it breaks where it must and stops after `max_lines` lines with "…"; the
widget keeps the whole text as its accessible name.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QTextLayout, QTextOption

from kiosk.ui.bidi import LINE_SEPARATOR, contained


def fit_lines(
    text: str,
    font: QFont,
    width: float,
    max_lines: int | None = None,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> list[str]:
    """The lines `text` takes at `width`: broken at word boundaries where possible, anywhere
    where not, each paragraph (``\\n``) cut to `max_lines` lines with an ellipsis."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_paragraph_lines(paragraph, font, max(1.0, width), max_lines, direction))
    return lines


def fitted_text(
    text: str,
    font: QFont,
    width: float,
    max_lines: int | None = None,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> str:
    """`fit_lines` joined with line breaks: ready to draw without wrapping."""
    return "\n".join(fit_lines(text, font, width, max_lines, direction))


def _paragraph_lines(
    text: str, font: QFont, width: float, max_lines: int | None, direction: Qt.LayoutDirection
) -> list[str]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].rstrip() for start, length in spans] or [""]
    if max_lines is None or len(lines) <= max_lines:
        return lines
    kept = lines[: max_lines - 1]
    rest = text[spans[max_lines - 1][0] :]
    metrics = QFontMetricsF(font)
    last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    # The cut may have taken the end of a direction mark's reach: close what is left open.
    return contained("\n".join([*kept, last])).split(LINE_SEPARATOR)


def narrowest_width(
    text: str,
    font: QFont,
    lines: int,
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> int:
    """The narrowest width (in whole pixels) that shows all of `text` on `lines` lines,
    breaking it between words only."""

    def fits(width: int) -> bool:
        return len(fit_lines(text, font, width, None, direction)) <= lines

    longest = max((natural_width(word, font, direction) for word in text.split()), default=0.0)
    low = max(1, math.ceil(longest))
    high = max(low, math.ceil(natural_width(text, font, direction)) + 1)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low + 1


def natural_width(
    text: str, font: QFont, direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> float:
    """The width `text` takes on one line as Qt's text layout shapes it (fallback fonts and
    all: font metrics alone can be short for Arabic)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000.0)
    layout.endLayout()
    return line.naturalTextWidth()


class FittedTexts:
    """One label fitted to the widths it is measured and drawn at, each worked out once.

    A wrapping button is measured at several widths while a form is laid out (a grid tries its
    column counts) and again after every style change (polish, reparenting, a new state),
    which leaves the label's fit unchanged: it depends only on the text, the font, the width
    and the direction. Those make the key here, so nothing needs clearing but a new text. A
    label that fits on one line with room to spare is taken whole without laying it out again.

    Args:
        max_lines: as in `fitted_text`.
    """

    KEPT = 32
    """Widths remembered; a window being resized passes through many: the latest are kept."""

    def __init__(self, max_lines: int | None = None) -> None:
        self._max_lines = max_lines
        self._text = ""
        self._natural: dict[tuple[str, Qt.LayoutDirection], float] = {}
        self._fitted: dict[tuple[float, str, Qt.LayoutDirection], tuple[str, int]] = {}

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._natural.clear()
            self._fitted.clear()

    def text(self, font: QFont, width: float, direction: Qt.LayoutDirection) -> str:
        """`fitted_text` of the label."""
        return self._fit(font, width, direction)[0]

    def height(self, font: QFont, width: float, direction: Qt.LayoutDirection) -> int:
        """The height the fitted label takes when drawn (`QFontMetrics.boundingRect`)."""
        return self._fit(font, width, direction)[1]

    def _fit(self, font: QFont, width: float, direction: Qt.LayoutDirection) -> tuple[str, int]:
        font_key = font.key()
        key = (width, font_key, direction)
        found = self._fitted.get(key)
        if found is None:
            if len(self._fitted) >= self.KEPT:
                self._fitted.clear()
            text = self._one_line(font, font_key, width, direction)
            if text is None:
                text = fitted_text(self._text, font, width, self._max_lines, direction)
            bounds = QFontMetrics(font).boundingRect(QRect(0, 0, int(width), 100_000), 0, text)
            found = self._fitted[key] = (text, bounds.height())
        return found

    def _one_line(
        self, font: QFont, font_key: str, width: float, direction: Qt.LayoutDirection
    ) -> str | None:
        """The label whole, when it fits on one line at `width` beyond doubt; else None.

        Only plain printable text (no line breaks, separators or direction marks), and only
        with an em of room past its natural width: Qt's line breaking also counts a last
        glyph's overhang, so a label exactly as wide as the line may still be broken.
        """
        text = self._text
        if not text.isprintable():
            return None
        natural = self._natural.get((font_key, direction))
        if natural is None:
            natural = self._natural[(font_key, direction)] = natural_width(text, font, direction)
        if natural + QFontMetricsF(font).height() > width:
            return None
        return text.rstrip()
