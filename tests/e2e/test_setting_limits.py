"""A kiosk set to the edge of every range runs: no timer interval overflows Qt's int."""

from __future__ import annotations

from pathlib import Path

import annotated_types
import pytest
import qasync
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.shell.wiring import Kiosk
from tests.e2e.driver import running_kiosk
from tests.e2e.test_ticket_extras import check_in

pytestmark = pytest.mark.e2e

QT_MAX_MS = 2**31 - 1


def edge_settings(bound: type) -> dict[str, float]:
    """Every number setting at its lowest (`annotated_types.Ge`) or highest (`Le`) value."""
    values: dict[str, float] = {}
    for name, info in KioskSettings.model_fields.items():
        for rule in info.metadata:
            if isinstance(rule, bound) and info.annotation in (int, float):
                values[name] = getattr(rule, "ge", getattr(rule, "le", None))
    return values


def timers(kiosk: Kiosk) -> dict[str, int]:
    return {t.objectName(): t.interval() for t in kiosk.findChildren(QTimer) if t.objectName()}


@pytest.mark.parametrize("bound", [annotated_types.Le, annotated_types.Ge])
def test_every_number_at_the_edge_of_its_range_runs(
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    bound: type,
) -> None:
    edges = edge_settings(bound)
    assert {"refresh_minutes", "idle_timeout", "ticket_seconds", "wait_seconds"} <= set(edges)
    with running_kiosk(live_client, tmp_path, qtbot, qloop, **edges) as kiosk:
        intervals = timers(kiosk)
        assert intervals["location-refresh"] == round(edges["refresh_minutes"] * 60_000)
        assert intervals["idle-timeout"] == round(edges["idle_timeout"] * 1000)
        check_in(kiosk, qtbot)  # the ticket screen's and the leave timers start
        intervals = timers(kiosk)
        assert all(0 <= ms <= QT_MAX_MS for ms in intervals.values()), intervals
