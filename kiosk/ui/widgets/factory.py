"""One touch widget per form field: the mapping from `FieldKind` to widget class."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.domain.form import FieldKind, FieldSpec
from kiosk.ui.widgets.choice_fields import ChoiceFieldWidget
from kiosk.ui.widgets.date_field import DateFieldWidget
from kiosk.ui.widgets.field_base import FieldWidget
from kiosk.ui.widgets.numeric_field import NumericFieldWidget
from kiosk.ui.widgets.text_fields import PhoneFieldWidget, TextFieldWidget

_TEXT_KINDS = frozenset(
    {FieldKind.FIRST_NAME, FieldKind.LAST_NAME, FieldKind.EMAIL, FieldKind.TEXT}
)
_CHOICE_KINDS = frozenset({FieldKind.SINGLE_SELECT, FieldKind.MULTI_SELECT})


class UnsupportedFieldError(ValueError):
    """The spec cannot be shown: not a FieldKind at all, or a select without options.

    `kiosk.domain.form.build_form` never produces such a spec; meeting one is a bug upstream.
    """


def create_field_widget(
    spec: FieldSpec,
    parent: QWidget | None = None,
    *,
    default_region: str | None = None,
    phone_example: str | None = None,
) -> FieldWidget:
    """The widget that asks `spec`'s question.

    Args:
        spec: the field.
        parent: the widget's parent.
        default_region: the location's country ("EE"); phone numbers may be typed the local way.
        phone_example: a phone number written the local way, shown as the phone placeholder.

    Raises:
        UnsupportedFieldError: for a kind that is not a `FieldKind` or a select with no options.
    """
    kind = spec.kind
    widget: FieldWidget
    if kind is FieldKind.PHONE:
        widget = PhoneFieldWidget(spec, parent, example=phone_example)
    elif kind in _TEXT_KINDS:
        widget = TextFieldWidget(spec, parent)
    elif kind in _CHOICE_KINDS:
        if not spec.options:
            raise UnsupportedFieldError(f"select field {spec.id!r} has no options")
        widget = ChoiceFieldWidget(spec, parent)
    elif kind is FieldKind.NUMERIC:
        widget = NumericFieldWidget(spec, parent)
    elif kind is FieldKind.DATE:
        widget = DateFieldWidget(spec, parent)
    else:
        raise UnsupportedFieldError(f"field {spec.id!r} has unknown kind {kind!r}")
    widget.setObjectName(f"field-{spec.id}")
    return widget
