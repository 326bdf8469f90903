"""A control as audio guidance reads it: name, role, state and value, from Qt's accessibility.

Speech says what a screen reader would find (the same `QAccessibleInterface`), so a control
that is right for one is right for the other. `describe` reads it; `position` counts a control
among its like siblings ("1 of 7").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from kiosk.ui.spoken import SWITCH


class Kind(StrEnum):
    """What a control is, as it is said."""

    BUTTON = "button"
    TOGGLE = "toggle"
    OPTION = "option"
    CHECK_BOX = "check box"
    EDIT = "edit"
    TEXT = "text"
    OTHER = "other"


@dataclass(frozen=True)
class ControlInfo:
    """One control as speech says it.

    Attributes:
        name: its accessible name (its visible label).
        kind: button, toggle, option...
        checked: for toggles, options and check boxes; None for the others.
        enabled: False when it cannot be used now.
        value: its current value where it has one (a date's month), never typed text.
        description: its accessible description (a field's error, a button's purpose).
        typed: what was typed into an edit field (personal data: the narrator decides).
        secret: a password field: never spoken.
        position: (index from 1, count) among its like siblings, or None.
        group: the question an answer option belongs to ("Preferred contact"), or "".
    """

    name: str
    kind: Kind
    checked: bool | None = None
    enabled: bool = True
    value: str = ""
    description: str = ""
    typed: str = ""
    secret: bool = False
    position: tuple[int, int] | None = None
    group: str = ""


_KINDS = {
    QAccessible.Role.PushButton: Kind.BUTTON,
    QAccessible.Role.Button: Kind.BUTTON,
    QAccessible.Role.ButtonMenu: Kind.BUTTON,
    QAccessible.Role.RadioButton: Kind.OPTION,
    QAccessible.Role.CheckBox: Kind.CHECK_BOX,
    QAccessible.Role.Switch: Kind.TOGGLE,
    QAccessible.Role.EditableText: Kind.EDIT,
    QAccessible.Role.SpinBox: Kind.EDIT,
    QAccessible.Role.StaticText: Kind.TEXT,
    QAccessible.Role.Heading: Kind.TEXT,
}


def describe(widget: QWidget, position: tuple[int, int] | None = None) -> ControlInfo:
    """What `widget` is, in the words of its accessibility interface."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ControlInfo(name=widget.objectName(), kind=Kind.OTHER, position=position)
    state = iface.state()
    kind = _KINDS.get(iface.role(), Kind.OTHER)
    group = ""
    if (kind is Kind.BUTTON and state.checkable) or (
        kind is Kind.CHECK_BOX and widget.property(SWITCH)
    ):
        kind = Kind.TOGGLE
    if kind in (Kind.TOGGLE, Kind.CHECK_BOX) and _exclusive(widget):
        # One of a question's answers, only one of which can be chosen.
        kind, group = Kind.OPTION, group_name(widget)
    checked = bool(state.checked) if kind in (Kind.TOGGLE, Kind.OPTION, Kind.CHECK_BOX) else None
    typed, value = "", iface.text(QAccessible.Text.Value) or ""
    secret = False
    if isinstance(widget, QLineEdit):
        kind = Kind.EDIT
        typed, value = widget.text(), ""
        secret = widget.echoMode() != QLineEdit.EchoMode.Normal
    elif kind is Kind.EDIT:
        typed, value = value, ""
    return ControlInfo(
        name=iface.text(QAccessible.Text.Name) or "",
        kind=kind,
        checked=checked,
        enabled=not state.disabled,
        value=value if value != iface.text(QAccessible.Text.Name) else "",
        description=iface.text(QAccessible.Text.Description) or "",
        typed=typed,
        secret=secret,
        position=position,
        group=group,
    )


def _exclusive(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    return widget.autoExclusive() if group is None else group.exclusive()


def group_name(widget: QWidget) -> str:
    """The name of the question around an answer: the nearest named ancestor, or the label
    of the field widget holding it."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        name = parent.accessibleName()
        if name:
            return name
        label_text = getattr(parent, "label_text", None)
        if callable(label_text):
            text = label_text()
            if isinstance(text, str):
                return text
        parent = parent.parentWidget()
    return ""


def position(widget: QWidget, controls: Sequence[QWidget]) -> tuple[int, int] | None:
    """Where `widget` stands among the controls of its kind sharing its parent ("2 of 7").

    Like: the same class and stylesheet role (language buttons, a question's answers). None
    when it stands alone.
    """
    group = [
        control
        for control in controls
        if control.parentWidget() is widget.parentWidget()
        and type(control) is type(widget)
        and control.property("role") == widget.property("role")
    ]
    if len(group) < 2 or widget not in group:
        return None
    return group.index(widget) + 1, len(group)
