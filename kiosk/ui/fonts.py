"""The fonts the kiosk ships, registered at start so every kiosk renders text the same way.

``resources/fonts`` holds Noto Sans (Latin, Greek, Cyrillic) and Noto Sans Arabic, Regular and
Bold, under the SIL Open Font License (``OFL.txt`` there). The theme names them first; text in
other scripts (a Chinese or Hebrew name) falls back to whatever the system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from kiosk.ui.resources import resource_path

log = logging.getLogger("kiosk.ui")

FONT_SUFFIXES = (".ttf", ".otf")


def register_fonts() -> list[str]:
    """Add every font file in ``resources/fonts`` to the application; returns the families.

    Needs a QGuiApplication. A file Qt cannot read is logged and skipped.
    """
    folder = resource_path("fonts")
    families: list[str] = []
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in FONT_SUFFIXES)
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not files:
        log.warning("no fonts in %s: the system's fonts are used", folder)
    return families
