""" "Your details": first and last name, phone and email, as the location asks for them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.form import FieldSpec, FormSpec
from kiosk.domain.validation import FieldError
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.screens.base import stacked_scroll_area
from kiosk.ui.screens.form_screen import FormScreen
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.qr_code import CaptionedQr
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid

DETAIL_COLUMNS = 2
PRIVACY_QR_MM = 35.0
"""The privacy policy's code is read up close: smaller than Welcome's."""


class DetailsScreen(FormScreen):
    """The visitor's name and contact details, built from the form's detail fields.

    Tapping the primary button ("Next", or "Check in" when no questions follow) checks this
    screen's answers with the domain rules; wrong ones get a sentence under the field and the
    first gets the focus. A second tap while busy does nothing.

    Signals:
        completed(dict): field id → answer, once every detail is acceptable.
        back_requested(): Back was tapped.
        start_over_requested(): Start over was tapped.
    """

    completed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = active_theme()
        self._final = False
        self.grid = ResponsiveGrid(
            min_cell_width=theme.space.choice_min_width + theme.space.xl * 3,
            max_columns=DETAIL_COLUMNS,
            spacing=theme.space.lg,
            balanced=False,
            assumed_width=theme.space.content_max_width,
        )
        self._privacy_text: str | None = None
        self._privacy_url: str | None = None
        self._appointment_texts = AppointmentTexts(self)
        self.privacy_label = plain_label(role="hint")
        self.privacy_label.setWordWrap(True)
        self.privacy_qr = CaptionedQr(scan_mm=PRIVACY_QR_MM)
        self.body_layout.addWidget(
            stacked_scroll_area([self.grid, self.privacy_label, self.privacy_qr]), 1
        )
        self.nav.primary_clicked.connect(self._on_primary_clicked)
        self.retranslate_ui()

    # -- render ------------------------------------------------------------------------------

    def part_of(self, form: FormSpec) -> Sequence[FieldSpec]:
        return form.details

    def rebuilt(self) -> None:
        self.grid.set_widgets(list(self._fields.widgets.values()))

    def set_final(self, final: bool) -> None:
        """True: no questions follow, the primary button checks the visitor in."""
        self._final = final
        self.retranslate_ui()

    def set_privacy(self, text: str | None, url: str | None) -> None:
        """The privacy notice under the fields: the location's `text` for the visitor's
        language, or the built-in sentence (None); a QR code to the full policy when `url`."""
        self._privacy_text = text or None
        self._privacy_url = url or None
        self.retranslate_ui()

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show errors under their fields (others on this screen are cleared); focus the first."""
        first = self._fields.show_errors(errors)
        if first is not None:
            first.focus_input()
            self.errors_shown.emit()

    def clear(self) -> None:
        """Empty every field, hide every error, leave busy."""
        self._fields.clear()
        self.set_busy(False)

    # -- translation -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Your details"))
        self.set_subtitle(self.tr("We will use your name to call you when it is your turn."))
        self.nav.set_primary_text(self.tr("Check in") if self._final else self.tr("Next"))
        texts = self._appointment_texts
        self.privacy_label.setText(self._privacy_text or texts.privacy_notice())
        self.privacy_qr.set_code(self._privacy_url, texts.privacy_policy())

    def speech_heading(self) -> Text:
        return Phrase("DetailsScreen", "Your details")

    def speech_instructions(self) -> Text:
        return Phrase("DetailsScreen", "We will use your name to call you when it is your turn.")

    # -- slots -------------------------------------------------------------------------------

    def _on_primary_clicked(self) -> None:
        if self._form is None or self.nav.is_busy():
            return
        answers = self.answers()
        errors = self.check(answers, self._fields.ids())
        if errors:
            self.show_errors(errors)
            return
        self._fields.show_errors(())
        self.completed.emit(answers)
