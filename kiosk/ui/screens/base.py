"""What every screen shares: a centred column with a title, a body and the bottom bar."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.spoken import Text, reading_order_controls
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.nav_bar import NavBar


class Screen(QWidget):
    """A full-window page of the kiosk: title, optional subtitle, body.

    The content sits in a column no wider than the theme's ``content_max_width``, centred, so
    a 1920 px screen does not stretch buttons across the room. Subclasses fill `body_layout`,
    and set every visible text in `retranslate_ui`, which runs at construction and again on
    every language change.

    Signals:
        None here; see `NavigableScreen`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = active_theme().space
        self._compact = False
        set_role(self, "transparent")
        self.title_label = plain_label(role="title")
        self.title_label.setWordWrap(True)
        self.subtitle_label = plain_label(role="subtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.hide()

        self.head_layout = QHBoxLayout()
        self.head_layout.setContentsMargins(0, 0, 0, 0)
        self.head_layout.setSpacing(space.md)
        titles = QVBoxLayout()
        titles.setContentsMargins(0, 0, 0, 0)
        titles.setSpacing(space.xs)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        self.head_layout.addLayout(titles, 1)

        self.body = QWidget()
        set_role(self.body, "transparent")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(space.md)

        self.column = QWidget()
        set_role(self.column, "transparent")
        self.column.setMaximumWidth(space.content_max_width)
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(0, space.lg, 0, space.lg)
        self.column_layout.setSpacing(space.lg)
        self.column_layout.addLayout(self.head_layout)
        self.column_layout.addWidget(self.body, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(space.page_margin, 0, space.page_margin, 0)
        outer.setSpacing(0)
        outer.addStretch(0)
        outer.addWidget(self.column, 1)
        outer.addStretch(0)

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text) and not self._compact)

    def set_compact(self, compact: bool) -> None:
        """Leave out the subtitle (the on-screen keyboard needs the room)."""
        self._compact = compact
        self.set_subtitle(self.subtitle_label.text())

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""

    # -- audio guidance (`kiosk.speech.screen.SpokenScreen`) ---------------------------------

    def speech_heading(self) -> Text:
        """The heading as audio guidance says it (default: the title on screen)."""
        return self.title_label.text()

    def speech_instructions(self) -> Text:
        """What to do here, said after the heading; may be empty."""
        return ""

    def speech_controls(self) -> list[QWidget]:
        """The controls a visitor can reach now, in reading order."""
        return reading_order_controls(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class NavigableScreen(Screen):
    """A screen with the bottom bar: Start over, Back and (optionally) a primary button.

    Signals:
        back_requested(): the visitor wants the previous step.
        start_over_requested(): the visitor wants to abandon and return to Welcome.
    """

    back_requested = Signal()
    start_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, primary: bool = True) -> None:
        super().__init__(parent)
        self.nav = NavBar(primary=primary)
        self.column_layout.addWidget(self.nav)
        self.nav.back_clicked.connect(self._on_back_clicked)
        self.nav.start_over_clicked.connect(self.start_over_requested)

    @property
    def back_button(self) -> QWidget:
        return self.nav.back_button

    @property
    def start_over_button(self) -> QWidget:
        return self.nav.start_over_button

    def _on_back_clicked(self) -> None:
        self.back_requested.emit()


def page_indicator() -> QLabel:
    """The small "2 / 3" pill beside a paged screen's title."""
    label = plain_label(role="page-indicator")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label


def scroll_area(content: QWidget) -> QScrollArea:
    """A frameless vertical scroller: a safety net for content taller than the screen.

    Layouts are sized so this never scrolls on the supported screens; if a location has very
    many services or very long texts, the visitor can still reach everything.
    """
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def stacked_scroll_area(widgets: Iterable[QWidget], spacing: int | None = None) -> QScrollArea:
    """`widgets` stacked from the top (the room left over stays below) in a `scroll_area`."""
    content = QWidget()
    set_role(content, "transparent")
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        column.setSpacing(spacing)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    return scroll_area(content)
