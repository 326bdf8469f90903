"""The frame every form field shares: label, "Required" tag, input, hint and error line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.domain.validation import Answer, FieldError
from kiosk.ui.messages import error_message
from kiosk.ui.style import set_role, set_state
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.wrap_label import WrapLabel


def builtin_label(kind: FieldKind) -> str | None:
    """The kiosk's own label for a built-in detail field, or None for a custom question."""
    match kind:
        case FieldKind.FIRST_NAME:
            return QCoreApplication.translate("FieldLabels", "First name")
        case FieldKind.LAST_NAME:
            return QCoreApplication.translate("FieldLabels", "Last name")
        case FieldKind.PHONE:
            return QCoreApplication.translate("FieldLabels", "Phone number")
        case FieldKind.EMAIL:
            return QCoreApplication.translate("FieldLabels", "Email")
        case _:
            return None


def plain_label(text: str = "", role: str = "body", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally: server-supplied strings are never markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    set_role(label, role)
    return label


class FieldWidget(QWidget):
    """One question of the form: its label, its input controls and the error under them.

    Subclasses put their controls into `body_layout`, list them in `inputs()` (they get the
    field's label as accessible name and the error as accessible description) and implement
    `value` / `set_value`. Required fields show a "Required" tag next to the label.

    Attributes:
        spec: the field this widget answers.

    Signals:
        value_changed(): the visitor changed the answer.
        next_requested(): the visitor pressed Enter in the field (move on to the next one).
    """

    value_changed = Signal()
    next_requested = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._error: FieldError | None = None
        self._error_text: str | None = None
        self._phone_example: str | None = None
        space = active_theme().space

        self._label = WrapLabel(role="field-label")
        # A child from the start: shown while parentless, it would flash up as a window.
        self._required_tag = plain_label(role="required-tag", parent=self)
        self._required_tag.setVisible(spec.required)
        self._hint = plain_label(role="hint", parent=self)
        self._hint.hide()
        header = self.header_layout = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(space.sm)
        header.addWidget(self._label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self._required_tag, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)

        self.body_layout = QHBoxLayout()
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(space.sm)

        self._error_label = plain_label(role="error")
        self._error_label.setWordWrap(True)
        policy = self._error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._error_label.setSizePolicy(policy)
        self._error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(space.xs)
        layout.addLayout(header)
        layout.addLayout(self.body_layout)
        layout.addWidget(self._error_label)
        self.value_changed.connect(self._on_value_changed)

    # -- public API -------------------------------------------------------------------------

    @property
    def field_id(self) -> str:
        return self.spec.id

    @property
    def required(self) -> bool:
        return self.spec.required

    def label_text(self) -> str:
        """The visible label: the kiosk's own for built-in fields, else the field's title."""
        return builtin_label(self.spec.kind) or self.spec.label

    def value(self) -> Answer:
        """The visitor's answer as the domain validates it; None when unanswered."""
        raise NotImplementedError

    def set_value(self, value: Answer) -> None:
        """Show an answer (None clears it)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the answer and any error."""
        self.set_value(None)
        self.set_error(None)

    def inputs(self) -> list[QWidget]:
        """The controls the visitor types into or taps to answer."""
        raise NotImplementedError

    def focus_input(self) -> None:
        """Put the keyboard focus (and the on-screen keyboard) on this field."""
        self.inputs()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_error(self, message: str | None) -> None:
        """Show a sentence under the field (None hides it) and mark the inputs as wrong."""
        self._error = None
        self._show_error_text(message)

    def show_field_error(self, error: FieldError | None) -> None:
        """Show the sentence for a domain error; it follows language changes."""
        self._error = error
        self._show_error_text(self._message_for(error))

    def error_text(self) -> str | None:
        """The error shown now, or None."""
        return self._error_text

    def required_tag(self) -> QLabel:
        """The "Required" tag (hidden for optional fields)."""
        return self._required_tag

    def label_widget(self) -> QLabel:
        return self._label

    def error_label(self) -> QLabel:
        return self._error_label

    def hint_label(self) -> QLabel:
        """A short hint (e.g. the allowed range); subclasses that use it place it."""
        return self._hint

    def set_phone_example(self, example: str | None) -> None:
        """A local phone number quoted by the INVALID_PHONE message."""
        self._phone_example = example

    # -- translation ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        label = self.label_text()
        self._label.setText(label)
        # An explicit context: PySide's self.tr() would look under the subclass's name.
        self._required_tag.setText(QCoreApplication.translate("FieldWidget", "Required"))
        for control in self.inputs():
            self._name_input(control, label)
        hint = self.hint_text()
        self._hint.setText(hint)
        self._hint.setVisible(bool(hint))
        if self._error is not None:
            self._show_error_text(self._message_for(self._error))

    def hint_text(self) -> str:
        """A short hint beside the label (e.g. the allowed range); empty for none."""
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------

    def _name_input(self, control: QWidget, label: str) -> None:
        """Give an input its accessible name; subclasses name option buttons themselves."""
        control.setAccessibleName(label)

    def _message_for(self, error: FieldError | None) -> str | None:
        if error is None:
            return None
        return error_message(error, self.spec, phone_example=self._phone_example)

    def _show_error_text(self, message: str | None) -> None:
        self._error_text = message or None
        self._error_label.setText(message or "")
        self._error_label.setVisible(bool(message))
        for control in self.inputs():
            set_state(control, "error" if message else None)
            control.setAccessibleDescription(message or "")

    def _on_value_changed(self) -> None:
        if self._error_text is not None:
            self.set_error(None)
