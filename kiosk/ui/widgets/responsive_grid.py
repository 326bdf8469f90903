"""A grid that picks its number of columns from its width, for landscape and portrait screens."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


def column_count(
    count: int, width: int, min_cell_width: int, max_columns: int, spacing: int, *, balanced: bool
) -> int:
    """How many columns `count` cells get in `width` pixels.

    As many as fit (each at least `min_cell_width`), at most `max_columns`. With `balanced`,
    no more than needed for the fewest rows: 4 cells in room for 3 columns make 2 × 2, not 3 + 1.
    """
    if count <= 0:
        return 1
    fit = max(1, (width + spacing) // max(1, min_cell_width + spacing))
    columns = max(1, min(fit, max_columns, count))
    if balanced:
        rows = math.ceil(count / columns)
        columns = math.ceil(count / rows)
    return columns


class ResponsiveGrid(QWidget):
    """Cells of equal width flowing into as many columns as the width allows.

    A last row with fewer cells is centred when `center_last_row` is set (language and
    service buttons), or starts at the leading edge (answer options, form fields).

    Signals:
        None.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        min_cell_width: int,
        max_columns: int,
        spacing: int,
        balanced: bool = True,
        center_last_row: bool = False,
        assumed_width: int = 1180,
    ) -> None:
        super().__init__(parent)
        self._min_cell_width = min_cell_width
        self._max_columns = max(1, max_columns)
        self._balanced = balanced
        self._center_last_row = center_last_row
        self._assumed_width = assumed_width
        self._widgets: list[QWidget] = []
        self._columns = 0
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Show these widgets as the cells, in order (the grid takes ownership)."""
        for widget in self._widgets:
            self._layout.removeWidget(widget)
        self._widgets = list(widgets)
        self._columns = 0
        self._arrange(self._current_width())

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def columns(self) -> int:
        """The number of columns in use now."""
        return self._columns

    def set_assumed_width(self, width: int) -> None:
        """The width to lay out for before the grid has been shown (and sized) once."""
        self._assumed_width = width
        if not self.isVisible():
            self._columns = 0
            self._arrange(width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        width = self._current_width()
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        widest = max((w.minimumSizeHint().width() for w in self._widgets), default=0)
        width = max(widest, 1)
        return QSize(width, self._height_for(max(self.width(), width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _current_width(self) -> int:
        return self.width() if self.isVisible() else self._assumed_width

    def _columns_for(self, width: int) -> int:
        return column_count(
            len(self._widgets),
            width,
            self._min_cell_width,
            self._max_columns,
            self._layout.spacing(),
            balanced=self._balanced,
        )

    def _height_for(self, width: int) -> int:
        if not self._widgets:
            return 0
        columns = self._columns_for(width)
        spacing = self._layout.spacing()
        cell_width = max(1, (width - spacing * (columns - 1)) // columns)
        rows = [self._widgets[i : i + columns] for i in range(0, len(self._widgets), columns)]
        heights = [max(_cell_height(w, cell_width) for w in row) for row in rows]
        return sum(heights) + spacing * (len(rows) - 1)

    def _arrange(self, width: int) -> None:
        columns = self._columns_for(width)
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._widgets:
            self._layout.removeWidget(widget)
        # Two grid columns per cell, so a short last row can sit half a cell in.
        for column in range(self._layout.columnCount()):
            self._layout.setColumnStretch(column, 0)
        for column in range(columns * 2):
            self._layout.setColumnStretch(column, 1)
        count = len(self._widgets)
        last_row_start = (count - 1) // columns * columns if count else 0
        offset = 0
        if self._center_last_row and count % columns:
            offset = columns - count % columns
        for index, widget in enumerate(self._widgets):
            row, column = divmod(index, columns)
            shift = offset if index >= last_row_start else 0
            self._layout.addWidget(widget, row, column * 2 + shift, 1, 2)
        self.updateGeometry()


def _cell_height(widget: QWidget, width: int) -> int:
    if widget.hasHeightForWidth():
        height = widget.heightForWidth(width)
        if height >= 0:
            return max(height, widget.minimumHeight())
    return max(widget.sizeHint().height(), widget.minimumHeight())
