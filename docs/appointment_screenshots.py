"""Render the screens of a visitor with an appointment to PNG, as the visitor sees them.

    QT_QPA_PLATFORM=offscreen python docs/appointment_screenshots.py [--language es] ...

The kiosk runs for real against the built-in sandbox, which books today's appointments
relative to now (`kiosk.sandbox.appointments`): Welcome's code to join on the phone, the
offer on the Service screen, the phone number, the privacy notice on the details screen, one
appointment to confirm, the ticket, two to choose from, none found, too early, too late and
the greeting by name. Pictures go to ``docs/screenshots/appointments/`` as
``<language>-<size>-NN-<name>.png`` (English and Spanish by default, landscape).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

from kiosk.sandbox import SandboxServer
from kiosk.sandbox.appointments import PHONE_DUE, PHONE_FAMILY, PHONE_LATE, PHONE_LATER
from kiosk.sandbox.seed import LINE_GENERAL
from kiosk.shell.wiring import Kiosk
from kiosk.ui.fonts import register_fonts
from kiosk.ui.theme import apply_theme, load_theme

sys.path.insert(0, str(Path(__file__).parent))
from screenshots import SIZES, Camera, demo_kiosk, settle

UNKNOWN = "5550 9999"


async def find(kiosk: Kiosk, language: str, phone: str) -> None:
    """From Welcome to the result of a lookup for `phone`."""
    window = kiosk.window
    kiosk.visit_flow.start_over()
    kiosk.visit.choose_language(language)
    await settle(lambda: window.current_screen() is window.service)
    kiosk.visit.start_appointment()
    await settle(lambda: window.current_screen() is window.appointment_phone)
    window.appointment_phone.set_number(phone)
    window.appointment_phone.primary_button.click()  # type: ignore[attr-defined]
    await settle(lambda: window.current_screen() is window.appointment_result)


async def tour(out: Path, size: str, server: SandboxServer, language: str) -> None:
    server.reset()
    async with demo_kiosk(server, SIZES[size]) as kiosk:
        window = kiosk.window
        camera = Camera(window, out, f"{language}-{size}")
        camera.shoot("welcome-remote-join")

        kiosk.visit.choose_language(language)
        await settle(lambda: window.current_screen() is window.service)
        camera.shoot("service")
        kiosk.visit.start_appointment()
        window.appointment_phone.set_number(PHONE_DUE.removeprefix("+372"))
        await settle()
        camera.shoot("phone")
        kiosk.visit_flow.start_over()
        kiosk.visit.choose_language(language)
        kiosk.visit.choose_line(LINE_GENERAL)
        await settle(lambda: window.current_screen() is window.details)
        camera.shoot("details-privacy")

        await find(kiosk, language, PHONE_DUE)
        camera.shoot("found")
        window.appointment_result.check_in_button.click()
        await settle(lambda: window.current_screen() is window.ticket)
        camera.shoot("ticket")
        line = kiosk.visit.line_label()
        window.ticket.show_ticket(None, line, "Maria", None, appointment=True)
        await settle()
        camera.shoot("ticket-by-name")
        window.ticket.stop_countdown()

        await find(kiosk, language, PHONE_FAMILY)
        camera.shoot("choose")
        await find(kiosk, language, UNKNOWN)
        camera.shoot("not-found")
        for phone, name in ((PHONE_LATER, "too-early"), (PHONE_LATE, "too-late")):
            await find(kiosk, language, phone)
            window.appointment_result.check_in_button.click()
            await settle()
            camera.shoot(name)


async def main_async(out: Path, sizes: list[str], languages: list[str]) -> None:
    with SandboxServer() as server:
        for language in languages:
            for size in sizes:
                await tour(out, size, server, language)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).parent / "screenshots" / "appointments"
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument("--size", action="append", choices=sorted(SIZES))
    parser.add_argument("--language", action="append", help="the visitor's language")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    apply_theme(app, load_theme("default"))
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main_async(args.out, args.size or ["landscape"], args.language or ["en", "es"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
