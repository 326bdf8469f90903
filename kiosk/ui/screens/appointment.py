"""A visitor with an appointment: the phone number they booked with, then what was found.

Two screens. `AppointmentPhoneScreen` asks for the number (the dial pad, the details screen's
phone rules and error sentences). `AppointmentResultScreen` shows what the lookup came to: one
appointment to confirm ("Maria T., 10:30, General enquiries" and Check in), several to choose
from, none (Try again, or Check in without an appointment), or a check-in window the visitor
is outside of. They show only what the controller hands them (`AppointmentDisplay`), and emit
intents; every text is in the ``AppointmentTexts`` translation context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.appointment_display import AppointmentDisplay
from kiosk.domain.appointments import LOOKUP_PHONE
from kiosk.domain.validation import FieldError
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.screens.base import NavigableScreen, stacked_scroll_area
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.text_fields import PhoneFieldWidget
from kiosk.ui.widgets.touch_button import TouchButton

SUMMARY_LINES = 3
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
TEXTS = "AppointmentTexts"
SUMMARY_COMMENT = "appointment: time, service"
"""The translation context of what these screens say (`kiosk.ui.appointment_texts`)."""


class AppointmentPhoneScreen(NavigableScreen):
    """ "Find your appointment": the phone number the visitor booked with.

    Signals:
        lookup_requested(str): Find my appointment was tapped, with the number as typed.
        back_requested(): Back was tapped.
        start_over_requested(): Start over was tapped.
    """

    lookup_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = AppointmentTexts(self)
        self._paused = False
        self.phone = PhoneFieldWidget(LOOKUP_PHONE)
        self.notice_label = plain_label(role="body")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self.body_layout.addWidget(stacked_scroll_area([self.phone, self.notice_label]), 1)
        self.phone.next_requested.connect(self._on_primary_clicked)
        self.phone.value_changed.connect(self._on_typed)
        self.nav.primary_clicked.connect(self._on_primary_clicked)
        self.retranslate_ui()

    def set_phone_example(self, example: str | None) -> None:
        self.phone.set_phone_example(example)

    def number(self) -> str:
        return self.phone.line_edit.text()

    def set_number(self, number: str) -> None:
        self.phone.set_value(number)

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """The phone field's error (the details screen's sentences), focused."""
        mine = [e for e in errors if e.field_id == LOOKUP_PHONE.id]
        self.phone.show_field_error(mine[0] if mine else None)
        if mine:
            self.phone.focus_input()

    def show_paused(self) -> None:
        """Lookups are paused after too many misses: say so until the number changes."""
        self._paused = True
        self.retranslate_ui()

    def set_busy(self, busy: bool) -> None:
        self.nav.set_busy(busy)

    def clear(self) -> None:
        self.phone.clear()
        self._paused = False
        self.set_busy(False)
        self.retranslate_ui()

    @property
    def primary_button(self) -> QWidget:
        return self.nav.primary_button

    def speech_heading(self) -> Text:
        return Phrase(TEXTS, "Find your appointment")

    def speech_instructions(self) -> Text:
        prompt = Phrase(TEXTS, "Enter the phone number you booked with")
        if self._paused:
            return (prompt, Phrase(TEXTS, "Too many searches. Please wait a moment and try again."))
        return prompt

    def retranslate_ui(self) -> None:
        texts = self._texts
        self.title_label.setText(texts.lookup_heading())
        self.set_subtitle(texts.phone_prompt())
        self.nav.set_primary_text(texts.find())
        self.notice_label.setText(texts.paused() if self._paused else "")
        self.notice_label.setVisible(self._paused)

    def _on_typed(self) -> None:
        if self._paused:
            self._paused = False
            self.retranslate_ui()

    def _on_primary_clicked(self) -> None:
        if not self.nav.is_busy():
            self.lookup_requested.emit(self.number())


class ResultKind(StrEnum):
    """What the result screen is telling the visitor."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"


