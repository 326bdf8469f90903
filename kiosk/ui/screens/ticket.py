""" "Your number": the ticket, large, and a countdown back to Welcome."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.bidi import isolate
from kiosk.ui.screens.base import Screen
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.touch_button import TouchButton

DEFAULT_RETURN_AFTER = 15.0
_TICK_MS = 250


class NumberLabel(QLabel):
    """The ticket number: as tall as its glyphs, not its font's whole line.

    A 168 px font has a line box of about 230 px, most of it room for accents and
    descenders a ticket number never has; asking only for the glyphs' height keeps the card
    within the screen in every language.

    Signals:
        None.
    """

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        glyphs = metrics.tightBoundingRect(self.text() or "A-0")
        margins = self.contentsMargins()
        pad = active_theme().space.sm
        return QSize(
            metrics.horizontalAdvance(self.text()) + margins.left() + margins.right(),
            glyphs.height() + 2 * pad + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class TicketScreen(Screen):
    """The visitor's number (exactly as Qminder gave it), the service, and a thank-you.

    Without a number (Qminder was not reached in time) the visitor is told they will be
    called by name. The screen returns to Welcome by itself after `set_return_after` seconds
    (15 by default), showing the time left; Done returns at once. The countdown belongs to
    the screen: it stops when the screen is hidden or done.

    Signals:
        done_requested(): Done was tapped, or the countdown ran out (once per ticket).
    """

    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = active_theme().space
        self._public_id: str | None = None
        self._line_name = ""
        self._first_name = ""
        self._last_initial: str | None = None
        self._return_after = DEFAULT_RETURN_AFTER
        self._counting = False
        self._done = True
        self.title_label.hide()

        self.card = QFrame()
        set_role(self.card, "ticket-card")
        self.caption_label = self._centred("ticket-caption")
        self.number_label = NumberLabel()
        self.number_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.number_label, "ticket-number")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # "A-42" reads the same in every language: never "42-A" on a right-to-left screen.
        self.number_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.by_name_label = self._centred("ticket-name")
        self.by_name_label.setWordWrap(True)
        # A pill sized to its text: Qminder limits line names to 30 characters, and a
        # word-wrapped label inside a centred layout item gets a height too small for two lines.
        self.line_label = self._centred("ticket-line")
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(space.xl, space.lg, space.xl, space.xl)
        card_layout.setSpacing(space.sm)
        card_layout.addWidget(self.caption_label)
        card_layout.addWidget(self.number_label)
        card_layout.addWidget(self.by_name_label)
        card_layout.addSpacing(space.sm)
        card_layout.addWidget(self.line_label, 0, Qt.AlignmentFlag.AlignHCenter)

        self.thanks_label = self._centred("title")
        self.thanks_label.setWordWrap(True)
        self.seat_label = self._centred("subtitle")
        self.seat_label.setWordWrap(True)

        self.countdown_label = plain_label(role="countdown")
        self.done_button = TouchButton(role="primary")
        self.done_button.clicked.connect(self._on_done_button_clicked)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.countdown_label, 1)
        bottom.addWidget(self.done_button)

        card_row = QHBoxLayout()
        card_row.addStretch(1)
        card_row.addWidget(self.card, 6)
        card_row.addStretch(1)
        self.body_layout.setSpacing(space.md)
        self.body_layout.addStretch(1)
        self.body_layout.addLayout(card_row)
        self.body_layout.addSpacing(space.md)
        self.body_layout.addWidget(self.thanks_label)
        self.body_layout.addWidget(self.seat_label)
        self.body_layout.addStretch(1)
        self.column_layout.addLayout(bottom)

        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._on_deadline_timeout)
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._update_countdown)
        self._elapsed = QElapsedTimer()
        self.retranslate_ui()

    # -- render ------------------------------------------------------------------------------

    def show_ticket(
        self,
        public_id: str | None,
        line_name: str,
        first_name: str,
        last_initial: str | None,
    ) -> None:
        """Show a ticket and start the countdown back to Welcome.

        Args:
            public_id: the number to show ("A-42"), or None when there is none yet.
            line_name: the service, in the visitor's language.
            first_name: for "Thank you, Ada!".
            last_initial: with the first name when calling by name ("Ada L."); may be None.
        """
        self._public_id = public_id or None
        self._line_name = line_name
        self._first_name = first_name
        self._last_initial = (last_initial or "").strip().rstrip(".") or None
        self.retranslate_ui()
        self._start_countdown()

    def clear(self) -> None:
        """Forget the last visitor's number and name, and stop the countdown."""
        self.stop_countdown()
        self._public_id = None
        self._line_name = ""
        self._first_name = ""
        self._last_initial = None
        self.retranslate_ui()

    def set_return_after(self, seconds: float) -> None:
        """Seconds until the screen returns to Welcome by itself (restarts a running countdown)."""
        self._return_after = max(0.0, float(seconds))
        if self._counting:
            self._start_countdown()

    def return_after(self) -> float:
        return self._return_after

    def is_counting_down(self) -> bool:
        return self._counting

    def seconds_left(self) -> int:
        if not self._counting:
            return 0
        left_ms = self._return_after * 1000 - self._elapsed.elapsed()
        return max(0, math.ceil(left_ms / 1000))

    def stop_countdown(self) -> None:
        self._counting = False
        self._deadline.stop()
        self._tick.stop()

    # -- translation -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        has_number = self._public_id is not None
        # A name in another script than the sentence keeps its own direction: isolated, as a
        # whole ("Ada L." must not become "L Ada." in an Arabic sentence).
        name = isolate(self._first_name)
        self.caption_label.setText(self.tr("Your number"))
        self.caption_label.setVisible(has_number)
        self.number_label.setText(self._public_id or "")
        self.number_label.setVisible(has_number)
        self.number_label.setAccessibleName(self.tr("Your number"))
        self.number_label.setAccessibleDescription(self._public_id or "")
        if self._last_initial:
            # "Ada L": the sentence's full stop closes the initial.
            called = isolate(
                self.tr("%1 %2").replace("%1", self._first_name).replace("%2", self._last_initial)
            )
        else:
            called = name
        self.by_name_label.setText(self.tr("We will call you by name, %1.").replace("%1", called))
        self.by_name_label.setVisible(not has_number)
        self.line_label.setText(self._line_name)
        self.line_label.setVisible(bool(self._line_name))
        if name:
            self.thanks_label.setText(self.tr("Thank you, %1!").replace("%1", name))
        else:
            self.thanks_label.setText(self.tr("Thank you!"))
        if has_number:
            self.seat_label.setText(self.tr("Please take a seat, we will call you."))
        else:
            self.seat_label.setText(self.tr("Please take a seat. You are on our list."))
        self.done_button.setText(self.tr("Done"))
        self._update_countdown()

    # -- events ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._counting and self._first_name and not self._done:
            self._start_countdown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.stop_countdown()

    # -- internals ---------------------------------------------------------------------------

    def _centred(self, role: str) -> QLabel:
        label = plain_label(role=role)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _start_countdown(self) -> None:
        self._done = False
        self._counting = True
        self._elapsed.start()
        self._deadline.start(round(self._return_after * 1000))
        self._tick.start()
        self._update_countdown()

    def _update_countdown(self) -> None:
        if not self._counting:
            self.countdown_label.clear()
            return
        left = self.seconds_left()
        if left == 1:
            self.countdown_label.setText(self.tr("Returning to the start in 1 second."))
        else:
            self.countdown_label.setText(self.tr("Returning to the start in %n seconds.", "", left))

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.stop_countdown()
        self._update_countdown()
        self.done_requested.emit()

    def _on_deadline_timeout(self) -> None:
        self._finish()

    def _on_done_button_clicked(self) -> None:
        self._finish()
