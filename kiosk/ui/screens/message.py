"""Every state that is not a step of the visit: loading, failures, closed, unavailable."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.bidi import isolate_count
from kiosk.ui.screens.base import Screen, scroll_area
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.busy_indicator import BusyIndicator
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.status_icon import StatusIcon, Tone
from kiosk.ui.widgets.touch_button import TouchButton


class MessageKind(StrEnum):
    """What the message screen is telling the visitor."""

    LOADING = "loading"
    """Getting the location's configuration; a spinner, no buttons."""
    LOAD_FAILED = "load_failed"
    """The configuration could not be loaded; Try again."""
    SEE_FRONT_DESK = "see_front_desk"
    """Qminder refused the check-in for good; Start over."""
    UNAVAILABLE = "unavailable"
    """The kiosk cannot work (refused credentials, offline and refusing); no buttons."""
    QUEUED = "queued"
    """Qminder did not answer in time; the check-in is saved and sent later; Done."""
    CLOSED = "closed"
    """Outside opening hours; the detail says when it opens, in every offered language."""
    SETUP_NEEDED = "setup_needed"
    """The configuration is invalid; the detail names the file, the key and the problem."""
    NO_SERVICE = "no_service"
    """Every line is disabled or archived in Qminder; no buttons (it recovers by itself)."""


_RETRY = frozenset({MessageKind.LOAD_FAILED})
_START_OVER = frozenset({MessageKind.QUEUED, MessageKind.SEE_FRONT_DESK})
_PROBLEMS = frozenset({MessageKind.LOAD_FAILED, MessageKind.UNAVAILABLE, MessageKind.SETUP_NEEDED})
_DESK = "Please see the front desk."
_SPOKEN: dict[MessageKind, tuple[str, str | None]] = {
    MessageKind.LOADING: ("Getting ready…", ""),
    MessageKind.LOAD_FAILED: (
        "We can't reach the queue right now.",
        "Please try again in a moment, or ask at the front desk.",
    ),
    MessageKind.SEE_FRONT_DESK: ("We couldn't check you in.", _DESK),
    MessageKind.UNAVAILABLE: ("This kiosk is temporarily unavailable.", _DESK),
    MessageKind.QUEUED: ("We could not reach the queue right now.", None),
    MessageKind.CLOSED: (
        "We are closed right now.",
        "Please come back during our opening hours.",
    ),
    MessageKind.SETUP_NEEDED: ("This kiosk is not set up yet.", _DESK),
    MessageKind.NO_SERVICE: ("No service is available at the moment.", _DESK),
}
"""Each message's texts by their catalogue source, for audio guidance (None: the text has a
count, said as it is on screen)."""


