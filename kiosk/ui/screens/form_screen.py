"""What both form screens (Your details, Questions) share: showing a form's part of the fields,
rebuilding their widgets only when those fields change, and checking a set of answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.domain.form import FieldSpec, FormSpec
from kiosk.domain.validation import Answer, FieldError, validate_answers
from kiosk.ui.screens.base import NavigableScreen
from kiosk.ui.screens.form_fields import FormFields
from kiosk.ui.widgets.field_base import FieldWidget


class FormScreen(NavigableScreen):
    """A navigable screen showing one part of a form (`part_of`), built by `FormFields`.

    `set_form` reuses the widgets when the same fields come again (the next visitor of the same
    service) and only empties them; otherwise it builds new ones and calls `rebuilt`.

    Signals:
        errors_shown(): answers were refused; `shown_errors` says which, and the focus is on
            the first of them.
    """

    errors_shown = Signal()

    lazy = False
    """Build the widgets while the event loop is idle instead of at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form: FormSpec | None = None
        self._region: str | None = None
        self._phone_example: str | None = None
        self._fields = FormFields((), default_region=None, phone_example=None)

    def part_of(self, form: FormSpec) -> Sequence[FieldSpec]:
        """The fields of `form` this screen shows."""
        raise NotImplementedError

    def set_form(
        self, form: FormSpec, default_region: str | None, *, phone_example: str | None = None
    ) -> None:
        """Show this screen's part of the form, empty."""
        same = (
            self._form is not None
            and self.part_of(form) == self.part_of(self._form)
            and (default_region, phone_example) == (self._region, self._phone_example)
        )
        self._form, self._region, self._phone_example = form, default_region, phone_example
        if same:
            self.clear()
            return
        self.dropping()
        self._fields.delete()
        self._fields = FormFields(
            self.part_of(form),
            default_region=default_region,
            phone_example=phone_example,
            lazy=self.lazy,
        )
        self.rebuilt()

    def dropping(self) -> None:
        """The current widgets are about to be deleted (stop whatever still builds them)."""

    def rebuilt(self) -> None:
        """New widgets were made for a new part of a form: lay them out."""
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def shown_errors(self) -> list[tuple[str, str]]:
        """(field label, message) of every error shown now, in form order."""
        return [
            (widget.label_text(), message)
            for widget in self._fields.widgets.values()
            if (message := widget.error_text())
        ]

    def set_busy(self, busy: bool) -> None:
        """While busy (checking in) the primary button is disabled and a spinner turns."""
        self.nav.set_busy(busy)

    def build_all(self) -> None:
        """Build every widget not built yet (a `lazy` screen builds them as it goes)."""

    # -- queries -----------------------------------------------------------------------------

    def answers(self) -> dict[str, Answer]:
        self.build_all()
        return self._fields.answers()

    def field_widget(self, field_id: str) -> FieldWidget | None:
        self.build_all()
        return self._fields.widgets.get(field_id)

    def field_widgets(self) -> list[FieldWidget]:
        self.build_all()
        return list(self._fields.widgets.values())

    @property
    def primary_button(self) -> QWidget:
        return self.nav.primary_button

    def check(self, answers: dict[str, Answer], ids: Sequence[str]) -> tuple[FieldError, ...]:
        """The rule's verdict on these answers of the fields `ids` (empty: all acceptable)."""
        assert self._form is not None
        return validate_answers(self._form, answers, fields=ids, default_region=self._region)
