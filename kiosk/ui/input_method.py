"""Turning on Qt Virtual Keyboard for the kiosk, and connecting it to the visitor's language.

`request_virtual_keyboard` must run before the QApplication exists: Qt reads
``QT_IM_MODULE`` once, when it starts. ``QT_VIRTUALKEYBOARD_DESKTOP_DISABLE`` keeps the
keyboard out of a window of its own, so it is drawn inside the kiosk window
(`OnScreenKeyboard`) and can never end up behind it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.language import UiLanguage
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

log = logging.getLogger("kiosk.ui")

VIRTUAL_KEYBOARD = "qtvirtualkeyboard"


def request_virtual_keyboard(
    enabled: bool, environ: MutableMapping[str, str] | None = None
) -> None:
    """Ask Qt (before it starts) for its virtual keyboard, drawn by the application.

    With `enabled` False nothing is changed: a kiosk with a hardware keyboard keeps whatever
    input method its desktop has.
    """
    env = os.environ if environ is None else environ
    if enabled:
        env["QT_IM_MODULE"] = VIRTUAL_KEYBOARD
        env["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"


def virtual_keyboard_requested(environ: MutableMapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return env.get("QT_IM_MODULE") == VIRTUAL_KEYBOARD


def install_keyboard(window: KioskWindow, language: UiLanguage) -> OnScreenKeyboard | None:
    """Put the on-screen keyboard into `window`, following `language`; None when it is off.

    Off when `request_virtual_keyboard` was not asked for, or when Qt Virtual Keyboard is not
    installed (PySide6-Addons and, on Linux, libpulse0): then it is logged and visitors need
    a hardware keyboard.
    """
    if not virtual_keyboard_requested():
        log.info("on-screen keyboard: off")
        return None
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

    keyboard = OnScreenKeyboard()
    if not keyboard.is_ready():
        keyboard.deleteLater()
        return None
    window.attach_keyboard(keyboard)
    keyboard.set_languages(language.offered(), language.code())
    language.changed.connect(lambda code: keyboard.set_languages(language.offered(), code))
    log.info("on-screen keyboard: on")
    return keyboard
