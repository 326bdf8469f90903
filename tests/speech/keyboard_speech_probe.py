"""A blind visitor types with the on-screen keyboard and a keypad, on a real X server.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python -m tests.speech.keyboard_speech_probe OUT_DIR

Run by test_keyboard_speech.py under Xvfb (Qt Virtual Keyboard does not work offscreen). The
kiosk runs against the built-in sandbox with audio guidance always on (Qt's mock engine). Only
keypad keys are used: the visitor moves to the first-name field (Tab), opens the keyboard
with Enter, moves over its keys, types, leaves it with Escape, then does the same on the phone
field's dial pad. What was said and typed is written to ``result.json`` in OUT_DIR.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from kiosk.ui.input_method import request_virtual_keyboard

request_virtual_keyboard(True)

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from kiosk.config import KioskSettings  # noqa: E402
from kiosk.sandbox.seed import FIELD_FIRST_NAME, FIELD_PHONE, LINE_PASSPORTS  # noqa: E402
from kiosk.shell.wiring import Kiosk  # noqa: E402
from kiosk.speech.engine import SpeechEngine  # noqa: E402
from kiosk.speech.narrator import Narrator  # noqa: E402
from kiosk.ui.on_screen_keyboard import OnScreenKeyboard  # noqa: E402
from tests.fixtures.keyboard_kiosk import (  # noqa: E402
    keyboard_kiosk,
    run_probe,
    until,
    write_result,
)

MAX_MOVES = 60


class Probe:
    def __init__(self, kiosk: Kiosk, keyboard: OnScreenKeyboard, said: list[str]) -> None:
        self.kiosk = kiosk
        self.window = kiosk.window
        self.keyboard = keyboard
        self.said = said
        self.result: dict[str, Any] = {}

    def narrator(self) -> Narrator:
        assert self.kiosk.speech is not None
        return self.kiosk.speech.narrator

    def edit(self, field_id: str) -> QLineEdit:
        field = self.window.details.field_widget(field_id)
        assert field is not None
        edit = field.inputs()[0]
        assert isinstance(edit, QLineEdit)
        return edit

    async def key(self, key: Qt.Key) -> str:
        """Press a keypad key; what was said in answer ("" for nothing)."""
        before = len(self.said)
        handle = self.window.windowHandle()
        assert handle is not None
        QTest.keyClick(handle, key)
        await asyncio.sleep(0.15)
        return self.said[-1] if len(self.said) > before else ""

    async def reach(self, field_id: str) -> bool:
        """Tab until the keypad is at the field (in a text field with the keyboard open the
        arrows belong to the keyboard), then Enter if the keyboard is not open yet."""
        edit = self.edit(field_id)
        for _ in range(MAX_MOVES):
            if QApplication.focusWidget() is edit:
                break
            await self.key(Qt.Key.Key_Tab)
        if not self.keyboard.is_open():
            await self.key(Qt.Key.Key_Return)
        return await until(self.keyboard.is_open) and bool(self.keyboard.keys())

    async def tour(self) -> list[str]:
        """Right through every key once: what each says."""
        names = [await self.key(Qt.Key.Key_Right)]
        for _ in range(len(self.keyboard.keys()) - 1):
            names.append(await self.key(Qt.Key.Key_Right))
        return names

    async def to_key(self, name: str) -> bool:
        for _ in range(MAX_MOVES):
            if await self.key(Qt.Key.Key_Right) == name:
                return True
        return False

    async def run(self) -> None:
        window = self.window
        await until(lambda: window.current_screen() is window.welcome, 15.0)
        self.kiosk.visit.choose_language("en")
        await until(lambda: window.current_screen() is window.service)
        self.kiosk.visit.choose_line(LINE_PASSPORTS)
        await until(lambda: window.current_screen() is window.details)
        name = self.edit(FIELD_FIRST_NAME)

        self.result["name_keyboard_open"] = await self.reach(FIELD_FIRST_NAME)
        self.result["name_layout"] = self.keyboard.layout_name()
        self.result["first_key"] = await self.key(Qt.Key.Key_Right)
        self.result["second_key"] = await self.key(Qt.Key.Key_Right)
        self.result["below"] = await self.key(Qt.Key.Key_Down)
        self.result["tour"] = await self.tour()
        await self.to_key("q")
        said = await self.key(Qt.Key.Key_Return)
        await until(lambda: name.text() != "", 3.0)
        self.result["typed_q"] = name.text()
        self.result["said_after_q"] = self.said[-1] if said == "" else said
        self.narrator().private = True
        await self.to_key("w")
        await self.key(Qt.Key.Key_Space)
        await until(lambda: name.text() == "qw", 3.0)
        self.result["typed_qw"] = name.text()
        self.result["said_after_w_private"] = self.said[-1]
        self.narrator().private = False
        await self.to_key("Backspace")
        await self.key(Qt.Key.Key_Return)
        await until(lambda: name.text() == "q", 3.0)
        self.result["after_backspace"] = name.text()
        self.result["said_after_backspace"] = self.said[-1]
        self.result["said_on_escape"] = await self.key(Qt.Key.Key_Escape)
        self.result["closed_on_escape"] = await until(lambda: not self.keyboard.is_open())
        self.result["focus_kept"] = QApplication.focusWidget() is name

        phone = self.edit(FIELD_PHONE)
        self.result["phone_keyboard_open"] = await self.reach(FIELD_PHONE)
        await until(lambda: self.keyboard.layout_name() == "dialpad")
        self.result["phone_layout"] = self.keyboard.layout_name()
        self.result["phone_tour"] = await self.tour()
        await self.to_key("5")
        await self.key(Qt.Key.Key_Return)
        await until(lambda: phone.text() != "", 3.0)
        self.result["typed_phone"] = phone.text()
        self.result["said_after_5"] = self.said[-1]
        self.result["name_untouched"] = name.text()


async def main_async(out: Path) -> None:
    voice = SpeechEngine("mock")
    said: list[str] = []
    voice.said.connect(lambda text, _language: said.append(text))
    settings = KioskSettings(demo=True, ticket_seconds=60, speech="always")
    async with keyboard_kiosk(settings, voice) as (kiosk, keyboard):
        if keyboard is None:
            write_result(out, {"keyboard": False})
            return
        probe = Probe(kiosk, keyboard, said)
        try:
            await probe.run()
        finally:
            write_result(out, {**probe.result, "keyboard": True, "said": said})


if __name__ == "__main__":
    sys.exit(run_probe(main_async))