class AppointmentResultScreen(NavigableScreen):
    """What the lookup found, or why the visitor cannot check in now.

    Signals:
        check_in_requested(str): the ticket id of the appointment to check in.
        retry_requested(): Try again was tapped (nothing found).
        walk_in_requested(): Check in without an appointment was tapped.
        back_requested(): Back was tapped.
        start_over_requested(): Start over was tapped.
    """

    check_in_requested = Signal(str)
    retry_requested = Signal()
    walk_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, primary=False)
        self._texts = AppointmentTexts(self)
        self._kind = ResultKind.NOT_FOUND
        self._found: tuple[AppointmentDisplay, ...] = ()
        self._times: tuple[str, str] = ("", "")
        self._busy = False
        self.summary_label = plain_label(role="title")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.check_in_button = TouchButton(role="primary")
        self.check_in_button.clicked.connect(self._on_check_in_clicked)
        self.retry_button = TouchButton(role="secondary")
        self.retry_button.clicked.connect(self.retry_requested)
        self.walk_in_button = TouchButton(role="primary")
        self.walk_in_button.clicked.connect(self.walk_in_requested)
        self.choices: list[TouchButton] = []
        self._choice_box = QWidget()
        self._choice_layout = QVBoxLayout(self._choice_box)
        self._choice_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in (self.retry_button, self.walk_in_button, self.check_in_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body_layout.addWidget(
            stacked_scroll_area([self.summary_label, self._choice_box, buttons]),
            1,
        )
        self.retranslate_ui()

    # -- render ------------------------------------------------------------------------------

    def show_found(self, found: Sequence[AppointmentDisplay]) -> None:
        """One appointment to confirm, or several to choose from (tapping one checks it in)."""
        self._kind = ResultKind.FOUND
        self._found = tuple(found)
        for button in self.choices:
            button.deleteLater()
        self.choices = []
        if len(self._found) > 1:
            for shown in self._found:
                button = TouchButton(role="choice", wrap=True, max_lines=SUMMARY_LINES)
                button.clicked.connect(lambda _=False, i=shown.ticket_id: self._request_check_in(i))
                self._choice_layout.addWidget(button)
                self.choices.append(button)
        self._render()

    def show_not_found(self) -> None:
        self._kind = ResultKind.NOT_FOUND
        self._found = ()
        self._render()

    def show_too_early(self, starts: str, opens: str) -> None:
        """Not yet: both times as the visitor reads them ("14:30", "13:30")."""
        self._kind = ResultKind.TOO_EARLY
        self._times = (starts, opens)
        self._render()

    def show_too_late(self, starts: str) -> None:
        self._kind = ResultKind.TOO_LATE
        self._times = (starts, "")
        self._render()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.check_in_button, *self.choices):
            button.setEnabled(not busy)
        self.nav.set_busy(busy)

    def clear(self) -> None:
        """Forget what was found (the visit ended)."""
        self.show_not_found()
        for button in self.choices:
            button.deleteLater()
        self.choices = []
        self._times = ("", "")
        self.set_busy(False)

    def kind(self) -> ResultKind:
        return self._kind

    def text(self) -> str:
        """What the screen says, as one string (title, summary)."""
        parts = (self.title_label.text(), self.summary_label.text())
        return " ".join(part for part in parts if part)

    # -- translation -------------------------------------------------------------------------

    def speech_heading(self) -> Text:
        kind, times = self._kind, self._times
        if kind is ResultKind.FOUND:
            if len(self._found) == 1:
                return Phrase(TEXTS, "Is this your appointment?")
            return Phrase(TEXTS, "Which appointment are you here for?")
        if kind is ResultKind.NOT_FOUND:
            return Phrase(TEXTS, "We could not find an appointment for today with this number.")
        if kind is ResultKind.TOO_EARLY:
            return Phrase(TEXTS, "Your appointment is at %1; you can check in from %2.", times)
        return Phrase(TEXTS, "Your appointment was at %1. Please see the front desk.", times[:1])

    def speech_instructions(self) -> Text:
        """The one appointment found: its time and service. Never the visitor's name: it
        would be said through the speaker."""
        if self._kind is ResultKind.FOUND and len(self._found) == 1:
            shown = self._found[0]
            return Phrase(TEXTS, "%1, %2", (shown.time, shown.service), comment=SUMMARY_COMMENT)
        return ""

    def retranslate_ui(self) -> None:
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._render()  # the summaries' direction marks

    def _render(self) -> None:
        texts, kind = self._texts, self._kind
        one = kind is ResultKind.FOUND and len(self._found) == 1
        several = kind is ResultKind.FOUND and len(self._found) > 1
        if kind is ResultKind.FOUND:
            title = texts.confirm_one() if one else texts.choose_one()
        elif kind is ResultKind.NOT_FOUND:
            title = texts.not_found()
        elif kind is ResultKind.TOO_EARLY:
            title = texts.too_early(*self._times)
        else:
            title = texts.too_late(self._times[0])
        self.title_label.setText(title)
        summary = self._summary(self._found[0]) if one else ""
        self.summary_label.setText(summary)
        self.summary_label.setVisible(one)
        for shown, button in zip(self._found, self.choices, strict=False):
            button.setText(self._summary(shown))
            button.setAccessibleName(self._summary(shown))
        self._choice_box.setVisible(several)
        self.check_in_button.setText(texts.check_in())
        self.check_in_button.setVisible(one)
        self.retry_button.setText(texts.try_again())
        self.walk_in_button.setText(texts.walk_in())
        not_found = kind is ResultKind.NOT_FOUND
        self.retry_button.setVisible(not_found)
        self.walk_in_button.setVisible(not_found)

    def _summary(self, shown: AppointmentDisplay) -> str:
        """The sentence, opened with the screen's direction mark: it begins with an isolated
        name, which must not decide the paragraph's direction (an Arabic sentence read left
        to right because the name is Latin)."""
        mark = RIGHT_TO_LEFT_MARK if self.isRightToLeft() else LEFT_TO_RIGHT_MARK
        return mark + self._texts.summary(shown.name, shown.time, shown.service)

    # -- slots -------------------------------------------------------------------------------

    def _on_check_in_clicked(self) -> None:
        if len(self._found) == 1:
            self._request_check_in(self._found[0].ticket_id)

    def _request_check_in(self, ticket_id: str) -> None:
        if not self._busy and self._kind is ResultKind.FOUND:
            self.check_in_requested.emit(ticket_id)
