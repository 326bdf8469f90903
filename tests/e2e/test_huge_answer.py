"""An answer from Qminder too big to read: the kiosk treats it as a bad answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import SandboxServer
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("cached", [True, False])
def test_a_huge_location_answer_is_treated_as_a_bad_one(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    cached: bool,
) -> None:
    if cached:  # an earlier start left the location in the cache
        with running_kiosk(live_client, tmp_path, qtbot, qloop):
            pass
    sandbox.set_faults(oversized_stream=1, oversized_bytes=20_000_000, only="POST /graphql")
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_for_welcome=False, wait_for_location=False
    ) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(lambda: kiosk.location.last_failure is not None, timeout=10_000)
        if cached:
            assert window.current_screen() is window.welcome
        else:
            qtbot.waitUntil(lambda: window.message.kind() is MessageKind.LOAD_FAILED)
            assert window.current_screen() is window.message
            assert "can't reach the queue" in window.message.text()
