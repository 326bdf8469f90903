"""A check-in store the kiosk cannot read takes the kiosk down for monitoring, and back up."""

from __future__ import annotations

import dataclasses

import qasync
from pytestqt.qtbot import QtBot

from kiosk.controllers.checkin import CheckInController
from kiosk.controllers.delivery import EMPTY, DeliveryMonitor
from kiosk.controllers.hours import HoursController
from kiosk.controllers.location import LocationController
from kiosk.controllers.monitoring import MonitoringController
from kiosk.monitoring.metrics import KioskMetrics
from tests.fixtures.qt import run


def test_waiting_check_ins_under_a_missing_key_report_the_kiosk_down(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    status = EMPTY
    delivery = DeliveryMonitor()
    delivery.attach(lambda: status)
    metrics = KioskMetrics(version="1", location_id="41205", kiosk_id="lobby", process=False)
    monitoring = MonitoringController(metrics)
    monitoring.attach(
        delivery=delivery,
        location=LocationController(None, "41205", None, refresh_ms=60_000),  # type: ignore[arg-type]
        hours=HoursController(),
        checkin=CheckInController(None),  # type: ignore[arg-type]
    )
    assert metrics.value("qminder_kiosk_up") == 1

    status = dataclasses.replace(EMPTY, unreadable=3)
    delivery.refresh()
    assert metrics.value("qminder_kiosk_up") == 0
    assert not metrics.health.healthy

    status = EMPTY
    delivery.refresh()
    assert metrics.value("qminder_kiosk_up") == 1
    run(qloop, monitoring.close(), qtbot)
