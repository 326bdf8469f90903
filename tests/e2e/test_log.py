"""The log file after a full check-in holds the kiosk's story, and nothing of the visitor's."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import DEMO_API_KEY, SandboxServer
from kiosk.sandbox.seed import LINE_PASSPORTS
from kiosk.shell.logs import setup_logging
from tests.e2e.driver import running_kiosk, tap
from tests.e2e.test_visitor_path import (
    answer_passport_questions,
    fill_details,
    line_label,
    press_until_check_in,
)

pytestmark = pytest.mark.e2e

NAME = "Philippa"
SURNAME = "Oyelaran-Whitcombe"
PHONE = "+372 5311 2468"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    path = setup_logging(logging.DEBUG, tmp_path / "log")
    assert path is not None
    try:
        yield path
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:], _ = saved
        root.setLevel(saved[1])


def test_a_full_check_in_logs_no_name_phone_or_key(
    log_file: Path,
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        window = kiosk.window
        tap(window.welcome, "English", qtbot)
        tap(window.service, line_label(kiosk, LINE_PASSPORTS), qtbot)
        fill_details(kiosk, qtbot, first=NAME, phone=PHONE, last=SURNAME)
        answer_passport_questions(kiosk, qtbot)
        press_until_check_in(kiosk, qtbot)
        qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    assert ticket.body["firstName"] == NAME  # the sandbox did get the visitor's details

    logged = log_file.read_text(encoding="utf-8")
    assert "ready: the welcome screen is shown" in logged  # the file holds the kiosk's story
    assert ticket.public_id in logged or "delivered" in logged
    digits = "".join(ch for ch in PHONE if ch.isdigit())
    for secret in (NAME, SURNAME, PHONE, digits, digits[-8:], DEMO_API_KEY):
        assert secret not in logged, secret
