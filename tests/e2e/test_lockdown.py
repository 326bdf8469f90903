"""Kiosk mode as `kiosk` runs it: closing is refused, an admin's Exit ends the run, and an
unexpected error ends it as CRASHED (so the screens are built again) instead of leaving a
broken kiosk on screen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.api.config import ApiConfig
from kiosk.config import KioskSettings
from kiosk.delivery import Cipher
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.shell.lifecycle import Outcome, RestartBudget
from kiosk.shell.run import Target, run_kiosk
from kiosk.shell.staff import AdminDesk
from kiosk.shell.wiring import Kiosk
from tests.fixtures.qt import run

pytestmark = pytest.mark.e2e


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("DATA", "CACHE", "STATE", "CONFIG"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    monkeypatch.setenv("KIOSK_OUTBOX_KEY", Cipher.generate_key())
    return tmp_path


def run_locked(
    sandbox: SandboxServer,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
    on_started: Callable[[Kiosk], None],
) -> Outcome:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    target = Target(
        api=ApiConfig(base_url=sandbox.url, api_key=DEMO_API_KEY),
        location_id=DEMO_LOCATION_ID,
        demo=True,
    )
    settings = KioskSettings(demo=True)
    outcome: Outcome = run(
        qloop,
        run_kiosk(app, settings, target, fullscreen=True, locked=True, on_started=on_started),
        qtbot,
        timeout=30_000,
    )
    return outcome


def test_closing_is_refused_and_an_admin_exit_ends_the_run(
    user_dirs: Path, sandbox: SandboxServer, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    closes: list[bool] = []
    shown: list[bool] = []

    def started(kiosk: Kiosk) -> None:
        window = kiosk.window
        desk = kiosk.findChild(AdminDesk)
        assert desk is not None

        def try_to_close() -> None:
            closes.append(window.close())
            shown.append(window.isVisible())

        QTimer.singleShot(300, try_to_close)
        QTimer.singleShot(600, desk._on_exit)  # what the panel's confirmed Exit calls

    assert run_locked(sandbox, qloop, qtbot, started) is Outcome.EXIT
    assert closes == [False]
    assert shown == [True]


def test_an_unexpected_error_ends_the_run_as_crashed(
    user_dirs: Path,
    sandbox: SandboxServer,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def boom() -> None:
        raise RuntimeError("a bug in a slot")

    def started(kiosk: Kiosk) -> None:
        QTimer.singleShot(300, boom)

    with caplog.at_level(logging.ERROR, logger="kiosk.shell.run"):
        assert run_locked(sandbox, qloop, qtbot, started) is Outcome.CRASHED
    assert "unexpected error in the user interface" in caplog.text

    # The next run builds everything again and works.
    def exit_soon(kiosk: Kiosk) -> None:
        desk = kiosk.findChild(AdminDesk)
        assert desk is not None
        QTimer.singleShot(300, desk._on_exit)

    assert run_locked(sandbox, qloop, qtbot, exit_soon) is Outcome.EXIT


def test_restarts_are_limited() -> None:
    now = [0.0]
    budget = RestartBudget(limit=5, window_s=600, clock=lambda: now[0])
    assert all(budget.spend() for _ in range(5))
    assert not budget.spend()  # a sixth crash within ten minutes: give up, let the OS restart
    now[0] += 601
    assert budget.spend()
