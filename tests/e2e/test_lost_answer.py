"""A visitor whose answer from Qminder was lost or late still sees their number.

The kiosk runs with the real lookup policy (15 s before a miss counts, 30 s between
confirmations) against the sandbox over loopback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.delivery import LookupPolicy
from kiosk.sandbox import SandboxServer
from kiosk.shell.wiring import Kiosk
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk, visible_texts
from tests.e2e.test_visitor_path import ready_to_check_in

pytestmark = pytest.mark.e2e

LEFT = Qt.MouseButton.LeftButton
WAIT_SECONDS = 8.0
"""The visitor's waiting window (the kiosk's default)."""


@pytest.fixture
def kiosk(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Iterator[Kiosk]:
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_seconds=WAIT_SECONDS, lookup=LookupPolicy()
    ) as running:
        yield running


def test_a_connection_dropped_after_create_still_shows_the_number_in_time(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    saved: list[bool] = []
    kiosk.checkin.queued.connect(lambda: saved.append(True))
    ready_to_check_in(kiosk, qtbot)
    sandbox.set_faults(drop_after=1, only="POST /tickets")  # created, then the line goes dead

    qtbot.mouseClick(window.questions.primary_button, LEFT)
    qtbot.waitUntil(
        lambda: window.current_screen() is window.ticket, timeout=int(WAIT_SECONDS * 1000)
    )

    assert saved == []  # never told "saved, will be sent"
    [ticket] = sandbox.tickets
    assert ticket.public_id in visible_texts(window.ticket)
    posts = [r for r in sandbox.requests if (r.method, r.path) == ("POST", "/tickets")]
    assert len(posts) == 1


def test_a_number_that_comes_after_saved_is_shown_in_its_place(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_seconds=1.0, lookup=LookupPolicy()
    ) as kiosk:
        window = kiosk.window
        ready_to_check_in(kiosk, qtbot)
        sandbox.set_faults(latency=2.5, only="POST /tickets")  # answers after the wait ends

        qtbot.mouseClick(window.questions.primary_button, LEFT)
        qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=5_000)
        assert window.message.kind() is MessageKind.QUEUED

        qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
        [ticket] = sandbox.tickets
        assert ticket.public_id in visible_texts(window.ticket)


def test_a_visitor_who_left_the_saved_screen_is_not_shown_a_number_later(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_seconds=1.0, lookup=LookupPolicy()
    ) as kiosk:
        window = kiosk.window
        ready_to_check_in(kiosk, qtbot)
        sandbox.set_faults(latency=2.0, only="POST /tickets")

        qtbot.mouseClick(window.questions.primary_button, LEFT)
        qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=5_000)
        window.message.start_over_requested.emit()  # Done: the visitor walks away
        assert window.current_screen() is window.welcome

        qtbot.waitUntil(lambda: len(sandbox.tickets) == 1, timeout=10_000)
        qtbot.wait(300)
        assert window.current_screen() is window.welcome
        assert kiosk.delivery.status.delivered == 1
