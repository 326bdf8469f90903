"""The on-screen keyboard, drawn inside the kiosk window.

Qt Virtual Keyboard normally opens as a window of its own, which a full-screen kiosk window can
cover. With ``QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1`` (see `input_method`) it draws only where
the application puts its ``InputPanel``: here, a strip at the bottom of the kiosk window that
`KeyboardInset` shows and hides with the input method. The keys never take the focus, so what
they type goes to the field the visitor tapped.

Phone fields get the dial pad, number fields the number pad and email fields the email layout
through the fields' input-method hints; the letters follow the visitor's language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QWidget

from kiosk.ui.keyboard_layouts import keyboard_layout, keyboard_layouts
from kiosk.ui.theme import active_theme
from kiosk.ui.virtual_keys import VirtualKey, find_keys, tap

log = logging.getLogger("kiosk.ui")

PANEL_QML = Path(__file__).with_name("keyboard_panel.qml")

MAX_HEIGHT_FRACTION = 0.42
"""The keyboard never takes more of the window's height than this; it narrows instead."""


class OnScreenKeyboard(QQuickWidget):
    """Qt Virtual Keyboard's ``InputPanel`` in a widget; `KeyboardInset` places it.

    The panel keeps its own proportions: on a wide, low screen it is narrowed (and centred on
    a strip of the keyboard's colour) so that it covers at most `MAX_HEIGHT_FRACTION` of the
    window.

    Signals:
        None (the input method's ``visibleChanged`` says when it is wanted).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("on-screen-keyboard")
        self.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setClearColor(QColor(active_theme().color.keyboard))
        self.setSource(QUrl.fromLocalFile(str(PANEL_QML)))
        self._ready = self.status() == QQuickWidget.Status.Ready and self.rootObject() is not None
        if self._ready:
            self._root().setProperty("color", QColor(active_theme().color.keyboard))
        else:
            errors = "; ".join(error.toString() for error in self.errors())
            log.warning("the on-screen keyboard could not be loaded: %s", errors or "no panel")
        self._languages: list[str] = []
        self.hide()

    def is_ready(self) -> bool:
        """The keyboard loaded (Qt Virtual Keyboard and its QML modules are installed)."""
        return self._ready

    def set_languages(self, codes: list[str], current: str) -> None:
        """Offer the layouts of `codes` on the globe key and show the one for `current`."""
        self._languages = list(codes)
        self.set_language(current)

    def set_language(self, code: str) -> None:
        """Type in `code`'s letters (English letters when Qt has no layout for it)."""
        if not self._ready:
            return
        root = self._root()
        root.setProperty("layouts", keyboard_layouts([code, *self._languages]))
        root.setProperty("layout", keyboard_layout(code))

    def fit(self, width: int, window_height: int) -> QSize:
        """Size the panel for a window and return the strip it needs at the window's bottom.

        The panel's height follows its width; the width is changed only when it must be, so
        the keyboard's own bindings are not disturbed while it reports its rectangle.
        """
        if not self._ready:
            return QSize(width, 0)
        root = self._root()
        current = float(root.property("panelWidth") or 0.0)
        height = float(root.property("panelHeight") or 0.0)
        if current <= 0 or height <= 0:  # not laid out yet: measure at the window's width
            current = float(width)
            root.setProperty("panelWidth", current)
            height = float(root.property("panelHeight") or 0.0)
            if height <= 0:
                return QSize(width, 0)
        ratio = height / current
        target = float(width)
        limit = window_height * MAX_HEIGHT_FRACTION
        if target * ratio > limit > 0:
            target = limit / ratio
        if abs(target - current) >= 0.5:
            root.setProperty("panelWidth", target)
            height = float(root.property("panelHeight") or 0.0)
        return QSize(width, round(height))

    def layout_name(self) -> str:
        """The layout on screen: a locale (``"et_EE"``) or a special pad (``"dialpad"``)."""
        if not self._ready:
            return ""
        url = str(self._root().property("layoutUrl") or "")
        parts = [part for part in url.split("/") if part]
        if not parts:
            return ""
        name = parts[-1].removesuffix(".qml")
        return parts[-2] if name == "main" and len(parts) > 1 else name

    def locale_name(self) -> str:
        """The keyboard's language as a locale name (``"et_EE"``)."""
        return str(self._root().property("localeName") or "") if self._ready else ""

    def is_open(self) -> bool:
        """The keyboard is shown (a text field has the focus and the input method is up)."""
        return self._ready and self.isVisible()

    def keys(self) -> list[VirtualKey]:
        """The keys shown now, with where they are drawn (empty while it is closed)."""
        return find_keys(self._root()) if self.is_open() else []

    def press(self, key: VirtualKey) -> None:
        """Press `key` as a tap would: it types, shifts or hides exactly as under a finger."""
        if self.is_open():
            tap(self, key.center())

    def panel_width(self) -> int:
        return round(float(self._root().property("panelWidth") or 0.0)) if self._ready else 0

    def _root(self) -> QQuickItem:
        root = self.rootObject()
        assert root is not None
        return root
