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

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

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
