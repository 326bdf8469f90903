"""Render every screen of the demo kiosk to PNG, as a visitor would see it.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--out docs/screenshots]
    QT_QPA_PLATFORM=offscreen python docs/screenshots.py --language ar --size landscape
    QT_QPA_PLATFORM=offscreen python docs/screenshots.py --high-contrast --large-text
    QT_QPA_PLATFORM=offscreen python docs/screenshots.py --theme dark --size landscape

The kiosk runs for real: the built-in sandbox, the Qminder client, the controllers and the
screens, driven through a visitor's path at 1280x800 (landscape), 800x1280 (portrait) and
1920x1080. The visitor picks Spanish unless `--language` says otherwise; another language's
pictures go into a folder of its own (``docs/screenshots/ar/``), and so do another theme's
and the visitor's accessibility options (``docs/screenshots/high-contrast-large-text/``):
the options are switched on at Welcome, where the Accessibility panel is shown open.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from zoneinfo import ZoneInfo

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.config import KioskSettings
from kiosk.controllers.admin import AdminAccess
from kiosk.delivery import Cipher, Outbox, Sender
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import (
    FIELD_BIRTH_DATE,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_FIRST_NAME,
    FIELD_GROUP_SIZE,
    FIELD_LAST_NAME,
    FIELD_PHONE,
    FIELD_REASON,
    LINE_PASSPORTS,
    OPTION_ID_CARD,
    OPTION_PASSPORT,
    OPTION_SMS,
)
from kiosk.shell.staff import AdminDesk
from kiosk.shell.wiring import Kiosk
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.closed_notice import ClosedNotice
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.theme import apply_theme, load_theme

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280), "hd": (1920, 1080)}
DEFAULT_LANGUAGE = "es"
REASONS = {
    "ar": "تجديد جواز السفر",
    "de": "Reisepass verlängern",
    "en": "Renew my passport",
    "es": "Renovar el pasaporte",
    "et": "Passi uuendamine",
    "fr": "Renouveler mon passeport",
    "ru": "Продлить паспорт",
}
"""A typed answer to "What brings you in today?" in each language."""


async def settle(until: Callable[[], bool] = lambda: True, limit: float = 10.0) -> None:
    """Let Qt and asyncio run until `until()` holds, then a little more for painting."""
    deadline = asyncio.get_running_loop().time() + limit
    while not until():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("the kiosk did not reach the expected screen")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.15)


class Camera:
    def __init__(self, window: QWidget, out: Path, size: str) -> None:
        self.window = window
        self.out = out
        self.size = size
        self.count = 0

    def shoot(self, name: str) -> None:
        self.count += 1
        path = self.out / f"{self.size}-{self.count:02d}-{name}.png"
        self.window.grab().save(str(path))
        print(path)


@contextlib.asynccontextmanager
async def demo_kiosk(
    server: SandboxServer, size: tuple[int, int], speech: SpeechEngine | None = None
) -> AsyncIterator[Kiosk]:
    """The demo kiosk on `server`, shown at `size`, started and on Welcome; taken down after
    (the visitor's options and language reset for the next tour)."""
    config = ApiConfig(base_url=server.url, api_key=DEMO_API_KEY)
    with tempfile.TemporaryDirectory() as cache_dir:
        outbox = Outbox.open(Path(cache_dir) / "outbox.sqlite3", Cipher([Cipher.generate_key()]))
        try:
            async with QminderClient(config) as client:
                sender = Sender(outbox, client)
                sending = asyncio.ensure_future(sender.run())
                window = KioskWindow()
                window.set_demo(True, pin="0000")
                ui_language = UiLanguage()
                kiosk = Kiosk(
                    window,
                    client,
                    KioskSettings(demo=True, ticket_seconds=60),
                    DEMO_LOCATION_ID,
                    LocationCache(Path(cache_dir)),
                    sender=sender,
                    ui_language=ui_language,
                    speech=speech,
                    watch_outputs=False,
                )
                window.resize(*size)
                window.show()
                if speech is not None:
                    window.activateWindow()  # the keypad's focus ring is drawn in it
                kiosk.start()
                await settle(lambda: window.current_screen() is window.welcome)
                try:
                    yield kiosk
                finally:
                    kiosk.halt()
                    window.accessibility.reset()
                    window.close()
                    window.deleteLater()
                    ui_language.reset()
                    sender.stop()
                    sending.cancel()
                    await sender.aclose()
        finally:
            outbox.close()


async def tour(out: Path, size: str, server: SandboxServer, language: str, look: Look) -> None:
    server.reset()
    async with demo_kiosk(server, SIZES[size]) as kiosk:
        window = kiosk.window
        camera = Camera(window, out, size)
        if look.large_text or look.high_contrast:
            window.accessibility.set_large_text(look.large_text)
            window.accessibility.set_high_contrast(look.high_contrast)
            window.toggle_accessibility_panel()
            await settle()
            camera.shoot("accessibility")
            window.accessibility_panel.close_panel()
        camera.shoot("welcome")

        kiosk.visit.choose_language(language)
        await settle()
        camera.shoot("service")

        kiosk.visit.choose_line(LINE_PASSPORTS)
        await settle()
        camera.shoot("details")
        details = window.details
        details.field_widget(FIELD_FIRST_NAME).set_value("A")  # type: ignore[union-attr]
        details.field_widget(FIELD_PHONE).set_value("5123 45x")  # type: ignore[union-attr]
        details.primary_button.click()
        await settle()
        camera.shoot("details-errors")
        details.field_widget(FIELD_FIRST_NAME).set_value("Ada")  # type: ignore[union-attr]
        details.field_widget(FIELD_LAST_NAME).set_value("Lovelace")  # type: ignore[union-attr]
        details.field_widget(FIELD_PHONE).set_value("5123 4567")  # type: ignore[union-attr]
        details.primary_button.click()
        await settle(lambda: window.current_screen() is window.questions)
        camera.shoot("questions")

        questions = window.questions
        answers: dict[str, object] = {
            FIELD_REASON: REASONS.get(language, REASONS["en"]),
            FIELD_CONTACT: OPTION_SMS,
            FIELD_DOCUMENTS: (OPTION_PASSPORT, OPTION_ID_CARD),
            FIELD_GROUP_SIZE: "2",
            FIELD_BIRTH_DATE: dt.date(1990, 5, 17),
        }
        for field_id, value in answers.items():
            questions.field_widget(field_id).set_value(value)  # type: ignore[union-attr,arg-type]
        await settle()
        camera.shoot("questions-answered")
        while not questions.is_last_page():
            questions.primary_button.click()
            await settle()
            camera.shoot(f"questions-page-{questions.current_page() + 1}")
        questions.primary_button.click()
        await settle(lambda: window.current_screen() is window.ticket)
        camera.shoot("ticket")

        window.ticket.show_ticket(None, kiosk.visit.line_label(), "Ada", "L")
        await settle()
        camera.shoot("ticket-by-name")
        window.ticket.stop_countdown()

        for kind in (MessageKind.QUEUED, MessageKind.SEE_FRONT_DESK):
            window.message.show_message(kind)
            window.show_screen(window.message)
            await settle()
            camera.shoot(kind.value.lower().replace("_", "-"))

        await staff_screens(kiosk, camera)


async def staff_screens(kiosk: Kiosk, camera: Camera) -> None:
    """Closed, Setup needed, the PIN pad and the admin panel."""
    window = kiosk.window
    location = kiosk.visit.location
    assert location is not None
    sunday_noon = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)
    monday_eight = dt.datetime(2026, 11, 30, 8, 0, tzinfo=ZoneInfo(location.timezone))
    lines = ClosedNotice().lines(
        [language.code for language in location.languages], monday_eight, None, sunday_noon, "EE"
    )
    window.message.show_message(MessageKind.CLOSED, "\n".join(lines))
    window.show_screen(window.message)
    await settle()
    camera.shoot("closed")
    window.message.show_message(
        MessageKind.SETUP_NEEDED,
        "/home/kiosk/.config/qminder-kiosk/kiosk.toml: key 'idle_timout' is not a setting;"
        " did you mean 'idle_timeout'?",
    )
    await settle()
    camera.shoot("setup-needed")
    window.show_screen(window.welcome)
    desk = AdminDesk(kiosk, AdminAccess(None, demo=True), kiosk.settings)
    desk.open_pad()
    for digit in "00":
        window.pin_pad.digit_buttons[int(digit)].click()
    await settle()
    camera.shoot("admin-pin")
    window.pin_pad.ok_button.click()
    await settle()
    camera.shoot("admin-pin-wrong")
    for digit in "0000":
        window.pin_pad.digit_buttons[int(digit)].click()
    window.pin_pad.ok_button.click()
    await settle()
    camera.shoot("admin-panel")
    window.admin_panel.exit_button.click()
    await settle()
    camera.shoot("admin-exit-confirm")
    window.admin_panel.close_panel()
    desk.remove()


