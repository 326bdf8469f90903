"""The heartbeat against a push monitor on loopback: pings while the kiosk is healthy, stops
(with one ping to the fail URL) when Qminder is unreachable, and resumes when it is back."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.api.client import QminderClient
from kiosk.controllers.monitoring import MonitoringController
from kiosk.monitoring.heartbeat import Heartbeat
from kiosk.monitoring.metrics import KioskMetrics
from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from tests.e2e.driver import running_kiosk
from tests.fixtures.qt import run
from tests.monitoring.pings import ping_monitor

pytestmark = pytest.mark.e2e


def test_the_heartbeat_follows_the_kiosks_health(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with ping_monitor() as monitor:
        heartbeat = Heartbeat(
            f"{monitor.url}/ping/kiosk-1", 0.2, fail_url=f"{monitor.url}/ping/kiosk-1/fail"
        )
        metrics = KioskMetrics(version=__version__, location_id=DEMO_LOCATION_ID)
        controller = MonitoringController(metrics, heartbeat=heartbeat)
        with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
            controller.attach(
                delivery=kiosk.delivery,
                location=kiosk.location,
                hours=kiosk.hours,
                checkin=kiosk.checkin,
            )
            controller.start()
            try:
                # Healthy: screens up, Qminder answered the configuration load.
                qtbot.waitUntil(lambda: monitor.count("/ping/kiosk-1") >= 3, timeout=10_000)
                assert monitor.count("/ping/kiosk-1/fail") == 0

                sandbox.set_down(True)
                kiosk.location.reload()  # the next refresh finds Qminder gone
                qtbot.waitUntil(lambda: monitor.count("/ping/kiosk-1/fail") == 1, timeout=10_000)
                stopped_at = monitor.count("/ping/kiosk-1")
                kiosk.location.reload()  # still gone: no second fail ping, no pings
                qtbot.wait(1000)
                assert monitor.count("/ping/kiosk-1") == stopped_at
                assert monitor.count("/ping/kiosk-1/fail") == 1

                sandbox.set_down(False)
                kiosk.location.reload()
                qtbot.waitUntil(
                    lambda: monitor.count("/ping/kiosk-1") >= stopped_at + 3, timeout=10_000
                )
                assert monitor.count("/ping/kiosk-1/fail") == 1
                assert set(monitor.paths) == {"/ping/kiosk-1", "/ping/kiosk-1/fail"}
            finally:
                controller.detach()
        run(qloop, controller.close(), qtbot)
