"""Typed answers: names, free text, email and phone number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.domain.validation import Answer
from kiosk.ui.widgets.field_base import FieldWidget
from kiosk.ui.widgets.touch_button import TouchButton

_Hint = Qt.InputMethodHint

_HINTS: dict[FieldKind, _Hint] = {
    FieldKind.FIRST_NAME: _Hint.ImhNoPredictiveText,
    FieldKind.LAST_NAME: _Hint.ImhNoPredictiveText,
    FieldKind.EMAIL: _Hint.ImhEmailCharactersOnly
    | _Hint.ImhNoAutoUppercase
    | _Hint.ImhNoPredictiveText,
    FieldKind.PHONE: _Hint.ImhDialableCharactersOnly | _Hint.ImhNoPredictiveText,
    FieldKind.TEXT: _Hint.ImhNone,
}


_LEFT_TO_RIGHT = frozenset({FieldKind.EMAIL, FieldKind.PHONE})
"""Kinds typed left to right in every language: phone numbers and email addresses."""


class TextFieldWidget(FieldWidget):
    """A one-line text answer; the on-screen keyboard layout follows the field's kind.

    Names get no word prediction, email the email layout (``@`` and ``.``), phone the dial pad.
    Phone numbers and email addresses stay left to right on a right-to-left screen; names
    and free text follow the screen.

    Signals:
        value_changed(): the text changed.
        next_requested(): Enter was pressed.
    """

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setMaxLength(max(1, spec.max_length))
        self.line_edit.setInputMethodHints(_HINTS.get(spec.kind, _Hint.ImhNone))
        if spec.kind in _LEFT_TO_RIGHT:
            self.line_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.line_edit.textChanged.connect(self.value_changed)
        self.line_edit.returnPressed.connect(self.next_requested)
        self.body_layout.addWidget(self.line_edit, 1)
        self.retranslate_ui()

    def value(self) -> Answer:
        return self.line_edit.text() or None

    def set_value(self, value: Answer) -> None:
        self.line_edit.setText(value if isinstance(value, str) else "")

    def inputs(self) -> list[QWidget]:
        return [self.line_edit]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if self.spec.kind is FieldKind.EMAIL:
            self.line_edit.setPlaceholderText(
                QCoreApplication.translate("TextFieldWidget", "name@example.com")
            )


class PhoneFieldWidget(TextFieldWidget):
    """A phone number on the dial pad, with a "+" key the dial pad lacks.

    Numbers may be typed the local way (the location's country is known) or with a ``+`` and
    country code; the "+" button puts the ``+`` at the start.

    Signals:
        value_changed(): the text changed.
        next_requested(): Enter was pressed.
    """

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, *, example: str | None = None
    ) -> None:
        self.plus_button = TouchButton("+", role="helper")
        super().__init__(spec, parent)
        self.plus_button.setParent(self)
        # Tapping "+" must not take the focus (and the keyboard) away from the number.
        self.plus_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.plus_button.clicked.connect(self._on_plus_button_clicked)
        self.body_layout.addWidget(self.plus_button)
        self.set_phone_example(example)
        self.retranslate_ui()

    def set_phone_example(self, example: str | None) -> None:
        super().set_phone_example(example)
        if hasattr(self, "line_edit"):
            self.line_edit.setPlaceholderText(example or "")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.plus_button.setText("+")
        # Named by purpose, not by glyph: "Add a country code, button", never "plus, button".
        self.plus_button.setAccessibleName(self.tr("Add a country code"))

    def _on_plus_button_clicked(self) -> None:
        text = self.line_edit.text()
        if not text.lstrip().startswith("+"):
            self.line_edit.setText("+" + text.lstrip())
        self.line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line_edit.end(False)
