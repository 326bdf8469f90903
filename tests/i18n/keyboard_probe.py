"""Drive the kiosk with its on-screen keyboard on a real X server and report what happened.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python -m tests.i18n.keyboard_probe OUT_DIR

Run by test_keyboard.py under Xvfb (Qt Virtual Keyboard does not work offscreen). The kiosk is
set up the way `kiosk.cli.run_kiosk_command` does it (keyboard requested before Qt starts,
shipped fonts, theme, full screen) against the built-in sandbox. A visitor taps a language,
then a name field and a phone field; the probe records the keyboard's layout and where
everything is, saves whole-screen pictures, and writes ``result.json`` in OUT_DIR.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from kiosk.ui.input_method import request_virtual_keyboard

request_virtual_keyboard(True)

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from kiosk.config import KioskSettings  # noqa: E402
from kiosk.sandbox.seed import FIELD_FIRST_NAME, FIELD_PHONE, LINE_PASSPORTS  # noqa: E402
from kiosk.shell.wiring import Kiosk  # noqa: E402
from kiosk.ui.on_screen_keyboard import OnScreenKeyboard  # noqa: E402
from tests.fixtures.keyboard_kiosk import (  # noqa: E402
    keyboard_kiosk,
    run_probe,
    until,
    write_result,
)

LEFT = Qt.MouseButton.LeftButton


def rect_in(window: QWidget, widget: QWidget) -> list[int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def intersects(a: list[int], b: list[int]) -> bool:
    return QRect(*a).intersects(QRect(*b))


class Probe:
    def __init__(self, kiosk: Kiosk, keyboard: OnScreenKeyboard, out: Path) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.keyboard = keyboard
        self.out = out
        self.result: dict[str, Any] = {}

    def edit(self, field_id: str) -> QLineEdit:
        field = self.window.details.field_widget(field_id)
        assert field is not None
        edit = field.inputs()[0]
        assert isinstance(edit, QLineEdit)
        return edit

    async def tap_field(self, field_id: str, layout: str | None = None) -> bool:
        QTest.mouseClick(self.edit(field_id), LEFT)
        shown = await until(
            lambda: QGuiApplication.inputMethod().isVisible() and self.keyboard.isVisible()
        )
        if layout is not None:
            shown = shown and await until(lambda: self.keyboard.layout_name() == layout)
        return shown

    def record(self, name: str, field_id: str, shot: str | None) -> dict[str, Any]:
        window = self.window
        focus = QApplication.focusWidget()
        nav = window.details.nav
        keyboard = rect_in(window, self.keyboard) if self.keyboard.isVisible() else []
        windows = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
        state = {
            "visible": QGuiApplication.inputMethod().isVisible() and self.keyboard.isVisible(),
            "layout": self.keyboard.layout_name(),
            "locale": self.keyboard.locale_name(),
            "input_method_locale": QGuiApplication.inputMethod().locale().name(),
            "focus_is_field": focus is self.edit(field_id),
            "focus": rect_in(window, focus) if focus is not None else [],
            "field": rect_in(window, self.edit(field_id)),
            "primary": rect_in(window, nav.primary_button),
            "back": rect_in(window, nav.back_button),
            "keyboard": keyboard,
            "window": [window.x(), window.y(), window.width(), window.height()],
            "top_level_windows": len(windows),
            "header_hidden": window.header.isHidden(),
        }
        if shot:
            QGuiApplication.primaryScreen().grabWindow(0).save(str(self.out / shot))
        self.result[name] = state
        return state

    async def choose(self, language: str) -> None:
        welcome = self.window.welcome
        QTest.mouseClick(welcome.buttons[language], LEFT)
        await until(lambda: self.window.current_screen() is self.window.service)
        self.kiosk.visit.choose_line(LINE_PASSPORTS)
        await until(lambda: self.window.current_screen() is self.window.details)

    async def dial(self, digit_column: int) -> None:
        """Tap a key of the dial pad's first row (1, 2, 3) by where the pad draws it."""
        x, _y, width, height = rect_in(self.window, self.keyboard)
        pad_width = height  # the dial pad is a square column, centred
        left = x + (width - pad_width) / 2
        point = QPoint(round(left + (digit_column + 0.5) * pad_width / 4 - x), round(height / 8))
        QTest.mouseClick(self.keyboard, LEFT, Qt.KeyboardModifier.NoModifier, point)
        await asyncio.sleep(0.3)

    async def run(self) -> None:
        window = self.window
        await until(lambda: window.current_screen() is window.welcome, 15.0)
        self.result["welcome"] = {"keyboard_hidden": self.keyboard.isHidden()}

        await self.choose("et")
        self.result["et_name_shown"] = await self.tap_field(FIELD_FIRST_NAME)
        self.record("et_name", FIELD_FIRST_NAME, "keyboard-et-name.png")
        self.result["et_phone_shown"] = await self.tap_field(FIELD_PHONE, "dialpad")
        self.record("et_phone", FIELD_PHONE, "keyboard-et-phone.png")
        await self.dial(1)
        self.result["typed_on_dial_pad"] = self.edit(FIELD_PHONE).text()

        QTest.mouseClick(window.details.nav.start_over_button, LEFT)
        await until(lambda: window.current_screen() is window.welcome)
        await until(lambda: self.keyboard.isHidden())
        self.result["after_start_over"] = {
            "keyboard_hidden": self.keyboard.isHidden(),
            "header_visible": window.header.isVisible(),
            "phone_text": self.edit(FIELD_PHONE).text(),
        }

        await self.choose("ar")
        self.result["ar_name_shown"] = await self.tap_field(FIELD_FIRST_NAME, "ar_AR")
        self.record("ar_name", FIELD_FIRST_NAME, "keyboard-ar-name.png")
        self.result["ar_phone_shown"] = await self.tap_field(FIELD_PHONE, "dialpad")
        self.record("ar_phone", FIELD_PHONE, None)


async def main_async(out: Path) -> None:
    settings = KioskSettings(demo=True, ticket_seconds=60)
    async with keyboard_kiosk(settings) as (kiosk, keyboard):
        if keyboard is None:
            write_result(out, {"keyboard": False})
            return
        probe = Probe(kiosk, keyboard, out)
        try:
            await probe.run()
        finally:
            write_result(out, {**probe.result, "keyboard": True})


if __name__ == "__main__":
    sys.exit(run_probe(main_async))
