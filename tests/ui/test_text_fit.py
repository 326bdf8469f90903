"""Fitted labels are worked out once per width: the same lines as a fresh fit, without laying
the text out again each time a form is measured (fifty questions build in one go)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

from kiosk.ui import style
from kiosk.ui.widgets import text_fit
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.text_fit import FittedTexts, fitted_text
from kiosk.ui.widgets.touch_button import TouchButton

LABELS = [
    "Yes",
    "Passports and ID cards",
    "Trailing spaces   ",
    "fff",  # an italic f hangs past its advance
    "بطاقات الهوية وجوازات السفر",
    "Mixed العربية and Latin",
    "Reisepassverlängerungsantragsformular" * 3,
    "Two\nparagraphs",
    "a\u2028forced break",
]
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def font(size: int, italic: bool) -> QFont:
    chosen = QFont("DejaVu Sans")
    chosen.setPixelSize(size)
    chosen.setItalic(italic)
    return chosen


class CountedLayouts:
    """Counts the text layouts the fitting makes (each one shapes the text anew)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made = 0
        counter = self

        class Counted(QTextLayout):
            def __init__(self, *args: Any) -> None:
                counter.made += 1
                super().__init__(*args)

        monkeypatch.setattr(text_fit, "QTextLayout", Counted)


@pytest.mark.parametrize("italic", [False, True], ids=["upright", "italic"])
@pytest.mark.parametrize("direction", [LTR, RTL], ids=["ltr", "rtl"])
@pytest.mark.parametrize("max_lines", [None, 2])
def test_a_remembered_fit_reads_as_a_fresh_one_at_every_width(
    qapp: Any, italic: bool, direction: Qt.LayoutDirection, max_lines: int | None
) -> None:
    for size in (20, 32):
        chosen = font(size, italic)
        metrics = QFontMetrics(chosen)
        for label in LABELS:
            fits = FittedTexts(max_lines)
            fits.set_text(label)
            for width in range(1, 640, 7):
                expected = fitted_text(label, chosen, width, max_lines, direction)
                bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), 0, expected)
                where = f"{label!r} at {width} px, {size} px"
                assert fits.text(chosen, width, direction) == expected, where
                assert fits.height(chosen, width, direction) == bounds.height(), where


def test_a_new_text_is_fitted_anew(qapp: Any) -> None:
    chosen = font(24, False)
    fits = FittedTexts(1)
    fits.set_text("Passports and ID cards")
    assert "…" in fits.text(chosen, 120, LTR)
    fits.set_text("ID")
    assert fits.text(chosen, 120, LTR) == "ID"


def test_option_buttons_are_not_laid_out_again_when_their_style_changes(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A grid tries its column counts, and every polish or state change clears the buttons'
    sizes: none of that changes a label's lines, so none of it lays the labels out again."""
    grid = ResponsiveGrid(min_cell_width=200, max_columns=4, spacing=10)
    qtbot.addWidget(grid)
    buttons = [
        TouchButton(label, role="option", wrap=True, max_lines=4)
        for label in ("Yes", "No", "Passports and ID cards", "Reisepassverlängerung" * 4)
    ]
    grid.set_widgets(buttons)
    widths = (1180, 850, 600, 420)
    heights = [grid.heightForWidth(width) for width in widths]
    grid.resize(850, grid.heightForWidth(850))
    grid.show()
    qtbot.waitExposed(grid)
    counted = CountedLayouts(monkeypatch)
    for button in buttons:
        style.set_state(button, "error")
        style.set_state(button, None)
        style.repolish(button)
    grid.grab()  # a paint draws the fitted lines
    assert [grid.heightForWidth(width) for width in widths] == heights
    assert counted.made == 0


def test_a_short_option_is_laid_out_once_whatever_width_it_is_measured_at(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = CountedLayouts(monkeypatch)
    button = TouchButton("Choice 1", role="option", wrap=True, max_lines=4)
    qtbot.addWidget(button)
    heights = {button.heightForWidth(width) for width in range(200, 1200, 50)}
    assert len(heights) == 1  # one line at every one of these widths
    assert counted.made == 1
