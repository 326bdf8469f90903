"""Dynamic style properties: how widgets ask the stylesheet for a look.

Widgets never set colours or sizes themselves. They carry a ``role`` (what they are:
``"primary"``, ``"title"``, ``"option"`` ...) and, when it changes at run time, a ``state``
(``"error"``); the theme's QSS selects on both (``QLineEdit[state="error"]``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget its stylesheet role and re-apply the style if it changed."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        repolish(widget)


def set_state(widget: QWidget, state: str | None) -> None:
    """Set (or clear, with None) a widget's run-time ``state`` and re-apply the style."""
    value = state or ""
    if (widget.property("state") or "") != value:
        widget.setProperty("state", value)
        repolish(widget)


def repolish(widget: QWidget) -> None:
    """Make a property change visible: QSS property selectors are only read on polish.

    A widget not polished yet needs nothing: its first polish reads the new property.
    """
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
