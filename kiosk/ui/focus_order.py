"""Tab and Shift+Tab follow the screen's reading order, whatever order the widgets were built in.

Qt tabs through widgets in the order they were created: a screen's bottom bar (built with the
screen) would come before the form fields (built later, per visitor). `ReadingOrder` puts the
visible controls in the order a visitor reads them, top to bottom and, within a row, in the
language's direction. The window calls `apply` as each Tab is handled (from its
``focusNextPrevChild``), so pages, new forms and the Accessibility panel are always in order.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget


def tab_stops(roots: Iterable[QWidget], window: QWidget) -> list[QWidget]:
    """The controls under `roots` that Tab can reach now, in reading order."""
    found: list[tuple[QRect, QWidget]] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isEnabled()
                and widget.isVisibleTo(window)
                and not widget.isHidden()
            ):
                found.append((QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()), widget))
    return reading_order(found, right_to_left=window.isRightToLeft())


def reading_order(items: list[tuple[QRect, QWidget]], *, right_to_left: bool) -> list[QWidget]:
    """Rows from top to bottom (controls whose middles overlap a row belong to it), each row
    in the reading direction."""
    rows: list[list[tuple[QRect, QWidget]]] = []
    for rect, widget in sorted(items, key=lambda item: (item[0].top(), item[0].left())):
        row = rows[-1] if rows else None
        if row is not None and rect.center().y() < max(r.bottom() for r, _ in row):
            row.append((rect, widget))
        else:
            rows.append([(rect, widget)])
    ordered: list[QWidget] = []
    for row in rows:
        row.sort(key=lambda item: -item[0].right() if right_to_left else item[0].left())
        ordered.extend(widget for _, widget in row)
    return ordered


class ReadingOrder(QObject):
    """Keeps a window's Tab chain in reading order (see the module's description).

    Args:
        window: the kiosk window.
        roots: what is on screen now (the header, the current screen, an open panel).

    Signals:
        None.
    """

    def __init__(self, window: QWidget, roots: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self._roots = roots

    def apply(self) -> list[QWidget]:
        """Chain the current tab stops in reading order.

        The chain is one loop through the whole window: after the last stop Tab goes on
        through the rest of it (hidden widgets are skipped) and comes round to the first.
        """
        stops = tab_stops(self._roots(), self._window)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)
        return stops
