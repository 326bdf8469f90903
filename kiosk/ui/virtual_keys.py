"""The on-screen keyboard's keys as a keypad user meets them: what each is, and where.

Qt Virtual Keyboard draws its keys as QML items (``Key``, ``ShiftKey``, ``BackspaceKey``...).
`find_keys` reads them from the panel's item tree (their text and ``keyType``, and where they
are drawn), so audio guidance can move a cursor over them and say each one; `tap` presses a
key the way a finger does, so it types exactly what a tap would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.spoken import KeyRole, VirtualKey

__all__ = ["KeyRole", "VirtualKey", "find_keys", "key_of", "tap"]


# Qt Virtual Keyboard's QtVirtualKeyboard.KeyType values.
_KEY_TYPES = {
    1: KeyRole.BACKSPACE,
    2: KeyRole.LANGUAGE,
    3: KeyRole.ENTER,
    6: KeyRole.HIDE,
    11: KeyRole.SHIFT,
    12: KeyRole.SPACE,
    13: KeyRole.SYMBOLS,
}
_FILLER = 4
_QT_KEYS = {
    int(Qt.Key.Key_Shift): KeyRole.SHIFT,
    int(Qt.Key.Key_Backspace): KeyRole.BACKSPACE,
    int(Qt.Key.Key_Space): KeyRole.SPACE,
    int(Qt.Key.Key_Return): KeyRole.ENTER,
    int(Qt.Key.Key_Enter): KeyRole.ENTER,
}


def _property(item: QQuickItem, name: str) -> object:
    return item.property(name) if item.metaObject().indexOfProperty(name) >= 0 else None


def key_of(item: QQuickItem) -> VirtualKey | None:
    """`item` as a key, or None when it is not a key (or a filler, or not shown)."""
    meta = item.metaObject()
    if meta.indexOfProperty("displayText") < 0 or meta.indexOfProperty("key") < 0:
        return None
    if not item.isVisible() or not item.isEnabled() or item.width() <= 0:
        return None
    key_type = _property(item, "keyType")
    if key_type == _FILLER:
        return None
    text = str(_property(item, "text") or "")
    display = str(_property(item, "displayText") or "")
    code = _property(item, "key")
    role = _KEY_TYPES.get(int(key_type)) if isinstance(key_type, int) else None
    if role is None and isinstance(code, int):
        role = _QT_KEYS.get(code)
    if role is None:
        role = KeyRole.CHARACTER if (text or display).strip() else KeyRole.OTHER
    rect = item.mapRectToScene(QRectF(0.0, 0.0, item.width(), item.height()))
    return VirtualKey(text=display.strip() or text.strip(), role=role, rect=rect)


def find_keys(root: QQuickItem) -> list[VirtualKey]:
    """Every key shown under `root`, in the order the tree holds them."""
    keys: list[VirtualKey] = []
    stack = [root]
    while stack:
        item = stack.pop()
        key = key_of(item)
        if key is not None:
            keys.append(key)
            continue
        stack.extend(reversed(item.childItems()))
    return keys


def tap(widget: QWidget, point: QPointF) -> None:
    """Press and release at `point` (widget coordinates), as a finger on the screen does."""
    global_point = QPointF(widget.mapToGlobal(point.toPoint()))
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, point, global_point, left, buttons, none)
        QApplication.sendEvent(widget, event)
