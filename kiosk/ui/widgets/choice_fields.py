"""Select questions: large option buttons, one choice or several."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QWidget

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.domain.validation import Answer
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import FieldWidget
from kiosk.ui.widgets.indicators import Mark, choice_icon
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch_button import TouchButton

OPTION_LINES = 4
"""An option longer than this is cut with "…"; its button's accessible name keeps it whole."""


class ChoiceFieldWidget(FieldWidget):
    """The options of a select question as large checkable buttons in a grid.

    SINGLE_SELECT: exclusive, like radio buttons (a dot marks the choice). MULTI_SELECT:
    independent toggles (a tick marks each choice). `value()` is the chosen option id
    (single), the chosen ids in option order (multi), or None when nothing is chosen.

    Signals:
        value_changed(): a choice was made or undone.
        next_requested(): never emitted (kept for the common field interface).
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.multiple = spec.kind is FieldKind.MULTI_SELECT
        theme = active_theme()
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, TouchButton] = {}
        for option in spec.options:
            button = TouchButton(
                option.label,
                role="option",
                wrap=True,
                alignment=Qt.AlignmentFlag.AlignLeft,
                max_lines=OPTION_LINES,
            )
            button.setCheckable(True)
            button.setProperty("option_id", option.id)
            button.setIconSize(QSize(theme.size.indicator, theme.size.indicator))
            self.group.addButton(button)
            self.buttons[option.id] = button
        self.grid = ResponsiveGrid(
            self,
            min_cell_width=theme.space.option_min_width,
            max_columns=3,
            spacing=theme.space.sm,
            balanced=True,
            assumed_width=theme.space.content_max_width,
        )
        self.grid.set_widgets(list(self.buttons.values()))
        self.body_layout.addWidget(self.grid, 1)
        self.group.buttonToggled.connect(self._on_group_button_toggled)
        self._update_icons()
        self.retranslate_ui()

    def value(self) -> Answer:
        chosen = tuple(oid for oid, button in self.buttons.items() if button.isChecked())
        if not chosen:
            return None
        return chosen if self.multiple else chosen[0]

    def set_value(self, value: Answer) -> None:
        if isinstance(value, str):
            wanted = {value}
        elif isinstance(value, tuple):
            wanted = set(value)
        else:
            wanted = set()
        self.group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.setChecked(option_id in wanted)
        self.group.setExclusive(not self.multiple)

    def inputs(self) -> list[QWidget]:
        return list(self.buttons.values())

    def focus_input(self) -> None:
        checked = next((b for b in self.buttons.values() if b.isChecked()), None)
        target = checked or next(iter(self.buttons.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icons()
        super().changeEvent(event)

    def _name_input(self, control: QWidget, label: str) -> None:
        # An option button is announced by its own label, which is its accessible name.
        pass

    def _update_icons(self) -> None:
        mark = Mark.CHECK if self.multiple else Mark.RADIO
        icon = choice_icon(mark, self.palette(), active_theme().size.indicator)
        for button in self.buttons.values():
            button.setIcon(icon)

    def _on_group_button_toggled(self, _button: object, _checked: bool) -> None:
        self.value_changed.emit()
