""" "Your number": the ticket, large, and a countdown back to Welcome."""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum

from PySide6.QtCore import QElapsedTimer, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.accessibility import announce
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.bidi import fill, isolate, isolate_count, left_to_right
from kiosk.ui.screens.base import Screen
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.fitted_label import FittedLabel
from kiosk.ui.widgets.touch_button import TouchButton

DEFAULT_RETURN_AFTER = 15.0
_TICK_MS = 250


class PrintState(StrEnum):
    """What the screen says about the paper slip."""

    NONE = "none"  # no printer, or nothing printed yet
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"  # the number stays on screen: "please note your number"


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

    Wait information (people ahead, estimated time) and the slip's state are shown when the
    kiosk knows them; neither ever delays the number.

    Signals:
        done_requested(): Done was tapped, or the countdown ran out (once per ticket).
        print_requested(): the visitor tapped "Print ticket" (shown only when offered).
    """

    done_requested = Signal()
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = active_theme().space
        self._public_id: str | None = None
        self._line_name = ""
        self._first_name = ""
        self._last_initial: str | None = None
        self._appointment = False
        self._appointment_texts = AppointmentTexts(self)
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
        # A name longer than the card (Qminder's are up to 30 letters) is cut with "…".
        self.line_label = FittedLabel(role="ticket-line")
        self.line_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self._people_ahead: int | None = None
        self._estimated: dt.datetime | None = None
        self._print_state = PrintState.NONE
        self.wait_label = self._centred("body")
        self.wait_label.setWordWrap(True)
        self.print_label = self._centred("hint")
        self.print_label.setWordWrap(True)
        self.print_button = TouchButton(role="secondary")
        self.print_button.clicked.connect(self.print_requested)
        self.print_button.hide()

        self.countdown_label = plain_label(role="countdown")
        self.done_button = TouchButton(role="primary")
        self.done_button.clicked.connect(self._on_done_button_clicked)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.countdown_label, 1)
        bottom.addWidget(self.print_button)
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
        self.body_layout.addWidget(self.wait_label)
        self.body_layout.addWidget(self.print_label)
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
        *,
        appointment: bool = False,
    ) -> None:
        """Show a ticket and start the countdown back to Welcome.

        Args:
            public_id: the number to show ("A-42"), or None when there is none yet.
            line_name: the service, in the visitor's language.
            first_name: for "Thank you, Ada!".
            last_initial: with the first name when calling by name ("Ada L."); may be None.
            appointment: an appointment was checked in: without a number the visitor reads
                "You're checked in, Maria. Please take a seat."
        """
        self._appointment = appointment
        self._public_id = public_id or None
        self._line_name = line_name
        self._first_name = first_name
        self._last_initial = (last_initial or "").strip().rstrip(".") or None
        self.retranslate_ui()
        self._start_countdown()
        announce(self.number_label, self.announcement())

    def announcement(self) -> str:
        """What a screen reader says when the ticket appears: the number, or "by name"."""
        if self._public_id is None:
            return self.by_name_label.text()
        return fill(self.tr("Your number is %1."), left_to_right(self._public_id))

    def show_wait_info(
        self,
        people_ahead: int | None,
        estimated: dt.datetime | None,
        zone: dt.tzinfo | None = None,
    ) -> None:
        """People ahead on the line and Qminder's estimated time, when known; the time as a
        clock in `zone` shows it (the location's; None: the computer's)."""
        self._people_ahead = people_ahead
        self._estimated = None if estimated is None else estimated.astimezone(zone)
        self.retranslate_ui()

    def set_print_offered(self, offered: bool) -> None:
        """Show the "Print ticket" button (print-on-request mode, printer ready)."""
        self.print_button.setVisible(offered and self._print_state != PrintState.PRINTING)

    def show_print_state(self, state: PrintState) -> None:
        self._print_state = state
        if state == PrintState.PRINTING:
            self.print_button.hide()
        self.retranslate_ui()

    def clear(self) -> None:
        """Forget the last visitor's number, name and wait, and stop the countdown."""
        self.stop_countdown()
        self._public_id = None
        self._line_name = ""
        self._first_name = ""
        self._last_initial = None
        self._appointment = False
        self._people_ahead = None
        self._estimated = None
        self._print_state = PrintState.NONE
        self.print_button.hide()
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

    def public_id(self) -> str | None:
        """The number on screen, None when the visitor is called by name."""
        return self._public_id

    def speech_heading(self) -> Text:
        # Never the visitor's name: it would be said through the speaker.
        return Phrase("TicketScreen", "Thank you!")

    def speech_instructions(self) -> Text:
        if self._public_id is None:
            return Phrase("TicketScreen", "Please take a seat. You are on our list.")
        return Phrase("TicketScreen", "Please take a seat, we will call you.")

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
            called = isolate(fill(self.tr("%1 %2"), self._first_name, self._last_initial))
        else:
            called = name
        self.by_name_label.setText(fill(self.tr("We will call you by name, %1."), called))
        if self._appointment and not has_number:
            self.by_name_label.setText(self._appointment_texts.checked_in(self._first_name))
        self.by_name_label.setVisible(not has_number)
        self.line_label.setText(self._line_name)
        self.line_label.setVisible(bool(self._line_name))
        if name:
            self.thanks_label.setText(fill(self.tr("Thank you, %1!"), name))
        else:
            self.thanks_label.setText(self.tr("Thank you!"))
        if has_number:
            self.seat_label.setText(self.tr("Please take a seat, we will call you."))
        else:
            self.seat_label.setText(self.tr("Please take a seat. You are on our list."))
        self.seat_label.setVisible(has_number or not self._appointment)
        self.done_button.setText(self.tr("Done"))
        self.print_button.setText(self.tr("Print ticket"))
        self.print_button.setAccessibleName(self.print_button.text())
        self._retranslate_wait()
        self._retranslate_print()
        self._update_countdown()

    def _retranslate_wait(self) -> None:
        parts: list[str] = []
        if self._people_ahead is not None:
            if self._people_ahead == 0:
                parts.append(self.tr("You are next."))
            else:
                ahead = self._people_ahead
                parts.append(isolate_count(self.tr("%n people ahead of you.", "", ahead), ahead))
        if self._estimated is not None:
            local = self._estimated
            when = QTime(local.hour, local.minute)
            clock = QLocale().toString(when, QLocale.FormatType.ShortFormat)
            parts.append(fill(self.tr("Estimated time: %1."), isolate(clock)))
        self.wait_label.setText("  ".join(parts))
        self.wait_label.setVisible(bool(parts))

    def _retranslate_print(self) -> None:
        texts = {
            PrintState.PRINTING: self.tr("Printing your ticket…"),
            PrintState.PRINTED: self.tr("Please take your ticket."),
            PrintState.FAILED: self.tr("The printer is not working. Please note your number."),
        }
        text = texts.get(self._print_state, "")
        self.print_label.setText(text)
        self.print_label.setVisible(bool(text))

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
            self.countdown_label.setText(
                isolate_count(self.tr("Returning to the start in %n seconds.", "", left), left)
            )

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
