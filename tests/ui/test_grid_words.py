"""A grid of wrapping buttons never breaks a word: a cell is never narrower than its longest."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch_button import TouchButton


def test_a_long_word_takes_fewer_columns_instead_of_being_broken(qtbot: Any) -> None:
    grid = ResponsiveGrid(
        min_cell_width=60, max_columns=3, spacing=10, whole_words=True, assumed_width=400
    )
    qtbot.addWidget(grid)
    buttons = [TouchButton(text, wrap=True) for text in ("Identificaciones", "Eesti", "Deutsch")]
    font = buttons[0].font()
    font.setPointSize(28)
    for button in buttons:
        button.setFont(font)
    grid.set_widgets(buttons)
    grid.resize(400, 600)
    grid.show()
    QApplication.processEvents()
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert widest * 3 + 20 > 400, "the test needs a word too wide for three columns"
    assert grid.columns() < 3
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)
