"""The visitor's accessibility options: Large text and High contrast, for one visit.

A kiosk is a closed system: visitors cannot bring their own assistive settings, so the kiosk
carries them. `AccessibilityOptions` keeps the two switches and re-styles the whole
application when one changes (the location's theme, or the High contrast theme, optionally
with Large text); `reset` returns to the location's look at the end of every visit.
Announcements (`announce`) reach screen readers as Qt accessibility announcement events.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.branding import with_large_text
from kiosk.ui.theme import Theme, active_theme, apply_theme, load_theme


class AccessibilityOptions(QObject):
    """Large text and High contrast for the current visitor, applied app-wide.

    Args:
        base: the location's theme (default: the theme applied when this is made).
        high_contrast: the theme High contrast switches to (default: ``high_contrast``).

    Signals:
        changed(): an option changed and the new look is applied.
    """

    changed = Signal()

    def __init__(
        self,
        base: Theme | None = None,
        high_contrast: Theme | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base = base or active_theme()
        self._contrast = high_contrast or load_theme("high_contrast")
        self._large_text = False
        self._high_contrast = False
        self._themes: dict[tuple[bool, bool], Theme] = {}

    def set_themes(self, base: Theme, high_contrast: Theme) -> None:
        """The location's themes (branded); re-applied at once if an option is on."""
        self._base, self._contrast = base, high_contrast
        self._themes.clear()
        if self._large_text or self._high_contrast:
            self._apply()

    def base_theme(self) -> Theme:
        return self._base

    def large_text(self) -> bool:
        return self._large_text

    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_large_text(self, on: bool) -> None:
        if on != self._large_text:
            self._large_text = on
            self._apply()

    def set_high_contrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self._apply()

    def reset(self) -> None:
        """Back to the location's look (the next visitor starts from the defaults)."""
        if self._large_text or self._high_contrast:
            self._large_text = self._high_contrast = False
            self._apply()

    def theme(self) -> Theme:
        """The theme for the current options."""
        key = (self._large_text, self._high_contrast)
        theme = self._themes.get(key)
        if theme is None:
            theme = self._contrast if self._high_contrast else self._base
            if self._large_text:
                theme = with_large_text(theme)
            self._themes[key] = theme
        return theme

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme())
        self.changed.emit()


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader speak `text` now (a ticket number, a validation error)."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
