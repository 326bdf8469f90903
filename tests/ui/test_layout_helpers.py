"""Pure layout arithmetic: grid columns and question pages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.paging import paginate
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid, column_count
from kiosk.ui.widgets.touch_button import TouchButton


@pytest.mark.parametrize(
    ("count", "width", "expected"),
    [
        (7, 1180, 4),  # room for 5: 4 + 3 beats 5 + 2
        (4, 1180, 4),
        (10, 1180, 5),
        (7, 704, 3),
        (2, 1180, 2),
        (1, 300, 1),
        (0, 1000, 1),
    ],
)
def test_balanced_columns(count: int, width: int, expected: int) -> None:
    assert column_count(count, width, 200, 5, 18, balanced=True) == expected


def test_unbalanced_columns_fill_the_width() -> None:
    assert column_count(7, 1180, 200, 5, 18, balanced=False) == 5


def test_pages_respect_the_budget_and_the_count() -> None:
    assert paginate([100] * 10, 1000, spacing=10, max_per_page=4) == [
        range(4),
        range(4, 8),
        range(8, 10),
    ]
    assert paginate([200, 200, 200], 450, spacing=20) == [range(2), range(2, 3)]
    assert paginate([900, 100], 450) == [range(1), range(1, 2)]
    assert paginate([], 450) == []


def test_grid_places_every_cell_and_centres_the_last_row(qtbot: Any) -> None:
    grid = ResponsiveGrid(min_cell_width=200, max_columns=4, spacing=10, center_last_row=True)
    qtbot.addWidget(grid)
    buttons = [TouchButton(str(i), role="choice") for i in range(7)]
    grid.set_widgets(buttons)
    grid.resize(850, grid.heightForWidth(850))
    grid.show()
    qtbot.waitExposed(grid)
    assert grid.columns() == 4
    rows = sorted({b.geometry().top() for b in buttons})
    assert len(rows) == 2
    last_row = [b for b in buttons if b.geometry().top() == rows[1]]
    left = min(b.geometry().left() for b in last_row)
    right = max(b.geometry().right() for b in last_row)
    assert abs(left - (grid.width() - 1 - right)) <= 2
    assert all(grid.rect().contains(b.geometry()) for b in buttons)


def test_grid_grows_taller_when_narrower(qtbot: Any) -> None:
    grid = ResponsiveGrid(min_cell_width=200, max_columns=4, spacing=10)
    qtbot.addWidget(grid)
    grid.set_widgets([QWidget() for _ in range(6)])
    assert grid.heightForWidth(420) > grid.heightForWidth(900)
