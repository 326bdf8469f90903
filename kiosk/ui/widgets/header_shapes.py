"""The arrangements the kiosk's header can take, and how to pick the first one that fits.

The header holds the location's logo and name, the "Demo" badge (when running against the
sandbox) and the Accessibility button. Their widths vary a lot: "Accessibility" is 13 letters
in English and 23 in Russian, the badge carries the admin PIN, and Large text makes all of
it half as wide again, while a portrait screen is 800 pixels across. Rather than squeezing
every piece into one row until something is cut, the header tries these shapes in order and
takes the first in which every text is whole:

1. one row: logo, name, badge, button (the badge on one line, then on two);
2. the badge under the name, the button beside them (name and badge on one or two lines);
3. the same with the button's label on two lines (between its words, never inside one);
4. the badge on a row of its own under the name and the button.

When no shape keeps a (long) server-supplied name whole, the same order is tried again with
the name allowed to shrink down to a few letters (then cut with "…", whole in its accessible
name); the kiosk's own words, the badge and the button, are never cut.

Widths are whole pixels; a piece's `widths[n - 1]` is the narrowest width that shows it whole
on `n` lines (empty: the piece is not shown). This module measures nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import product


class BadgePlace(Enum):
    BESIDE = "beside"
    """In the row, between the name and the button."""
    UNDER_NAME = "under name"
    """Under the name, in a column beside the button."""
    OWN_ROW = "own row"
    """On a row of its own under the name and the button."""


@dataclass(frozen=True)
class Shape:
    badge: BadgePlace
    name_lines: int
    badge_lines: int
    button_lines: int


def _shapes() -> tuple[Shape, ...]:
    one_row = [Shape(BadgePlace.BESIDE, 1, lines, 1) for lines in (1, 2)]
    stacked = [
        Shape(place, name, badge, button)
        for place, button in ((BadgePlace.UNDER_NAME, 1), (BadgePlace.UNDER_NAME, 2))
        for name, badge in product((1, 2), (1, 2))
    ]
    own_row = [
        Shape(BadgePlace.OWN_ROW, name, badge, button)
        for button, name, badge in product((1, 2), (1, 2), (1, 2))
    ]
    return (*one_row, *stacked, *own_row)


SHAPES = _shapes()


@dataclass(frozen=True)
class Pieces:
    """What the header has to place, measured.

    Attributes:
        room: the header's width inside its margins.
        spacing: between neighbours in a row.
        logo: the logo's width (0: none).
        name, badge, button: the narrowest widths on 1, 2 ... lines (empty: not shown).
        shortest_name: how narrow the name may get when it has to be cut.
    """

    room: int
    spacing: int
    logo: int
    name: tuple[int, ...]
    badge: tuple[int, ...]
    button: tuple[int, ...]
    shortest_name: int = 0


@dataclass(frozen=True)
class Plan:
    """A shape with the widths it gives each piece (0 for a piece not shown)."""

    shape: Shape
    name: int
    badge: int
    button: int
    cut_name: bool


def _width(widths: tuple[int, ...], lines: int) -> int:
    if not widths:
        return 0
    return widths[min(lines, len(widths)) - 1]


def _gap(first: int, second: int, spacing: int) -> int:
    return spacing if first and second else 0


def _try(shape: Shape, pieces: Pieces, name_need: int | None) -> Plan | None:
    """The plan for `shape` if everything fits (the name needs `name_need`, or its whole
    width on the shape's lines when None), else None."""
    button = _width(pieces.button, shape.button_lines)
    badge = _width(pieces.badge, shape.badge_lines)
    whole = _width(pieces.name, shape.name_lines)
    need = whole if name_need is None else min(whole, name_need)
    # Beside the button: the logo, then the name (and the badge, unless on a row of its own).
    beside = pieces.room - button - _gap(button, 1, pieces.spacing)
    beside -= pieces.logo + _gap(pieces.logo, 1, pieces.spacing)
    if shape.badge is BadgePlace.BESIDE:
        name = beside - badge - _gap(badge, need or 1, pieces.spacing)
        fits = name >= need
    elif shape.badge is BadgePlace.UNDER_NAME:
        name = beside
        fits = beside >= max(need, badge)
    else:
        name = beside
        fits = beside >= need and pieces.room >= badge
    if not fits or beside < 0:
        return None
    if not pieces.name:
        return Plan(shape, 0, badge, button, False)
    # A whole name gets the width that balances its lines; a cut one all there is.
    return Plan(shape, min(name, whole), badge, button, name < whole)


def choose(pieces: Pieces, shapes: tuple[Shape, ...] = SHAPES) -> Plan:
    """The first shape that shows every text whole; else, of the shapes that keep the badge
    and the button whole and leave the name at least `shortest_name`, the one that shows
    the most of the name (the first of those on a tie); else the last shape."""
    for shape in shapes:
        plan = _try(shape, pieces, None)
        if plan is not None:
            return plan
    cut = [p for s in shapes if (p := _try(s, pieces, pieces.shortest_name)) is not None]
    if cut:
        return max(cut, key=lambda plan: plan.name)  # max keeps the first of equals
    last = shapes[-1]
    button = _width(pieces.button, last.button_lines)
    badge = _width(pieces.badge, last.badge_lines)
    name = pieces.room - button - pieces.spacing
    name -= pieces.logo + _gap(pieces.logo, 1, pieces.spacing)
    return Plan(last, max(0, name) if pieces.name else 0, badge, button, True)
