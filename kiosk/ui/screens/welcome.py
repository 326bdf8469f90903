"""The first screen: the location's name and one button per language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.languages import is_right_to_left
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.screens.base import Screen
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.fitted_label import FittedLabel
from kiosk.ui.widgets.qr_code import CaptionedQr
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch_button import TouchButton

MAX_LANGUAGE_COLUMNS = 5


class WelcomeScreen(Screen):
    """Welcome: the location's name, a friendly prompt and a large button per language.

    Where the location allows remote sign-in, a QR code under the buttons lets the visitor
    join on their phone instead (`set_remote_join_url`).

    Each button is labelled with the language's own name ("Español", "Eesti", "العربية");
    right-to-left names are laid out right to left.

    Signals:
        language_chosen(str): the code of the language the visitor tapped.
    """

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme = active_theme()
        self._languages: list[tuple[str, str]] = []
        self._welcome_texts: dict[str, str] = {}
        self.buttons: dict[str, TouchButton] = {}
        self.title_label.hide()
        self.location_label = FittedLabel(role="hero", max_lines=3)
        self.location_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label = plain_label(role="subtitle")
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label.setWordWrap(True)
        self.grid = ResponsiveGrid(
            min_cell_width=theme.space.option_min_width - theme.space.md,
            max_columns=MAX_LANGUAGE_COLUMNS,
            spacing=theme.space.md,
            balanced=True,
            center_last_row=True,
            whole_words=True,  # a language's name is one short word: never broken
            assumed_width=theme.space.content_max_width,
        )
        self._remote_join_url: str | None = None
        self._appointment_texts = AppointmentTexts(self)
        self.remote_join = CaptionedQr()
        self._remote_join_wide: bool | None = None
        titles = QVBoxLayout()
        titles.setSpacing(theme.space.sm)
        titles.addWidget(self.location_label)
        titles.addWidget(self.prompt_label)
        self._top = QHBoxLayout()
        self._top.setSpacing(theme.space.lg)
        self._top.addLayout(titles, 1)
        self.body_layout.setSpacing(theme.space.sm)
        self.body_layout.addStretch(2)
        self.body_layout.addLayout(self._top)
        self.body_layout.addSpacing(theme.space.xl)
        self.body_layout.addWidget(self.grid)
        self.body_layout.addStretch(3)
        self._place_remote_join()
        self.retranslate_ui()

    def set_location_name(self, name: str) -> None:
        """Show the location's name (plain text, as Qminder has it)."""
        self.location_label.setText(name)
        self.location_label.setVisible(bool(name))

    def set_languages(self, languages: Sequence[tuple[str, str]]) -> None:
        """One button per (code, native name), in the given order."""
        languages = list(languages)
        if languages == self._languages:
            return
        self._languages = languages
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for code, label in languages:
            button = TouchButton(label, role="choice", wrap=True, max_lines=4)
            button.setProperty("language_code", code)
            # Each name in its own direction, whatever the kiosk's language is now.
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(code)
                else Qt.LayoutDirection.LeftToRight
            )
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.buttons[code] = button
        self.grid.set_widgets(list(self.buttons.values()))

    def set_welcome_texts(self, texts: Mapping[str, str]) -> None:
        """The location's own welcome per language code (plain text); others get the default."""
        self._welcome_texts = {code.strip(): text for code, text in texts.items() if text.strip()}
        self.retranslate_ui()

    def set_remote_join_url(self, url: str | None) -> None:
        """A QR code to the Visitor Website's remote sign-in ("Skip the screen"); None: none."""
        self._remote_join_url = url or None
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_remote_join()
        super().resizeEvent(event)

    def _place_remote_join(self) -> None:
        """Beside the location's name on a wide screen (the buttons keep their height), under
        the language buttons on a tall one."""
        wide = self.width() > self.height()
        if wide == self._remote_join_wide:
            return
        self._remote_join_wide = wide
        self._top.removeWidget(self.remote_join)
        self.body_layout.removeWidget(self.remote_join)
        if wide:
            self._top.addWidget(self.remote_join, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self.body_layout.insertWidget(self.body_layout.indexOf(self.grid) + 1, self.remote_join)

    def retranslate_ui(self) -> None:
        text = welcome_text_for(self._welcome_texts, QLocale())
        self.prompt_label.setText(text or self.tr("Welcome! Please choose your language"))
        self.remote_join.set_code(self._remote_join_url, self._appointment_texts.remote_join())

    def speech_heading(self) -> Text:
        return self.location_label.text()

    def speech_instructions(self) -> Text:
        text = welcome_text_for(self._welcome_texts, QLocale())
        return text or Phrase("WelcomeScreen", "Welcome! Please choose your language")


def welcome_text_for(texts: Mapping[str, str], locale: QLocale) -> str | None:
    """The text for `locale`: its exact tag ("pt-BR"), else its language ("pt"), else None."""
    if not texts:
        return None
    tag = locale.bcp47Name()
    lowered = {code.lower().replace("_", "-"): text for code, text in texts.items()}
    for key in (tag, locale.name().replace("_", "-"), tag.split("-")[0]):
        if key.lower() in lowered:
            return lowered[key.lower()]
    return None