@dataclass(frozen=True)
class Look:
    """The theme and the visitor's accessibility options for one set of pictures."""

    theme: str = "default"
    high_contrast: bool = False
    large_text: bool = False

    def folder(self) -> str:
        """The sub-folder for these pictures ("" for the default look)."""
        parts = [] if self.theme == "default" else [self.theme.replace("_", "-")]
        parts += ["high-contrast"] if self.high_contrast else []
        parts += ["large-text"] if self.large_text else []
        return "-".join(parts)


async def main_async(out: Path, sizes: list[str], language: str, look: Look) -> None:
    with SandboxServer() as server:
        for size in sizes:
            await tour(out, size, server, language, look)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--size", action="append", choices=sorted(SIZES))
    parser.add_argument("--language", default=DEFAULT_LANGUAGE, help="the visitor's language")
    parser.add_argument("--theme", default="default", help="the location's theme")
    parser.add_argument("--high-contrast", action="store_true", help="the visitor's option")
    parser.add_argument("--large-text", action="store_true", help="the visitor's option")
    args = parser.parse_args()
    look = Look(args.theme, args.high_contrast, args.large_text)
    out = args.out / look.folder() if look.folder() else args.out
    out = out if args.language == DEFAULT_LANGUAGE else out / args.language
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    apply_theme(app, load_theme(args.theme))
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main_async(out, args.size or list(SIZES), args.language, look))
    return 0


if __name__ == "__main__":
    sys.exit(main())
