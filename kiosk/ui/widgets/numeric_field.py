"""Number questions: a number-pad field with large − and + buttons."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain.form import FieldSpec
from kiosk.domain.numeric import parse_number, plain
from kiosk.domain.validation import Answer
from kiosk.ui.bidi import fill, isolate
from kiosk.ui.messages import format_number
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import FieldWidget
from kiosk.ui.widgets.touch_button import TouchButton

MINUS = "\u2212"


def _characters(spec: FieldSpec) -> QRegularExpression:
    """What may be typed: digits, a sign when negatives are allowed, a decimal mark if any."""
    sign = "" if spec.minimum is not None and spec.minimum >= 0 else "[-\u2212]?"
    decimals = "" if spec.scale == 0 else r"([.,]\d*)?"
    return QRegularExpression(rf"^{sign}\d*{decimals}$")


class NumericFieldWidget(FieldWidget):
    """A number typed on the number pad or set with − / + (steps of 1, kept within min–max).

    The allowed range is shown beside the buttons ("From 1 to 10", "0 or more"). The
    answer is the text as typed ("12,5" is fine: the domain reads a decimal comma); the domain
    checks the range and the decimal places.

    Signals:
        value_changed(): the number changed.
        next_requested(): Enter was pressed.
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.minus_button = TouchButton(MINUS, self, role="stepper")
        self.plus_button = TouchButton("+", self, role="stepper")
        self.line_edit = QLineEdit(self)
        self.line_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # "-5" must not show as "5-" on a right-to-left screen.
        self.line_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line_edit.setMaxLength(max(1, spec.max_length))
        whole = spec.scale == 0 and spec.minimum is not None and spec.minimum >= 0
        self.line_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            if whole
            else Qt.InputMethodHint.ImhFormattedNumbersOnly
        )
        self.line_edit.setValidator(QRegularExpressionValidator(_characters(spec), self.line_edit))
        for button in (self.minus_button, self.plus_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRepeat(True)
        self.minus_button.clicked.connect(self._on_minus_button_clicked)
        self.plus_button.clicked.connect(self._on_plus_button_clicked)
        self.line_edit.textChanged.connect(self.value_changed)
        self.line_edit.textChanged.connect(self._update_buttons)
        self.line_edit.returnPressed.connect(self.next_requested)
        self.line_edit.setMaximumWidth(active_theme().size.stepper_width * 4)
        self.body_layout.addWidget(self.minus_button)
        self.body_layout.addWidget(self.line_edit, 1)
        self.body_layout.addWidget(self.plus_button)
        self.body_layout.addSpacing(active_theme().space.sm)
        self.body_layout.addWidget(self.hint_label())
        self.body_layout.addStretch(1)
        self._update_buttons()
        self.retranslate_ui()

    def value(self) -> Answer:
        return self.line_edit.text().strip() or None

    def set_value(self, value: Answer) -> None:
        self.line_edit.setText(value if isinstance(value, str) else "")

    def inputs(self) -> list[QWidget]:
        return [self.line_edit, self.minus_button, self.plus_button]

    def focus_input(self) -> None:
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, steps: int) -> None:
        """Add `steps` (may be negative) to the number, staying within the allowed range.

        An empty or unreadable field starts from the minimum (or 0).
        """
        current = parse_number(self.line_edit.text())
        if current is None:
            start = self.spec.minimum if self.spec.minimum is not None else Decimal(0)
            new = self._clamp(start)
        else:
            new = self._clamp(current + steps)
        self.line_edit.setText(self._format(new))

    def hint_text(self) -> str:
        low, high = self.spec.minimum, self.spec.maximum
        if low is not None and high is not None:
            return fill(
                self.tr("From %1 to %2"), isolate(self._shown(low)), isolate(self._shown(high))
            )
        if low is not None:
            return fill(self.tr("%1 or more"), isolate(self._shown(low)))
        if high is not None:
            return fill(self.tr("Up to %1"), isolate(self._shown(high)))
        return ""

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.minus_button.setText(MINUS)
        self.plus_button.setText("+")
        # Named by purpose, not by glyph: "Increase, button", never "plus, button".
        self.minus_button.setAccessibleName(self.tr("Decrease"))
        self.plus_button.setAccessibleName(self.tr("Increase"))

    def _name_input(self, control: QWidget, label: str) -> None:
        if control is self.line_edit:
            control.setAccessibleName(label)

    def _clamp(self, number: Decimal) -> Decimal:
        if self.spec.minimum is not None and number < self.spec.minimum:
            number = self.spec.minimum
        if self.spec.maximum is not None and number > self.spec.maximum:
            number = self.spec.maximum
        return number

    @staticmethod
    def _format(number: Decimal) -> str:
        return plain(number)

    @staticmethod
    def _shown(number: Decimal) -> str:
        return format_number(plain(number))

    def _update_buttons(self) -> None:
        current = parse_number(self.line_edit.text())
        low, high = self.spec.minimum, self.spec.maximum
        self.minus_button.setEnabled(current is None or low is None or current > low)
        self.plus_button.setEnabled(current is None or high is None or current < high)

    def _on_minus_button_clicked(self) -> None:
        self.step(-1)

    def _on_plus_button_clicked(self) -> None:
        self.step(1)
