"""The location's own look on the kiosk window: theme and brand colour, logo, welcome text."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtGui import QPixmap

from kiosk.ui.branding import theme_for
from kiosk.ui.main_window import KioskWindow

log = logging.getLogger("kiosk.ui")


def apply_location_look(
    window: KioskWindow,
    *,
    theme: str = "default",
    primary_color: str | None = None,
    logo: Path | None = None,
    welcome_text: Mapping[str, str] | None = None,
) -> None:
    """Brand the window: the themes its accessibility options switch between, the header's
    logo and the Welcome screen's text per language.

    The application-wide theme itself is applied at start-up (`theme_for` with the same
    arguments), before any widget is built.
    """
    window.accessibility.set_themes(
        theme_for(theme, primary_color), theme_for("high_contrast", primary_color)
    )
    if logo is not None:
        pixmap = QPixmap(str(logo))
        if pixmap.isNull():
            log.warning("the logo %s could not be read; the header shows none", logo.name)
        else:
            window.set_logo(pixmap)
    window.welcome.set_welcome_texts(welcome_text or {})
