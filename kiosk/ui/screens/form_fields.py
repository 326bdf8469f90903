"""The field widgets of one screen's part of a form, and what both form screens do with them."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from kiosk.domain.form import FieldSpec
from kiosk.domain.validation import Answer, FieldError
from kiosk.ui.accessibility import announce
from kiosk.ui.widgets.factory import UnsupportedFieldError, create_field_widget
from kiosk.ui.widgets.field_base import FieldWidget

log = logging.getLogger("kiosk.ui")


class FormFields:
    """Builds a widget per spec (skipping any the factory cannot show) and speaks for them all.

    Not a QObject: the widgets it builds carry the signals (`FieldWidget.value_changed`).
    With `lazy=True` nothing is built at first: `build_next` builds the widgets one at a time
    (a long form's later pages need not exist before its first page is on screen), and
    `build_all` builds the rest.

    Attributes:
        specs: the specs the widgets are built for, in form order.
        widgets: field id → widget, in form order (so far, when lazy).

    Signals:
        None.
    """

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        *,
        default_region: str | None,
        phone_example: str | None,
        lazy: bool = False,
    ) -> None:
        self.specs = tuple(specs)
        self.widgets: dict[str, FieldWidget] = {}
        self._region = default_region
        self._phone_example = phone_example
        self._next = 0
        if not lazy:
            self.build_all()

    @property
    def complete(self) -> bool:
        """Every spec has its widget (or was skipped)."""
        return self._next >= len(self.specs)

    def build_next(self) -> FieldWidget | None:
        """Build the next field's widget; None when every one is built."""
        while self._next < len(self.specs):
            spec = self.specs[self._next]
            self._next += 1
            try:
                widget = create_field_widget(
                    spec, default_region=self._region, phone_example=self._phone_example
                )
            except UnsupportedFieldError:
                log.warning("field %s of kind %s cannot be shown; skipped", spec.id, spec.kind)
                continue
            self.widgets[spec.id] = widget
            widget.next_requested.connect(lambda w=widget: _advance(w, self._following(w)))
            return widget
        return None

    def build_all(self) -> None:
        while self.build_next() is not None:
            pass

    def _following(self, widget: FieldWidget) -> FieldWidget | None:
        ordered = list(self.widgets.values())
        index = ordered.index(widget) if widget in ordered else len(ordered)
        if index + 1 < len(ordered):
            return ordered[index + 1]
        return self.build_next()

    def ids(self) -> list[str]:
        return list(self.widgets)

    def answers(self, ids: Iterable[str] | None = None) -> dict[str, Answer]:
        """Field id → the visitor's answer, for `ids` (default: all)."""
        wanted = self.widgets if ids is None else ids
        return {field_id: self.widgets[field_id].value() for field_id in wanted}

    def show_errors(
        self, errors: Iterable[FieldError], ids: Iterable[str] | None = None
    ) -> FieldWidget | None:
        """Show each error under its field and clear the others (of `ids`, default all).

        Returns the first field with an error, in form order, or None.
        """
        by_id = {error.field_id: error for error in errors}
        scope = list(self.widgets) if ids is None else [i for i in ids if i in self.widgets]
        first: FieldWidget | None = None
        for field_id in scope:
            widget = self.widgets[field_id]
            widget.show_field_error(by_id.get(field_id))
            if first is None and field_id in by_id:
                first = widget
        if first is not None:
            # The focus moves to this field too, whose description is the message.
            announce(first, first.error_label().text())
        return first

    def clear(self) -> None:
        for widget in self.widgets.values():
            widget.clear()

    def delete(self) -> None:
        """Schedule every widget for deletion (the form changed)."""
        for widget in self.widgets.values():
            widget.hide()
            widget.deleteLater()
        self.widgets = {}


def _advance(current: FieldWidget, following: FieldWidget | None) -> None:
    """Enter moves to the next field; on the last one it only closes the keyboard."""
    if following is not None:
        following.focus_input()
        if isinstance(QGuiApplication.focusObject(), QLineEdit):
            # Moving the focus by code closes the on-screen keyboard; the visitor is typing.
            QGuiApplication.inputMethod().show()
        return
    for control in current.inputs():
        if control.hasFocus():
            control.clearFocus()
