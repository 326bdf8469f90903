"""A grid that picks its number of columns from its width, for landscape and portrait screens."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget


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

    The grid places its cells itself (no QLayout), so its height for a given width is exact
    even before it is shown: rows are as tall as their tallest cell at the cell width, which
    lets wrapped button texts and whole form fields be measured for paging. A last row with
    fewer cells is centred when `center_last_row` is set (language and service buttons). With
    `whole_words`, a cell is never narrower than its widget's smallest width (a wrapping
    button's longest word): the grid takes fewer columns rather than break a word.
    The arrow keys move the keyboard focus to the neighbouring cell on screen, in any
    direction (Left is always towards the left, in right-to-left languages too).

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
        whole_words: bool = False,
        assumed_width: int = 1180,
    ) -> None:
        super().__init__(parent)
        self._min_cell_width = min_cell_width
        self._max_columns = max(1, max_columns)
        self._spacing = spacing
        self._balanced = balanced
        self._center_last_row = center_last_row
        self._whole_words = whole_words
        self._assumed_width = assumed_width
        self._widgets: list[QWidget] = []
        self._heights: dict[int, int] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_widgets(self, widgets: Sequence[QWidget]) -> None:
        """Show these widgets as the cells, in order. The grid becomes their parent."""
        for widget in self._widgets:
            if widget not in widgets and widget.parent() is self:
                widget.hide()
        self._widgets = list(widgets)
        self._heights.clear()
        visible = self.isVisible()
        for widget in self._widgets:
            if widget.parent() is not self:
                widget.setParent(self)
            widget.installEventFilter(self)
            if visible:
                widget.show()  # a hidden grid shows its cells when it is shown itself
        if visible:
            self._place()
        self.updateGeometry()

    def widgets(self) -> list[QWidget]:
        return list(self._widgets)

    def columns(self) -> int:
        """The number of columns for the current (or, before showing, the assumed) width."""
        return self._columns_for(self._current_width())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        width = self._current_width()
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        widest = max((w.minimumSizeHint().width() for w in self._widgets), default=0)
        width = max(1, min(widest, self._min_cell_width))
        return QSize(width, self._height_for(self._current_width()))

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Polish):
            # A cell's size hint changed (new text, new font): measure and place again.
            self._heights.clear()
            self._place()
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
        self._check_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place()
        self._check_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ARROWS
            and watched in self._widgets
            and isinstance(watched, QWidget)
        ):
            target = self.neighbour(watched, Qt.Key(event.key()))
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def neighbour(self, cell: QWidget, key: Qt.Key) -> QWidget | None:
        """The nearest focusable cell from `cell` in the arrow's direction, or None."""
        dx, dy = _ARROWS[key]
        origin = cell.geometry().center()
        best: tuple[int, QWidget] | None = None
        for other in self._widgets:
            if other is cell or not _focusable(other):
                continue
            delta: QPoint = other.geometry().center() - origin
            along = delta.x() * dx + delta.y() * dy
            if along <= 0:
                continue
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            score = along + 3 * across
            if best is None or score < best[0]:
                best = (score, other)
        return best[1] if best else None

    def _check_height(self) -> None:
        """A new width may need a new height (more rows): tell the parent layout."""
        if self._height_for(self.width()) != self.height():
            self.updateGeometry()

    def _current_width(self) -> int:
        return self.width() if self.isVisible() else self._assumed_width

    def _columns_for(self, width: int) -> int:
        min_cell_width = self._min_cell_width
        if self._whole_words:  # fewer columns rather than a word broken in two
            widest = max((w.minimumSizeHint().width() for w in self._widgets), default=0)
            min_cell_width = max(min_cell_width, widest)
        return column_count(
            len(self._widgets),
            width,
            min_cell_width,
            self._max_columns,
            self._spacing,
            balanced=self._balanced,
        )

    def _cell_width(self, width: int, columns: int) -> int:
        return max(1, (width - self._spacing * (columns - 1)) // columns)

    def _rows(self, columns: int) -> list[list[QWidget]]:
        return [self._widgets[i : i + columns] for i in range(0, len(self._widgets), columns)]

    def _height_for(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._measure_height(width)
        return height

    def _measure_height(self, width: int) -> int:
        if not self._widgets:
            return 0
        columns = self._columns_for(width)
        cell = self._cell_width(width, columns)
        rows = self._rows(columns)
        heights = [max(cell_height(w, cell) for w in row) for row in rows]
        return sum(heights) + self._spacing * (len(rows) - 1)

    def _place(self) -> None:
        width = self.width() if self.isVisible() else self._assumed_width
        columns = self._columns_for(width)
        cell = self._cell_width(width, columns)
        mirrored = self.isRightToLeft()
        y = 0
        for row in self._rows(columns):
            height = max(cell_height(w, cell) for w in row)
            missing = columns - len(row)
            offset = missing * (cell + self._spacing) // 2 if self._center_last_row else 0
            for index, widget in enumerate(row):
                x = offset + index * (cell + self._spacing)
                if mirrored:
                    x = width - x - cell
                widget.setGeometry(QRect(x, y, cell, height))
            y += height + self._spacing


_ARROWS: dict[Qt.Key, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def _focusable(widget: QWidget) -> bool:
    # An exclusive button group leaves the Tab stop on one button only (as with radio
    # buttons); the arrows still reach the others.
    return (
        widget.isVisible()
        and widget.isEnabled()
        and (isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
    )


def cell_height(widget: QWidget, width: int) -> int:
    """The height `widget` wants at `width`, never below its minimum."""
    widget.ensurePolished()
    height = -1
    if widget.hasHeightForWidth():
        height = widget.heightForWidth(width)
    if height < 0:
        height = widget.sizeHint().height()
    return max(height, widget.minimumHeight())
