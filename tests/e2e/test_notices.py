"""Welcome's code to join on the phone and the details screen's privacy notice, in the real app."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.printing.qr import QUIET_ZONE, encode
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import LINE_GENERAL
from kiosk.shell.wiring import Kiosk
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.language import UiLanguage
from kiosk.ui.widgets.qr_code import MIN_PIXELS, QrCode
from tests.e2e.driver import running_kiosk, tap, visible_texts

pytestmark = pytest.mark.e2e

PLANNER_URL = "https://visit.example.com/city-service-centre"
POLICY_URL = "https://example.com/privacy"


def drawn_modules(code: QrCode) -> list[list[bool]]:
    """The dark (True) modules read back from the widget's pixels, quiet zone left out."""
    matrix = encode(code.payload())
    image = code.grab().toImage()
    side = min(image.width(), image.height())
    module = side // matrix.size_with_border
    margin = (side - module * matrix.size_with_border) // 2 + QUIET_ZONE * module
    rows = []
    for y in range(matrix.size):
        row = []
        for x in range(matrix.size):
            pixel = QColor(image.pixel(margin + x * module + module // 2, margin + y * module + 1))
            row.append(pixel.lightness() < 128)
        rows.append(row)
    return rows


def test_welcome_shows_a_scannable_code_to_join_on_the_phone(
    sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        remote = kiosk.window.welcome.remote_join
        assert remote.isVisibleTo(kiosk.window)
        assert remote.code.payload() == PLANNER_URL
        assert AppointmentTexts().remote_join() in visible_texts(kiosk.window.welcome)
        assert remote.code.width() >= MIN_PIXELS
        expected = [list(row) for row in encode(PLANNER_URL).rows]
        assert drawn_modules(remote.code) == expected


def test_remote_join_qr_off_shows_no_code(
    sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, remote_join_qr=False) as kiosk:
        assert not kiosk.window.welcome.remote_join.isVisibleTo(kiosk.window)
        assert AppointmentTexts().remote_join() not in visible_texts(kiosk.window.welcome)


def to_details(kiosk: Kiosk, qtbot: QtBot, language: str) -> None:
    tap(kiosk.window.welcome, language, qtbot)
    tap(kiosk.window.service, dict(kiosk.visit.lines())[LINE_GENERAL], qtbot)
    assert kiosk.window.current_screen() is kiosk.window.details


def test_the_built_in_privacy_notice_is_in_the_visitors_language(
    sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, ui_language=UiLanguage()) as kiosk:
        to_details(kiosk, qtbot, "Español")
        notice = AppointmentTexts().privacy_notice()
        assert notice != "We use your details only to call you and to serve you today."
        assert notice in visible_texts(kiosk.window.details)
        assert not kiosk.window.details.privacy_qr.isVisibleTo(kiosk.window)


def test_the_locations_privacy_notice_and_policy_code(
    sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    texts = {"en": "We keep your name until closing time.", "es": "Guardamos su nombre hoy."}
    with running_kiosk(
        live_client,
        tmp_path,
        qtbot,
        qloop,
        ui_language=UiLanguage(),
        privacy_text=texts,
        privacy_url=POLICY_URL,
    ) as kiosk:
        to_details(kiosk, qtbot, "Español")
        details = kiosk.window.details
        assert texts["es"] in visible_texts(details)
        assert details.privacy_qr.isVisibleTo(kiosk.window)
        assert details.privacy_qr.code.payload() == POLICY_URL
        assert AppointmentTexts().privacy_policy() in visible_texts(details)
