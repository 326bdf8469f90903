"""The service choice: one large button per Qminder line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.bidi import isolate, isolate_count
from kiosk.ui.screens.base import NavigableScreen, stacked_scroll_area
from kiosk.ui.spoken import PLURAL, Phrase, Text
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch_button import TouchButton

MAX_SERVICE_COLUMNS = 3
NAME_LINES = 4
"""A line's name longer than this is cut with "…" (Qminder's 30 letters take at most 3)."""
SERVICES = PLURAL.translate("ServiceScreen", "%n services.", None, 0)
"""Said after the instructions (audio guidance): how many services there are to choose."""
SERVICE = str(QT_TRANSLATE_NOOP("ServiceScreen", "1 service."))
"""The same for one (its own text, so that English says it right without a catalogue)."""


class ServiceScreen(NavigableScreen):
    """ "What can we help you with?": a button per line, labelled in the visitor's language.

    Long service names wrap inside their button instead of being cut off.

    Signals:
        line_chosen(str): the id of the line the visitor tapped.
        appointment_requested(): "I have an appointment" was tapped.
        back_requested(): Back was tapped.
        start_over_requested(): Start over was tapped.
    """

    line_chosen = Signal(str)
    appointment_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, primary=False)
        theme = active_theme()
        self._lines: list[tuple[str, str]] = []
        self._waiting: dict[str, int] = {}
        self.buttons: dict[str, TouchButton] = {}
        self.grid = ResponsiveGrid(
            min_cell_width=theme.space.choice_min_width,
            max_columns=MAX_SERVICE_COLUMNS,
            spacing=theme.space.md,
            balanced=True,
            center_last_row=True,
            assumed_width=theme.space.content_max_width,
        )
        self._appointment_texts = AppointmentTexts(self)
        self.appointment_button = TouchButton(role="secondary", wrap=True)
        self.appointment_button.setObjectName("appointment-button")
        self.appointment_button.clicked.connect(self.appointment_requested)
        self.appointment_button.hide()
        self.body_layout.addWidget(stacked_scroll_area([self.grid, self.appointment_button]), 1)
        self.retranslate_ui()

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        """One button per (line id, name in the visitor's language), in the given order."""
        lines = list(lines)
        if [i for i, _ in lines] == [i for i, _ in self._lines]:
            # Same services in another language: relabel, no new widgets.
            self._lines = lines
            self._relabel()
            return
        self._lines = lines
        self._waiting = {}
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for line_id, label in lines:
            button = TouchButton(label, role="choice", wrap=True, max_lines=NAME_LINES)
            button.setProperty("line_id", line_id)
            button.clicked.connect(lambda _=False, i=line_id: self.line_chosen.emit(i))
            self.buttons[line_id] = button
        self.grid.set_widgets(list(self.buttons.values()))

    def set_waiting_count(self, line_id: str, count: int) -> None:
        """Show how many people wait on a line, under its name (an optional setting)."""
        if line_id in self.buttons and count >= 0:
            self._waiting[line_id] = count
            self._relabel()

    def set_appointments_offered(self, offered: bool) -> None:
        """Show "I have an appointment" under the services (where the location takes them)."""
        self.appointment_button.setVisible(offered)

    def clear_waiting_counts(self) -> None:
        self._waiting = {}
        self._relabel()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("What can we help you with?"))
        self.set_subtitle(self.tr("Choose the service you came for."))
        self.appointment_button.setText(self._appointment_texts.offer())
        self._relabel()

    def speech_heading(self) -> Text:
        return Phrase("ServiceScreen", "What can we help you with?")

    def speech_instructions(self) -> Text:
        """ "Choose the service you came for. 3 services." """
        return (
            Phrase("ServiceScreen", "Choose the service you came for."),
            Phrase("ServiceScreen", SERVICE)
            if len(self._lines) == 1
            else Phrase("ServiceScreen", SERVICES, n=len(self._lines)),
        )

    def _relabel(self) -> None:
        for line_id, label in self._lines:
            text = label
            if line_id in self._waiting:
                count = self._waiting[line_id]
                waiting = isolate_count(self.tr("%n waiting", "", count), count)
                # The name keeps its own direction marks to itself: an override left open in
                # it must not turn the count round.
                text = f"{isolate(label)}\n{waiting}"
            self.buttons[line_id].setText(text)