class MessageScreen(Screen):
    """A centred message with a status mark (or spinner) and the buttons that apply.

    Signals:
        retry_requested(): Try again was tapped (LOAD_FAILED).
        start_over_requested(): Done / Start over was tapped (QUEUED, SEE_FRONT_DESK).
        message_changed(): another message (or detail) is shown.
    """

    retry_requested = Signal()
    start_over_requested = Signal()
    message_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = active_theme().space
        self._kind = MessageKind.LOADING
        self._detail: str | None = None
        self._queue_minutes = 20
        self.title_label.hide()
        self.spinner = BusyIndicator(diameter=active_theme().size.spinner * 2)
        self.icon = StatusIcon()
        self.heading_label = plain_label(role="title")
        self.text_label = plain_label(role="subtitle")
        self.detail_label = plain_label(role="body")
        for label in (self.heading_label, self.text_label, self.detail_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.start_over_button = TouchButton(role="secondary")
        self.retry_button = TouchButton(role="primary")
        self.start_over_button.clicked.connect(self.start_over_requested)
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(space.md)
        buttons.addStretch(1)
        buttons.addWidget(self.start_over_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)

        # Centred while it fits; a long message (the opening hours in every language, with
        # Large text) scrolls instead of being cut off.
        content = QWidget()
        set_role(content, "transparent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(space.md)
        column.addStretch(1)
        column.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(space.sm)
        column.addWidget(self.heading_label)
        column.addWidget(self.text_label)
        column.addWidget(self.detail_label)
        column.addSpacing(space.lg)
        column.addLayout(buttons)
        column.addStretch(1)
        self.body_layout.addWidget(scroll_area(content), 1)
        self.show_message(MessageKind.LOADING)

    def show_message(self, kind: MessageKind, detail: str | None = None) -> None:
        """Show a state; `detail` is an extra line such as "We open at 9:00 on Monday."."""
        changed = (MessageKind(kind), detail or None) != (self._kind, self._detail)
        self._kind = MessageKind(kind)
        self._detail = detail or None
        loading = self._kind is MessageKind.LOADING
        self.spinner.setVisible(loading)
        if loading:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.icon.setVisible(not loading)
        self.icon.set_tone(Tone.PROBLEM if self._kind in _PROBLEMS else Tone.INFO)
        self.retry_button.setVisible(self._kind in _RETRY)
        self.start_over_button.setVisible(self._kind in _START_OVER)
        self.retranslate_ui()
        if changed:
            self.message_changed.emit()

    def set_queue_minutes(self, minutes: int) -> None:
        """How long a saved check-in is tried before staff should be asked (QUEUED)."""
        self._queue_minutes = max(1, minutes)
        self.retranslate_ui()

    def kind(self) -> MessageKind:
        return self._kind

    def text(self) -> str:
        """Everything the message says, as one string (heading, text, detail)."""
        parts = (self.heading_label.text(), self.text_label.text(), self._detail or "")
        return " ".join(part for part in parts if part)

    def speech_heading(self) -> Text:
        return Phrase("MessageScreen", _SPOKEN[self._kind][0])

    def speech_instructions(self) -> Text:
        source = _SPOKEN[self._kind][1]
        text = self.text_label.text() if source is None else Phrase("MessageScreen", source)
        return (text, self._detail) if self._detail else text

    def retranslate_ui(self) -> None:
        texts: dict[MessageKind, tuple[str, str]] = {
            MessageKind.LOADING: (self.tr("Getting ready…"), ""),
            MessageKind.LOAD_FAILED: (
                self.tr("We can't reach the queue right now."),
                self.tr("Please try again in a moment, or ask at the front desk."),
            ),
            MessageKind.SEE_FRONT_DESK: (
                self.tr("We couldn't check you in."),
                self.tr("Please see the front desk."),
            ),
            MessageKind.UNAVAILABLE: (
                self.tr("This kiosk is temporarily unavailable."),
                self.tr("Please see the front desk."),
            ),
            MessageKind.QUEUED: (
                self.tr("We could not reach the queue right now."),
                isolate_count(
                    self.tr(
                        "Your check-in is saved and will be sent automatically. If you have not "
                        "been called within %n minutes, please see the front desk.",
                        "",
                        self._queue_minutes,
                    ),
                    self._queue_minutes,
                ),
            ),
            MessageKind.CLOSED: (
                self.tr("We are closed right now."),
                self.tr("Please come back during our opening hours."),
            ),
            MessageKind.SETUP_NEEDED: (
                self.tr("This kiosk is not set up yet."),
                self.tr("Please see the front desk."),
            ),
            MessageKind.NO_SERVICE: (
                self.tr("No service is available at the moment."),
                self.tr("Please see the front desk."),
            ),
        }
        heading, text = texts[self._kind]
        self.heading_label.setText(heading)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.detail_label.setText(self._detail or "")
        self.detail_label.setVisible(bool(self._detail))
        self.retry_button.setText(self.tr("Try again"))
        if self._kind is MessageKind.QUEUED:
            self.start_over_button.setText(self.tr("Done"))
        else:
            self.start_over_button.setText(self.tr("Start over"))
