"""The strip at the top of the kiosk window: logo, location name, "Demo" badge and the
Accessibility button, arranged to fit whatever the language, the text size and the screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
)

from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.fitted_label import FittedLabel
from kiosk.ui.widgets.header_buttons import HeaderButtons
from kiosk.ui.widgets.header_shapes import BadgePlace, Pieces, Plan, choose

_SHORTEST_NAME = 6
"""The fewest average letters a location's name shrinks to (then it is cut with "…")."""
_LINES = (1, 2)


class HeaderBar(QFrame):
    """The kiosk's header: the location's logo and name at the leading edge, the "Demo" badge
    when running against the sandbox, and the Audio and Accessibility buttons at the
    right-hand end in every language (the top-left corner is kept free for staff).

    Nothing in it is cut off: when one row is too narrow (a portrait screen, Large text, a
    long translation), the badge moves under the name, the button's label takes two lines
    between its words, the badge takes a row of its own, and the header grows as tall as it
    needs (`header_shapes` has the order). Only a location's name too long for all of these
    is cut, after two lines, with "…" (whole in its accessible name).

    Attributes:
        logo_label, location_label, demo_badge, audio_button, accessibility_button: the
            pieces (the two buttons in `buttons`, Audio shown where the kiosk can speak).

    Signals:
        None (the button's ``clicked``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "header")
        self.logo_label = QLabel()
        self.logo_label.hide()
        self.location_label = FittedLabel(role="header-title", max_lines=2)
        self.demo_badge = FittedLabel(role="badge", max_lines=2, keep_whole=True)
        self.demo_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_badge.hide()
        self.buttons = HeaderButtons()
        self.audio_button = self.buttons.audio_button
        self.accessibility_button = self.buttons.accessibility_button
        self._layout = HeaderLayout(
            self.logo_label, self.location_label, self.demo_badge, self.buttons
        )
        self.setLayout(self._layout)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def plan(self) -> Plan:
        """The arrangement the header has at its current width."""
        return self._layout.arrangement(self.contentsRect().width()).plan


@dataclass(frozen=True)
class _Arrangement:
    """Where each piece goes for one width of the header, left to right, from the top of a
    block `height` pixels tall."""

    plan: Plan
    height: int
    places: dict[QWidget, QRect]


class HeaderLayout(QLayout):
    """Places the header's four pieces in the first shape of `header_shapes` that fits.

    A real layout (not a resize handler), so that a piece's new text, font or visibility
    reaches the window's layout in the same pass, as with Qt's own layouts.
    """

    def __init__(
        self, logo: QLabel, name: FittedLabel, badge: FittedLabel, button: HeaderButtons
    ) -> None:
        self._items: list[QLayoutItem] = []
        self._arrangements: dict[int, _Arrangement] = {}
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._logo, self._name, self._badge, self._button = logo, name, badge, button
        for widget in (logo, name, badge, button):
            self.addWidget(widget)

    # -- QLayout -----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.arrangement(width).height

    def sizeHint(self) -> QSize:
        width = max(self.geometry().width(), self.minimumSize().width())
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        margin = active_theme().space.page_margin
        return QSize(2 * margin + self._button.width_for_lines(2), 0)

    def invalidate(self) -> None:
        self._arrangements.clear()
        super().invalidate()
        # Tell the window now (a nested layout would wait for the header's own layout pass,
        # one event loop turn later, before the window learns the header's new height).
        header = self.parentWidget()
        if header is not None:
            header.updateGeometry()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        arrangement = self.arrangement(rect.width())
        top = rect.top() + max(0, rect.height() - arrangement.height) // 2
        places = {w: place.translated(rect.left(), top) for w, place in arrangement.places.items()}
        parent = self.parentWidget()
        if parent is not None and parent.isRightToLeft():
            # Right to left the logo comes first, at the right, next to the button (which
            # stays at the right-hand end).
            space = active_theme().space
            whole = rect.adjusted(space.page_margin, 0, -space.page_margin, 0)
            identity = QRect(whole)
            identity.setRight(places[self._button].left() - space.md - 1)
            own_row = arrangement.plan.shape.badge is BadgePlace.OWN_ROW
            leading: tuple[QWidget, ...] = (self._logo, self._name, self._badge)
            for piece in leading:
                if piece in places:
                    area = whole if own_row and piece is self._badge else identity
                    places[piece] = QStyle.visualRect(
                        Qt.LayoutDirection.RightToLeft, area, places[piece]
                    )
        for widget, place in places.items():
            widget.setGeometry(place)

    # -- the arrangement ---------------------------------------------------------------------

    def arrangement(self, width: int) -> _Arrangement:
        found = self._arrangements.get(width)
        if found is None:
            found = self._arrangements[width] = self._arrange(width)
        return found

    def _arrange(self, width: int) -> _Arrangement:
        space = active_theme().space
        logo, name, badge, button = self._logo, self._name, self._badge, self._button
        for widget in (logo, name, badge, button):
            widget.ensurePolished()
        logo_size = logo.pixmap().size() if not logo.isHidden() else QSize(0, 0)
        plan = choose(
            Pieces(
                room=max(0, width - 2 * space.page_margin),
                spacing=space.md,
                logo=logo_size.width(),
                name=tuple(name.whole_width(n) for n in _LINES) if name.text() else (),
                badge=tuple(badge.whole_width(n) for n in _LINES) if not badge.isHidden() else (),
                button=tuple(button.width_for_lines(n) for n in _LINES),
                shortest_name=QFontMetrics(name.font()).averageCharWidth() * _SHORTEST_NAME,
            )
        )
        name_size = QSize(plan.name, name.heightForWidth(plan.name) if plan.name else 0)
        badge_size = QSize(plan.badge, badge.heightForWidth(plan.badge) if plan.badge else 0)
        button_size = QSize(plan.button, button.heightForWidth(plan.button))
        place = plan.shape.badge
        both = name_size.height() > 0 and badge_size.height() > 0
        if place is BadgePlace.BESIDE:
            block = max(name_size.height(), badge_size.height())
        elif place is BadgePlace.UNDER_NAME:
            block = name_size.height() + (space.xs if both else 0) + badge_size.height()
        else:
            block = name_size.height()
        row = max(block, logo_size.height(), button_size.height())
        below = badge_size.height() + space.sm if place is BadgePlace.OWN_ROW and plan.badge else 0
        # One row sits in the header's usual height, centred; a row taller than that (a
        # badge on two lines in Large text) and a stacked header get room above and below.
        usual = space.header_height
        pad = 0 if place is BadgePlace.BESIDE and row <= usual else space.sm
        places: dict[QWidget, QRect] = {}

        def centred(size: QSize) -> int:
            return pad + (row - size.height()) // 2

        right = width - space.page_margin
        places[button] = QRect(right - plan.button, centred(button_size), *_wh(button_size))
        x = space.page_margin
        if logo_size.width():
            places[logo] = QRect(x, centred(logo_size), *_wh(logo_size))
            x += logo_size.width() + space.md
        if place is BadgePlace.BESIDE:
            places[name] = QRect(x, centred(name_size), *_wh(name_size))
            badge_x = places[button].left() - space.md - badge_size.width()
            places[badge] = QRect(badge_x, centred(badge_size), *_wh(badge_size))
        elif place is BadgePlace.UNDER_NAME:
            name_top = pad + (row - block) // 2
            places[name] = QRect(x, name_top, *_wh(name_size))
            badge_top = name_top + name_size.height() + (space.xs if both else 0)
            places[badge] = QRect(x, badge_top, *_wh(badge_size))
        else:
            places[name] = QRect(x, centred(name_size), *_wh(name_size))
            places[badge] = QRect(space.page_margin, pad + row + space.sm, *_wh(badge_size))
        return _Arrangement(plan, row + below + 2 * pad, places)


def _wh(size: QSize) -> tuple[int, int]:
    return size.width(), size.height()
