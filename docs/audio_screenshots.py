"""Render audio guidance as a visitor meets it: the Audio control in the header, and the
focus ring moving with the keypad.

    QT_QPA_PLATFORM=offscreen python -m docs.audio_screenshots [--out docs/screenshots]

The demo kiosk runs for real against the built-in sandbox, at 1280x800, with Qt's ``mock``
text-to-speech engine (a picture needs no sound); keys are sent to the window as a keypad
sends them. What was said for each picture is printed next to its file name.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from docs.screenshots import demo_kiosk, settle
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import LINE_PASSPORTS
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.fonts import register_fonts
from kiosk.ui.theme import apply_theme, load_theme


async def tour(out: Path, server: SandboxServer) -> None:
    said: list[str] = []
    voice = SpeechEngine("mock")
    voice.said.connect(lambda text, _language: said.append(text))
    async with demo_kiosk(server, (1280, 800), voice) as kiosk:
        window = kiosk.window
        handle = window.windowHandle()
        assert handle is not None

        def shoot(name: str) -> None:
            path = out / f"audio-{name}.png"
            window.grab().save(str(path))
            print(f"{path}: {said[-1] if said else '(silent)'}")

        shoot("01-audio-control-off")
        window.audio_button.click()  # a companion taps Audio: on, and Welcome is read
        await settle()
        shoot("02-audio-control-on")
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down):
            QTest.keyClick(handle, key)
        await settle()
        shoot("03-keypad-focus-welcome")
        while kiosk.speech is not None and kiosk.speech.guidance.current() is not (
            window.welcome.buttons.get("es")
        ):
            QTest.keyClick(handle, Qt.Key.Key_Down)
        QTest.keyClick(handle, Qt.Key.Key_Return)
        await settle(lambda: window.current_screen() is window.service)
        line = window.service.buttons[LINE_PASSPORTS]
        while kiosk.speech is not None and kiosk.speech.guidance.current() is not line:
            QTest.keyClick(handle, Qt.Key.Key_Down)
        await settle()
        shoot("04-keypad-focus-service")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    apply_theme(app, load_theme("default"))
    with (
        SandboxServer() as server,
        asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
    ):
        runner.run(tour(args.out, server))
    return 0


if __name__ == "__main__":
    sys.exit(main())
