"""The visitor's language through the whole app: chosen on Welcome, sent, reset on start over."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.delivery import Sender
from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import FIELD_FIRST_NAME, FIELD_PHONE, LINE_GENERAL
from kiosk.shell.wiring import Kiosk
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from tests.e2e.driver import tap, type_into

pytestmark = pytest.mark.e2e


@pytest.fixture
def kiosk(
    live_client: QminderClient,
    live_sender: Sender,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    ui_language: UiLanguage,
) -> Iterator[Kiosk]:
    window = KioskWindow()
    qtbot.addWidget(window)
    settings = KioskSettings(demo=True, ticket_seconds=60)
    kiosk = Kiosk(
        window,
        live_client,
        settings,
        DEMO_LOCATION_ID,
        LocationCache(tmp_path),
        sender=live_sender,
        ui_language=ui_language,
    )
    window.resize(1280, 800)
    window.show()
    kiosk.start()
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=10_000)
    yield kiosk
    kiosk.halt()
    qtbot.waitUntil(lambda: not kiosk.checkin.busy, timeout=10_000)


def check_in(kiosk: Kiosk, qtbot: QtBot, line: str) -> None:
    window = kiosk.window
    tap(window.service, line, qtbot)
    details = window.details
    type_into(details.field_widget(FIELD_FIRST_NAME), "Ada", qtbot)  # type: ignore[arg-type]
    type_into(details.field_widget(FIELD_PHONE), "+372 5123 4567", qtbot)  # type: ignore[arg-type]
    qtbot.mouseClick(details.primary_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("button", "code", "service_title", "check_in_label"),
    [
        ("Eesti", "et", "Kuidas saame teid aidata?", "Registreeru"),
        ("العربية", "ar", "كيف يمكننا مساعدتك؟", "تسجيل الوصول"),
    ],
)
def test_the_chosen_language_runs_the_visit_and_start_over_returns_to_the_default(
    kiosk: Kiosk,
    sandbox: SandboxServer,
    qtbot: QtBot,
    ui_language: UiLanguage,
    button: str,
    code: str,
    service_title: str,
    check_in_label: str,
) -> None:
    window = kiosk.window
    assert ui_language.code() == "en"
    tap(window.welcome, button, qtbot)
    assert ui_language.code() == code
    assert window.service.title_label.text() == service_title
    right_to_left = code == "ar"
    assert window.service.isRightToLeft() == right_to_left
    line = dict(kiosk.visit.lines())[LINE_GENERAL]
    check_in(kiosk, qtbot, line)
    assert window.current_screen() is window.questions
    window.questions.field_widgets()[1].inputs()[0].click()  # the one required choice
    while not window.questions.is_last_page():
        qtbot.mouseClick(window.questions.primary_button, Qt.MouseButton.LeftButton)
    assert window.questions.nav.primary_button.text() == check_in_label
    qtbot.mouseClick(window.questions.primary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    assert ticket.body["languageCode"] == code
    assert window.ticket.done_button.text() != "Done"

    qtbot.mouseClick(window.ticket.done_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.current_screen() is window.welcome
    assert ui_language.code() == "en"
    assert window.welcome.prompt_label.text() == "Welcome! Please choose your language"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
