"""What visitors and staff see when the check-in store cannot take check-ins: a full disk, or
waiting check-ins whose key is missing. Real window, outbox, sender and sandbox."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.config.pin import hash_pin
from kiosk.controllers.admin import AdminAccess
from kiosk.delivery import Cipher, Outbox, StoreProblem, StoreUnavailable
from kiosk.sandbox import SandboxServer
from kiosk.shell.staff import AdminDesk
from kiosk.shell.wiring import Kiosk
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk
from tests.e2e.test_visitor_path import ready_to_check_in
from tests.faults.campaign import make_request

pytestmark = pytest.mark.e2e

LEFT = Qt.MouseButton.LeftButton


def outbox_of(kiosk: Kiosk) -> Outbox:
    outbox = kiosk.checkin._sender._outbox  # type: ignore[attr-defined]
    assert isinstance(outbox, Outbox)
    return outbox


def set_page_limit(outbox: Outbox, pages: int | None) -> None:
    conn = outbox._conn
    assert conn is not None
    if pages is None:
        conn.execute("PRAGMA max_page_count = 1073741823")
    else:
        conn.execute(f"PRAGMA max_page_count = {pages}")


def fill_disk(outbox: Outbox) -> None:
    """Use up every page SQLite may have, as a full disk does (a genuine SQLITE_FULL)."""
    conn = outbox._conn
    assert conn is not None
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    set_page_limit(outbox, pages)
    import random

    rng = random.Random(1)
    for n in range(500):
        try:
            outbox.add(make_request(n, rng), dt.datetime.now(dt.UTC))
        except StoreUnavailable:
            return
    raise AssertionError("the disk never filled up")


def panel_store_text(kiosk: Kiosk) -> str:
    desk = AdminDesk(kiosk, AdminAccess(hash_pin("2468")), kiosk.settings)
    status = desk.status()
    kiosk.window.admin_panel.show_status(status)
    text = kiosk.window.admin_panel.values["store"].text()
    kiosk.window.admin_panel.close_panel()
    return text


def test_a_full_disk_sends_the_visitor_to_the_desk_and_the_kiosk_recovers_by_itself(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        window = kiosk.window
        ready_to_check_in(kiosk, qtbot)
        # Qminder away: the check-ins that fill the disk stay on it (a delivered one would
        # give its space back, and the disk would no longer be full).
        sandbox.set_down(True)
        fill_disk(outbox_of(kiosk))
        qtbot.mouseClick(window.questions.primary_button, LEFT)
        qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=10_000)
        assert window.message.kind() is MessageKind.UNAVAILABLE
        assert "front desk" in window.message.text()
        assert kiosk.delivery.status.store_problem == StoreProblem.FULL.value
        assert "No space left on the disk" in strip_isolates(panel_store_text(kiosk))
        kiosk.visit_flow.start_over()  # the next visitor is not let in either
        assert window.current_screen() is window.message
        assert window.message.kind() is MessageKind.UNAVAILABLE

        set_page_limit(outbox_of(kiosk), None)  # space is back
        sandbox.set_down(False)
        qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=15_000)
        assert kiosk.delivery.status.store_problem is None
        assert panel_store_text(kiosk) == "No problems"
    assert all(t.body["firstName"] != "Ada" for t in sandbox.tickets)  # never stored or sent


def test_waiting_check_ins_under_a_missing_key_close_the_kiosk_and_tell_staff(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    import random

    with Outbox.open(tmp_path / "outbox.sqlite3", Cipher([Cipher.generate_key()])) as box:
        for n in range(2):
            box.add(make_request(n, random.Random(n)), dt.datetime.now(dt.UTC))
    # the kiosk opens the store with another key (the driver makes a new one)
    with running_kiosk(live_client, tmp_path, qtbot, qloop, wait_for_welcome=False) as kiosk:
        window = kiosk.window
        qtbot.waitUntil(
            lambda: (
                window.current_screen() is window.message
                and window.message.kind() is MessageKind.UNAVAILABLE
            ),
            timeout=10_000,
        )
        assert kiosk.delivery.status.unreadable == 2
        assert (
            "The check-in store cannot be read with this key: 2 check-ins waiting"
            in strip_isolates(panel_store_text(kiosk))
        )
        qtbot.wait(300)
        assert sandbox.tickets == []
    with sqlite3.connect(tmp_path / "outbox.sqlite3") as conn:
        states = [state for (state,) in conn.execute("SELECT state FROM checkins")]
    assert states == ["queued", "queued"]  # kept for the right key
